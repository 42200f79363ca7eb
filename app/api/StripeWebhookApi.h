#pragma once

#include "api/ApiAnswer.h"

#include <QCoreApplication>
#include <QFuture>

class QObject;

namespace shipshape {
class Session;
struct StripeWebhookReceipt;
} // namespace shipshape

namespace shipshape::api {

// POST /v1/webhooks/stripe over one Session: core's StripeWebhookEvents checks the signature, reads the
// event and applies it; this only turns its receipt into HTTP. A refused signature is 400 with its code
// (signature_missing, signature_malformed, signature_expired, signature_mismatch) and writes nothing;
// every event that was read is 200 (applied, replayed, unknown_object, ignored), so Stripe stops
// retrying it; a database that cannot apply it now is 503, so Stripe retries.
class StripeWebhookApi {
    Q_DECLARE_TR_FUNCTIONS(StripeWebhookApi)

public:
    static QFuture<ApiAnswer> handle(Session &session, QObject *context, const QByteArray &signatureHeader,
            const QByteArray &body, const QByteArray &endpointSecret);
    static ApiAnswer answerFor(const StripeWebhookReceipt &receipt);
};

} // namespace shipshape::api
