#include "models/ProductTableModel.h"

#include "background/SessionWorker.h"
#include "session/Session.h"

#include <QColor>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

struct FirstPage {
    qint64 matching = 0;
    QList<Product> rows;
};

// Translucent tints blend with whatever base colour the palette has, so they read on light and dark
// themes alike, and the text keeps the palette's own colour.
const QColor kLowStockTint(255, 170, 0, 60);
const QColor kOutOfStockTint(230, 50, 50, 70);

} // namespace

ProductTableModel::ProductTableModel(SessionWorker &worker, QObject *parent)
    : PagedTableModel(ColumnCount, kPageSize, 0, parent), m_worker(worker)
{
    reload();
}

void ProductTableModel::reload()
{
    // Results of superseded requests (an older filter or sort) are dropped.
    const quint64 generation = newGeneration();
    m_loading = true;
    setFetching(false);
    m_worker.run(
            [filter = m_filter, sort = m_sort](Session &session) -> Result<FirstPage> {
                auto count = session.inventory().countProducts(filter);
                if (!count)
                    return fail(count.error());
                auto rows = session.inventory().products(filter, kPageSize, 0, sort);
                if (!rows)
                    return fail(rows.error());
                return FirstPage{*count, std::move(*rows)};
            },
            this,
            [this, generation](const Result<FirstPage> &result) {
                if (!isCurrent(generation))
                    return;
                m_loading = false;
                if (!result) {
                    Q_EMIT loadFailed(result.error().message);
                    return;
                }
                m_matching = result->matching;
                resetRows(result->rows);
                Q_EMIT loaded();
            });
}

void ProductTableModel::requestMore()
{
    const quint64 generation = this->generation();
    const int offset = rowCount();
    m_worker.run([filter = m_filter, sort = m_sort, offset](
                         Session &session) { return session.inventory().products(filter, kPageSize, offset, sort); },
            this,
            [this, generation](const Result<QList<Product>> &result) {
                if (!isCurrent(generation))
                    return;
                if (!result) {
                    setFetching(false);
                    Q_EMIT loadFailed(result.error().message);
                    return;
                }
                // A product added meanwhile shifts later pages by one: what is already shown is skipped.
                const QList<Product> fresh = unseen(*result);
                if (fresh.isEmpty()) {
                    setFetching(false);
                    if (result->isEmpty())
                        m_matching = rowCount(); // fewer than counted: some left the filter meanwhile
                    return;
                }
                m_matching = std::max<qint64>(m_matching, rowCount() + fresh.size());
                appendFetchedRows(fresh);
            });
}

QVariant ProductTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Product &product = *rowPointer(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case SkuRole:
        return product.sku;
    case LowStockRole:
        return product.isLowStock();
    case Qt::TextAlignmentRole: {
        const bool text = column == Sku || column == Name || column == Barcode;
        return QVariant::fromValue(Qt::AlignVCenter | (text ? Qt::AlignLeft : Qt::AlignRight));
    }
    case Qt::BackgroundRole:
        if (product.available() <= 0)
            return kOutOfStockTint;
        return product.isLowStock() ? QVariant(kLowStockTint) : QVariant();
    case Qt::ToolTipRole:
        if (product.available() <= 0)
            return tr("Out of stock: nothing available (%L1 on hand, %L2 reserved)")
                    .arg(product.onHand)
                    .arg(product.reserved);
        if (product.isLowStock()) {
            return tr("Low stock: %L1 available, threshold %L2")
                    .arg(product.available())
                    .arg(product.lowStockThreshold);
        }
        return {};
    case Qt::EditRole:
        // Plain digits for the editor: it hands back text, which core parses and checks.
        if (column == OnHand)
            return QString::number(product.onHand);
        if (column == LowStockThreshold)
            return QString::number(product.lowStockThreshold);
        if (column == Barcode)
            return product.barcode;
        return {};
    case Qt::DisplayRole:
    case RawValueRole:
        break;
    default:
        return {};
    }

    const bool raw = role == RawValueRole;
    const auto number = [&](qint64 value) { return raw ? QVariant(value) : QVariant(m_locale.toString(value)); };
    switch (column) {
    case Sku:
        return product.sku;
    case Name:
        return product.name;
    case Price:
        return raw ? QVariant(product.price.minorUnits()) : QVariant(product.price.toDisplayString(m_locale));
    case OnHand:
        return number(product.onHand);
    case Reserved:
        return number(product.reserved);
    case Available:
        return number(product.available());
    case LowStockThreshold:
        return number(product.lowStockThreshold);
    case Barcode:
        return product.barcode;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case Available:
            return tr("On hand minus what open orders have reserved");
        case LowStockThreshold:
            return tr("The product counts as low on stock when no more than this is available");
        case Barcode:
            return tr("The GTIN/EAN printed on the product: 8, 12, 13 or 14 digits, the last one a check digit");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Name");
    case Price:
        return tr("Price");
    case OnHand:
        return tr("On hand");
    case Reserved:
        return tr("Reserved");
    case Available:
        return tr("Available");
    case LowStockThreshold:
        return tr("Low-stock threshold");
    case Barcode:
        return tr("Barcode");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags ProductTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editable
            && (index.column() == OnHand || index.column() == LowStockThreshold || index.column() == Barcode))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ProductTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
            || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString text = value.toString();
    if (text.trimmed() == data(index, Qt::EditRole).toString())
        return false; // unchanged: nothing to ask core
    Q_EMIT editRequested(rowPointer(index.row())->sku, static_cast<Column>(index.column()), text);
    // Not stored: the row changes when core has accepted the value (applyProduct).
    return false;
}

ProductSortKey ProductTableModel::sortKeyFor(int column)
{
    switch (column) {
    case Name:
        return ProductSortKey::Name;
    case Price:
        return ProductSortKey::Price;
    case OnHand:
        return ProductSortKey::OnHand;
    case Reserved:
        return ProductSortKey::Reserved;
    case Available:
        return ProductSortKey::Available;
    case LowStockThreshold:
        return ProductSortKey::LowStockThreshold;
    default:
        return ProductSortKey::Sku;
    }
}

void ProductTableModel::sort(int column, Qt::SortOrder order)
{
    const ProductSort sort{sortKeyFor(column), order == Qt::DescendingOrder};
    if (sort == m_sort)
        return;
    m_sort = sort;
    reload();
}

void ProductTableModel::setFilter(const ProductFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void ProductTableModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    // Flags are part of what views read per cell: tell them the editable columns changed.
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, OnHand), index(rowCount() - 1, OnHand));
        Q_EMIT dataChanged(index(0, LowStockThreshold), index(rowCount() - 1, LowStockThreshold));
    }
}

void ProductTableModel::refreshProduct(const QString &sku)
{
    if (rowOf(sku) < 0)
        return; // not shown: nothing to refresh
    m_worker.run([sku](Session &session) { return session.inventory().product(sku); }, this,
            [this](const Result<Product> &result) {
                if (result)
                    applyProduct(*result);
            });
}

void ProductTableModel::applyProduct(const Product &product)
{
    const int row = rowOf(product.sku);
    if (row < 0)
        return;
    if (m_filter.lowStockOnly && !product.isLowStock()) {
        m_matching = std::max<qint64>(0, m_matching - 1);
        removeRowAt(row);
        return;
    }
    const Product &shown = *rowPointer(row);
    // Unchanged (a refresh after a refused edit, an echo of our own change): leave the row, and any
    // editor open on it, alone.
    if (shown.name == product.name && shown.price == product.price && shown.onHand == product.onHand
            && shown.reserved == product.reserved && shown.lowStockThreshold == product.lowStockThreshold
            && shown.barcode == product.barcode)
        return;
    replaceRow(product);
}

} // namespace shipshape
