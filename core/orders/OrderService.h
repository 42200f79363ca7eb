#pragma once

#include "common/Clock.h"
#include "common/MonotonicClock.h"
#include "common/Result.h"
#include "inventory/StockReservations.h"
#include "orders/CancelReason.h"
#include "orders/Order.h"
#include "orders/OrderCancellation.h"
#include "orders/OrderChanges.h"
#include "orders/OrderContext.h"
#include "orders/OrderEdits.h"
#include "orders/OrderExchanges.h"
#include "orders/OrderFulfillment.h"
#include "orders/OrderPlacement.h"
#include "orders/OrderPricing.h"
#include "orders/OrderQuery.h"
#include "orders/OrderRequests.h"
#include "orders/OrderReturns.h"
#include "orders/OrderSettings.h"
#include "orders/OrderTags.h"
#include "orders/OrderTransitions.h"
#include "payment/ManualRefunds.h"
#include "payment/PaymentGateway.h"
#include "payment/PaymentLedger.h"
#include "payment/PaymentLinkLedger.h"

#include <optional>

namespace shipshape {

class Database;
class DomainEventBus;
class NotificationOutbox;

// The order use cases of one session, made of the services that hold their rules: placement
// (OrderPlacement), the lifecycle after it (OrderTransitions), the one way to cancel (OrderCancellation),
// stock holds (StockReservations), money (PaymentLedger, ManualRefunds, PaymentLinkLedger) and reading
// (OrderQueries), all changing orders through OrderChanges. Each operation is one unit of work that
// validates, adjusts stock, writes the order and its timeline, and publishes its domain events after the
// outermost commit; services called inside another's unit of work join it. What an order allows is
// OrderPolicy's.
class OrderService {
public:
    OrderService(Database &database, const Clock &clock, DomainEventBus *events = nullptr,
            OrderServiceSettings settings = {});
    OrderService(const OrderService &) = delete;
    OrderService &operator=(const OrderService &) = delete;

    Result<Order> place(const PlaceOrderRequest &request) { return m_placement.place(request); }
    Result<Order> modify(const QString &orderReference, const ModifyOrderRequest &request)
    {
        return m_edits.modify(orderReference, request);
    }
    // What modify() would do, writing nothing.
    Result<OrderEditPreview> previewModify(const QString &orderReference, const ModifyOrderRequest &request)
    {
        return m_edits.preview(orderReference, request);
    }
    // Cancels and leaves money already paid owed to the customer (CancelMoney::Later).
    Result<Order> cancel(const QString &orderReference, CancelReason reason, const QString &note)
    {
        return m_cancellation.cancel(orderReference, reason, note, CancelSettlement{});
    }
    // Cancels and settles money already paid (OrderCancellation::cancel).
    Result<Order> cancel(
            const QString &orderReference, CancelReason reason, const QString &note, const CancelSettlement &settlement)
    {
        return m_cancellation.cancel(orderReference, reason, note, settlement);
    }
    Result<Order> markPaid(const QString &orderReference, const QString &paymentReference = {})
    {
        return m_ledger.markPaid(orderReference, paymentReference);
    }
    Result<Order> recordRefund(const QString &orderReference, const ManualRefundRequest &request)
    {
        return m_ledger.recordRefund(orderReference, request);
    }
    Result<Order> keepAsCredit(const QString &orderReference, const QString &note)
    {
        return m_ledger.keepAsCredit(orderReference, note);
    }
    // Parcels (OrderFulfillment): no lines ships everything still unshipped; no shipment delivers every
    // parcel on its way.
    Result<Order> ship(const QString &orderReference, const QString &trackingNumber, const QString &carrier,
            const QList<ShipmentLine> &lines = {})
    {
        return m_fulfillment.ship(orderReference, trackingNumber, carrier, lines);
    }
    Result<Order> deliver(const QString &orderReference, std::optional<qint64> shipmentId = std::nullopt)
    {
        return m_fulfillment.deliver(orderReference, shipmentId);
    }
    Result<Order> cancelLines(
            const QString &orderReference, const QList<ShipmentLine> &lines, CancelReason reason, const QString &note)
    {
        return m_fulfillment.cancelLines(orderReference, lines, reason, note);
    }
    Result<OrderEditPreview> previewCancelLines(
            const QString &orderReference, const QList<ShipmentLine> &lines, CancelReason reason)
    {
        return m_fulfillment.previewCancelLines(orderReference, lines, reason);
    }
    // Returns (OrderReturns, docs/fulfillment.md "Returns"). A card order's refund attempts are sent by
    // PaymentWorkflow::refundReturn.
    [[nodiscard]] OrderReturns &returns() { return m_returns; }
    // Exchanges on returns (OrderExchanges, docs/fulfillment.md "Exchanges").
    [[nodiscard]] OrderExchanges &exchanges() { return m_exchanges; }
    Result<Order> addNote(const QString &orderReference, const QString &note)
    {
        return m_transitions.addNote(orderReference, note);
    }
    Result<int> expireReservations() { return m_transitions.expireReservations(); }
    // Tags on orders, one order or many (OrderTags).
    [[nodiscard]] OrderTags &tags() { return m_tags; }

    // Card payments (PaymentLedger): the start* calls record an attempt, record*Outcome applies the
    // provider's answer.
    Result<Order> recordChargeOutcome(
            qint64 attemptId, const GatewayResult &result, std::optional<qint64> placementDurationMs = std::nullopt)
    {
        return m_ledger.recordChargeOutcome(attemptId, result, placementDurationMs);
    }
    Result<Order> recordRefundOutcome(qint64 attemptId, const GatewayResult &result)
    {
        return m_ledger.recordRefundOutcome(attemptId, result);
    }
    Result<QList<PaymentAttempt>> startRefund(
            const QString &orderReference, std::optional<Money> amount, const QString &reason)
    {
        return m_ledger.startRefund(orderReference, amount, reason);
    }
    static Status validateCardToken(const QString &token) { return PaymentLedger::validateCardToken(token); }
    Result<std::optional<PaymentAttempt>> startBalanceCharge(const QString &orderReference)
    {
        return m_ledger.startBalanceCharge(orderReference);
    }
    // Payment links (PaymentLinkLedger).
    Result<PaymentLinkUpdate> startPaymentLink(const QString &orderReference) { return m_links.start(orderReference); }
    Result<PaymentLinkUpdate> recordPaymentLink(qint64 linkId, const CheckoutSessionResult &result)
    {
        return m_links.record(linkId, result);
    }

    // Reading (OrderQueries).
    Result<Order> find(const QString &orderReference);
    Result<std::optional<qint64>> orderPlacedWithKey(const QString &idempotencyKey);
    Result<QList<OrderSummary>> list(const OrderFilter &filter, const OrderSort &sort, int limit, int offset);
    Result<qint64> count(const OrderFilter &filter);
    Result<qint64> countUpTo(const OrderFilter &filter, qint64 cap);

    [[nodiscard]] const OrderServiceSettings &settings() const { return m_context.settings; }
    // Customer emails: when set, each change that should notify the customer queues its email in the
    // change's own transaction (null: no emails, e.g. in tests that do not care).
    void setNotificationOutbox(NotificationOutbox *outbox) { m_context.outbox = outbox; }
    // Placement durations for the dashboard are read from this clock (tests give fixed readings).
    void setMonotonicClock(const MonotonicClock *clock) { m_context.monotonic = clock ? clock : &m_steadyClock; }
    [[nodiscard]] const MonotonicClock &monotonicClock() const { return *m_context.monotonic; }

private:
    SteadyClock m_steadyClock;
    OrderContext m_context;
    OrderChanges m_changes;
    OrderPricing m_pricing;
    StockReservations m_stock;
    ManualRefunds m_refunds;
    OrderCancellation m_cancellation;
    PaymentLedger m_ledger;
    PaymentLinkLedger m_links;
    OrderPlacement m_placement;
    OrderTransitions m_transitions;
    OrderFulfillment m_fulfillment;
    OrderReturns m_returns;
    OrderExchanges m_exchanges;
    OrderEdits m_edits;
    OrderTags m_tags;
};

} // namespace shipshape
