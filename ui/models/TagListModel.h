#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace shipshape {

// The tags of one order, one per row, for the chips of the order detail.
class TagListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Column {
        Tag,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1 // the tag as stored
    };

    using QAbstractListModel::QAbstractListModel;

    void setTags(const QStringList &tags);
    [[nodiscard]] const QStringList &tags() const { return m_tags; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QStringList m_tags;
};

} // namespace shipshape
