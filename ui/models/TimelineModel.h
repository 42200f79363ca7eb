#pragma once

#include "orders/TimelineEntry.h"

#include <QAbstractListModel>
#include <QList>

namespace shipshape {

// An order's status timeline, oldest first: one row per event with a title, a detail line, when and who.
class TimelineModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        TitleRole,
        DetailRole,
        WhenRole,
        ActorRole,
        KindRole
    };
    // What the timeline's dot says at a glance.
    enum class Kind {
        Neutral,
        Good,
        Problem
    };

    using QAbstractListModel::QAbstractListModel;

    void setEntries(const QList<TimelineEntry> &entries);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString title(const TimelineEntry &entry);
    static QString detail(const TimelineEntry &entry);
    static Kind kind(const TimelineEntry &entry);

private:
    QList<TimelineEntry> m_entries;
};

} // namespace shipshape
