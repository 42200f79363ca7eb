#pragma once

#include "api/ApiAnswer.h"

#include <QCoreApplication>
#include <QFuture>
#include <QUrl>

namespace shipshape {
class Session;
struct TwilioInboundReceipt;
} // namespace shipshape

namespace shipshape::api {

// POST /v1/webhooks/twilio over one Session: core's TwilioInboundSms checks the signature, reads the form and
// applies a STOP or START; this only turns its receipt into HTTP. A message that was read is 200 with an empty
// TwiML <Response/> (Twilio sends no reply of the shop's; its own STOP and START replies are Twilio's), also
// for a replay or a sender that is no phone number; a refused signature is 403 (as Twilio's own libraries
// answer), a form without MessageSid or From is 400 validation_failed, and a database that cannot apply it now
// (or no auth token to check with) is 503. Nothing but the status and the TwiML is in the answer: Twilio
// logs what it gets back, and the receipt's note goes to the server's log instead.
class TwilioWebhookApi {
    Q_DECLARE_TR_FUNCTIONS(TwilioWebhookApi)

public:
    static QFuture<ApiAnswer> handle(Session &session, const QByteArray &signatureHeader, const QString &signedUrl,
            const QByteArray &body, const QByteArray &authToken);
    static ApiAnswer answerFor(const TwilioInboundReceipt &receipt);
    // The URL Twilio signed: `publicUrl` (serve --public-url, for a server behind a proxy) followed by the
    // request's path and query, or else the request's own URL.
    static QString signedUrl(const QUrl &requestUrl, const QUrl &publicUrl);
};

} // namespace shipshape::api
