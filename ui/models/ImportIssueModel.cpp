#include "models/ImportIssueModel.h"

namespace shipshape {

void ImportIssueModel::setIssues(const QList<ImportIssue> &issues)
{
    beginResetModel();
    m_issues = issues;
    endResetModel();
}

int ImportIssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int ImportIssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    const ImportIssue &issue = m_issues.at(index.row());
    switch (static_cast<Column>(index.column())) {
    case Row:
        if (role == RawValueRole)
            return issue.row;
        return issue.row == 0 ? tr("file") : QString::number(issue.row);
    case ColumnName:
        return issue.column;
    case Value:
        return issue.value;
    case Message:
        return issue.message;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Row:
        return tr("Row");
    case ColumnName:
        return tr("Column");
    case Value:
        return tr("Value");
    case Message:
        return tr("Problem");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace shipshape
