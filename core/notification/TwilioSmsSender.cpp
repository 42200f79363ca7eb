#include "notification/TwilioSmsSender.h"

#include "common/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// Twilio's errors: {"code": 21610, "message": "...", "more_info": "https://...", "status": 400}.
struct TwilioError {
    int code = 0;
    QString message;
};

TwilioError errorFrom(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    TwilioError error;
    error.code = object.value(u"code"_s).toInt();
    error.message = object.value(u"message"_s).toString().simplified().left(300);
    if (error.message.isEmpty() && object.isEmpty())
        error.message = QString::fromUtf8(body.left(300)).simplified();
    return error;
}

std::optional<QDateTime> retryAfter(const HttpResponse &response, const QDateTime &now)
{
    const QByteArray value = response.header("Retry-After").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok && seconds >= 0)
        return now.addSecs(seconds);
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    return date.isValid() ? std::optional<QDateTime>(date.toUTC()) : std::nullopt;
}

void appendField(QByteArray &body, const char *name, const QString &value)
{
    if (!body.isEmpty())
        body += '&';
    body += QUrl::toPercentEncoding(QString::fromLatin1(name)) + '=' + QUrl::toPercentEncoding(value);
}

} // namespace

TwilioSmsSender::TwilioSmsSender(HttpClient &http, const Clock &clock, SmsSettings settings, QString authToken)
    : m_http(http), m_clock(clock), m_settings(std::move(settings)), m_authToken(std::move(authToken).trimmed())
{}

QString TwilioSmsSender::noProviderReason()
{
    return u"no SMS provider configured"_s;
}

QString TwilioSmsSender::configurationProblem() const
{
    if (m_authToken.isEmpty() || m_settings.accountSid.isEmpty())
        return noProviderReason();
    if (const QString problem = m_settings.senderProblem(); !problem.isEmpty())
        return u"SMS provider misconfigured: %1"_s.arg(problem);
    if (auto allowed = HttpClient::checkUrlAllowed(m_settings.apiBase); !allowed)
        return u"SMS provider misconfigured: %1"_s.arg(allowed.error().message);
    return {};
}

QByteArray TwilioSmsSender::formBody(const OutgoingSms &sms, const SmsSettings &settings)
{
    QByteArray body;
    appendField(body, "To", sms.toPhone);
    if (!settings.messagingServiceSid.isEmpty())
        appendField(body, "MessagingServiceSid", settings.messagingServiceSid);
    else
        appendField(body, "From", settings.fromNumber);
    appendField(body, "Body", sms.text);
    return body;
}

QByteArray TwilioSmsSender::basicAuthorization(const QString &accountSid, const QString &authToken)
{
    return "Basic " + (accountSid + u':' + authToken).toUtf8().toBase64();
}

SendOutcome TwilioSmsSender::classify(const HttpResponse &response, const QDateTime &now)
{
    SendOutcome outcome;
    outcome.httpStatus = response.status;
    if (response.isTransportFailure()) {
        outcome.kind = SendOutcome::Kind::Transient;
        outcome.reason = response.timedOut ? u"timed out waiting for Twilio"_s
                                           : u"network error: %1"_s.arg(response.errorString);
        return outcome;
    }
    const int status = response.status;
    if (status == 201 || status == 200) {
        const QJsonObject message = QJsonDocument::fromJson(response.body).object();
        outcome.kind = SendOutcome::Kind::Accepted;
        outcome.providerMessageId = message.value(u"sid"_s).toString();
        return outcome;
    }
    const TwilioError error = errorFrom(response.body);
    const QString detail = error.code != 0 ? u"error %1: %2"_s.arg(error.code).arg(error.message) : error.message;
    outcome.reason = detail.isEmpty() ? u"Twilio answered HTTP %1"_s.arg(status)
                                      : u"Twilio answered HTTP %1: %2"_s.arg(status).arg(detail);
    if (status == 429 || status >= 500 || status == 408) {
        outcome.kind = SendOutcome::Kind::Transient;
        outcome.notBefore = retryAfter(response, now);
        return outcome;
    }
    // Everything else fails the same way again: 400 with a message-level error (21610 the recipient said
    // STOP, 21211 an invalid number, 21614 not a mobile), 401/403 credentials, 404 a wrong account SID.
    outcome.kind = SendOutcome::Kind::Permanent;
    if (error.code == kUnsubscribedRecipient) {
        outcome.recipientOptedOut = true;
        outcome.reason = u"the recipient opted out of SMS (replied STOP; Twilio error 21610)"_s;
    } else if (status == 401) {
        outcome.reason = u"Twilio refused the credentials (HTTP 401): check twilio/accountSid and the auth token "
                         u"(shipshape-cli secrets set twilio)"_s;
    }
    return outcome;
}

void TwilioSmsSender::send(const OutgoingSms &sms, QObject *context, Callback callback)
{
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    QUrl url = m_settings.apiBase;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + u"/2010-04-01/Accounts/%1/Messages.json"_s.arg(m_settings.accountSid));
    request.url = url;
    request.headers = {{QByteArrayLiteral("Authorization"), basicAuthorization(m_settings.accountSid, m_authToken)},
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")},
            {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    request.body = formBody(sms, m_settings);
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
