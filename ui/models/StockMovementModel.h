#pragma once

#include "inventory/StockMovement.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace shipshape {

// One product's stock ledger, newest first: when, what kind, how on-hand and reserved stock moved,
// for which order, who and why.
class StockMovementModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        At,
        Kind,
        OnHandDelta,
        ReservedDelta,
        OnHandAfter,
        OrderNumber,
        Actor,
        Reason,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        OrderNumberRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Replaces the rows: another product was selected, or its ledger was read again.
    void setMovements(const QList<StockMovement> &movements);
    void clear();
    [[nodiscard]] const QList<StockMovement> &movements() const { return m_movements; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StockMovement> m_movements;
    QLocale m_locale;
};

} // namespace shipshape
