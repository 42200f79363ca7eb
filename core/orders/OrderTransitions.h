#pragma once

#include "common/Result.h"
#include "orders/OrderChanges.h"
#include "orders/OrderRequests.h"

#include <QCoreApplication>

namespace shipshape {

class OrderCancellation;
class StockReservations;

// The order's life after placement, other than edits, money, cancellation and parcels (OrderFulfillment):
// a staff note, and the unpaid holds that run out.
class OrderTransitions {
    Q_DECLARE_TR_FUNCTIONS(OrderTransitions)

public:
    OrderTransitions(
            OrderContext &context, OrderChanges &changes, StockReservations &stock, OrderCancellation &cancellation)
        : m_context(context), m_changes(changes), m_stock(stock), m_cancellation(cancellation)
    {}

    // An internal staff note on the timeline (never sent to the customer); any status.
    Result<Order> addNote(const QString &orderReference, const QString &note);
    // Cancels every unpaid pending order whose hold has run out; returns how many. Orders another client
    // is changing are skipped (SKIP LOCKED) and come up again in the next round.
    Result<int> expireReservations();

private:
    OrderContext &m_context;
    OrderChanges &m_changes;
    StockReservations &m_stock;
    OrderCancellation &m_cancellation;
};

} // namespace shipshape
