#pragma once

#include "common/Result.h"
#include "orders/Order.h"
#include "orders/OrderChanges.h"

#include <QCoreApplication>

namespace shipshape {

// An order's hold on stock: reserved when it is placed or grows, released when it shrinks or is cancelled,
// consumed when it ships. Every change of `reserved` and `on_hand` is one conditional UPDATE (never below
// zero, never more than is on hand) with its ledger row, and products are touched in SKU order so that two
// orders on the same products cannot deadlock.
class StockReservations {
    Q_DECLARE_TR_FUNCTIONS(StockReservations)

public:
    explicit StockReservations(OrderContext &context) : m_context(context) {}

    // Reserves (delta > 0) or releases (delta < 0) one SKU for the order.
    Status adjust(const Order &order, const QString &sku, qint64 delta, OrderChange &change);
    // Reserves every line of a new order.
    Status reserveAll(const Order &order, OrderChange &change);
    // Releases every line's hold (cancellation).
    Status releaseAll(const Order &order, OrderChange &change);
    // Takes every line out of stock (shipment): on hand and reserved both go down.
    Status consumeAll(const Order &order, OrderChange &change);
    // Takes `quantity` of one SKU the order holds out of stock (one line of a parcel), with the same ledger
    // row and event as consumeAll.
    Status consume(const Order &order, const QString &sku, qint64 quantity, OrderChange &change);
    // Returns (OrderReturns): `quantity` returned units of one SKU back on hand (a `returned` ledger row), or
    // written off (a `damaged` row that moves nothing, with how many and why).
    Status restock(const Order &order, const QString &sku, qint64 quantity, qint64 returnId, OrderChange &change);
    Status writeOff(const Order &order, const QString &sku, qint64 quantity, qint64 returnId, const QString &reason,
            OrderChange &change);
    // Moves the holds from the order's current lines to `lines`: releases first, so that swapping quantities
    // between lines never fails for want of stock.
    Status moveTo(const Order &order, const QList<LineItem> &lines, OrderChange &change);

    // The lines in the order their products are locked.
    static QList<LineItem> bySku(QList<LineItem> lines);

private:
    OrderContext &m_context;
};

} // namespace shipshape
