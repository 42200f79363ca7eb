#pragma once

#include "drafts/OfflineDraft.h"

#include <QAbstractTableModel>
#include <QList>

namespace shipshape {

// Orders typed offline, each checked against the server's catalogue (OfflineDraftHandover::review): who they
// are for, what they hold, when they were typed, what they cost now and what changed line by line since.
// RawValueRole holds exact values (the draft's UUID, counts, the total as a decimal string, the typing time
// as ISO 8601 UTC), never the formatted text.
class OfflineDraftReviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Customer,
        Items,
        Typed,
        TotalNow,
        Changes,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        DraftIdRole, // the offline draft's UUID, on every column
    };

    explicit OfflineDraftReviewModel(QObject *parent = nullptr);

    void setReviews(QList<OfflineDraftReview> reviews);
    [[nodiscard]] const QList<OfflineDraftReview> &reviews() const { return m_reviews; }
    [[nodiscard]] const OfflineDraftReview &review(int row) const { return m_reviews.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OfflineDraftReview> m_reviews;
};

} // namespace shipshape
