#include "bulk/BulkResultModel.h"

#include <QBrush>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

void BulkResultModel::append(const BulkOrderOutcome &outcome)
{
    const int row = int(m_outcomes.size());
    beginInsertRows({}, row, row);
    m_outcomes << outcome;
    endInsertRows();
}

void BulkResultModel::clear()
{
    beginResetModel();
    m_outcomes.clear();
    endResetModel();
}

int BulkResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_outcomes.size());
}

int BulkResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BulkOrderOutcome &outcome = m_outcomes.at(index.row());
    const bool raw = role == RawValueRole;
    if (role == Qt::ForegroundRole && index.column() == Result && !outcome.succeeded)
        return QBrush(Qt::red);
    if (role != Qt::DisplayRole && !raw && role != Qt::ToolTipRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Number:
        return raw ? QVariant(outcome.number) : QVariant(u"#%1"_s.arg(outcome.number));
    case Result:
        return raw ? QVariant(outcome.succeeded) : QVariant(outcome.succeeded ? tr("Done") : tr("Failed"));
    case Message:
        return outcome.message;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BulkResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Number:
        return tr("Order");
    case Result:
        return tr("Result");
    case Message:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace shipshape
