#include "FakeStripe.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::test {

FakeStripe::FakeStripe(ScriptedHttpServer &server)
    : m_server(server), m_now([] { return QDateTime::currentSecsSinceEpoch(); })
{
    m_server.setResponder([this](const Request &request) { return handle(request); });
}

void FakeStripe::injectFaults(const QList<Fault> &faults)
{
    for (Fault fault : faults)
        m_faults.enqueue(fault);
}

qint64 FakeStripe::capturedAmount() const
{
    qint64 total = 0;
    for (const Intent &intent : m_intents) {
        if (intent.status == u"succeeded"_s)
            total += intent.amount;
    }
    return total;
}

qint64 FakeStripe::refundedAmount() const
{
    qint64 total = 0;
    for (const Intent &intent : m_intents)
        total += intent.refunded;
    return total;
}

QUrlQuery FakeStripe::parseForm(const QByteArray &body)
{
    QByteArray plusAsSpace = body;
    plusAsSpace.replace('+', ' ');
    QUrlQuery form;
    for (const QByteArray &pair : plusAsSpace.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QString key = QUrl::fromPercentEncoding(pair.left(equals));
        const QString value = equals < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(equals + 1));
        form.addQueryItem(key, value);
    }
    return form;
}

FakeStripe::Reply FakeStripe::error(int status, const QString &type, const QString &code, const QString &message,
        const QString &declineCode, const QString &param)
{
    QJsonObject body{{u"type"_s, type}, {u"message"_s, message}};
    if (!code.isEmpty())
        body.insert(u"code"_s, code);
    if (!declineCode.isEmpty())
        body.insert(u"decline_code"_s, declineCode);
    if (!param.isEmpty())
        body.insert(u"param"_s, param);
    return Reply::json(status, QJsonDocument(QJsonObject{{u"error"_s, body}}).toJson(QJsonDocument::Compact),
            {{"Request-Id", "req_fake"}});
}

QByteArray FakeStripe::intentJson(const Intent &intent)
{
    QJsonObject metadata;
    for (const auto &[key, value] : intent.form.queryItems(QUrl::FullyDecoded)) {
        if (key.startsWith(u"metadata["_s) && key.endsWith(u']'))
            metadata.insert(key.mid(9, key.size() - 10), value);
    }
    QJsonObject object{{u"id"_s, intent.id}, {u"object"_s, u"payment_intent"_s}, {u"amount"_s, intent.amount},
            {u"amount_received"_s, intent.status == u"succeeded"_s ? intent.amount : 0},
            {u"currency"_s, intent.currency}, {u"status"_s, intent.status}, {u"payment_method"_s, intent.paymentMethod},
            {u"description"_s, intent.form.queryItemValue(u"description"_s, QUrl::FullyDecoded)},
            {u"metadata"_s, metadata}, {u"livemode"_s, false}};
    if (intent.status == u"requires_action"_s)
        object.insert(u"next_action"_s, QJsonObject{{u"type"_s, u"use_stripe_sdk"_s}});
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

FakeStripe::Reply FakeStripe::handle(const Request &request)
{
    if (request.header("Authorization") != QByteArray("Bearer ") + kSecretKey)
        return error(401, u"invalid_request_error"_s, {}, u"Invalid API Key provided: sk_***"_s);
    if (request.header("Stripe-Version") != "2023-08-16")
        return error(400, u"invalid_request_error"_s, u"api_version_invalid"_s, u"Unexpected Stripe-Version"_s);

    std::optional<Fault> fault;
    if (!m_faults.isEmpty())
        fault = m_faults.dequeue();
    if (fault == Fault::ServerErrorBefore)
        return error(500, u"api_error"_s, {}, u"An unknown error occurred"_s);
    if (fault == Fault::RateLimited)
        return error(429, u"rate_limit_error"_s, u"rate_limit"_s, u"Too many requests"_s);
    if (fault == Fault::ShouldNotRetry500) {
        Reply reply = error(500, u"api_error"_s, {}, u"An unknown error occurred"_s);
        reply.headers.append(qMakePair(QByteArray("Stripe-Should-Retry"), QByteArray("false")));
        return reply;
    }
    if (fault == Fault::DropBeforeProcessing)
        return Reply::drop();
    if (fault == Fault::InvalidRequestBefore)
        return error(400, u"invalid_request_error"_s, u"parameter_invalid"_s, u"Invalid request (injected)"_s);

    Reply reply;
    const QString path = QString::fromUtf8(request.path);
    if (request.method == "POST") {
        const QString key = QString::fromUtf8(request.header("Idempotency-Key"));
        if (key.isEmpty())
            return error(400, u"invalid_request_error"_s, {}, u"Shipshape must send an Idempotency-Key"_s);
        const auto replay = m_replays.constFind(key);
        if (replay != m_replays.constEnd()) {
            if (replay->first != request.body) {
                return error(400, u"idempotency_error"_s, {},
                        u"Keys for idempotent requests can only be used with the same parameters they were first used with."_s);
            }
            reply = replay->second;
            reply.headers.append(qMakePair(QByteArray("Idempotent-Replayed"), QByteArray("true")));
        } else {
            const QUrlQuery form = parseForm(request.body);
            static const QRegularExpression expirePath(u"^/v1/checkout/sessions/([^/]+)/expire$"_s);
            const QRegularExpressionMatch expire = expirePath.match(path);
            if (path == u"/v1/payment_intents"_s && fault == Fault::DeclineInsufficientFunds) {
                QUrlQuery declined = form;
                declined.removeAllQueryItems(u"payment_method"_s);
                declined.addQueryItem(u"payment_method"_s, u"pm_card_chargeDeclinedInsufficientFunds"_s);
                reply = createIntent(declined);
            } else if (path == u"/v1/payment_intents"_s) {
                reply = createIntent(form);
            } else if (path == u"/v1/refunds"_s)
                reply = createRefund(form);
            else if (path == u"/v1/checkout/sessions"_s)
                reply = createSession(form);
            else if (expire.hasMatch())
                reply = expireSession(expire.captured(1));
            else
                return error(404, u"invalid_request_error"_s, {}, u"Unrecognized request URL"_s);
            // Stripe keeps the first result of a key unless it was a 5xx.
            if (reply.status < 500)
                m_replays.insert(key, {request.body, reply});
        }
    } else if (request.method == "GET" && path.startsWith(u"/v1/payment_intents/"_s)) {
        reply = retrieveIntent(path.mid(20));
    } else if (request.method == "GET" && path.startsWith(u"/v1/checkout/sessions/"_s)) {
        reply = retrieveSession(path.mid(22));
    } else {
        return error(404, u"invalid_request_error"_s, {}, u"Unrecognized request URL"_s);
    }

    if (fault == Fault::HangAfterProcessing)
        return Reply::hang();
    if (fault == Fault::DropAfterProcessing)
        return Reply::drop();
    if (fault == Fault::MalformedAfterProcessing)
        return Reply::respond(200, "{\"id\": \"pi_", {{"Content-Type", "application/json"}});
    return reply;
}

FakeStripe::Reply FakeStripe::createIntent(const QUrlQuery &form)
{
    bool ok = false;
    const qint64 amount = form.queryItemValue(u"amount"_s).toLongLong(&ok);
    if (!ok || amount <= 0)
        return error(
                400, u"invalid_request_error"_s, u"parameter_invalid_integer"_s, u"Invalid integer"_s, {}, u"amount"_s);
    const QString currency = form.queryItemValue(u"currency"_s);
    if (currency.size() != 3 || currency != currency.toLower())
        return error(400, u"invalid_request_error"_s, u"parameter_invalid"_s, u"Invalid currency"_s, {}, u"currency"_s);
    if (form.queryItemValue(u"automatic_payment_methods[allow_redirects]"_s) != u"never"_s)
        return error(400, u"invalid_request_error"_s, u"parameter_missing"_s, u"Shipshape must forbid redirects"_s);

    const QString method = form.queryItemValue(u"payment_method"_s);
    struct Decline {
        const char16_t *method;
        const char16_t *code;
        const char16_t *declineCode;
        const char16_t *message;
    };
    static constexpr Decline kDeclines[] = {
            {u"pm_card_chargeDeclined", u"card_declined", u"generic_decline", u"Your card was declined."},
            {u"pm_card_chargeDeclinedInsufficientFunds", u"card_declined", u"insufficient_funds",
                    u"Your card has insufficient funds."},
            {u"pm_card_chargeDeclinedExpiredCard", u"expired_card", u"expired_card", u"Your card has expired."},
            {u"pm_card_chargeDeclinedIncorrectCvc", u"incorrect_cvc", u"incorrect_cvc",
                    u"Your card's security code is incorrect."},
            {u"pm_card_chargeDeclinedFraudulent", u"card_declined", u"fraudulent", u"Your card was declined."},
            {u"pm_card_chargeDeclinedProcessingError", u"processing_error", u"processing_error",
                    u"An error occurred while processing your card."},
            {u"pm_card_chargeDeclinedLostCard", u"card_declined", u"lost_card", u"Your card was declined."},
    };
    Intent intent;
    intent.id = u"pi_fake%1"_s.arg(++m_sequence);
    intent.amount = amount;
    intent.currency = currency;
    intent.paymentMethod = method;
    intent.form = form;
    for (const Decline &decline : kDeclines) {
        if (method == QStringView(decline.method)) {
            intent.status = u"requires_payment_method"_s;
            m_intents.insert(intent.id, intent);
            Reply reply = error(402, u"card_error"_s, QString::fromUtf16(decline.code),
                    QString::fromUtf16(decline.message), QString::fromUtf16(decline.declineCode));
            // Stripe includes the intent in card errors.
            QJsonObject body = QJsonDocument::fromJson(reply.body).object();
            QJsonObject errorObject = body.value(u"error"_s).toObject();
            errorObject.insert(u"payment_intent"_s, QJsonDocument::fromJson(intentJson(intent)).object());
            body.insert(u"error"_s, errorObject);
            reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
            return reply;
        }
    }
    if (method == u"pm_card_authenticationRequired"_s)
        intent.status = u"requires_action"_s;
    else if (method == u"pm_card_processing"_s)
        intent.status = u"processing"_s;
    else if (method == u"pm_card_visa"_s || method == u"pm_card_mastercard"_s || method == u"pm_card_amex"_s)
        intent.status = u"succeeded"_s;
    else
        return error(400, u"invalid_request_error"_s, u"resource_missing"_s,
                u"No such PaymentMethod: '%1'"_s.arg(method), {}, u"payment_method"_s);
    m_intents.insert(intent.id, intent);
    return Reply::json(200, intentJson(intent));
}

FakeStripe::Reply FakeStripe::retrieveIntent(const QString &id)
{
    auto found = m_intents.find(id);
    if (found == m_intents.end())
        return error(404, u"invalid_request_error"_s, u"resource_missing"_s, u"No such payment_intent: '%1'"_s.arg(id));
    // A processing payment settles by the time anyone asks again.
    if (found->status == u"processing"_s)
        found->status = u"succeeded"_s;
    return Reply::json(200, intentJson(*found));
}

FakeStripe::Reply FakeStripe::createRefund(const QUrlQuery &form)
{
    const QString intentId = form.queryItemValue(u"payment_intent"_s);
    auto found = m_intents.find(intentId);
    if (found == m_intents.end())
        return error(400, u"invalid_request_error"_s, u"resource_missing"_s, u"No such payment_intent"_s, {},
                u"payment_intent"_s);
    bool ok = false;
    const qint64 amount = form.queryItemValue(u"amount"_s).toLongLong(&ok);
    if (!ok || amount <= 0)
        return error(
                400, u"invalid_request_error"_s, u"parameter_invalid_integer"_s, u"Invalid integer"_s, {}, u"amount"_s);
    if (found->status != u"succeeded"_s)
        return error(400, u"invalid_request_error"_s, u"charge_not_refundable"_s,
                u"This PaymentIntent has no charge to refund"_s);
    if (found->refunded + amount > found->amount) {
        return error(400, u"invalid_request_error"_s, u"amount_too_large"_s,
                u"Refund amount is greater than unrefunded amount on charge"_s, {}, u"amount"_s);
    }
    const QString reason = form.queryItemValue(u"reason"_s);
    if (!reason.isEmpty() && reason != u"duplicate"_s && reason != u"fraudulent"_s
            && reason != u"requested_by_customer"_s)
        return error(400, u"invalid_request_error"_s, u"parameter_invalid"_s, u"Invalid reason"_s, {}, u"reason"_s);
    found->refunded += amount;
    ++m_refundCount;
    const QJsonObject refund{{u"id"_s, u"re_fake%1"_s.arg(++m_sequence)}, {u"object"_s, u"refund"_s},
            {u"amount"_s, amount}, {u"currency"_s, found->currency}, {u"payment_intent"_s, intentId},
            {u"status"_s, u"succeeded"_s}};
    return Reply::json(200, QJsonDocument(refund).toJson(QJsonDocument::Compact));
}

QByteArray FakeStripe::sessionJson(const CheckoutSession &session)
{
    QJsonObject metadata;
    for (const auto &[key, value] : session.form.queryItems(QUrl::FullyDecoded)) {
        if (key.startsWith(u"metadata["_s) && key.endsWith(u']'))
            metadata.insert(key.mid(9, key.size() - 10), value);
    }
    const auto field = [&](const QString &key) {
        const QString value = session.form.queryItemValue(key, QUrl::FullyDecoded);
        return value.isEmpty() ? QJsonValue() : QJsonValue(value);
    };
    const QJsonObject object{{u"id"_s, session.id}, {u"object"_s, u"checkout.session"_s}, {u"mode"_s, u"payment"_s},
            {u"status"_s, session.status}, {u"payment_status"_s, session.paymentStatus},
            {u"payment_intent"_s, session.paymentIntent.isEmpty() ? QJsonValue() : QJsonValue(session.paymentIntent)},
            {u"amount_subtotal"_s, session.amountTotal}, {u"amount_total"_s, session.amountTotal},
            {u"currency"_s, session.currency}, {u"created"_s, session.created}, {u"expires_at"_s, session.expiresAt},
            // Stripe's hosted page; the test acting as the customer uses completeSession() instead.
            {u"url"_s,
                    session.status == u"open"_s ? QJsonValue(u"https://checkout.stripe.com/c/pay/"_s + session.id)
                                                : QJsonValue()},
            {u"client_reference_id"_s, field(u"client_reference_id"_s)},
            {u"customer_email"_s, field(u"customer_email"_s)}, {u"success_url"_s, field(u"success_url"_s)},
            {u"metadata"_s, metadata}, {u"livemode"_s, false}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

FakeStripe::Reply FakeStripe::createSession(const QUrlQuery &form)
{
    const auto invalid = [](const QString &param, const QString &message) {
        return error(400, u"invalid_request_error"_s, u"parameter_invalid"_s, message, {}, param);
    };
    if (form.queryItemValue(u"mode"_s) != u"payment"_s)
        return invalid(u"mode"_s, u"Shipshape takes one-time payments: mode must be payment"_s);
    if (form.queryItemValue(u"success_url"_s, QUrl::FullyDecoded).isEmpty())
        return error(400, u"invalid_request_error"_s, u"parameter_missing"_s, u"Missing required param: success_url."_s,
                {}, u"success_url"_s);
    const QString methods = form.queryItemValue(u"payment_method_types[0]"_s);
    if (!methods.isEmpty() && methods != u"card"_s)
        return invalid(u"payment_method_types"_s, u"Only card is enabled on this account"_s);
    CheckoutSession session;
    for (int i = 0;; ++i) {
        const QString line = u"line_items[%1]"_s.arg(i);
        if (!form.hasQueryItem(line + u"[quantity]"_s))
            break;
        bool amountOk = false;
        bool quantityOk = false;
        const qint64 unit = form.queryItemValue(line + u"[price_data][unit_amount]"_s).toLongLong(&amountOk);
        const qint64 quantity = form.queryItemValue(line + u"[quantity]"_s).toLongLong(&quantityOk);
        const QString currency = form.queryItemValue(line + u"[price_data][currency]"_s);
        if (!amountOk || unit <= 0)
            return invalid(line + u"[price_data][unit_amount]"_s, u"Invalid integer"_s);
        if (!quantityOk || quantity < 1)
            return invalid(line + u"[quantity]"_s, u"Invalid integer"_s);
        if (currency.size() != 3 || currency != currency.toLower() || (i > 0 && currency != session.currency))
            return invalid(line + u"[price_data][currency]"_s, u"Invalid currency"_s);
        if (form.queryItemValue(line + u"[price_data][product_data][name]"_s, QUrl::FullyDecoded).isEmpty())
            return invalid(line + u"[price_data][product_data][name]"_s, u"A line needs a name"_s);
        session.currency = currency;
        session.amountTotal += unit * quantity;
    }
    if (session.amountTotal <= 0)
        return invalid(u"line_items"_s, u"A payment session needs line_items"_s);
    session.created = now();
    bool expiresOk = false;
    session.expiresAt = form.hasQueryItem(u"expires_at"_s) ? form.queryItemValue(u"expires_at"_s).toLongLong(&expiresOk)
                                                           : session.created + 24 * 3600;
    if (form.hasQueryItem(u"expires_at"_s) && !expiresOk)
        return invalid(u"expires_at"_s, u"Invalid integer"_s);
    if (session.expiresAt < session.created + 30 * 60)
        return invalid(u"expires_at"_s,
                u"The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation."_s);
    if (session.expiresAt > session.created + 24 * 3600)
        return invalid(u"expires_at"_s,
                u"The `expires_at` timestamp must be less than 24 hours from Checkout Session creation."_s);
    session.id = u"cs_test_fake%1"_s.arg(++m_sequence);
    session.form = form;
    session.status = u"open"_s;
    session.paymentStatus = u"unpaid"_s;
    m_sessions.insert(session.id, session);
    return Reply::json(200, sessionJson(session));
}

void FakeStripe::expireIfDue(CheckoutSession &session) const
{
    if (m_expiresByItself && session.status == u"open"_s && now() >= session.expiresAt)
        session.status = u"expired"_s;
}

FakeStripe::Reply FakeStripe::retrieveSession(const QString &id)
{
    auto found = m_sessions.find(id);
    if (found == m_sessions.end())
        return error(
                404, u"invalid_request_error"_s, u"resource_missing"_s, u"No such checkout.session: '%1'"_s.arg(id));
    expireIfDue(*found);
    return Reply::json(200, sessionJson(*found));
}

FakeStripe::Reply FakeStripe::expireSession(const QString &id)
{
    auto found = m_sessions.find(id);
    if (found == m_sessions.end())
        return error(
                404, u"invalid_request_error"_s, u"resource_missing"_s, u"No such checkout.session: '%1'"_s.arg(id));
    expireIfDue(*found);
    if (found->status != u"open"_s) {
        return error(400, u"invalid_request_error"_s, u"checkout_session_not_open"_s,
                u"Only Checkout Sessions with a status in [\"open\"] can be expired."_s);
    }
    found->status = u"expired"_s;
    return Reply::json(200, sessionJson(*found));
}

QString FakeStripe::completeSession(const QString &sessionId, const QString &paymentMethod)
{
    auto found = m_sessions.find(sessionId);
    if (found == m_sessions.end())
        return {};
    expireIfDue(*found);
    if (found->status != u"open"_s || now() >= found->expiresAt)
        return {};
    // The PaymentIntent carries payment_intent_data's metadata, as Stripe's does.
    QUrlQuery intentForm;
    for (const auto &[key, value] : found->form.queryItems(QUrl::FullyDecoded)) {
        static const QString prefix = u"payment_intent_data[metadata]["_s;
        if (key.startsWith(prefix))
            intentForm.addQueryItem(u"metadata["_s + key.mid(prefix.size()), value);
        else if (key == u"payment_intent_data[description]"_s)
            intentForm.addQueryItem(u"description"_s, value);
    }
    Intent intent;
    intent.id = u"pi_fake%1"_s.arg(++m_sequence);
    intent.amount = found->amountTotal;
    intent.currency = found->currency;
    intent.paymentMethod = paymentMethod;
    intent.form = intentForm;
    intent.status = u"succeeded"_s;
    m_intents.insert(intent.id, intent);
    found->status = u"complete"_s;
    found->paymentStatus = u"paid"_s;
    found->paymentIntent = intent.id;
    return intent.id;
}

} // namespace shipshape::test
