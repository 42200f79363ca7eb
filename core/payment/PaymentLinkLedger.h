#pragma once

#include "common/Result.h"
#include "orders/OrderChanges.h"
#include "payment/PaymentGateway.h"
#include "payment/PaymentLink.h"

#include <QCoreApplication>

namespace shipshape {

class OrderCancellation;

// A payment link as core left it, and what the caller must now do with the provider.
struct PaymentLinkUpdate {
    Order order;
    PaymentLink link;
    // Still open at Stripe, but nobody should pay through it any more (its order was cancelled or
    // changed, or its time ran out): expire the session.
    bool expireAtProvider = false;
    // Money arrived for an order that no longer wants it (cancelled meanwhile): refund it.
    bool refundNow = false;
    // The link is new (or still being created) and its request must be sent.
    bool sendRequest = false;
};

// Payment links (Stripe Checkout Sessions) for a card order's balance due. start() records a new link
// (key shipshape-<order uuid>-checkout-<n>, expiry now + paymentLinkHoldMinutes) and commits, or returns the
// live one: a second click or a retry reuses it (sendRequest says whether its request must still be sent).
// record() applies what Stripe said about it: open (the order's stock is held as long and the email with the
// link is queued), paid (a payment and a succeeded charge attempt with the PaymentIntent, so later refunds
// use the card path; the order is confirmed), expired (a pending order waiting for it is cancelled and its
// stock released), refused (failed). Each is recorded once, whoever reports it first.
class PaymentLinkLedger {
    Q_DECLARE_TR_FUNCTIONS(PaymentLinkLedger)

public:
    PaymentLinkLedger(OrderContext &context, OrderChanges &changes, OrderCancellation &cancellation)
        : m_context(context), m_changes(changes), m_cancellation(cancellation)
    {}

    Result<PaymentLinkUpdate> start(const QString &orderReference);
    Result<PaymentLinkUpdate> record(qint64 linkId, const CheckoutSessionResult &result);

private:
    Result<PaymentLinkUpdate> startOnce(const QString &orderReference);
    Result<PaymentLinkUpdate> recordOnce(qint64 linkId, const CheckoutSessionResult &result);
    Result<PaymentLinkUpdate> currentState(qint64 linkId);

    OrderContext &m_context;
    OrderChanges &m_changes;
    OrderCancellation &m_cancellation;
};

} // namespace shipshape
