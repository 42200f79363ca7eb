#pragma once

#include "net/HttpClient.h"
#include "payment/PaymentGateway.h"
#include "payment/StripeSettings.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

#include <optional>

class QNetworkAccessManager;

namespace shipshape {

// Stripe's HTTP API (version 2023-08-16) over the shared QNetworkAccessManager: form-encoded requests,
// JSON answers, a pinned Stripe-Version, an Idempotency-Key on every POST, retries with backoff only
// for network errors, timeouts, 429 and 5xx (or as Stripe-Should-Retry says), never for card errors.
class StripeGateway final : public PaymentGateway {
    Q_DECLARE_TR_FUNCTIONS(StripeGateway)

public:
    using FormFields = QList<QPair<QString, QString>>;

    StripeGateway(QNetworkAccessManager *network, StripeSettings settings, std::optional<quint32> jitterSeed = {});

    GatewayResult charge(const ChargeRequest &request) override;
    GatewayResult refund(const RefundRequest &request) override;
    GatewayResult retrieveCharge(const QString &paymentIntent) override;

    [[nodiscard]] Status checkoutReady() const override;
    CheckoutSessionResult createCheckoutSession(const CheckoutSessionRequest &request) override;
    CheckoutSessionResult retrieveCheckoutSession(const QString &sessionId) override;
    CheckoutSessionResult expireCheckoutSession(const QString &sessionId, const QString &idempotencyKey) override;

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
    Exchange exchange(
            const QByteArray &method, const QString &path, const FormFields &form, const QString &idempotencyKey);
    GatewayResult send(const QByteArray &method, const QString &path, const FormFields &form,
            const QString &idempotencyKey, bool isRefund);
    CheckoutSessionResult sendCheckout(
            const QByteArray &method, const QString &path, const FormFields &form, const QString &idempotencyKey);
    static QString refusalMessage(
            int httpStatus, const QString &errorType, const QString &providerMessage, const QString &param);

    HttpClient m_http;
    StripeSettings m_settings;
    Backoff m_backoff;
};

} // namespace shipshape
