#include "notification/SendGridSender.h"

#include "common/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// SendGrid's errors: {"errors":[{"message","field","help"}]}. Falls back to the raw body's start.
QString describeErrors(const QByteArray &body)
{
    const QJsonArray errors = QJsonDocument::fromJson(body).object().value(u"errors"_s).toArray();
    QStringList parts;
    for (const QJsonValue &value : errors) {
        const QJsonObject error = value.toObject();
        QString part = error.value(u"message"_s).toString();
        const QString field = error.value(u"field"_s).toString();
        if (!field.isEmpty() && field != u"null"_s)
            part += u" (field: %1)"_s.arg(field);
        const QString help = error.value(u"help"_s).toString();
        if (!help.isEmpty() && help != u"null"_s)
            part += u" — %1"_s.arg(help);
        if (!part.isEmpty())
            parts << part;
    }
    if (!parts.isEmpty())
        return parts.join(u"; "_s);
    return QString::fromUtf8(body.left(300)).simplified();
}

std::optional<QDateTime> waitHint(const HttpResponse &response, const QDateTime &now)
{
    // Retry-After: delay-seconds or an HTTP-date (RFC 9110).
    if (const QByteArray retryAfter = response.header("Retry-After").trimmed(); !retryAfter.isEmpty()) {
        bool ok = false;
        const qint64 seconds = retryAfter.toLongLong(&ok);
        if (ok && seconds >= 0)
            return now.addSecs(seconds);
        const QDateTime date = QDateTime::fromString(QString::fromLatin1(retryAfter), Qt::RFC2822Date);
        if (date.isValid())
            return date.toUTC();
    }
    // SendGrid's rate limit headers: the reset is a Unix time in seconds.
    if (const QByteArray reset = response.header("X-RateLimit-Reset").trimmed(); !reset.isEmpty()) {
        bool ok = false;
        const qint64 epoch = reset.toLongLong(&ok);
        if (ok && epoch > 0)
            return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
    }
    return std::nullopt;
}

} // namespace

SendGridSender::SendGridSender(HttpClient &http, const Clock &clock, MailSettings settings, QString apiKey)
    : m_http(http), m_clock(clock), m_settings(std::move(settings)), m_apiKey(std::move(apiKey).trimmed())
{}

QString SendGridSender::noProviderReason()
{
    return u"no email provider configured"_s;
}

QString SendGridSender::configurationProblem() const
{
    if (m_apiKey.isEmpty())
        return noProviderReason();
    if (auto allowed = HttpClient::checkUrlAllowed(m_settings.apiBase); !allowed)
        return u"email provider misconfigured: %1"_s.arg(allowed.error().message);
    return {};
}

QJsonObject SendGridSender::requestBody(const OutgoingEmail &email, const MailSettings &settings)
{
    QJsonObject to{{u"email"_s, email.toEmail}};
    if (!email.toName.isEmpty())
        to.insert(u"name"_s, email.toName);
    QJsonObject from{{u"email"_s, settings.fromAddress}};
    if (!settings.fromName.isEmpty())
        from.insert(u"name"_s, settings.fromName);
    // custom_args sit on the personalization: SendGrid's description types the message-level
    // custom_args as a string, the personalization-level one as the object of strings we send.
    const QJsonObject customArgs{{u"order_id"_s, email.orderId},
            {u"order_number"_s, QString::number(email.orderNumber)},
            {u"notification_id"_s, QString::number(email.notificationId)}};
    return QJsonObject{
            {u"personalizations"_s, QJsonArray{QJsonObject{{u"to"_s, QJsonArray{to}}, {u"custom_args"_s, customArgs}}}},
            {u"from"_s, from},
            {u"subject"_s, email.subject},
            // SendGrid requires text/plain before text/html.
            {u"content"_s,
                    QJsonArray{QJsonObject{{u"type"_s, u"text/plain"_s}, {u"value"_s, email.text}},
                            QJsonObject{{u"type"_s, u"text/html"_s}, {u"value"_s, email.html}}}},
    };
}

SendOutcome SendGridSender::classify(const HttpResponse &response, const QDateTime &now)
{
    SendOutcome outcome;
    outcome.httpStatus = response.status;
    if (response.isTransportFailure()) {
        outcome.kind = SendOutcome::Kind::Transient;
        outcome.reason = response.timedOut ? u"timed out waiting for SendGrid"_s
                                           : u"network error: %1"_s.arg(response.errorString);
        return outcome;
    }
    const int status = response.status;
    if (status == 202 || status == 200) {
        outcome.kind = SendOutcome::Kind::Accepted;
        outcome.providerMessageId = QString::fromLatin1(response.header("X-Message-Id"));
        return outcome;
    }
    const QString detail = describeErrors(response.body);
    outcome.reason = detail.isEmpty() ? u"SendGrid answered HTTP %1"_s.arg(status)
                                      : u"SendGrid answered HTTP %1: %2"_s.arg(status).arg(detail);
    if (status == 429 || status >= 500 || status == 408) {
        outcome.kind = SendOutcome::Kind::Transient;
        outcome.notBefore = waitHint(response, now);
    } else {
        // 400 validation, 401/403 key or sender not allowed, 413 too large, 404/405 wrong endpoint:
        // the same request will fail the same way.
        outcome.kind = SendOutcome::Kind::Permanent;
    }
    return outcome;
}

void SendGridSender::send(const OutgoingEmail &email, QObject *context, Callback callback)
{
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = m_settings.apiBase.resolved(QUrl(u"/v3/mail/send"_s));
    request.headers = {{QByteArrayLiteral("Authorization"), "Bearer " + m_apiKey.toUtf8()},
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
            {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    request.body = QJsonDocument(requestBody(email, m_settings)).toJson(QJsonDocument::Compact);
    request.timeout = m_settings.timeout;
    const Clock *clock = &m_clock;
    auto started = m_http.send(request, context,
            [clock, callback](const HttpResponse &response) { callback(classify(response, clock->now())); });
    if (!started) {
        SendOutcome outcome;
        outcome.kind = SendOutcome::Kind::Permanent;
        outcome.reason = started.error().message;
        callback(outcome);
    }
}

} // namespace shipshape
