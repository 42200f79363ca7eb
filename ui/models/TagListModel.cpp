#include "models/TagListModel.h"

namespace shipshape {

void TagListModel::setTags(const QStringList &tags)
{
    if (tags == m_tags)
        return;
    beginResetModel();
    m_tags = tags;
    endResetModel();
}

int TagListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tags.size());
}

QVariant TagListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &tag = m_tags.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
    case RawValueRole:
        return tag;
    default:
        return {};
    }
}

} // namespace shipshape
