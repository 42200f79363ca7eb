#pragma once

#include "bulk/BulkOrderRunner.h"

#include <QAbstractTableModel>
#include <QList>

namespace shipshape {

// The per-order report of a bulk action, a row appended as each order finishes.
class BulkResultModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Number,
        Result,
        Message,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1
    };

    using QAbstractTableModel::QAbstractTableModel;

    void append(const BulkOrderOutcome &outcome);
    void clear();
    [[nodiscard]] const QList<BulkOrderOutcome> &outcomes() const { return m_outcomes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BulkOrderOutcome> m_outcomes;
};

} // namespace shipshape
