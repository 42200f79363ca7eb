#pragma once

// Stripe webhook events as Stripe sends them (API version 2023-08-16), for the webhook tests. The objects
// carry the required fields of the contract's schemas (Stripe's OpenAPI description, spec3:
// `payment_intent`, `charge` with its `refunds` list, `refund`, `dispute`) and the event envelope of
// https://stripe.com/docs/api/events/object; amounts are integers in minor units, currencies lower case.

#include "payment/StripeSignature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace shipshape::test::stripe_events {

inline QJsonObject paymentIntent(const QString &id, qint64 amount, const QString &currency, const QString &status,
        const QString &orderId = {}, qint64 orderNumber = 0, const QString &declineCode = {})
{
    QJsonObject metadata;
    if (!orderId.isEmpty()) {
        metadata.insert(QStringLiteral("order_id"), orderId);
        metadata.insert(QStringLiteral("order_number"), QString::number(orderNumber));
    }
    QJsonObject intent{{QStringLiteral("id"), id}, {QStringLiteral("object"), QStringLiteral("payment_intent")},
            {QStringLiteral("amount"), amount},
            {QStringLiteral("amount_received"), status == QStringLiteral("succeeded") ? amount : 0},
            {QStringLiteral("capture_method"), QStringLiteral("automatic")},
            {QStringLiteral("confirmation_method"), QStringLiteral("automatic")},
            {QStringLiteral("created"), 1764979200}, {QStringLiteral("currency"), currency},
            {QStringLiteral("livemode"), false}, {QStringLiteral("metadata"), metadata},
            {QStringLiteral("payment_method_types"), QJsonArray{QStringLiteral("card")}},
            {QStringLiteral("status"), status}};
    if (!declineCode.isEmpty()) {
        intent.insert(QStringLiteral("last_payment_error"),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("card_error")},
                        {QStringLiteral("code"), QStringLiteral("card_declined")},
                        {QStringLiteral("decline_code"), declineCode},
                        {QStringLiteral("message"), QStringLiteral("Your card was declined.")}});
    } else {
        intent.insert(QStringLiteral("last_payment_error"), QJsonValue());
    }
    return intent;
}

inline QJsonObject refund(const QString &id, qint64 amount, const QString &currency, const QString &paymentIntent,
        const QString &charge, const QString &reason = QStringLiteral("requested_by_customer"),
        const QJsonObject &metadata = {}, const QString &status = QStringLiteral("succeeded"))
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("object"), QStringLiteral("refund")},
            {QStringLiteral("amount"), amount}, {QStringLiteral("charge"), charge},
            {QStringLiteral("created"), 1764979300}, {QStringLiteral("currency"), currency},
            {QStringLiteral("metadata"), metadata}, {QStringLiteral("payment_intent"), paymentIntent},
            {QStringLiteral("reason"), reason}, {QStringLiteral("status"), status}};
}

// A charge; `refunds` empty leaves the list out, as Stripe does unless it is expanded.
inline QJsonObject charge(const QString &id, const QString &paymentIntent, qint64 amount, qint64 amountRefunded,
        const QString &currency, const QJsonArray &refunds = {})
{
    QJsonObject object{{QStringLiteral("id"), id}, {QStringLiteral("object"), QStringLiteral("charge")},
            {QStringLiteral("amount"), amount}, {QStringLiteral("amount_captured"), amount},
            {QStringLiteral("amount_refunded"), amountRefunded},
            {QStringLiteral("billing_details"), QJsonObject{{QStringLiteral("email"), QJsonValue()}}},
            {QStringLiteral("captured"), true}, {QStringLiteral("created"), 1764979200},
            {QStringLiteral("currency"), currency}, {QStringLiteral("disputed"), false},
            {QStringLiteral("livemode"), false}, {QStringLiteral("metadata"), QJsonObject{}},
            {QStringLiteral("paid"), true}, {QStringLiteral("payment_intent"), paymentIntent},
            {QStringLiteral("refunded"), amountRefunded >= amount},
            {QStringLiteral("status"), QStringLiteral("succeeded")}};
    if (!refunds.isEmpty()) {
        object.insert(QStringLiteral("refunds"),
                QJsonObject{{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), refunds},
                        {QStringLiteral("has_more"), false},
                        {QStringLiteral("url"),
                                QString(QStringLiteral("/v1/charges/") + id + QStringLiteral("/refunds"))}});
    }
    return object;
}

inline QJsonObject dispute(const QString &id, const QString &charge, const QString &paymentIntent, qint64 amount,
        const QString &currency, const QString &reason)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("object"), QStringLiteral("dispute")},
            {QStringLiteral("amount"), amount}, {QStringLiteral("balance_transactions"), QJsonArray{}},
            {QStringLiteral("charge"), charge}, {QStringLiteral("created"), 1764979400},
            {QStringLiteral("currency"), currency}, {QStringLiteral("evidence"), QJsonObject{}},
            {QStringLiteral("evidence_details"),
                    QJsonObject{{QStringLiteral("due_by"), 1765843200}, {QStringLiteral("has_evidence"), false},
                            {QStringLiteral("past_due"), false}, {QStringLiteral("submission_count"), 0}}},
            {QStringLiteral("is_charge_refundable"), false}, {QStringLiteral("livemode"), false},
            {QStringLiteral("metadata"), QJsonObject{}}, {QStringLiteral("payment_intent"), paymentIntent},
            {QStringLiteral("reason"), reason}, {QStringLiteral("status"), QStringLiteral("needs_response")}};
}

// The event envelope around `object`, as the raw body Stripe posts.
inline QByteArray event(const QString &id, const QString &type, const QJsonObject &object)
{
    const QJsonObject envelope{{QStringLiteral("id"), id}, {QStringLiteral("object"), QStringLiteral("event")},
            {QStringLiteral("api_version"), QStringLiteral("2023-08-16")}, {QStringLiteral("created"), 1764979500},
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), object}}},
            {QStringLiteral("livemode"), false}, {QStringLiteral("pending_webhooks"), 1},
            {QStringLiteral("request"),
                    QJsonObject{
                            {QStringLiteral("id"), QJsonValue()}, {QStringLiteral("idempotency_key"), QJsonValue()}}},
            {QStringLiteral("type"), type}};
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

} // namespace shipshape::test::stripe_events
