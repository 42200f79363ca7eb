#pragma once

#include "common/Result.h"
#include "orders/CancelReason.h"
#include "orders/OrderChanges.h"
#include "orders/OrderRequests.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace shipshape {

class ManualRefunds;
class StockReservations;

// The one way an order is cancelled — by staff, by an unpaid hold running out, by a declined first charge,
// by a payment link expiring unpaid — and the use case staff start, which also settles money already paid.
class OrderCancellation {
    Q_DECLARE_TR_FUNCTIONS(OrderCancellation)

public:
    OrderCancellation(OrderContext &context, OrderChanges &changes, StockReservations &stock, ManualRefunds &refunds)
        : m_context(context), m_changes(changes), m_stock(stock), m_refunds(refunds)
    {}

    // Inside a change of the order: the status moves to cancelled (refused where the lifecycle does not
    // allow it), the reason is set, every line's stock is released, and the timeline entry and the
    // OrderCancelled event (which queues the customer's email) say why. `details` add to the entry's.
    Status cancelWithin(Order &order, OrderChange &change, CancelReason reason, const QString &why,
            const QJsonObject &details = {}) const;

    // Cancels and settles money already paid in the same transaction: recorded as refunded outside
    // Shipshape (manual methods), kept as credit, or left owed. CancelMoney::Refund cancels a card
    // order and leaves the refund to the caller (PaymentWorkflow sends it to Stripe); for a manual
    // order it is refused, naming the field "money".
    Result<Order> cancel(const QString &orderReference, CancelReason reason, const QString &note,
            const CancelSettlement &settlement);

private:
    OrderContext &m_context;
    OrderChanges &m_changes;
    StockReservations &m_stock;
    ManualRefunds &m_refunds;
};

} // namespace shipshape
