#pragma once

#include "common/Result.h"
#include "orders/CancelReason.h"
#include "orders/OrderChanges.h"
#include "orders/OrderEdits.h"
#include "orders/Shipment.h"

#include <QCoreApplication>

#include <optional>

namespace shipshape {

class StockReservations;

// An order's parcels (docs/fulfillment.md): shipping some or all of what is still unshipped, delivering
// parcels, and cancelling unshipped units line by line. The status stays one of the five: confirmed until
// every unit still bought is shipped, then shipped, and delivered once every parcel is.
class OrderFulfillment {
    Q_DECLARE_TR_FUNCTIONS(OrderFulfillment)

public:
    OrderFulfillment(OrderContext &context, OrderChanges &changes, StockReservations &stock)
        : m_context(context), m_changes(changes), m_stock(stock)
    {}

    // Ships one parcel: `lines` (SKU and quantity), or everything still unshipped when empty. Consumes
    // exactly those quantities' reservations; refuses, naming the line, a SKU not on the order or more
    // than is left to ship. Each parcel queues its own "shipped" email.
    Result<Order> ship(const QString &orderReference, const QString &trackingNumber, const QString &carrier,
            const QList<ShipmentLine> &lines = {});
    // Marks one parcel delivered, or every undelivered one when none is given; each queues its own
    // "delivered" email.
    Result<Order> deliver(const QString &orderReference, std::optional<qint64> shipmentId = std::nullopt);
    // Cancels unshipped units: releases their stock, takes them off their lines (a line with nothing left
    // goes) and prices the order again, so what was paid for them becomes the refund owed, settled through
    // the refund path (docs/payments.md). Shipped units cannot be cancelled.
    Result<Order> cancelLines(
            const QString &orderReference, const QList<ShipmentLine> &lines, CancelReason reason, const QString &note);
    // What cancelLines would leave: the order before and after, the stock released and the refund owed.
    // Writes nothing.
    Result<OrderEditPreview> previewCancelLines(
            const QString &orderReference, const QList<ShipmentLine> &lines, CancelReason reason);

    // "SKU:QTY" as typed on the command line (field names the option, e.g. "line").
    static Result<ShipmentLine> parseLine(const QString &field, const QString &text);

private:
    Result<OrderMutation> cancelLinesMutation(
            const QList<ShipmentLine> &lines, CancelReason reason, const QString &note);
    Result<QList<ShipmentLine>> checkedLines(
            const Order &order, const QList<ShipmentLine> &lines, const QString &verb) const;

    OrderContext &m_context;
    OrderChanges &m_changes;
    StockReservations &m_stock;
};

} // namespace shipshape
