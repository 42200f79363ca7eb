#include "api/SendGridWebhookApi.h"

#include "api/OrderApi.h"
#include "common/Async.h"
#include "notification/SendGridWebhookEvents.h"
#include "session/Session.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::api {
namespace {

using Outcome = SendGridEventReceipt::Outcome;

QString outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied:
        return u"applied"_s;
    case Outcome::Replayed:
        return u"replayed"_s;
    case Outcome::UnknownMessage:
        return u"unknown_message"_s;
    case Outcome::Ignored:
        return u"ignored"_s;
    }
    return u"ignored"_s;
}

QJsonValue numberOrNull(const std::optional<qint64> &number)
{
    return number ? QJsonValue(*number) : QJsonValue(QJsonValue::Null);
}

} // namespace

QFuture<ApiAnswer> SendGridWebhookApi::handle(Session &session, const QByteArray &signatureHeader,
        const QByteArray &timestampHeader, const QByteArray &body, const QByteArray &publicKey)
{
    // No provider is called: the whole delivery is applied on the session's thread, now.
    SendGridWebhookEvents events(session.database(), session.notifications(), session.clock());
    const auto receipt = events.receive(signatureHeader, timestampHeader, body, publicKey);
    if (!receipt)
        return readyFuture(OrderApi::answerFor(session, receipt.error()));
    return readyFuture(answerFor(*receipt));
}

ApiAnswer SendGridWebhookApi::answerFor(const SendGridWebhookReceipt &receipt)
{
    if (receipt.signatureRefused) {
        if (receipt.signature == SendGridSignature::Verdict::KeyInvalid) {
            // The server's own setup is wrong (serve refuses such a key at start): SendGrid should retry
            // once it is fixed, and the sender is told nothing about the key.
            ApiAnswer answer = ApiAnswer::error(503, u"unavailable"_s, receipt.note);
            answer.addHeader("Retry-After", "60");
            return answer;
        }
        const QString header = receipt.signature == SendGridSignature::Verdict::OutsideTolerance
                ? u"X-Twilio-Email-Event-Webhook-Timestamp"_s
                : u"X-Twilio-Email-Event-Webhook-Signature"_s;
        return ApiAnswer::error(
                400, SendGridSignature::code(receipt.signature), receipt.note, QJsonObject{{u"field"_s, header}});
    }
    QJsonArray events;
    for (const SendGridEventReceipt &event : receipt.events) {
        events.append(QJsonObject{{u"eventId"_s, event.eventId}, {u"event"_s, event.event},
                {u"outcome"_s, outcomeKey(event.outcome)}, {u"emailId"_s, numberOrNull(event.notificationId)},
                {u"orderNumber"_s, numberOrNull(event.orderNumber)}, {u"message"_s, event.note}});
    }
    return ApiAnswer::json(200,
            QJsonObject{{u"received"_s, true}, {u"applied"_s, receipt.count(Outcome::Applied)},
                    {u"replayed"_s, receipt.count(Outcome::Replayed)},
                    {u"unknownMessage"_s, receipt.count(Outcome::UnknownMessage)},
                    {u"ignored"_s, receipt.count(Outcome::Ignored)}, {u"events"_s, events}});
}

} // namespace shipshape::api
