#pragma once

#include "warehouse/PackState.h"

#include <QAbstractTableModel>

namespace shipshape {

// The lines of the order at the packing station, as core stored them: SKU, product, units left to ship and
// how many of them are in the box. The view shows what core answered; it never counts on its own.
class PackLineModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Sku,
        Product,
        Packed,
        ToPack,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        CompleteRole, // bool: every unit of the line is in the box
    };

    explicit PackLineModel(QObject *parent = nullptr);

    // The whole order again (a different order, or the first look at one).
    void setState(const PackState &state);
    // The same order after a scan: the rows keep their place and only changed counts are announced.
    void updateState(const PackState &state);
    void clear();
    [[nodiscard]] const PackState &state() const { return m_state; }
    // The row of a SKU, or -1.
    [[nodiscard]] int rowOf(const QString &sku) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    PackState m_state;
};

} // namespace shipshape
