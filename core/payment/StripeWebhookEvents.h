#pragma once

#include "common/Async.h"
#include "common/Clock.h"
#include "common/MonotonicClock.h"
#include "common/Result.h"
#include "payment/PaymentAttempt.h"
#include "payment/StripeSignature.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <optional>

namespace shipshape {

class Database;
class DomainEventBus;
class OrderService;
class PaymentWorkflow;

// One Stripe event as it arrived: its id, type and data.object, and the number tokens of the body as
// written (JsonNumberText), so that amounts are read as integers and never pass through a double.
struct StripeEvent {
    QString id; // evt_…
    QString type; // payment_intent.succeeded, charge.refunded, …
    QJsonObject object; // data.object
    QHash<QString, QString> numbers; // "data.object.amount" -> "2999"

    // A non-negative integer amount at `path` (below data.object, e.g. "amount" or "refunds.data[0].amount"),
    // or empty when it is missing or not a plain integer.
    [[nodiscard]] std::optional<qint64> integerAt(const QString &path) const;
};

// What became of one delivery, for the answer to Stripe (every outcome but SignatureRefused is a 2xx:
// Stripe retries anything else for days).
struct StripeWebhookReceipt {
    enum class Outcome {
        SignatureRefused, // `signature` says why; nothing was read or written
        Applied, // the event was recorded on its order
        Replayed, // an event id seen before: nothing changed
        UnknownObject, // names an intent or charge Shipshape does not know (or not as described): logged
        Ignored, // a type Shipshape does not handle
    };
    Outcome outcome = Outcome::Ignored;
    StripeSignature::Verdict signature = StripeSignature::Verdict::Valid;
    QString eventId;
    QString type;
    std::optional<qint64> orderNumber;
    QString note; // what was done, for the answer and the log (no card data)
};

// Stripe's webhook (POST /v1/webhooks/stripe, docs/api.md), everything but HTTP: the signature checked
// against the endpoint secret and the session's clock, the event read, and its effect applied through
// the rules that already exist, in one transaction with the record of its id (stripe_webhook_events):
// - payment_intent.succeeded / payment_intent.payment_failed: the intent read as Stripe's API answer
//   (StripeGateway::interpret) resolves the open charge attempt it belongs to with
//   recordChargeOutcome, and PaymentWorkflow::afterChargeRecorded does what follows, exactly as when the
//   worker's reconciliation asks Stripe;
// - charge.refunded: each refund made outside Shipshape (in Stripe's dashboard) becomes a succeeded
//   refund attempt recorded by recordRefundOutcome (ledger, RefundIssued timeline row, email); refunds
//   Shipshape made (their metadata names the order) are its attempts' to record; a refund id is
//   recorded once; never more than the intent's charges and the order's payments leave refundable;
// - charge.dispute.created: a "Dispute opened" timeline row; no money moves.
// Unknown types are acknowledged and ignored; an event id seen before is acknowledged and changes nothing.
class StripeWebhookEvents {
    Q_DECLARE_TR_FUNCTIONS(StripeWebhookEvents)

public:
    StripeWebhookEvents(Database &database, OrderService &orders, PaymentWorkflow &payments, const Clock &clock,
            DomainEventBus *events = nullptr);

    // Verifies, reads and applies one delivery. Fails (nothing written) on a body that is not a Stripe
    // event (InvalidInput) or when the database cannot apply it now (Stripe then retries).
    AsyncResult<StripeWebhookReceipt> receive(
            const QByteArray &signatureHeader, const QByteArray &body, const QByteArray &endpointSecret);

    // The event in `body`, read without the database; InvalidInput names the missing field.
    static Result<StripeEvent> parse(const QByteArray &body);
    // Applies an event whose signature was checked.
    AsyncResult<StripeWebhookReceipt> apply(const StripeEvent &event);

private:
    AsyncResult<StripeWebhookReceipt> applyPaymentIntent(const StripeEvent &event);
    Result<StripeWebhookReceipt> applyRefunds(const StripeEvent &event);
    Result<StripeWebhookReceipt> applyDispute(const StripeEvent &event);
    // Records an event that changes nothing (an object Shipshape does not know), so a retry is a replay.
    Result<StripeWebhookReceipt> acknowledge(const StripeEvent &event, StripeWebhookReceipt::Outcome outcome,
            std::optional<qint64> order, const QString &note);
    // The charge attempt a PaymentIntent event is about: the one that names it, else (the answer to the
    // charge was lost, so the attempt has no intent yet) the open charge of the order its metadata names.
    Result<std::optional<PaymentAttempt>> chargeAttemptFor(const StripeEvent &event, const QString &intent);

    Database &m_database;
    OrderService &m_orders;
    PaymentWorkflow &m_payments;
    const Clock &m_clock;
    DomainEventBus *m_events;
    SteadyClock m_steadyClock;
};

} // namespace shipshape
