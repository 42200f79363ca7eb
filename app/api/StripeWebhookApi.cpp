#include "api/StripeWebhookApi.h"

#include "api/OrderApi.h"
#include "payment/StripeWebhookEvents.h"
#include "session/Session.h"

#include <QJsonObject>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::api {
namespace {

QString outcomeKey(StripeWebhookReceipt::Outcome outcome)
{
    switch (outcome) {
    case StripeWebhookReceipt::Outcome::SignatureRefused:
        return u"refused"_s;
    case StripeWebhookReceipt::Outcome::Applied:
        return u"applied"_s;
    case StripeWebhookReceipt::Outcome::Replayed:
        return u"replayed"_s;
    case StripeWebhookReceipt::Outcome::UnknownObject:
        return u"unknown_object"_s;
    case StripeWebhookReceipt::Outcome::Ignored:
        return u"ignored"_s;
    }
    return u"ignored"_s;
}

} // namespace

QFuture<ApiAnswer> StripeWebhookApi::handle(Session &session, QObject *context, const QByteArray &signatureHeader,
        const QByteArray &body, const QByteArray &endpointSecret)
{
    auto events = std::make_shared<StripeWebhookEvents>(
            session.database(), session.orders(), session.payments(), session.clock(), &session.events());
    return events->receive(signatureHeader, body, endpointSecret)
            .then(context, [&session, events](const Result<StripeWebhookReceipt> &receipt) {
                if (!receipt)
                    return OrderApi::answerFor(session, receipt.error());
                return answerFor(*receipt);
            });
}

ApiAnswer StripeWebhookApi::answerFor(const StripeWebhookReceipt &receipt)
{
    if (receipt.outcome == StripeWebhookReceipt::Outcome::SignatureRefused) {
        return ApiAnswer::error(400, StripeSignature::code(receipt.signature), receipt.note,
                QJsonObject{{u"field"_s, u"Stripe-Signature"_s}});
    }
    QJsonObject body{{u"received"_s, true}, {u"eventId"_s, receipt.eventId}, {u"type"_s, receipt.type},
            {u"outcome"_s, outcomeKey(receipt.outcome)}, {u"message"_s, receipt.note}};
    body.insert(u"orderNumber"_s, receipt.orderNumber ? QJsonValue(*receipt.orderNumber) : QJsonValue());
    return ApiAnswer::json(200, body);
}

} // namespace shipshape::api
