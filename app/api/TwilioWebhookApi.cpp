#include "api/TwilioWebhookApi.h"

#include "api/OrderApi.h"
#include "common/Async.h"
#include "notification/TwilioInboundSms.h"
#include "session/Session.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::api {

QFuture<ApiAnswer> TwilioWebhookApi::handle(Session &session, const QByteArray &signatureHeader,
        const QString &signedUrl, const QByteArray &body, const QByteArray &authToken)
{
    // No provider is called: the message is applied on the session's thread, now.
    TwilioInboundSms inbound(session.database(), session.clock());
    const auto receipt = inbound.receive(signatureHeader, signedUrl, body, authToken);
    if (!receipt)
        return readyFuture(OrderApi::answerFor(session, receipt.error()));
    return readyFuture(answerFor(*receipt));
}

ApiAnswer TwilioWebhookApi::answerFor(const TwilioInboundReceipt &receipt)
{
    if (receipt.signatureRefused) {
        if (receipt.signature == TwilioSignature::Verdict::TokenMissing) {
            ApiAnswer answer = ApiAnswer::error(503, u"unavailable"_s, receipt.note);
            answer.addHeader("Retry-After", "60");
            return answer;
        }
        return ApiAnswer::error(403, TwilioSignature::code(receipt.signature), receipt.note,
                QJsonObject{{u"field"_s, u"X-Twilio-Signature"_s}});
    }
    return ApiAnswer::xml(200, R"(<?xml version="1.0" encoding="UTF-8"?><Response/>)");
}

QString TwilioWebhookApi::signedUrl(const QUrl &requestUrl, const QUrl &publicUrl)
{
    if (publicUrl.isEmpty())
        return requestUrl.toString(QUrl::FullyEncoded);
    QUrl url = publicUrl;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + requestUrl.path(QUrl::FullyEncoded), QUrl::StrictMode);
    url.setQuery(requestUrl.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace shipshape::api
