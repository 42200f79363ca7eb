#include "api/ApiServer.h"

#include "api/ApiToken.h"
#include "api/ApiTrafficRecorder.h"
#include "api/OrderApi.h"
#include "api/SendGridWebhookApi.h"
#include "api/StripeWebhookApi.h"
#include "api/TwilioWebhookApi.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerRouterRule>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpressionMatch>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::api {
namespace {

Q_LOGGING_CATEGORY(lcApiTraffic, "shipshape.api")

// Every path goes to ApiServer::handle, which routes itself (OrderApi::route): Qt 6.4's router cannot
// answer 405 and matches placeholders in ways a contract should not depend on.
class EveryPath : public QHttpServerRouterRule {
public:
    using QHttpServerRouterRule::QHttpServerRouterRule;

protected:
    bool matches(const QHttpServerRequest &, QRegularExpressionMatch *) const override { return true; }
};

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

// A webhook whose secret or key the server was not given: the provider retries later, when it may be.
ApiAnswer notConfigured(const QString &message)
{
    ApiAnswer answer = ApiAnswer::error(503, u"unavailable"_s, message);
    answer.addHeader("Retry-After", "60");
    return answer;
}

ApiAnswer unauthorized(const QString &message)
{
    ApiAnswer answer = ApiAnswer::error(401, u"unauthorized"_s, message);
    answer.addHeader("WWW-Authenticate", "Bearer realm=\"shipshape\", error=\"invalid_token\"");
    return answer;
}

} // namespace

ApiServer::ApiServer(ApiServerOptions options, RequestLog log, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_log(std::move(log)),
      m_rateLimiter(m_options.requestsPerSecond, m_options.burst)
{
    m_clock.start();
    m_trafficTimer.setInterval(m_options.trafficInterval);
    connect(&m_trafficTimer, &QTimer::timeout, this, &ApiServer::recordTraffic);
}

ApiServer::~ApiServer()
{
    m_http.reset();
    m_pool.stop();
}

Status ApiServer::checkListenOptions(const ApiServerOptions &options)
{
    const bool tls = !options.tlsCertificateFile.isEmpty() || !options.tlsKeyFile.isEmpty();
    if (tls && (options.tlsCertificateFile.isEmpty() || options.tlsKeyFile.isEmpty())) {
        return fail(Error::invalid(options.tlsKeyFile.isEmpty() ? u"tls-key"_s : u"tls-cert"_s, {},
                QCoreApplication::translate("ApiServer", "TLS needs both --tls-cert and --tls-key.")));
    }
    if (!tls && !options.address.isLoopback()) {
        return fail(Error::invalid(u"listen"_s, options.address.toString(),
                QCoreApplication::translate("ApiServer",
                        "Plain HTTP is only served on loopback; give --tls-cert and --tls-key to listen on %1.")
                        .arg(options.address.toString())));
    }
    if (!ApiToken::checkKey(options.jwtKey))
        return fail(ApiToken::checkKey(options.jwtKey).error());
    return {};
}

Status ApiServer::start(const DatabaseUrl &url, const SessionOptions &sessionOptions)
{
    if (auto checked = checkListenOptions(m_options); !checked)
        return checked;
    if (auto started = m_pool.start(m_options.workers, url, sessionOptions); !started)
        return started;
    m_http = std::make_unique<QHttpServer>();
    m_http->route<EveryPath>(u"/"_s, [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
    if (!m_options.tlsCertificateFile.isEmpty()) {
        if (!QSslSocket::supportsSsl())
            return fail(Error::unavailable(tr("This Qt has no TLS support (OpenSSL is missing).")));
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_options.tlsCertificateFile);
        if (chain.isEmpty())
            return fail(Error::invalid(u"tls-cert"_s, m_options.tlsCertificateFile,
                    tr("No PEM certificate in %1.").arg(m_options.tlsCertificateFile)));
        QFile keyFile(m_options.tlsKeyFile);
        if (!keyFile.open(QIODevice::ReadOnly))
            return fail(Error::invalid(u"tls-key"_s, m_options.tlsKeyFile,
                    tr("Cannot read %1: %2").arg(m_options.tlsKeyFile, keyFile.errorString())));
        const QByteArray pem = keyFile.readAll();
        QSslKey key(pem, QSsl::Rsa);
        if (key.isNull())
            key = QSslKey(pem, QSsl::Ec);
        if (key.isNull())
            return fail(Error::invalid(u"tls-key"_s, m_options.tlsKeyFile,
                    tr("No unencrypted PEM RSA or EC private key in %1.").arg(m_options.tlsKeyFile)));
        m_http->sslSetup(chain.constFirst(), key, QSsl::TlsV1_2OrLater);
    }
    m_port = m_http->listen(m_options.address, m_options.port);
    if (m_port == 0) {
        m_pool.stop();
        return fail(Error::unavailable(
                tr("Cannot listen on %1 port %2.").arg(m_options.address.toString()).arg(m_options.port)));
    }
    m_trafficTimer.start();
    return {};
}

void ApiServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const qint64 startedNs = m_clock.nsecsElapsed();
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket(shared->socket());
    const QByteArray method = methodName(request.method());
    const QString path = request.url().path();
    ++m_inFlight;
    // Set once the request is routed; what the dashboard's figures count it under.
    auto endpoint = std::make_shared<QString>(u"unrouted"_s);
    auto reply = [this, shared, socket, method, path, startedNs, endpoint](const QString &subject, ApiAnswer answer) {
        // Qt 6.4's responder writes straight to its socket: a client that went away gets nothing.
        if (socket && socket->isOpen()) {
            QHttpServerResponder &out = *shared;
            out.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(answer.status));
            out.writeHeader("Content-Type", answer.contentType);
            out.writeHeader("Content-Length", QByteArray::number(answer.body.size()));
            for (const auto &[name, value] : std::as_const(answer.headers))
                out.writeHeader(name, value);
            if (m_draining)
                out.writeHeader("Connection", "close");
            out.writeBody(answer.body);
        }
        const qint64 elapsedNs = m_clock.nsecsElapsed() - startedNs;
        const double milliseconds = double(elapsedNs) / 1e6;
        const bool replayed = std::any_of(answer.headers.cbegin(), answer.headers.cend(),
                [](const auto &header) { return header.first == "Idempotent-Replayed"; });
        // Whole milliseconds rounded up: a kept response time is never below the one measured.
        m_traffic.add(*endpoint, answer.status, replayed, (elapsedNs + 999'999) / 1'000'000,
                QDateTime::currentMSecsSinceEpoch());
        if (m_log) {
            m_log(u"%1 %2 %3 %4ms subject=%5"_s.arg(QString::fromLatin1(method), path)
                            .arg(answer.status)
                            .arg(milliseconds, 0, 'f', 1)
                            .arg(subject.isEmpty() ? u"-"_s : subject));
        }
        --m_inFlight;
        finishShutdownWhenIdle();
    };

    if (m_draining) {
        reply({}, ApiAnswer::error(503, u"unavailable"_s, tr("The server is shutting down; retry shortly.")));
        return;
    }
    if (request.body().size() > m_options.maxBodyBytes) {
        reply({},
                ApiAnswer::error(413, u"payload_too_large"_s,
                        tr("The request body is larger than %1 bytes.").arg(m_options.maxBodyBytes)));
        return;
    }
    auto routed = OrderApi::route(method, path);
    if (auto *answer = std::get_if<ApiAnswer>(&routed)) {
        reply({}, *answer);
        return;
    }
    const OrderApi::Route route = std::get<OrderApi::Route>(routed);
    *endpoint = OrderApi::endpointKey(route.endpoint);
    if (route.endpoint == OrderApi::Endpoint::StripeWebhook) {
        // Stripe signs its deliveries instead of sending a bearer token: the signature, checked in core
        // against the session's clock, is the authentication. Stripe retries anything but a 2xx.
        static const QString subject = u"stripe-webhook"_s;
        if (m_options.stripeWebhookSecret.isEmpty()) {
            reply(subject,
                    notConfigured(
                            tr("The Stripe webhook is not configured: store its signing secret with \"shipshape-cli "
                               "secrets set stripe-webhook\" (or set SHIPSHAPE_STRIPE_WEBHOOK_SECRET) and restart the "
                               "server.")));
            return;
        }
        const QByteArray signature = request.value("Stripe-Signature");
        const QByteArray body = request.body();
        const QByteArray secret = m_options.stripeWebhookSecret;
        m_pool.submit(
                [signature, body, secret](Session &session, QObject *context) {
                    return StripeWebhookApi::handle(session, context, signature, body, secret);
                },
                this, [reply](ApiAnswer answer) { reply(subject, std::move(answer)); });
        return;
    }
    if (route.endpoint == OrderApi::Endpoint::SendGridWebhook) {
        // Likewise SendGrid: its ECDSA signature, checked in core against the shop's public key and the
        // session's clock, is the authentication. SendGrid retries anything but a 2xx for 24 hours.
        static const QString subject = u"sendgrid-webhook"_s;
        if (m_options.sendGridWebhookPublicKey.isEmpty()) {
            reply(subject,
                    notConfigured(tr("The SendGrid webhook is not configured: set its verification key (the sendgrid/"
                                     "webhookPublicKey setting or SHIPSHAPE_SENDGRID_WEBHOOK_PUBLIC_KEY) and restart "
                                     "the server.")));
            return;
        }
        const QByteArray signature = request.value("X-Twilio-Email-Event-Webhook-Signature");
        const QByteArray timestamp = request.value("X-Twilio-Email-Event-Webhook-Timestamp");
        const QByteArray body = request.body();
        const QByteArray key = m_options.sendGridWebhookPublicKey;
        m_pool.submit(
                [signature, timestamp, body, key](Session &session, QObject *) {
                    return SendGridWebhookApi::handle(session, signature, timestamp, body, key);
                },
                this, [reply](ApiAnswer answer) { reply(subject, std::move(answer)); });
        return;
    }
    if (route.endpoint == OrderApi::Endpoint::TwilioWebhook) {
        // Likewise Twilio: its HMAC over the URL it called and the form, keyed with the account's auth token.
        static const QString subject = u"twilio-webhook"_s;
        if (m_options.twilioAuthToken.isEmpty()) {
            reply(subject,
                    notConfigured(tr("The Twilio webhook is not configured: store the auth token with \"shipshape-cli "
                                     "secrets set twilio\" (or set SHIPSHAPE_TWILIO_AUTH_TOKEN) and restart the "
                                     "server.")));
            return;
        }
        const QByteArray signature = request.value("X-Twilio-Signature");
        const QString signedUrl = TwilioWebhookApi::signedUrl(request.url(), m_options.publicUrl);
        const QByteArray body = request.body();
        const QByteArray token = m_options.twilioAuthToken;
        m_pool.submit(
                [signature, signedUrl, body, token](Session &session, QObject *) {
                    return TwilioWebhookApi::handle(session, signature, signedUrl, body, token);
                },
                this, [reply](ApiAnswer answer) { reply(subject, std::move(answer)); });
        return;
    }
    const QByteArray authorization = request.value("Authorization").trimmed();
    // The scheme is case-insensitive (RFC 9110); the token follows one space.
    if (authorization.size() < 8 || authorization.left(7).toLower() != "bearer ") {
        reply({}, unauthorized(tr("Send Authorization: Bearer <token>.")));
        return;
    }
    auto subject = ApiToken::verify(authorization.mid(7).trimmed(), m_options.jwtKey, QDateTime::currentDateTimeUtc());
    if (!subject) {
        reply({}, unauthorized(subject.error().message));
        return;
    }
    const QString claim = subject->claim();
    if (const auto retryAfter = m_rateLimiter.take(claim, std::chrono::milliseconds(m_clock.elapsed()))) {
        ApiAnswer answer = ApiAnswer::error(429, u"rate_limited"_s,
                tr("Too many requests for this token; retry in %n second(s).", nullptr, int(retryAfter->count())));
        answer.addHeader("Retry-After", QByteArray::number(qint64(retryAfter->count())));
        reply(claim, answer);
        return;
    }
    ApiCall call{method, path, request.query(), request.body(), *subject,
            QString::fromUtf8(request.value("Idempotency-Key")).trimmed()};
    auto answered = [reply, claim](ApiAnswer answer) { reply(claim, std::move(answer)); };
    if (auto parsed = OrderApi::atOnceRequest(call, route)) {
        m_pool.submitAtOnce([call, request = std::move(*parsed)](
                                    Session &session) { return OrderApi::placeAtOnce(session, call, request); },
                this, std::move(answered));
        return;
    }
    m_pool.submit([call, route](Session &session,
                          QObject *context) { return OrderApi::handle(session, context, call, route); },
            this, std::move(answered));
}

void ApiServer::shutdown()
{
    if (m_draining)
        return;
    m_draining = true;
    if (m_http) {
        for (QTcpServer *listener : m_http->servers())
            listener->close();
    }
    finishShutdownWhenIdle();
}

void ApiServer::finishShutdownWhenIdle()
{
    if (!m_draining || m_inFlight > 0 || m_recordingTraffic || m_stopped)
        return;
    if (!m_traffic.isEmpty() && !m_lastTrafficRecorded) {
        m_lastTrafficRecorded = true;
        recordTraffic(); // comes back here when it is done
        return;
    }
    if (!m_traffic.isEmpty()) {
        qCWarning(lcApiTraffic) << "The dashboard's figures of" << m_traffic.take().requests()
                                << "API request(s) were not recorded";
    }
    m_trafficTimer.stop();
    m_stopped = true;
    if (const GroupCommits grouped = m_pool.groupCommits(); grouped.commits > 0) {
        qCInfo(lcApiTraffic).noquote()
                << u"%1 orders placed at once shared %2 commits"_s.arg(grouped.requests).arg(grouped.commits);
    }
    m_pool.stop();
    QMetaObject::invokeMethod(this, &ApiServer::stopped, Qt::QueuedConnection);
}

void ApiServer::recordTraffic()
{
    if (m_traffic.isEmpty() || m_recordingTraffic)
        return;
    m_recordingTraffic = true;
    auto batch = std::make_shared<const ApiTrafficBatch>(m_traffic.take());
    m_pool.submit(
            [batch](Session &session, QObject *) {
                // The pool carries answers: status 0 says recorded, anything else carries the reason.
                ApiAnswer outcome;
                outcome.status = 0;
                if (auto recorded = ApiTrafficRecorder(session.database()).record(*batch); !recorded) {
                    outcome.status = 500;
                    outcome.body = recorded.error().message.toUtf8();
                }
                return QtFuture::makeReadyFuture(outcome);
            },
            this,
            [this, batch](const ApiAnswer &outcome) {
                m_recordingTraffic = false; // a shutdown waits for it like for a request
                if (outcome.status == 0) {
                    m_trafficFailures = 0;
                } else {
                    // Once, then once a minute: a database without migration 35 would say it every 5 s.
                    if (m_trafficFailures++ % 12 == 0) {
                        qCWarning(lcApiTraffic).noquote() << "The dashboard's figures of" << batch->requests()
                                                          << "API request(s) were not recorded, trying again later:"
                                                          << QString::fromUtf8(outcome.body);
                    }
                    m_traffic.putBack(*batch);
                }
                finishShutdownWhenIdle();
            });
}

} // namespace shipshape::api
