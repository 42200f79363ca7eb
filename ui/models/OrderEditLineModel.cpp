#include "models/OrderEditLineModel.h"

#include "orders/OrderSettings.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace shipshape {

void OrderEditLineModel::setLines(const QList<LineItem> &lines)
{
    beginResetModel();
    m_lines.clear();
    for (const LineItem &line : lines)
        m_lines.append(OrderEditLine{line.sku, line.productName, line.quantity, line.quantity, line.unitPrice, {}, {}});
    m_after.clear();
    endResetModel();
}

int OrderEditLineModel::rowOf(const QString &sku) const
{
    for (qsizetype row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).sku == sku)
            return int(row);
    }
    return -1;
}

int OrderEditLineModel::addProduct(const QString &sku, const QString &name, const Money &price)
{
    if (const int row = rowOf(sku); row >= 0) {
        setData(index(row, Quantity), m_lines.at(row).quantity + 1);
        return row;
    }
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append(OrderEditLine{sku, name, 1, 0, price, {}, price});
    endInsertRows();
    Q_EMIT linesEdited();
    return row;
}

void OrderEditLineModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    if (m_lines.at(row).quantityBefore > 0) {
        setData(index(row, Quantity), 0);
        return;
    }
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    Q_EMIT linesEdited();
}

void OrderEditLineModel::setCataloguePrices(const QHash<QString, Money> &prices)
{
    for (OrderEditLine &line : m_lines) {
        if (const auto price = prices.constFind(line.sku); price != prices.constEnd())
            line.cataloguePrice = *price;
    }
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, UnitPrice), index(int(m_lines.size()) - 1, UnitPrice));
}

void OrderEditLineModel::setPreview(const QList<LineItem> &after)
{
    m_after.clear();
    for (const LineItem &line : after)
        m_after.insert(line.sku, line);
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, LineTotal), index(int(m_lines.size()) - 1, LineTotal));
}

QList<OrderItemRequest> OrderEditLineModel::items() const
{
    QList<OrderItemRequest> items;
    for (const OrderEditLine &line : m_lines) {
        if (line.quantity > 0)
            items.append(OrderItemRequest{line.sku, line.quantity, std::nullopt});
    }
    return items;
}

void OrderEditLineModel::addLineChangesTo(ModifyOrderRequest &request) const
{
    for (const OrderEditLine &line : m_lines) {
        if (line.quantityBefore == 0) {
            if (line.quantity > 0)
                request.add.append(OrderItemRequest{line.sku, line.quantity, std::nullopt});
        } else if (line.quantity == 0) {
            request.remove.append(line.sku);
        } else if (line.quantity != line.quantityBefore) {
            request.quantities.insert(line.sku, line.quantity);
        }
    }
}

QMap<QString, QString> OrderEditLineModel::newUnitPrices() const
{
    QMap<QString, QString> prices;
    for (const OrderEditLine &line : m_lines) {
        if (line.quantity > 0 && !line.newUnitPrice.isEmpty())
            prices.insert(line.sku, line.newUnitPrice);
    }
    return prices;
}

bool OrderEditLineModel::linesChanged() const
{
    return std::any_of(m_lines.cbegin(), m_lines.cend(),
            [](const OrderEditLine &line) { return line.quantity != line.quantityBefore; });
}

int OrderEditLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int OrderEditLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderEditLineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderEditLine &line = m_lines.at(index.row());
    const auto column = static_cast<Column>(index.column());
    const bool removed = line.quantity == 0;
    const auto after = m_after.constFind(line.sku);

    switch (role) {
    case Qt::TextAlignmentRole: {
        const bool numeric = column == UnitPrice || column == NewUnitPrice || column == Quantity || column == LineTotal;
        return QVariant::fromValue(Qt::AlignVCenter | (numeric ? Qt::AlignRight : Qt::AlignLeft));
    }
    case Qt::FontRole:
        if (removed && column == Product) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (removed)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::ToolTipRole:
        if (column == UnitPrice) {
            if (line.quantityBefore == 0)
                return tr("Today's catalogue price of a line the edit adds");
            if (line.cataloguePrice && !(*line.cataloguePrice == line.unitPrice)) {
                return tr("Sold at %1; the catalogue says %2 today. The line keeps its price unless you set a "
                          "new one.")
                        .arg(line.unitPrice.toDisplayString(m_locale), line.cataloguePrice->toDisplayString(m_locale));
            }
            return tr("The price this line was sold at");
        }
        if (column == NewUnitPrice)
            return tr("A unit price set by hand (needs a reason); empty keeps %1")
                    .arg(line.unitPrice.toDisplayString(m_locale));
        if (column == Quantity)
            return tr("0 takes the line off the order");
        if (column == LineTotal)
            return tr("What the line comes to after the edit, net of its discounts (from the preview)");
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
    case RawValueRole:
        break;
    default:
        return {};
    }
    const bool raw = role != Qt::DisplayRole;
    switch (column) {
    case Sku:
        return line.sku;
    case Product:
        if (raw)
            return line.productName;
        if (line.quantityBefore == 0)
            return tr("%1 (new)").arg(line.productName);
        return removed ? tr("%1 (removed)").arg(line.productName) : line.productName;
    case UnitPrice:
        if (raw)
            return line.unitPrice.minorUnits();
        if (line.cataloguePrice && !(*line.cataloguePrice == line.unitPrice)) {
            return tr("%1 (now %2)")
                    .arg(line.unitPrice.toDisplayString(m_locale), line.cataloguePrice->toDisplayString(m_locale));
        }
        return line.unitPrice.toDisplayString(m_locale);
    case NewUnitPrice:
        return line.newUnitPrice;
    case Quantity:
        return line.quantity;
    case LineTotal:
        if (removed)
            return raw ? QVariant(qint64(0)) : QVariant(tr("removed"));
        if (after == m_after.constEnd() || after->quantity != line.quantity)
            return {}; // the preview is for other quantities
        return raw ? QVariant(after->net().minorUnits()) : QVariant(after->net().toDisplayString(m_locale));
    case ColumnCount:
        break;
    }
    return {};
}

bool OrderEditLineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    OrderEditLine &line = m_lines[index.row()];
    if (index.column() == Quantity) {
        bool ok = false;
        const qint64 quantity = value.toLongLong(&ok);
        if (!ok || quantity < 0 || quantity > OrderServiceSettings::kMaxQuantity)
            return false;
        if (line.quantity == quantity)
            return true;
        line.quantity = quantity;
    } else if (index.column() == NewUnitPrice) {
        const QString price = value.toString().trimmed();
        if (line.newUnitPrice == price)
            return true;
        line.newUnitPrice = price;
    } else {
        return false;
    }
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT linesEdited();
    return true;
}

Qt::ItemFlags OrderEditLineModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Quantity || index.column() == NewUnitPrice))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant OrderEditLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Sku:
        return tr("SKU");
    case Product:
        return tr("Product");
    case UnitPrice:
        return tr("Price");
    case NewUnitPrice:
        return tr("New price");
    case Quantity:
        return tr("Quantity");
    case LineTotal:
        return tr("After discounts");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace shipshape
