#include "models/DraftListModel.h"

namespace shipshape {

void DraftListModel::setDrafts(const QList<DraftSummary> &drafts)
{
    beginResetModel();
    m_drafts = drafts;
    endResetModel();
}

int DraftListModel::rowOf(const QString &draftId) const
{
    for (qsizetype row = 0; row < m_drafts.size(); ++row) {
        if (m_drafts.at(row).id == draftId)
            return int(row);
    }
    return -1;
}

int DraftListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_drafts.size());
}

int DraftListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DraftListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DraftSummary &draft = m_drafts.at(index.row());
    if (role == DraftIdRole)
        return draft.id;
    if (role == Qt::TextAlignmentRole && index.column() == Items)
        return QVariant::fromValue(Qt::AlignVCenter | Qt::AlignRight);
    if (role == Qt::ToolTipRole && index.column() == Customer)
        return draft.customerEmail;
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (static_cast<Column>(index.column())) {
    case Customer:
        if (raw)
            return draft.customerName;
        if (!draft.customerName.isEmpty())
            return draft.customerName;
        return draft.customerEmail.isEmpty() ? tr("(no customer yet)") : draft.customerEmail;
    case Items:
        return raw ? QVariant(draft.itemCount) : QVariant(m_locale.toString(draft.itemCount));
    case Updated:
        return raw ? QVariant(draft.updatedAt)
                   : QVariant(m_locale.toString(draft.updatedAt.toLocalTime(), QLocale::NarrowFormat));
    case UpdatedBy:
        return draft.updatedBy;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DraftListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Customer:
        return tr("Customer");
    case Items:
        return tr("Items");
    case Updated:
        return tr("Changed");
    case UpdatedBy:
        return tr("By");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace shipshape
