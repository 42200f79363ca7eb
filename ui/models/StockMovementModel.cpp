#include "models/StockMovementModel.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

void StockMovementModel::setMovements(const QList<StockMovement> &movements)
{
    beginResetModel();
    m_movements = movements;
    endResetModel();
}

void StockMovementModel::clear()
{
    setMovements({});
}

int StockMovementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_movements.size());
}

int StockMovementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StockMovementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StockMovement &movement = m_movements.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == OrderNumberRole)
        return movement.orderNumber ? QVariant(*movement.orderNumber) : QVariant();
    if (role == Qt::TextAlignmentRole) {
        const bool numeric
                = column == OnHandDelta || column == ReservedDelta || column == OnHandAfter || column == OrderNumber;
        return QVariant::fromValue(Qt::AlignVCenter | (numeric ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role == Qt::ToolTipRole && column == Reason && !movement.reason.isEmpty())
        return movement.reason;
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};

    const bool raw = role == RawValueRole;
    // Deltas carry their sign ("+5", "−3"); no change shows as empty rather than a noisy zero.
    const auto delta = [&](qint64 value) -> QVariant {
        if (raw)
            return value;
        if (value == 0)
            return QString();
        return value > 0 ? u"+"_s + m_locale.toString(value) : m_locale.toString(value);
    };
    switch (column) {
    case At:
        return raw ? QVariant(movement.at)
                   : QVariant(m_locale.toString(movement.at.toLocalTime(), QLocale::ShortFormat));
    case Kind:
        return raw ? QVariant(StockMovementKinds::key(movement.kind))
                   : QVariant(StockMovementKinds::displayName(movement.kind));
    case OnHandDelta:
        return delta(movement.onHandDelta);
    case ReservedDelta:
        return delta(movement.reservedDelta);
    case OnHandAfter:
        return raw ? QVariant(movement.onHandAfter) : QVariant(m_locale.toString(movement.onHandAfter));
    case OrderNumber:
        if (!movement.orderNumber)
            return {};
        return raw ? QVariant(*movement.orderNumber) : QVariant(u"#%1"_s.arg(*movement.orderNumber));
    case Actor:
        return movement.actor;
    case Reason:
        return movement.reason;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StockMovementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case At:
        return tr("Time");
    case Kind:
        return tr("Kind");
    case OnHandDelta:
        return tr("On hand ±");
    case ReservedDelta:
        return tr("Reserved ±");
    case OnHandAfter:
        return tr("On hand after");
    case OrderNumber:
        return tr("Order");
    case Actor:
        return tr("By");
    case Reason:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace shipshape
