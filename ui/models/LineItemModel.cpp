#include "models/LineItemModel.h"

namespace shipshape {

void LineItemModel::setLines(const QList<LineItem> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
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
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace shipshape
