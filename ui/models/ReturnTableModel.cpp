#include "models/ReturnTableModel.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

ReturnTableModel::ReturnTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int ReturnTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_returns.size());
}

int ReturnTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReturnTableModel::reasons(const OrderReturn &orderReturn) const
{
    QStringList names;
    for (const ReturnLine &line : orderReturn.lines) {
        const QString name = ReturnReasons::displayName(line.reason);
        if (!names.contains(name))
            names << name;
    }
    return names.join(u", "_s);
}

QVariant ReturnTableModel::rawValue(const OrderReturn &orderReturn, int column) const
{
    switch (column) {
    case Id:
        return orderReturn.id;
    case Order:
        return orderReturn.orderNumber;
    case State:
        return ReturnStates::key(orderReturn.state);
    case Opened:
        return orderReturn.openedAt;
    case Units:
        return orderReturn.units();
    case Reasons: {
        QStringList keys;
        for (const ReturnLine &line : orderReturn.lines)
            keys << ReturnReasons::key(line.reason);
        return keys.join(u',');
    }
    case Refund:
        return orderReturn.refund ? QVariant(orderReturn.refund->minorUnits()) : QVariant();
    default:
        return {};
    }
}

QVariant ReturnTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderReturn &orderReturn = m_returns.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return QString::number(orderReturn.id);
        case Order:
            return tr("#%1").arg(orderReturn.orderNumber);
        case State:
            return ReturnStates::displayName(orderReturn.state);
        case Opened:
            return m_locale.toString(orderReturn.openedAt.toLocalTime().date(), QLocale::ShortFormat);
        case Units:
            return m_locale.toString(orderReturn.units());
        case Reasons:
            return reasons(orderReturn);
        case Refund:
            return orderReturn.refund ? orderReturn.refund->toDisplayString(m_locale) : QString();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Units || index.column() == Refund || index.column() == Id)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        return rawValue(orderReturn, index.column());
    case ReturnIdRole:
        return orderReturn.id;
    case OrderNumberRole:
        return orderReturn.orderNumber;
    case StateKeyRole:
        return ReturnStates::key(orderReturn.state);
    default:
        return {};
    }
}

QVariant ReturnTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Return");
    case Order:
        return tr("Order");
    case State:
        return tr("State");
    case Opened:
        return tr("Opened");
    case Units:
        return tr("Units");
    case Reasons:
        return tr("Reasons");
    case Refund:
        return tr("Refund");
    default:
        return {};
    }
}

void ReturnTableModel::setReturns(const QList<OrderReturn> &returns)
{
    beginResetModel();
    m_returns = returns;
    endResetModel();
}

std::optional<OrderReturn> ReturnTableModel::returnAt(int row) const
{
    if (row < 0 || row >= m_returns.size())
        return std::nullopt;
    return m_returns.at(row);
}

int ReturnTableModel::rowOf(qint64 returnId) const
{
    for (int row = 0; row < m_returns.size(); ++row) {
        if (m_returns.at(row).id == returnId)
            return row;
    }
    return -1;
}

} // namespace shipshape
