#include "notification/WebhookSender.h"

#include "common/Logging.h"
#include "common/Uuid.h"
#include "notification/WebhookEndpoints.h"
#include "notification/WebhookSignature.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

std::optional<QDateTime> retryAfter(const HttpResponse &response, const QDateTime &now)
{
    const QByteArray value = response.header("Retry-After").trimmed();
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok && seconds >= 0)
        return now.addSecs(seconds);
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    return date.isValid() ? std::optional<QDateTime>(date.toUTC()) : std::nullopt;
}

} // namespace

WebhookSender::WebhookSender(
        HttpClient &http, const Clock &clock, SecretStore secrets, std::chrono::milliseconds timeout)
    : m_http(http), m_clock(clock), m_secrets(std::move(secrets)), m_timeout(timeout)
{}

QString WebhookSender::noSecretReason(qint64 endpointId)
{
    return u"no signing secret for webhook endpoint %1 (keychain \"%2\" or $%3)"_s.arg(endpointId)
            .arg(WebhookEndpoints::secretName(endpointId),
                    QString::fromLatin1(SecretStore::environmentVariableFor(WebhookEndpoints::secretName(endpointId))));
}

HttpRequest WebhookSender::request(const QUrl &url, const QString &eventId, const QByteArray &body,
        const QByteArray &secret, qint64 timestamp, std::chrono::milliseconds timeout)
{
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = url;
    request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
            {QByteArray(WebhookSignature::kHeader), WebhookSignature::header(secret, timestamp, body)},
            {QByteArray(WebhookSignature::kEventIdHeader), eventId.toLatin1()},
            {QByteArrayLiteral("User-Agent"), QByteArrayLiteral("Shipshape-Webhooks/1")}};
    request.body = body;
    request.timeout = timeout;
    return request;
}

WebhookOutcome WebhookSender::classify(const HttpResponse &response, const QDateTime &now)
{
    WebhookOutcome outcome;
    if (response.isTransportFailure()) {
        outcome.kind = SendOutcome::Kind::Transient;
        outcome.reason = response.timedOut ? u"timed out waiting for the endpoint"_s
                                           : u"network error: %1"_s.arg(response.errorString);
        return outcome;
    }
    const int status = response.status;
    outcome.httpStatus = status;
    if (status >= 200 && status < 300) {
        outcome.kind = SendOutcome::Kind::Accepted;
        return outcome;
    }
    const QString excerpt = QString::fromUtf8(response.body.left(200)).simplified();
    outcome.reason = excerpt.isEmpty() ? u"the endpoint answered HTTP %1"_s.arg(status)
                                       : u"the endpoint answered HTTP %1: %2"_s.arg(status).arg(excerpt);
    if (status == 408 || status == 429 || status >= 500) {
        outcome.kind = SendOutcome::Kind::Transient;
        if (status == 429)
            outcome.notBefore = retryAfter(response, now);
        return outcome;
    }
    // 4xx (410 Gone: the receiver wants no more; 400, 401, 404 …) and anything else fails the same way again.
    outcome.kind = SendOutcome::Kind::Permanent;
    return outcome;
}

void WebhookSender::send(qint64 endpointId, const QUrl &url, const QString &eventId, const QByteArray &body,
        QObject *context, Callback callback)
{
    HttpClient *http = &m_http;
    const Clock *clock = &m_clock;
    const auto timeout = m_timeout;
    m_secrets.readAsync(WebhookEndpoints::secretName(endpointId), context,
            [http, clock, timeout, endpointId, url, eventId, body, context, callback](const Result<QString> &secret) {
                if (!secret || secret->isEmpty()) {
                    WebhookOutcome outcome;
                    outcome.kind = SendOutcome::Kind::Transient;
                    outcome.reason = secret ? noSecretReason(endpointId) : secret.error().message;
                    callback(outcome);
                    return;
                }
                const qint64 timestamp = clock->now().toSecsSinceEpoch();
                auto elapsed = std::make_shared<QElapsedTimer>();
                elapsed->start();
                auto started = http->send(request(url, eventId, body, secret->toUtf8(), timestamp, timeout), context,
                        [clock, elapsed, callback](const HttpResponse &response) {
                            WebhookOutcome outcome = classify(response, clock->now());
                            outcome.durationMs = elapsed->elapsed();
                            callback(outcome);
                        });
                if (!started) {
                    WebhookOutcome outcome;
                    outcome.kind = SendOutcome::Kind::Permanent;
                    outcome.reason = started.error().message;
                    callback(outcome);
                }
            });
}

void WebhookSender::ping(qint64 endpointId, const QUrl &url, QObject *context, Callback callback)
{
    const QDateTime now = m_clock.now();
    const QString eventId = makeUuidV7(now);
    const QJsonObject body{{u"id"_s, eventId}, {u"type"_s, u"ping"_s},
            {u"created"_s, now.toUTC().toString(Qt::ISODateWithMs)},
            {u"data"_s, QJsonObject{{u"endpointId"_s, endpointId}}}};
    send(endpointId, url, eventId, QJsonDocument(body).toJson(QJsonDocument::Compact), context, std::move(callback));
}

} // namespace shipshape
