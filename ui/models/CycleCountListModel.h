#pragma once

#include "inventory/CycleCount.h"

#include <QAbstractTableModel>

namespace shipshape {

// The counts on the Counts page, newest first, as core listed them: state, how far each got, who started it.
class CycleCountListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Id,
        State,
        Progress,
        Differing,
        Note,
        Started,
        StartedBy,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        CountIdRole,
    };

    explicit CycleCountListModel(QObject *parent = nullptr);

    void setCounts(const QList<CycleCountSummary> &counts);
    [[nodiscard]] const QList<CycleCountSummary> &counts() const { return m_counts; }
    // The row of a count, or -1.
    [[nodiscard]] int rowOf(qint64 countId) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<CycleCountSummary> m_counts;
};

} // namespace shipshape
