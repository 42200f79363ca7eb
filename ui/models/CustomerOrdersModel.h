#pragma once

#include "orders/OrderQuery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace shipshape {

// One page of a customer's order history, newest first, as CustomerService::orderHistory returns it.
class CustomerOrdersModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Number,
        PlacedAt,
        Status,
        Items,
        Total,
        Paid,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        OrderNumberRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Replaces the rows with another page (or another customer's first page).
    void setOrders(const QList<OrderSummary> &orders);
    [[nodiscard]] const QList<OrderSummary> &orders() const { return m_orders; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OrderSummary> m_orders;
    QLocale m_locale;
};

} // namespace shipshape
