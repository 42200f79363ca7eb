#pragma once

#include "api/ApiAnswer.h"
#include "api/ApiTrafficTally.h"
#include "api/ApiWorkerPool.h"
#include "api/RateLimiter.h"
#include "common/Result.h"
#include "session/Session.h"
#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace shipshape::api {

struct ApiServerOptions {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080; // 0: any free port (tests)
    QString tlsCertificateFile; // PEM; both or neither
    QString tlsKeyFile;
    int workers = 4; // session threads
    double requestsPerSecond = 20; // per token subject, sustained
    double burst = 40; // per token subject, at once
    QByteArray jwtKey; // HS256 key (ApiToken::checkKey)
    qint64 maxBodyBytes = 1024 * 1024;
    // The Stripe webhook endpoint's signing secret (whsec_…; SecretStore "stripe-webhook" or
    // SHIPSHAPE_STRIPE_WEBHOOK_SECRET). Empty: POST /v1/webhooks/stripe answers 503.
    QByteArray stripeWebhookSecret;
    // SendGrid's Event Webhook verification key (base64 EC P-256 public key; the sendgrid/webhookPublicKey
    // setting or SHIPSHAPE_SENDGRID_WEBHOOK_PUBLIC_KEY). Empty: POST /v1/webhooks/sendgrid answers 503.
    QByteArray sendGridWebhookPublicKey;
    // The Twilio account's auth token (SecretStore "twilio" or SHIPSHAPE_TWILIO_AUTH_TOKEN), which signs
    // Twilio's webhook requests. Empty: POST /v1/webhooks/twilio answers 503.
    QByteArray twilioAuthToken;
    // What clients call when a proxy stands in front (serve --public-url): the URL Twilio signed is this
    // followed by the request's path and query. Empty: the request's own URL.
    QUrl publicUrl;
    // How often the counts of answered requests go to the dashboard's API figures (ApiTrafficRecorder);
    // whatever is left is recorded when the server shuts down.
    std::chrono::milliseconds trafficInterval{5000};
};

// `shipshape-cli serve`: the Order API over Qt's HTTP server. The server's thread reads requests, checks
// the size, the route, the bearer token and the rate limit (nothing there touches the database), and
// hands each request to ApiWorkerPool, whose threads each have their own Session; answers come back to
// this thread and are written to their connection. One log line per request (method, path, status,
// duration, token subject; never the token), also counted for the dashboard (ApiTrafficTally, recorded
// every few seconds on a worker). shutdown() stops accepting connections, lets the requests
// in flight finish and then says stopped().
class ApiServer : public QObject {
    Q_OBJECT

public:
    using RequestLog = std::function<void(const QString &line)>;

    ApiServer(ApiServerOptions options, RequestLog log, QObject *parent = nullptr);
    ~ApiServer() override;

    // Refuses plain HTTP on anything but loopback, and a TLS certificate without its key.
    static Status checkListenOptions(const ApiServerOptions &options);

    // Starts the session threads on `url` (already migrated) and listens.
    Status start(const DatabaseUrl &url, const SessionOptions &sessionOptions);
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] int inFlight() const { return m_inFlight; }
    // Orders placed at once that shared a commit with others (SQLite group commit), while running.
    [[nodiscard]] GroupCommits groupCommits() const { return m_pool.groupCommits(); }
    void shutdown();

Q_SIGNALS:
    void stopped();

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void finishShutdownWhenIdle();
    // Hands the counts gathered so far to a worker to record; a batch that could not be recorded goes back
    // into the tally for the next attempt (at shutdown there is one last attempt).
    void recordTraffic();

    ApiServerOptions m_options;
    RequestLog m_log;
    std::unique_ptr<QHttpServer> m_http;
    ApiWorkerPool m_pool;
    RateLimiter m_rateLimiter;
    QElapsedTimer m_clock;
    ApiTrafficTally m_traffic;
    QTimer m_trafficTimer;
    bool m_recordingTraffic = false;
    int m_trafficFailures = 0; // recordings failed in a row
    bool m_lastTrafficRecorded = false;
    quint16 m_port = 0;
    int m_inFlight = 0;
    bool m_draining = false;
    bool m_stopped = false;
};

} // namespace shipshape::api
