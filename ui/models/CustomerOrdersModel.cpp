#include "models/CustomerOrdersModel.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

CustomerOrdersModel::CustomerOrdersModel(QObject *parent) : PagedTableModel(ColumnCount, 0, 0, parent) {}

QVariant CustomerOrdersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderSummary &order = *rowPointer(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case OrderNumberRole:
        return order.number;
    case Qt::TextAlignmentRole: {
        const bool numeric = column == Number || column == Items || column == Total || column == Paid;
        return QVariant::fromValue(Qt::AlignVCenter | (numeric ? Qt::AlignRight : Qt::AlignLeft));
    }
    case Qt::ToolTipRole:
        if (column == Paid && !order.refunded.isZero())
            return tr("%1 refunded").arg(order.refunded.toDisplayString(m_locale));
        return {};
    case Qt::DisplayRole:
    case RawValueRole:
        break;
    default:
        return {};
    }
    const bool raw = role == RawValueRole;
    switch (column) {
    case Number:
        return raw ? QVariant(order.number) : QVariant(u"#%1"_s.arg(order.number));
    case PlacedAt:
        return raw ? QVariant(order.placedAt)
                   : QVariant(m_locale.toString(order.placedAt.toLocalTime(), QLocale::ShortFormat));
    case Status:
        return raw ? QVariant(OrderLifecycle::key(order.status)) : QVariant(OrderLifecycle::displayName(order.status));
    case Items:
        return raw ? QVariant(order.lineCount) : QVariant(m_locale.toString(order.lineCount));
    case Total:
        return raw ? QVariant(order.total.minorUnits()) : QVariant(order.total.toDisplayString(m_locale));
    case Paid:
        return raw ? QVariant(order.paid.minorUnits()) : QVariant(order.paid.toDisplayString(m_locale));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CustomerOrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Number:
        return tr("Order");
    case PlacedAt:
        return tr("Placed");
    case Status:
        return tr("Status");
    case Items:
        return tr("Lines");
    case Total:
        return tr("Total");
    case Paid:
        return tr("Paid");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace shipshape
