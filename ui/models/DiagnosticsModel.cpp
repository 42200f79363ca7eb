#include "models/DiagnosticsModel.h"

namespace shipshape {

void DiagnosticsModel::setResults(const QList<DiagnosticResult> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return {};
    const DiagnosticResult &result = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Check:
            return result.title;
        case Outcome:
            return result.mark();
        case Detail:
            return result.detail;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == Detail ? result.detail : QVariant();
    case Qt::AccessibleTextRole:
        if (index.column() == Outcome)
            return result.passed ? tr("Passed") : result.skipped ? tr("Not checked") : tr("Failed");
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Outcome ? QVariant(Qt::AlignCenter) : QVariant();
    case RawValueRole:
        switch (index.column()) {
        case Check:
            return result.key;
        case Outcome:
            return result.skipped ? QVariant() : QVariant(result.passed);
        case Detail:
            return result.detail;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Check:
        return tr("Check");
    case Outcome:
        return tr("Result");
    case Detail:
        return tr("Found, or what to do");
    default:
        return {};
    }
}

} // namespace shipshape
