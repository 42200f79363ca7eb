#pragma once

#include "common/Async.h"
#include "common/Money.h"
#include "common/Result.h"

#include <QDateTime>
#include <QString>

namespace shipshape {

struct ChargeRequest {
    Money amount;
    QString paymentMethod; // e.g. pm_card_visa
    QString description;
    QString orderId;
    qint64 orderNumber = 0;
    QString idempotencyKey;
};

struct RefundRequest {
    QString paymentIntent;
    Money amount;
    QString reason; // Stripe's enum: requested_by_customer, duplicate, fraudulent (or empty)
    qint64 orderNumber = 0;
    QString idempotencyKey;
};

// What the provider said, reduced to what the order workflow must decide on.
enum class GatewayOutcome {
    Succeeded, // money moved
    Processing, // accepted, final answer later: re-check
    Declined, // the card or bank said no (card_error): a person must act
    Rejected, // the request itself was refused (bad key, validation): fix configuration or input
    Unknown, // no definitive answer (timeouts, dropped connections, malformed replies): reconcile
};

struct GatewayResult {
    GatewayOutcome outcome = GatewayOutcome::Unknown;
    QString providerId; // pi_… or re_…
    QString paymentIntent; // the intent involved
    QString providerStatus;
    QString errorType;
    QString errorCode;
    QString declineCode;
    QString param;
    QString message; // for people: translated where Shipshape words it
    int httpStatus = 0;
    int tries = 0;
    qint64 durationMs = 0;
};

// A hosted payment page for an order (a Stripe Checkout Session, mode=payment, one line for the
// order's total): the customer pays by card on the provider's page.
struct CheckoutSessionRequest {
    Money amount;
    QString description; // the one line's name, e.g. "Order #1042"
    QString orderId;
    qint64 orderNumber = 0;
    QString customerEmail;
    QDateTime expiresAt; // 30 minutes to 24 hours ahead (Stripe's bounds)
    QString idempotencyKey;
};

// What the provider said about a checkout session. `outcome` is about the request: Succeeded means the
// session exists and the fields describe it (whatever its own status); Rejected, that the provider
// refused the request; Unknown, that there is no usable answer (reconcile with the same key).
struct CheckoutSessionResult {
    GatewayOutcome outcome = GatewayOutcome::Unknown;
    QString sessionId; // cs_…
    QString url;
    QString status; // open, complete, expired
    QString paymentStatus; // paid, unpaid, no_payment_required
    QString paymentIntent; // pi_… once paid
    qint64 amountTotal = 0;
    QString currency; // ISO code, upper case
    QDateTime expiresAt;
    QString errorCode;
    QString message;
    int httpStatus = 0;
    int tries = 0;

    [[nodiscard]] bool isPaid() const
    {
        return status == QLatin1String("complete") && paymentStatus == QLatin1String("paid");
    }
};

// A card payment provider. Every call starts the request and returns at once; the answer arrives later
// on the calling thread (the thread of the session's QNetworkAccessManager), from its event loop, with
// the request's timeout and retries already spent. Nothing waits: callers chain what comes next on the
// future (andThen), so a worker thread keeps running one job at a time. Retries of one call reuse its
// idempotency key, so the provider charges at most once. A future is cancelled only when the gateway is
// destroyed with its session before the answer came (then nothing may be recorded: the attempt stays
// open for reconciliation).
class PaymentGateway {
public:
    virtual ~PaymentGateway() = default;
    virtual QFuture<GatewayResult> charge(const ChargeRequest &request) = 0;
    virtual QFuture<GatewayResult> refund(const RefundRequest &request) = 0;
    // Re-reads a charge whose outcome is pending or unknown.
    virtual QFuture<GatewayResult> retrieveCharge(const QString &paymentIntent) = 0;

    // Payment links. Whether links can be created at all (the return page customers land on must be
    // configured); checked before an order is placed with a link, so a missing setting writes nothing.
    [[nodiscard]] virtual Status checkoutReady() const = 0;
    virtual QFuture<CheckoutSessionResult> createCheckoutSession(const CheckoutSessionRequest &request) = 0;
    virtual QFuture<CheckoutSessionResult> retrieveCheckoutSession(const QString &sessionId) = 0;
    // Ends an open session so nobody can pay through it any more (Stripe refuses it for a session that
    // is no longer open: retrieve it to learn how it ended).
    virtual QFuture<CheckoutSessionResult> expireCheckoutSession(
            const QString &sessionId, const QString &idempotencyKey)
            = 0;
};

} // namespace shipshape
