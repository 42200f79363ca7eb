#pragma once

#include "inventory/CycleCount.h"

#include <QAbstractTableModel>

namespace shipshape {

// The products of the count shown on the Counts page, as core stored them: the stock expected when the count
// started, what moved during it, what was counted and the variance. The Counted cell is editable while the
// count is open: an edit is a request (countEntered), never a change of its own; the view shows core's answer.
class CycleCountLineModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Sku,
        Product,
        Expected,
        Moved,
        Counted,
        Variance,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1,
    };

    explicit CycleCountLineModel(QObject *parent = nullptr);

    // The whole count again (another count, or the first look at one).
    void setCount(const CycleCount &count);
    // One line as core answered after an entry; the row keeps its place.
    void updateLine(const CycleCountLine &line);
    void clear();
    // Whether the Counted cells take entries (an open count, a login that may count).
    void setEditable(bool editable);
    [[nodiscard]] const CycleCount &count() const { return m_count; }
    [[nodiscard]] bool hasCount() const { return m_count.id > 0; }
    // The row of a SKU, or -1.
    [[nodiscard]] int rowOf(const QString &sku) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // The user typed a count into a cell: the view sends it to core.
    void countEntered(const QString &sku, qint64 counted);

private:
    CycleCount m_count;
    bool m_editable = false;
};

} // namespace shipshape
