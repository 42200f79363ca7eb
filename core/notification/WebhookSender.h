#pragma once

#include "common/Clock.h"
#include "net/HttpClient.h"
#include "net/HttpRequest.h"
#include "net/HttpResponse.h"
#include "notification/SendOutcome.h"
#include "secrets/SecretStore.h"

#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

namespace shipshape {

// What one POST to an endpoint came to.
struct WebhookOutcome {
    SendOutcome::Kind kind = SendOutcome::Kind::Transient;
    std::optional<int> httpStatus;
    qint64 durationMs = 0;
    QString reason; // empty when delivered; never holds the secret or the signature
    std::optional<QDateTime> notBefore; // 429's Retry-After
};

// POSTs a webhook: the JSON body, Content-Type application/json, Shipshape-Signature (WebhookSignature, the
// secret read from SecretStore as "webhook-<id>" or $SHIPSHAPE_WEBHOOK_SECRET_<id>, at send time) and
// Shipshape-Event-Id, through the round's one HttpClient with a timeout. 2xx is delivered; a network error, a
// timeout, 408, 429 and 5xx are worth another attempt; any other answer (404, 410, 401, 3xx …) fails for good.
class WebhookSender {
public:
    using Callback = std::function<void(const WebhookOutcome &outcome)>;

    WebhookSender(HttpClient &http, const Clock &clock, SecretStore secrets,
            std::chrono::milliseconds timeout = std::chrono::seconds(10));

    // Sends asynchronously; the callback runs once, and only while `context` lives.
    void send(qint64 endpointId, const QUrl &url, const QString &eventId, const QByteArray &body, QObject *context,
            Callback callback);
    // A signed `ping` event to the endpoint (`webhooks test`, Settings → Test), sent now, not queued.
    void ping(qint64 endpointId, const QUrl &url, QObject *context, Callback callback);

    // The request as it goes on the wire (tests and receivers' docs).
    static HttpRequest request(const QUrl &url, const QString &eventId, const QByteArray &body,
            const QByteArray &secret, qint64 timestamp, std::chrono::milliseconds timeout);
    static WebhookOutcome classify(const HttpResponse &response, const QDateTime &now);
    static QString noSecretReason(qint64 endpointId);

private:
    HttpClient &m_http;
    const Clock &m_clock;
    SecretStore m_secrets;
    std::chrono::milliseconds m_timeout;
};

} // namespace shipshape
