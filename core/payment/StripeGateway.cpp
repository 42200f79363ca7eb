#include "payment/StripeGateway.h"

#include "common/Logging.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

bool isTransient(int status)
{
    return status == 429 || status >= 500;
}

} // namespace

StripeGateway::StripeGateway(QNetworkAccessManager *network, StripeSettings settings, std::optional<quint32> jitterSeed)
    : m_http(network), m_settings(std::move(settings)), m_backoff(m_settings.retry, jitterSeed)
{}

StripeGateway::~StripeGateway() = default;

struct StripeGateway::Call {
    QByteArray method;
    QString path;
    HttpRequest request;
    int maxTries = 1;
    int tries = 0;
    QElapsedTimer elapsed;
    QPromise<Exchange> promise;

    void finish(Exchange exchange)
    {
        exchange.durationMs = elapsed.elapsed();
        promise.addResult(std::move(exchange));
        promise.finish();
    }
};

QByteArray StripeGateway::encodeForm(const FormFields &form)
{
    QByteArray body;
    for (const auto &[key, value] : form) {
        if (!body.isEmpty())
            body += '&';
        // Brackets in keys are Stripe's nesting syntax (metadata[order_id]); keep them readable.
        body += QUrl::toPercentEncoding(key, "[]") + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QFuture<GatewayResult> StripeGateway::charge(const ChargeRequest &request)
{
    const FormFields form{
            {u"amount"_s, QString::number(request.amount.minorUnits())},
            {u"currency"_s, request.amount.currency().code().toLower()},
            {u"payment_method"_s, request.paymentMethod},
            {u"confirm"_s, u"true"_s},
            // A back-office cannot send the customer through a 3-D Secure redirect.
            {u"automatic_payment_methods[enabled]"_s, u"true"_s},
            {u"automatic_payment_methods[allow_redirects]"_s, u"never"_s},
            {u"description"_s, request.description},
            {u"metadata[order_id]"_s, request.orderId},
            {u"metadata[order_number]"_s, QString::number(request.orderNumber)},
    };
    return send("POST", u"/v1/payment_intents"_s, form, request.idempotencyKey, false);
}

QFuture<GatewayResult> StripeGateway::refund(const RefundRequest &request)
{
    FormFields form{
            {u"payment_intent"_s, request.paymentIntent},
            {u"amount"_s, QString::number(request.amount.minorUnits())},
            {u"metadata[order_number]"_s, QString::number(request.orderNumber)},
    };
    if (!request.reason.isEmpty())
        form.append(qMakePair(u"reason"_s, request.reason));
    return send("POST", u"/v1/refunds"_s, form, request.idempotencyKey, true);
}

QFuture<GatewayResult> StripeGateway::retrieveCharge(const QString &paymentIntent)
{
    static const QRegularExpression intentPattern(u"^pi_[A-Za-z0-9_]{1,200}$"_s);
    if (!intentPattern.match(paymentIntent).hasMatch()) {
        GatewayResult result;
        result.outcome = GatewayOutcome::Rejected;
        result.message = tr("\"%1\" is not a Stripe PaymentIntent id.").arg(paymentIntent);
        return readyFuture(std::move(result));
    }
    return send("GET", u"/v1/payment_intents/"_s + paymentIntent, {}, {}, false);
}

QFuture<StripeGateway::Exchange> StripeGateway::exchange(
        const QByteArray &method, const QString &path, const FormFields &form, const QString &idempotencyKey)
{
    auto call = std::make_shared<Call>();
    call->elapsed.start();
    call->promise.start();
    QFuture<Exchange> future = call->promise.future();
    if (!m_settings.isConfigured()) {
        Exchange refused;
        refused.refused = tr("Card payments are not configured: store the Stripe secret key first "
                             "(shipshape-cli secrets set stripe).");
        call->finish(std::move(refused));
        return future;
    }

    call->method = method;
    call->path = path;
    HttpRequest &request = call->request;
    request.method = method;
    QUrl url = m_settings.apiBase;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    request.url = url;
    request.timeout = m_settings.timeout;
    request.headers = {{"Authorization", "Bearer " + m_settings.secretKey.toUtf8()},
            {"Stripe-Version", StripeSettings::kApiVersion},
            {"User-Agent", "Shipshape/" + QCoreApplication::applicationVersion().toUtf8()}};
    if (method == "POST") {
        request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
        // Every try of this call carries the same key, so Stripe replays instead of acting twice.
        request.headers.append(qMakePair(QByteArray("Idempotency-Key"), idempotencyKey.toUtf8()));
        request.body = encodeForm(form);
    }
    call->maxTries = std::max(1, m_settings.retry.maxAttempts);
    sendTry(call);
    return future;
}

void StripeGateway::sendTry(const std::shared_ptr<Call> &call)
{
    ++call->tries;
    auto sent = m_http.send(
            call->request, &m_context, [this, call](const HttpResponse &response) { onAnswer(call, response); });
    if (!sent) {
        Exchange refused;
        refused.refused = sent.error().message;
        refused.tries = call->tries;
        call->finish(std::move(refused));
    }
}

void StripeGateway::onAnswer(const std::shared_ptr<Call> &call, const HttpResponse &response)
{
    bool retry = false;
    if (response.isTransportFailure()) {
        retry = true;
    } else {
        const QByteArray shouldRetry = response.header("Stripe-Should-Retry");
        if (shouldRetry == "true")
            retry = true;
        else if (shouldRetry == "false")
            retry = false;
        else
            retry = isTransient(response.status);
    }
    qCInfo(lcPayments).noquote() << call->method << call->path << "try" << call->tries << "->"
                                 << (response.isTransportFailure() ? response.errorString
                                                                   : QString::number(response.status));
    if (!retry || call->tries >= call->maxTries) {
        Exchange done;
        done.response = response;
        done.tries = call->tries;
        call->finish(std::move(done));
        return;
    }
    // The backoff is a timer on this thread's event loop: the thread stays free for other answers.
    QTimer::singleShot(m_backoff.delayAfter(call->tries), &m_context, [this, call] { sendTry(call); });
}

template <typename Answer, typename Interpret>
Answer StripeGateway::answerOf(const Exchange &done, Interpret interpretAnswer)
{
    Answer answer;
    if (done.refused) {
        answer.outcome = GatewayOutcome::Rejected;
        answer.message = *done.refused;
        return answer;
    }
    if (done.response.isTransportFailure()) {
        answer.outcome = GatewayOutcome::Unknown;
        answer.message = done.response.timedOut ? tr("Stripe did not answer in time.")
                                                : tr("Could not reach Stripe: %1").arg(done.response.errorString);
    } else {
        answer = interpretAnswer(done.response.status, done.response.body);
    }
    answer.tries = done.tries;
    return answer;
}

QFuture<GatewayResult> StripeGateway::send(const QByteArray &method, const QString &path, const FormFields &form,
        const QString &idempotencyKey, bool isRefund)
{
    return andThen(exchange(method, path, form, idempotencyKey), [isRefund](const Exchange &done) {
        auto result = answerOf<GatewayResult>(
                done, [isRefund](int status, const QByteArray &body) { return interpret(status, body, isRefund); });
        if (!done.refused)
            result.durationMs = done.durationMs;
        return result;
    });
}

QFuture<CheckoutSessionResult> StripeGateway::sendCheckout(
        const QByteArray &method, const QString &path, const FormFields &form, const QString &idempotencyKey)
{
    return andThen(exchange(method, path, form, idempotencyKey),
            [](const Exchange &done) { return answerOf<CheckoutSessionResult>(done, &interpretCheckoutSession); });
}

Status StripeGateway::checkoutReady() const
{
    if (!m_settings.isConfigured()) {
        return fail(
                Error::unavailable(tr("Card payments are not configured: store the Stripe secret key with "
                                      "\"shipshape-cli secrets set stripe\" (or set SHIPSHAPE_STRIPE_SECRET_KEY).")));
    }
    if (!m_settings.checkoutSuccessUrl.isValid()) {
        return fail(Error::unavailable(
                tr("Payment links need the page customers see after paying: set the \"stripe/checkoutSuccessUrl\" "
                   "setting (or SHIPSHAPE_STRIPE_CHECKOUT_SUCCESS_URL) to an https address of the shop.")));
    }
    return {};
}

StripeGateway::FormFields StripeGateway::checkoutSessionForm(
        const CheckoutSessionRequest &request, const QUrl &successUrl)
{
    const QString number = QString::number(request.orderNumber);
    // One line for the order's total, not one per product: what the customer pays is exactly what
    // the order says it owes, whatever adjustments (discounts, shipping, tax) make up that total.
    FormFields form{
            {u"mode"_s, u"payment"_s},
            {u"line_items[0][price_data][currency]"_s, request.amount.currency().code().toLower()},
            {u"line_items[0][price_data][unit_amount]"_s, QString::number(request.amount.minorUnits())},
            {u"line_items[0][price_data][product_data][name]"_s, request.description},
            {u"line_items[0][quantity]"_s, u"1"_s},
            // Cards settle while the customer waits; delayed methods would leave a completed session unpaid.
            {u"payment_method_types[0]"_s, u"card"_s},
            {u"client_reference_id"_s, request.orderId},
            {u"expires_at"_s, QString::number(request.expiresAt.toSecsSinceEpoch())},
            {u"success_url"_s, successUrl.toString(QUrl::FullyEncoded)},
            {u"metadata[order_id]"_s, request.orderId},
            {u"metadata[order_number]"_s, number},
            {u"payment_intent_data[description]"_s, request.description},
            {u"payment_intent_data[metadata][order_id]"_s, request.orderId},
            {u"payment_intent_data[metadata][order_number]"_s, number},
    };
    if (!request.customerEmail.isEmpty())
        form.append(qMakePair(u"customer_email"_s, request.customerEmail));
    return form;
}

QFuture<CheckoutSessionResult> StripeGateway::createCheckoutSession(const CheckoutSessionRequest &request)
{
    if (auto ready = checkoutReady(); !ready) {
        CheckoutSessionResult result;
        result.outcome = GatewayOutcome::Rejected;
        result.message = ready.error().message;
        return readyFuture(std::move(result));
    }
    return sendCheckout("POST", u"/v1/checkout/sessions"_s, checkoutSessionForm(request, m_settings.checkoutSuccessUrl),
            request.idempotencyKey);
}

namespace {

bool isSessionId(const QString &sessionId)
{
    static const QRegularExpression sessionPattern(u"^cs_[A-Za-z0-9_]{1,300}$"_s);
    return sessionPattern.match(sessionId).hasMatch();
}

} // namespace

QFuture<CheckoutSessionResult> StripeGateway::retrieveCheckoutSession(const QString &sessionId)
{
    if (!isSessionId(sessionId)) {
        CheckoutSessionResult result;
        result.outcome = GatewayOutcome::Rejected;
        result.message = tr("\"%1\" is not a Stripe Checkout Session id.").arg(sessionId);
        return readyFuture(std::move(result));
    }
    return sendCheckout("GET", u"/v1/checkout/sessions/"_s + sessionId, {}, {});
}

QFuture<CheckoutSessionResult> StripeGateway::expireCheckoutSession(
        const QString &sessionId, const QString &idempotencyKey)
{
    if (!isSessionId(sessionId)) {
        CheckoutSessionResult result;
        result.outcome = GatewayOutcome::Rejected;
        result.message = tr("\"%1\" is not a Stripe Checkout Session id.").arg(sessionId);
        return readyFuture(std::move(result));
    }
    return sendCheckout("POST", u"/v1/checkout/sessions/"_s + sessionId + u"/expire"_s, {}, idempotencyKey);
}

QString StripeGateway::declineMessage(const QString &declineCode, const QString &code, const QString &providerMessage)
{
    const QString reason = declineCode.isEmpty() ? code : declineCode;
    if (reason == u"insufficient_funds"_s)
        return tr("Card declined: insufficient funds");
    if (reason == u"expired_card"_s)
        return tr("Card declined: the card has expired");
    if (reason == u"incorrect_cvc"_s || reason == u"invalid_cvc"_s)
        return tr("Card declined: incorrect security code (CVC)");
    if (reason == u"incorrect_number"_s || reason == u"invalid_number"_s)
        return tr("Card declined: incorrect card number");
    if (reason == u"lost_card"_s || reason == u"stolen_card"_s || reason == u"pickup_card"_s)
        return tr("Card declined by the bank; ask for another card");
    if (reason == u"fraudulent"_s)
        return tr("Card declined: suspected fraud");
    if (reason == u"card_velocity_exceeded"_s)
        return tr("Card declined: the card's limit is exceeded");
    if (reason == u"processing_error"_s)
        return tr("Card declined: the bank had a processing error; try again");
    if (reason == u"authentication_required"_s)
        return tr("Card declined: it needs 3-D Secure authentication, which cannot be done by phone");
    if (reason == u"generic_decline"_s || reason == u"do_not_honor"_s || reason == u"card_declined"_s)
        return tr("Card declined by the bank");
    return providerMessage.isEmpty() ? tr("Card declined") : tr("Card declined: %1").arg(providerMessage);
}

GatewayResult StripeGateway::interpret(int httpStatus, const QByteArray &body, bool isRefund)
{
    GatewayResult result;
    result.httpStatus = httpStatus;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const bool isObject = parseError.error == QJsonParseError::NoError && document.isObject();
    const QJsonObject root = document.object();

    if (httpStatus >= 200 && httpStatus < 300) {
        const QString expectedObject = isRefund ? u"refund"_s : u"payment_intent"_s;
        if (!isObject || root.value(u"object"_s).toString() != expectedObject
                || root.value(u"id"_s).toString().isEmpty() || root.value(u"status"_s).toString().isEmpty()) {
            // Something answered 2xx but not with what Stripe sends: never take that as money moved.
            result.outcome = GatewayOutcome::Unknown;
            result.message = tr("Stripe's answer could not be understood (HTTP %1); the payment will be re-checked.")
                                     .arg(httpStatus);
            return result;
        }
        result.providerId = root.value(u"id"_s).toString();
        result.providerStatus = root.value(u"status"_s).toString();
        result.paymentIntent = isRefund ? root.value(u"payment_intent"_s).toString() : result.providerId;
        const QString status = result.providerStatus;
        if (status == u"succeeded"_s) {
            result.outcome = GatewayOutcome::Succeeded;
        } else if (status == u"processing"_s || status == u"pending"_s) {
            result.outcome = GatewayOutcome::Processing;
            result.message = tr("The payment is processing; it will be re-checked.");
        } else if (!isRefund
                && (status == u"requires_action"_s || status == u"requires_payment_method"_s
                        || status == u"requires_confirmation"_s || status == u"canceled"_s)) {
            result.outcome = GatewayOutcome::Declined;
            const QJsonObject lastError = root.value(u"last_payment_error"_s).toObject();
            result.declineCode = lastError.value(u"decline_code"_s).toString();
            result.errorCode = lastError.value(u"code"_s).toString();
            if (status == u"requires_action"_s) {
                result.declineCode = u"authentication_required"_s;
                result.message = declineMessage(result.declineCode, {}, {});
            } else {
                result.message = declineMessage(
                        result.declineCode, result.errorCode, lastError.value(u"message"_s).toString());
            }
        } else if (isRefund && (status == u"failed"_s || status == u"canceled"_s)) {
            result.outcome = GatewayOutcome::Declined;
            result.errorCode = root.value(u"failure_reason"_s).toString();
            result.message = tr("Stripe could not return the money (%1).")
                                     .arg(result.errorCode.isEmpty() ? status : result.errorCode);
        } else if (isRefund && status == u"requires_action"_s) {
            result.outcome = GatewayOutcome::Processing;
        } else {
            result.outcome = GatewayOutcome::Unknown;
            result.message = tr("Stripe reported the unexpected status \"%1\".").arg(status);
        }
        return result;
    }

    const QJsonObject error = root.value(u"error"_s).toObject();
    result.errorType = error.value(u"type"_s).toString();
    result.errorCode = error.value(u"code"_s).toString();
    result.declineCode = error.value(u"decline_code"_s).toString();
    result.param = error.value(u"param"_s).toString();
    const QString providerMessage = error.value(u"message"_s).toString();
    const QJsonObject intent = error.value(u"payment_intent"_s).toObject();
    result.paymentIntent = intent.value(u"id"_s).toString();
    result.providerId = result.paymentIntent;

    if (httpStatus == 429 || httpStatus >= 500) {
        result.outcome = GatewayOutcome::Unknown;
        result.message = httpStatus == 429
                ? tr("Stripe is rate-limiting requests; the payment will be re-checked.")
                : tr("Stripe had an internal error (HTTP %1); the payment will be re-checked.").arg(httpStatus);
        return result;
    }
    if (!isObject || error.isEmpty()) {
        result.outcome = GatewayOutcome::Rejected;
        result.message = tr("Stripe refused the request with HTTP %1 and an unreadable answer.").arg(httpStatus);
        return result;
    }
    if (result.errorType == u"card_error"_s || httpStatus == 402) {
        result.outcome = GatewayOutcome::Declined;
        result.message = declineMessage(result.declineCode, result.errorCode, providerMessage);
        return result;
    }
    result.outcome = GatewayOutcome::Rejected;
    result.message = refusalMessage(httpStatus, result.errorType, providerMessage, result.param);
    return result;
}

QString StripeGateway::refusalMessage(
        int httpStatus, const QString &errorType, const QString &providerMessage, const QString &param)
{
    if (httpStatus == 401 || errorType == u"authentication_error"_s)
        return tr("Stripe rejected the API key: check the Stripe secret key in the settings.");
    if (httpStatus == 403)
        return tr("The Stripe key is not allowed to do this: %1").arg(providerMessage);
    if (httpStatus == 409 || errorType == u"idempotency_error"_s)
        return tr("Stripe refused a repeated request: %1").arg(providerMessage);
    return tr("Stripe refused the request: %1%2")
            .arg(providerMessage, param.isEmpty() ? QString() : u" ("_s + param + u')');
}

CheckoutSessionResult StripeGateway::interpretCheckoutSession(int httpStatus, const QByteArray &body)
{
    CheckoutSessionResult result;
    result.httpStatus = httpStatus;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const bool isObject = parseError.error == QJsonParseError::NoError && document.isObject();
    const QJsonObject root = document.object();

    if (httpStatus >= 200 && httpStatus < 300) {
        if (!isObject || root.value(u"object"_s).toString() != u"checkout.session"_s
                || !root.value(u"id"_s).toString().startsWith(u"cs_"_s)
                || root.value(u"status"_s).toString().isEmpty()) {
            result.outcome = GatewayOutcome::Unknown;
            result.message
                    = tr("Stripe's answer could not be understood (HTTP %1); the payment link will be re-checked.")
                              .arg(httpStatus);
            return result;
        }
        result.outcome = GatewayOutcome::Succeeded;
        result.sessionId = root.value(u"id"_s).toString();
        result.url = root.value(u"url"_s).toString();
        result.status = root.value(u"status"_s).toString();
        result.paymentStatus = root.value(u"payment_status"_s).toString();
        const QJsonValue intent = root.value(u"payment_intent"_s);
        result.paymentIntent = intent.isObject() ? intent.toObject().value(u"id"_s).toString() : intent.toString();
        result.amountTotal = root.value(u"amount_total"_s).toInteger();
        result.currency = root.value(u"currency"_s).toString().toUpper();
        if (root.value(u"expires_at"_s).isDouble())
            result.expiresAt = QDateTime::fromSecsSinceEpoch(root.value(u"expires_at"_s).toInteger(), Qt::UTC);
        if (result.status == u"open"_s && result.url.isEmpty()) {
            // An open session nobody can reach is of no use: never email a link without an address.
            result.outcome = GatewayOutcome::Unknown;
            result.message = tr("Stripe's answer had no payment page address; the payment link will be re-checked.");
        }
        return result;
    }

    const QJsonObject error = root.value(u"error"_s).toObject();
    result.errorCode = error.value(u"code"_s).toString();
    if (httpStatus == 429 || httpStatus >= 500) {
        result.outcome = GatewayOutcome::Unknown;
        result.message = httpStatus == 429
                ? tr("Stripe is rate-limiting requests; the payment link will be re-checked.")
                : tr("Stripe had an internal error (HTTP %1); the payment link will be re-checked.").arg(httpStatus);
        return result;
    }
    result.outcome = GatewayOutcome::Rejected;
    if (!isObject || error.isEmpty()) {
        result.message = tr("Stripe refused the request with HTTP %1 and an unreadable answer.").arg(httpStatus);
        return result;
    }
    result.message = refusalMessage(httpStatus, error.value(u"type"_s).toString(), error.value(u"message"_s).toString(),
            error.value(u"param"_s).toString());
    return result;
}

} // namespace shipshape
