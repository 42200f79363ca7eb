#pragma once

#include "api/ApiAnswer.h"

#include <QCoreApplication>
#include <QFuture>

namespace shipshape {
class Session;
struct SendGridWebhookReceipt;
} // namespace shipshape

namespace shipshape::api {

// POST /v1/webhooks/sendgrid over one Session: core's SendGridWebhookEvents checks the signature, reads the
// batch and applies it; this only turns its receipt into HTTP. A refused signature is 400 with its code
// (signature_missing, signature_malformed, signature_expired, signature_mismatch) and writes nothing; a
// batch that was read is 200 with what became of each event (applied, replayed, unknown_message,
// ignored), so SendGrid stops retrying it; a body that is not a batch of events is 400 validation_failed;
// a database that cannot apply it now (or a verification key that is not one) is 503, so SendGrid retries.
class SendGridWebhookApi {
    Q_DECLARE_TR_FUNCTIONS(SendGridWebhookApi)

public:
    static QFuture<ApiAnswer> handle(Session &session, const QByteArray &signatureHeader,
            const QByteArray &timestampHeader, const QByteArray &body, const QByteArray &publicKey);
    static ApiAnswer answerFor(const SendGridWebhookReceipt &receipt);
};

} // namespace shipshape::api
