#include "models/LineItemModel.h"

#include "style/TextTone.h"

#include <QBrush>
#include <QColor>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

void LineItemModel::setLines(const QList<LineItem> &lines)
{
    beginResetModel();
    m_lines = lines;
    m_stock.clear();
    endResetModel();
}

void LineItemModel::setStock(const QHash<QString, shipshape::Product> &products)
{
    m_stock = products;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, Stock), index(int(m_lines.size()) - 1, Stock));
}

int LineItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int LineItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LineItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LineItem &line = m_lines.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = index.column() >= Quantity;
        return QVariant::fromValue(Qt::AlignVCenter | (numeric ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (index.column() == Stock)
        return stockData(line, role);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (static_cast<Column>(index.column())) {
    case Sku:
        return line.sku;
    case Product:
        return line.productName;
    case Quantity:
        return line.quantity;
    case UnitPrice:
        return raw ? QVariant(line.unitPrice.minorUnits()) : QVariant(line.unitPrice.toDisplayString(m_locale));
    case LineTotal:
        return raw ? QVariant(line.lineTotal.minorUnits()) : QVariant(line.lineTotal.toDisplayString(m_locale));
    // Zero discounts and taxes stay blank, so the columns draw the eye only where there is something.
    case Discount:
        if (raw)
            return line.discount.minorUnits();
        return line.discount.isZero() ? QVariant() : QVariant(u"−"_s + line.discount.toDisplayString(m_locale));
    case Tax:
        if (raw)
            return line.tax.minorUnits();
        if (line.tax.isZero() && line.taxRate.isZero())
            return {};
        return tr("%1 (%2 %)").arg(line.tax.toDisplayString(m_locale), line.taxRate.toPercentString());
    case Stock:
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LineItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Sku:
        return tr("SKU");
    case Product:
        return tr("Product");
    case Quantity:
        return tr("Qty");
    case UnitPrice:
        return tr("Unit price");
    case LineTotal:
        return tr("Line total");
    case Discount:
        return tr("Discount");
    case Tax:
        return tr("Tax");
    case Stock:
        return tr("Stock");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LineItemModel::stockData(const LineItem &line, int role) const
{
    const auto found = m_stock.constFind(line.sku);
    if (found == m_stock.constEnd())
        return role == Qt::DisplayRole ? QVariant(m_stock.isEmpty() ? QString() : tr("not in catalogue")) : QVariant();
    const shipshape::Product &product = *found;
    switch (role) {
    case RawValueRole:
        return product.available();
    case Qt::DisplayRole:
        if (product.onHand <= 0)
            return tr("none on hand");
        return tr("%1 on hand, %2 free").arg(m_locale.toString(product.onHand), m_locale.toString(product.available()));
    case Qt::ToolTipRole:
        return tr("On hand %1, reserved by open orders %2 (this order's included), free %3, low below %4")
                .arg(product.onHand)
                .arg(product.reserved)
                .arg(product.available())
                .arg(product.lowStockThreshold);
    case Qt::ForegroundRole:
        if (product.onHand < line.quantity || product.available() < 0)
            return QBrush(TextTone::color(TextTone::Tone::Error));
        if (product.isLowStock())
            return QBrush(TextTone::color(TextTone::Tone::Warning));
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter | Qt::AlignRight);
    default:
        return {};
    }
}

} // namespace shipshape
