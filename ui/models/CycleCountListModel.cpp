#include "models/CycleCountListModel.h"

#include <QLocale>

namespace shipshape {

CycleCountListModel::CycleCountListModel(QObject *parent) : QAbstractTableModel(parent) {}

void CycleCountListModel::setCounts(const QList<CycleCountSummary> &counts)
{
    beginResetModel();
    m_counts = counts;
    endResetModel();
}

int CycleCountListModel::rowOf(qint64 countId) const
{
    for (qsizetype i = 0; i < m_counts.size(); ++i) {
        if (m_counts.at(i).id == countId)
            return int(i);
    }
    return -1;
}

int CycleCountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int CycleCountListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CycleCountListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_counts.size())
        return {};
    const CycleCountSummary &count = m_counts.at(index.row());
    if (role == CountIdRole)
        return count.id;
    if (role == RawValueRole) {
        switch (static_cast<Column>(index.column())) {
        case Id:
            return count.id;
        case State:
            return CycleCountStates::key(count.state);
        case Progress:
            return count.countedLines;
        case Differing:
            return count.differingLines;
        case Note:
            return count.note;
        case Started:
            return count.startedAt;
        case StartedBy:
            return count.startedBy;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(index.column())) {
        case Id:
            return tr("#%1").arg(count.id);
        case State:
            return CycleCountStates::displayName(count.state);
        case Progress:
            return tr("%1 of %2").arg(count.countedLines).arg(count.lines);
        case Differing:
            return count.differingLines;
        case Note:
            return count.note;
        case Started:
            return QLocale().toString(count.startedAt.toLocalTime(), QLocale::ShortFormat);
        case StartedBy:
            return count.startedBy;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Id || index.column() == Differing))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CycleCountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Id:
        return tr("Count");
    case State:
        return tr("State");
    case Progress:
        return tr("Counted");
    case Differing:
        return tr("Differing");
    case Note:
        return tr("Note");
    case Started:
        return tr("Started");
    case StartedBy:
        return tr("By");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace shipshape
