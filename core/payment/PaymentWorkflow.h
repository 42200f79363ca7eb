#pragma once

#include "common/Async.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "orders/CancelReason.h"
#include "orders/Order.h"
#include "orders/OrderRequests.h"
#include "orders/OrderService.h"
#include "payment/PaymentAttempt.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace shipshape {

class Database;
class OrderService;
class PaymentGateway;

// The order use cases that involve the card provider: record the attempt (committed), call the provider
// outside any transaction, record the answer when it arrives. Manual payment methods pass straight
// through to OrderService (their futures are ready at once).
// Asynchronous: every call does its database work up to the first provider request, returns, and goes
// on from the session thread's event loop when the answer arrives; nothing blocks and no event loop is
// spun. Callers chain on the future (a SessionWorker job returns it; the CLI waits at its top level).
// The futures are cancelled, and nothing more is recorded, only if the session is destroyed first.
class PaymentWorkflow {
    Q_DECLARE_TR_FUNCTIONS(PaymentWorkflow)

public:
    // `gateway` may be null: card operations then fail with a clear "not configured" error.
    PaymentWorkflow(Database &database, OrderService &orders, PaymentGateway *gateway, const Clock &clock);

    // Card: validate, reserve, charge, confirm. A declined card cancels the new order and frees its stock
    // and returns ErrorCode::PaymentFailed; an unknown outcome returns ErrorCode::Unavailable and leaves
    // the order pending for reconciliation.
    // Card with a payment link (request.paymentLink): nothing is written unless links can be created;
    // the order is placed pending, holding its stock, and the link is created and emailed
    // (sendPaymentLink). A placement replayed with its idempotency key reuses the order and its link.
    AsyncResult<Order> placeOrder(const PlaceOrderRequest &request);
    // Whether placeOrder answers `request` at once, its future finished when it returns: nothing to ask
    // Stripe (an invoice or a manual payment method). A caller may then keep it inside its own transaction.
    static bool placesAtOnce(const PlaceOrderRequest &request);
    // Refunds a card-paid order in part (amount) or in full (no amount).
    AsyncResult<Order> refund(const QString &orderReference, std::optional<Money> amount, const QString &reason);
    // Refunds a received return (OrderReturns::refund) and, for a card order, sends the Stripe refunds it
    // started; refused before anything is written when a card order's money would go back and Stripe is
    // not configured.
    AsyncResult<Order> refundReturn(qint64 returnId, const ReturnRefundRequest &request);
    // Cancels and settles money already paid: Refund sends a card order's money back through Stripe
    // (refused first when Stripe is not configured, so nothing is written); RecordRefund, KeepAsCredit
    // and Later are OrderService::cancel's. A live payment link of the order is expired at Stripe.
    AsyncResult<Order> cancel(const QString &orderReference, CancelReason reason, const QString &note,
            const CancelSettlement &settlement);
    // The older form: a card-paid order is refunded in full unless `refund` is false; money paid by a
    // manual method is left owed (visible as the order's refund owed) until staff settle it.
    AsyncResult<Order> cancel(
            const QString &orderReference, CancelReason reason, const QString &note, bool refund = true);
    // Emails the customer a link to pay the order's balance due by card (a Stripe Checkout Session),
    // or returns the order with its live link unchanged: two clicks or a retry never make a second
    // session. Fails (PaymentFailed) when Stripe refuses the link, Unavailable when its answer is lost
    // (the worker creates it then, with the same idempotency key).
    AsyncResult<Order> sendPaymentLink(const QString &orderReference);
    // Modifies; a card-paid order is refunded the difference when its total drops and charged the
    // difference with the same card when it rises.
    AsyncResult<Order> modify(const QString &orderReference, const ModifyOrderRequest &request);
    // Whether modify() settles a changed total of `order` with its card (charge the balance due, refund
    // what is owed): a card order that has been paid. Otherwise the balance waits (mark-paid, a payment
    // link, a refund recorded by hand).
    [[nodiscard]] static bool settlesByCard(const Order &order)
    {
        return order.paymentMethod == PaymentMethodType::Card && order.paid.minorUnits() > 0;
    }
    // Resolves attempts whose outcome is open: processing ones and ones a crash or timeout left unknown.
    // Started attempts younger than `grace` may still be in flight elsewhere and are left alone.
    // Then looks after payment links: creates those whose answer was lost (same key), asks Stripe
    // about open ones (paid: recorded and the order confirmed; expired: a pending order waiting for it
    // is cancelled), expires sessions whose order was cancelled or changed or whose time ran out, and
    // refunds money that arrived for a cancelled order. Returns how many attempts and links it settled.
    AsyncResult<int> reconcile(qint64 graceMilliseconds = 60'000);
    // What follows a charge's final answer once it is recorded (recordChargeOutcome), however the answer
    // came: reconciliation asking Stripe, or Stripe's webhook (StripeWebhookEvents). Money that arrived
    // for an order cancelled meanwhile goes back through Stripe; a refund that fails is reconciled later.
    QFuture<Status> afterChargeRecorded(const Order &recorded, const GatewayResult &result);

    [[nodiscard]] bool hasGateway() const { return m_gateway != nullptr; }

private:
    // placementStartedMs: the charge is part of placing the order (a reading of the monotonic clock).
    AsyncResult<Order> runCharge(
            const PaymentAttempt &attempt, const Order &order, std::optional<qint64> placementStartedMs = std::nullopt);
    // One refund request after the other (each recorded before the next is sent).
    AsyncResult<Order> runRefunds(const QList<PaymentAttempt> &attempts, const QString &orderReference);
    AsyncResult<Order> settleBalance(const Order &order);
    Status requireGateway() const;
    // Sends what core says a link needs (its creation, its expiry), records each answer, and refunds
    // money that came in for an order that no longer wants it.
    // `step` counts the requests already made for this update (at most three).
    AsyncResult<PaymentLinkUpdate> followLink(PaymentLinkUpdate update, int step = 0);
    AsyncResult<PaymentLinkUpdate> refundLatePayment(PaymentLinkUpdate update);
    // Expires the order's live link at Stripe when it no longer asks for exactly what is due.
    AsyncResult<Order> retireStaleLink(const Order &order);
    // Reconciliation of one open attempt or one live link; `resolved` counts what was settled.
    QFuture<Status> reconcileAttempt(const PaymentAttempt &attempt, const std::shared_ptr<int> &resolved);
    QFuture<Status> reconcileLink(const PaymentLink &link, const std::shared_ptr<int> &resolved);

    Database &m_database;
    OrderService &m_orders;
    PaymentGateway *m_gateway;
    const Clock &m_clock;
};

} // namespace shipshape
