#pragma once

#include "net/HttpClient.h"
#include "payment/PaymentGateway.h"
#include "payment/StripeSettings.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPair>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace shipshape {

// Stripe's HTTP API (version 2023-08-16) over the shared QNetworkAccessManager: form-encoded requests,
// JSON answers, a pinned Stripe-Version, an Idempotency-Key on every POST, retries with backoff only
// for network errors, timeouts, 429 and 5xx (or as Stripe-Should-Retry says), never for card errors.
// Asynchronous: a call sends its first try and returns; each answer (and each backoff delay, a timer)
// comes back through the event loop of the gateway's thread, and the last one fulfils the future.
class StripeGateway final : public PaymentGateway {
    Q_DECLARE_TR_FUNCTIONS(StripeGateway)

public:
    using FormFields = QList<QPair<QString, QString>>;

    StripeGateway(QNetworkAccessManager *network, StripeSettings settings, std::optional<quint32> jitterSeed = {});
    // Calls still under way are abandoned: their futures are cancelled and their answers ignored.
    ~StripeGateway() override;
    StripeGateway(const StripeGateway &) = delete;
    StripeGateway &operator=(const StripeGateway &) = delete;

    QFuture<GatewayResult> charge(const ChargeRequest &request) override;
    QFuture<GatewayResult> refund(const RefundRequest &request) override;
    QFuture<GatewayResult> retrieveCharge(const QString &paymentIntent) override;

    [[nodiscard]] Status checkoutReady() const override;
    QFuture<CheckoutSessionResult> createCheckoutSession(const CheckoutSessionRequest &request) override;
    QFuture<CheckoutSessionResult> retrieveCheckoutSession(const QString &sessionId) override;
    QFuture<CheckoutSessionResult> expireCheckoutSession(
            const QString &sessionId, const QString &idempotencyKey) override;

    // Maps one Stripe answer (status and JSON body) to an outcome; public for tests.
    static GatewayResult interpret(int httpStatus, const QByteArray &body, bool isRefund);
    static CheckoutSessionResult interpretCheckoutSession(int httpStatus, const QByteArray &body);
    // The form of POST /v1/checkout/sessions; public for tests.
    static FormFields checkoutSessionForm(const CheckoutSessionRequest &request, const QUrl &successUrl);
    static QString declineMessage(const QString &declineCode, const QString &code, const QString &providerMessage);
    // application/x-www-form-urlencoded with every reserved character escaped ('+' included).
    static QByteArray encodeForm(const FormFields &form);

private:
    // One call with its retries (same key): the last answer, or why nothing was sent.
    struct Exchange {
        std::optional<QString> refused; // the request was never sent (not configured, URL not allowed)
        HttpResponse response;
        int tries = 0;
        qint64 durationMs = 0;
    };
    struct Call; // one call in flight: its request, tries so far and promise
    QFuture<Exchange> exchange(
            const QByteArray &method, const QString &path, const FormFields &form, const QString &idempotencyKey);
    void sendTry(const std::shared_ptr<Call> &call);
    void onAnswer(const std::shared_ptr<Call> &call, const HttpResponse &response);
    QFuture<GatewayResult> send(const QByteArray &method, const QString &path, const FormFields &form,
            const QString &idempotencyKey, bool isRefund);
    QFuture<CheckoutSessionResult> sendCheckout(
            const QByteArray &method, const QString &path, const FormFields &form, const QString &idempotencyKey);
    static QString refusalMessage(
            int httpStatus, const QString &errorType, const QString &providerMessage, const QString &param);
    // What an exchange came to, for any kind of answer: never sent, no answer, or `interpretAnswer`'s reading.
    template <typename Answer, typename Interpret>
    static Answer answerOf(const Exchange &done, Interpret interpretAnswer);

    HttpClient m_http;
    StripeSettings m_settings;
    Backoff m_backoff;
    // Answers and backoff timers are delivered only while this lives (the gateway's thread).
    QObject m_context;
};

} // namespace shipshape
