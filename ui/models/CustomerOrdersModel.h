#pragma once

#include "models/PagedTableModel.h"
#include "orders/OrderQuery.h"

#include <QList>
#include <QLocale>

namespace shipshape {

// One page of a customer's order history, newest first, as CustomerService::orderHistory returns it (the
// customers page turns pages with Previous and Next, each replacing the rows).
class CustomerOrdersModel : public PagedTableModel<OrderSummary, qint64> {
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

    explicit CustomerOrdersModel(QObject *parent = nullptr);

    // Replaces the rows with another page (or another customer's first page).
    void setOrders(const QList<OrderSummary> &orders) { resetRows(orders); }
    [[nodiscard]] const QList<OrderSummary> &orders() const { return rows(); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    qint64 keyOf(const OrderSummary &row) const override { return row.number; }
    bool hasMore() const override { return false; } // the view asks for pages by number
    void requestMore() override {}

private:
    QLocale m_locale;
};

} // namespace shipshape
