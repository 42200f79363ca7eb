#pragma once

#include "common/Result.h"
#include "orders/OrderChanges.h"
#include "orders/OrderRequests.h"
#include "payment/PaymentAttempt.h"
#include "payment/PaymentGateway.h"

#include <QCoreApplication>

#include <optional>

namespace shipshape {

class ManualRefunds;
class OrderCancellation;

// Money in and out of an order: manual payments and refunds staff record, and the card attempts that the
// provider answers. The provider is called between these steps, never inside a transaction: the start*
// calls (and card placement) record an attempt and commit; the caller talks to the provider; record*Outcome
// applies the answer. An attempt left open by a crash is reconciled (PaymentWorkflow::reconcile).
class PaymentLedger {
    Q_DECLARE_TR_FUNCTIONS(PaymentLedger)

public:
    PaymentLedger(OrderContext &context, OrderChanges &changes, OrderCancellation &cancellation, ManualRefunds &refunds)
        : m_context(context), m_changes(changes), m_cancellation(cancellation), m_refunds(refunds)
    {}

    // Manual methods (invoice, bank transfer, cash): staff confirm the money arrived. The reference
    // (e.g. the invoice number on the bank statement) is kept with the payment and on the timeline.
    Result<Order> markPaid(const QString &orderReference, const QString &paymentReference = {});
    // Manual methods: a refund staff made outside Shipshape, on the refunds ledger, the timeline and
    // the customer's "refunded" email, in one transaction.
    Result<Order> recordRefund(const QString &orderReference, const ManualRefundRequest &request);
    // The refund owed of an order becomes the customer's credit (nothing is owed afterwards).
    Result<Order> keepAsCredit(const QString &orderReference, const QString &note);

    static Status validateCardToken(const QString &token);
    // A new attempt (charge or refund) of the order, with an idempotency key derived from the order and
    // the attempt's sequence, inside the caller's unit of work.
    Result<PaymentAttempt> createAttempt(const Order &order, PaymentAttemptKind kind, const Money &amount,
            const QString &paymentMethod, const QString &paymentIntent, const QString &reason);
    // placementDurationMs: the charge ran as part of placing the order; its answer settles the placement
    // log's entry (confirmed, declined, or still pending) with the placement's whole duration.
    Result<Order> recordChargeOutcome(
            qint64 attemptId, const GatewayResult &result, std::optional<qint64> placementDurationMs = std::nullopt);
    Result<Order> recordRefundOutcome(qint64 attemptId, const GatewayResult &result);
    // Refunds `amount` (all that is refundable when empty) of a card-paid order, split over its charges.
    Result<QList<PaymentAttempt>> startRefund(
            const QString &orderReference, std::optional<Money> amount, const QString &reason);
    // Charges the balance due of a card-paid order (after a modification raised its total).
    Result<std::optional<PaymentAttempt>> startBalanceCharge(const QString &orderReference);

private:
    struct ResolvedAttempt {
        PaymentAttempt attempt;
        bool resolvedNow = false; // false: another run resolved it first
    };
    // One attempt at each of the four payment paths; the public calls re-run them through TransactionRunner.
    Result<Order> recordChargeOutcomeOnce(
            qint64 attemptId, const GatewayResult &result, std::optional<qint64> placementDurationMs);
    Result<Order> recordRefundOutcomeOnce(qint64 attemptId, const GatewayResult &result);
    Result<QList<PaymentAttempt>> startRefundOnce(
            const QString &orderReference, std::optional<Money> amount, const QString &reason);
    Result<std::optional<PaymentAttempt>> startBalanceChargeOnce(const QString &orderReference);
    // Records the provider's answer on an open attempt, inside the caller's transaction.
    Result<ResolvedAttempt> resolveAttempt(qint64 attemptId, PaymentAttemptKind kind, const GatewayResult &result);

    OrderContext &m_context;
    OrderChanges &m_changes;
    OrderCancellation &m_cancellation;
    ManualRefunds &m_refunds;
};

} // namespace shipshape
