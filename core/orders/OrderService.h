#pragma once

#include "common/Clock.h"
#include "common/MonotonicClock.h"
#include "common/Result.h"
#include "events/DomainEvent.h"
#include "orders/CancelReason.h"
#include "orders/Order.h"
#include "orders/OrderQuery.h"
#include "orders/OrderRequests.h"
#include "payment/PaymentGateway.h"

#include <QCoreApplication>

#include <functional>

namespace shipshape {

class Database;
class DomainEventBus;
class NotificationOutbox;

struct OrderServiceSettings {
    // How long an unpaid pending order holds its stock before it is cancelled.
    int reservationHoldMinutes = 15;
    // How long a payment link (and the order it is for) stays payable. Stripe wants a Checkout Session
    // to live 30 minutes to 24 hours; the extra minutes leave room for a retried request.
    int paymentLinkHoldMinutes = 60;
    static constexpr int kMinPaymentLinkHoldMinutes = 35;
    static constexpr int kMaxPaymentLinkHoldMinutes = 23 * 60;
    static constexpr qint64 kMaxQuantity = 100000;
};

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

// The order use cases. Each operation is one database transaction that validates, adjusts stock,
// writes the order and its timeline, and publishes its domain events only after commit.
class OrderService {
    Q_DECLARE_TR_FUNCTIONS(OrderService)

public:
    OrderService(Database &database, const Clock &clock, DomainEventBus *events = nullptr,
            OrderServiceSettings settings = {});

    Result<Order> place(const PlaceOrderRequest &request);
    Result<Order> modify(const QString &orderReference, const ModifyOrderRequest &request);
    // Cancels and leaves money already paid owed to the customer (CancelMoney::Later).
    Result<Order> cancel(const QString &orderReference, CancelReason reason, const QString &note);
    // Cancels and settles money already paid in the same transaction: recorded as refunded outside
    // Shipshape (manual methods), kept as credit, or left owed. CancelMoney::Refund cancels a card
    // order and leaves the refund to the caller (PaymentWorkflow sends it to Stripe); for a manual
    // order it is refused, naming the field "money".
    Result<Order> cancel(const QString &orderReference, CancelReason reason, const QString &note,
            const CancelSettlement &settlement);
    // Manual methods (invoice, bank transfer, cash): staff confirm the money arrived. The reference
    // (e.g. the invoice number on the bank statement) is kept with the payment and on the timeline.
    Result<Order> markPaid(const QString &orderReference, const QString &paymentReference = {});
    // Manual methods: a refund staff made outside Shipshape, on the refunds ledger, the timeline and
    // the customer's "refunded" email, in one transaction. Never more than paid − refunded; money
    // kept as credit is paid out first when the refund reaches into it.
    Result<Order> recordRefund(const QString &orderReference, const ManualRefundRequest &request);
    // The refund owed of an order becomes the customer's credit (nothing is owed afterwards).
    Result<Order> keepAsCredit(const QString &orderReference, const QString &note);
    Result<Order> ship(const QString &orderReference, const QString &trackingNumber, const QString &carrier);
    Result<Order> deliver(const QString &orderReference);
    // An internal staff note on the timeline (never sent to the customer); any status.
    Result<Order> addNote(const QString &orderReference, const QString &note);
    // Cancels every unpaid pending order whose hold has run out; returns how many.
    Result<int> expireReservations();

    // Card payments. The provider is called between these steps, never inside a transaction:
    // place() (card) and the start* calls record an attempt and commit; the caller talks to the
    // provider; record*Outcome() applies the answer. An attempt left open by a crash is reconciled.
    // placementDurationMs: the charge ran as part of placing the order; its answer settles the placement
    // log's entry (confirmed, declined, or still pending) with the placement's whole duration.
    Result<Order> recordChargeOutcome(
            qint64 attemptId, const GatewayResult &result, std::optional<qint64> placementDurationMs = std::nullopt);
    Result<Order> recordRefundOutcome(qint64 attemptId, const GatewayResult &result);
    // Refunds `amount` (all that is refundable when empty) of a card-paid order, split over its charges.
    Result<QList<PaymentAttempt>> startRefund(
            const QString &orderReference, std::optional<Money> amount, const QString &reason);
    static Status validateCardToken(const QString &token);
    // Charges the balance due of a card-paid order (after a modification raised its total).
    Result<std::optional<PaymentAttempt>> startBalanceCharge(const QString &orderReference);

    // Payment links (Stripe Checkout Sessions) for a card order's balance due. startPaymentLink records
    // a new link (key shipshape-<order uuid>-checkout-<n>, expiry now + paymentLinkHoldMinutes, the
    // order's stock held as long) and commits, or returns the live one: a second click or a retry
    // reuses it (sendRequest says whether its request must still be sent). recordPaymentLink applies
    // what Stripe said about it: open (the email with the link is queued), paid (a payment and a
    // succeeded charge attempt with the PaymentIntent, so later refunds use the card path; the order
    // is confirmed), expired (a pending order waiting for it is cancelled and its stock released),
    // refused (failed). Each is recorded once, whoever reports it first.
    Result<PaymentLinkUpdate> startPaymentLink(const QString &orderReference);
    Result<PaymentLinkUpdate> recordPaymentLink(qint64 linkId, const CheckoutSessionResult &result);

    Result<Order> find(const QString &orderReference);
    // The order an idempotent placement (PlaceOrderRequest::idempotencyKey) created, if any.
    Result<std::optional<qint64>> orderPlacedWithKey(const QString &idempotencyKey);
    Result<QList<OrderSummary>> list(const OrderFilter &filter, const OrderSort &sort, int limit, int offset);
    Result<qint64> count(const OrderFilter &filter);
    // min(count(filter), cap + 1), without reading past the (cap + 1)th match: a result above `cap`
    // means "more than cap". For the order list's first page at large search results.
    Result<qint64> countUpTo(const OrderFilter &filter, qint64 cap);

    [[nodiscard]] const OrderServiceSettings &settings() const { return m_settings; }
    // Customer emails: when set, each change that should notify the customer queues its email in the
    // change's own transaction (null: no emails, e.g. in tests that do not care).
    void setNotificationOutbox(NotificationOutbox *outbox) { m_outbox = outbox; }
    // Placement durations for the dashboard are read from this clock (tests give fixed readings).
    void setMonotonicClock(const MonotonicClock *clock) { m_monotonic = clock ? clock : &m_steadyClock; }
    [[nodiscard]] const MonotonicClock &monotonicClock() const { return *m_monotonic; }

private:
    struct Change {
        QList<TimelineEntry> timeline;
        QList<DomainEvent> events;
        bool linesChanged = false;
    };
    using Mutation = std::function<Status(Order &order, Change &change)>;

    // Runs mutateOnce again (bounded, jittered) when PostgreSQL reports a serialization failure or
    // deadlock. skipIfLocked: background work claims the order with SKIP LOCKED (Conflict if another
    // client holds it) instead of waiting.
    Result<Order> mutate(const QString &orderReference, const Mutation &mutation, bool skipIfLocked = false);
    Result<Order> mutateOnce(const QString &orderReference, const Mutation &mutation, bool skipIfLocked);
    Result<Order> placeOnce(const PlaceOrderRequest &request, qint64 startedMs);
    // The body of mutate() for callers that already hold a transaction; returns the events to publish.
    Result<QList<DomainEvent>> mutateWithin(qint64 number, const Mutation &mutation);
    struct ResolvedAttempt {
        PaymentAttempt attempt;
        bool resolvedNow = false; // false: another run resolved it first
    };
    // Records the provider's answer on an open attempt, inside the caller's transaction.
    Result<ResolvedAttempt> resolveAttempt(qint64 attemptId, PaymentAttemptKind kind, const GatewayResult &result);
    Result<PaymentAttempt> createAttempt(const Order &order, PaymentAttemptKind kind, const Money &amount,
            const QString &paymentMethod, const QString &paymentIntent, const QString &reason);
    Result<qint64> resolveExisting(const QString &orderReference);
    Status transition(Order &order, OrderStatus to, const QString &action);
    Status adjustStock(Order &order, const QString &sku, qint64 delta, Change &change);
    Status releaseAll(Order &order, Change &change);
    // The body of a manual refund inside a mutation; `reference` and `reason` are already validated.
    Status applyManualRefund(
            Order &order, Change &change, const ManualRefundRequest &request, std::optional<Money> amount);
    Result<ManualRefundRequest> cleanManualRefund(const ManualRefundRequest &request) const;
    Result<PaymentLinkUpdate> startPaymentLinkOnce(const QString &orderReference);
    Result<PaymentLinkUpdate> recordPaymentLinkOnce(qint64 linkId, const CheckoutSessionResult &result);
    Result<PaymentLinkUpdate> currentLinkState(qint64 linkId);
    Result<QList<LineItem>> priceLines(const QList<OrderItemRequest> &items, const QList<LineItem> &existing);
    Result<Customer> resolveCustomer(const CustomerReference &reference);
    TimelineEntry entry(const QString &event, std::optional<OrderStatus> from, std::optional<OrderStatus> to,
            const QString &reason, const QJsonObject &details = {}) const;
    DomainEvent event(const QString &name, const Order &order, const QJsonObject &payload = {}) const;
    void publish(const QList<DomainEvent> &events) const;

    Database &m_database;
    const Clock &m_clock;
    DomainEventBus *m_events;
    OrderServiceSettings m_settings;
    NotificationOutbox *m_outbox = nullptr;
    SteadyClock m_steadyClock;
    const MonotonicClock *m_monotonic = &m_steadyClock;
};

} // namespace shipshape
