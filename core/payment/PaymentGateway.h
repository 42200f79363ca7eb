#pragma once

#include "common/Money.h"

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

// A card payment provider. Calls block the calling thread (running a local event loop for the
// network), so call them from a worker thread or a command-line tool, never from the GUI thread.
// Retries of one call reuse its idempotency key, so the provider charges at most once.
class PaymentGateway {
public:
    virtual ~PaymentGateway() = default;
    virtual GatewayResult charge(const ChargeRequest &request) = 0;
    virtual GatewayResult refund(const RefundRequest &request) = 0;
    // Re-reads a charge whose outcome is pending or unknown.
    virtual GatewayResult retrieveCharge(const QString &paymentIntent) = 0;
};

} // namespace shipshape
