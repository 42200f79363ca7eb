#include "diagnostics/ProviderChecks.h"

#include "notification/MailSettings.h"
#include "notification/SmsSettings.h"
#include "notification/TwilioSmsSender.h"
#include "payment/StripeSettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

const QString kStripe = u"stripe"_s;
const QString kSendGrid = u"sendgrid"_s;
const QString kTwilio = u"twilio"_s;

DiagnosticResult line(const QString &key, bool passed, const QString &detail)
{
    const QString name = key == kStripe ? ProviderChecks::tr("Stripe")
            : key == kSendGrid          ? ProviderChecks::tr("SendGrid")
                                        : ProviderChecks::tr("Twilio");
    return {key, name, passed, detail};
}

// Twilio's error body: {"code": 20003, "message": "…"}.
QJsonObject twilioError(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

DiagnosticResult skipped(const QString &key, const QString &detail)
{
    DiagnosticResult result = line(key, false, detail);
    result.skipped = true;
    return result;
}

// What no answer means, the same for both providers.
QString transportProblem(const HttpResponse &response, const QUrl &base)
{
    if (response.timedOut)
        return ProviderChecks::tr("No answer from %1 in time: check this machine's network, proxy and firewall.")
                .arg(base.host());
    return ProviderChecks::tr("Cannot reach %1 (%2): check this machine's network, proxy and firewall.")
            .arg(base.host(), response.errorString);
}

// Stripe's error body: {"error": {"message": "…"}}; empty when there is none.
QString stripeMessage(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(u"error"_s).toObject().value(u"message"_s).toString();
}

// SendGrid's error body: {"errors": [{"message": "…"}]}; empty when there is none.
QString sendGridMessage(const QByteArray &body)
{
    const QJsonArray errors = QJsonDocument::fromJson(body).object().value(u"errors"_s).toArray();
    return errors.isEmpty() ? QString() : errors.first().toObject().value(u"message"_s).toString();
}

QString withMessage(const QString &text, const QString &message)
{
    return message.isEmpty() ? text : ProviderChecks::tr("%1 It said: %2").arg(text, message.left(200));
}

} // namespace

ProviderCheckSettings ProviderCheckSettings::load(const SessionSecrets &secrets)
{
    ProviderCheckSettings settings;
    settings.stripeSecretKey = secrets.stripeSecretKey.trimmed();
    settings.sendGridApiKey = secrets.sendGridApiKey.trimmed();
    if (auto stripe = StripeSettings::load(secrets.stripeSecretKey))
        settings.stripeApiBase = stripe->apiBase;
    else
        settings.stripeProblem = stripe.error().message;
    settings.sendGridApiBase = MailSettings::load().apiBase;
    const SmsSettings sms = SmsSettings::load();
    settings.twilioEnabled = sms.enabled;
    settings.twilioApiBase = sms.apiBase;
    settings.twilioAccountSid = sms.accountSid;
    settings.twilioAuthToken = secrets.twilioAuthToken.trimmed();
    return settings;
}

struct ProviderChecks::Run {
    QPromise<Result<QList<DiagnosticResult>>> promise;
    QList<DiagnosticResult> results;
    int waiting = 0;
    bool finished = false;
};

ProviderChecks::ProviderChecks(QNetworkAccessManager *network, ProviderCheckSettings settings)
    : m_http(network), m_settings(std::move(settings))
{}

ProviderChecks::~ProviderChecks()
{
    if (m_run && !m_run->finished) {
        m_run->finished = true;
        m_run->promise.future().cancel();
        m_run->promise.finish();
    }
}

AsyncResult<QList<DiagnosticResult>> ProviderChecks::run()
{
    Q_ASSERT(!m_run);
    m_run = std::make_shared<Run>();
    m_run->promise.start();
    auto future = m_run->promise.future();
    m_run->waiting = m_settings.twilioEnabled ? 3 : 2;
    m_run->results.resize(m_run->waiting);
    checkStripe();
    checkSendGrid();
    if (m_settings.twilioEnabled)
        checkTwilio();
    return future;
}

void ProviderChecks::deliver(int index, DiagnosticResult result)
{
    if (!m_run || m_run->finished)
        return;
    m_run->results[index] = std::move(result);
    if (--m_run->waiting > 0)
        return;
    m_run->finished = true;
    m_run->promise.addResult(m_run->results);
    m_run->promise.finish();
}

bool ProviderChecks::isLiveStripeKey(const QString &key)
{
    return key.startsWith(u"sk_live_"_s) || key.startsWith(u"rk_live_"_s);
}

void ProviderChecks::checkStripe()
{
    const QString &key = m_settings.stripeSecretKey;
    if (m_settings.stripeProblem)
        return deliver(0, line(kStripe, false, *m_settings.stripeProblem));
    if (key.isEmpty())
        return deliver(0, skipped(kStripe, tr("Not checked: no secret key (see Provider keys).")));
    if (isLiveStripeKey(key))
        return deliver(0,
                skipped(kStripe,
                        tr("Not checked: live key. Diagnostics call Stripe in test mode only, so a live key is never "
                           "sent; try a test key (sk_test_…) on a test installation.")));

    HttpRequest request;
    QUrl url = m_settings.stripeApiBase;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + u"/v1/balance"_s);
    request.url = url;
    request.timeout = m_settings.timeout;
    request.headers = {{"Authorization", "Bearer " + key.toUtf8()}, {"Stripe-Version", StripeSettings::kApiVersion},
            {"User-Agent", "Shipshape/" + QCoreApplication::applicationVersion().toUtf8()}};
    const QUrl base = m_settings.stripeApiBase;
    auto sent = m_http.send(request, &m_context,
            [this, base](const HttpResponse &response) { deliver(0, interpretStripe(response, base)); });
    if (!sent)
        deliver(0, line(kStripe, false, sent.error().message));
}

void ProviderChecks::checkSendGrid()
{
    const QString &key = m_settings.sendGridApiKey;
    if (key.isEmpty())
        return deliver(1, skipped(kSendGrid, tr("Not checked: no API key (see Provider keys).")));

    HttpRequest request;
    request.url = m_settings.sendGridApiBase.resolved(QUrl(u"/v3/scopes"_s));
    request.timeout = m_settings.timeout;
    request.headers = {{"Authorization", "Bearer " + key.toUtf8()}, {"Accept", "application/json"}};
    const QUrl base = m_settings.sendGridApiBase;
    auto sent = m_http.send(request, &m_context,
            [this, base](const HttpResponse &response) { deliver(1, interpretSendGrid(response, base)); });
    if (!sent)
        deliver(1, line(kSendGrid, false, sent.error().message));
}

void ProviderChecks::checkTwilio()
{
    const QString &sid = m_settings.twilioAccountSid;
    const QString &token = m_settings.twilioAuthToken;
    if (sid.isEmpty() || token.isEmpty())
        return deliver(2,
                line(kTwilio, false,
                        tr("SMS is on but Twilio is not set up: set twilio/accountSid and the auth token "
                           "(shipshape-cli secrets set twilio), or turn SMS off (sms/enabled).")));
    if (!SmsSettings::isAccountSid(sid))
        return deliver(2,
                line(kTwilio, false,
                        tr("The Twilio account SID \"%1\" is not AC and 32 hexadecimal digits.").arg(sid)));

    HttpRequest request;
    QUrl url = m_settings.twilioApiBase;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + u"/2010-04-01/Accounts/%1.json"_s.arg(sid));
    request.url = url;
    request.timeout = m_settings.timeout;
    request.headers
            = {{"Authorization", TwilioSmsSender::basicAuthorization(sid, token)}, {"Accept", "application/json"}};
    const QUrl base = m_settings.twilioApiBase;
    auto sent = m_http.send(request, &m_context,
            [this, base](const HttpResponse &response) { deliver(2, interpretTwilio(response, base)); });
    if (!sent)
        deliver(2, line(kTwilio, false, sent.error().message));
}

DiagnosticResult ProviderChecks::interpretTwilio(const HttpResponse &response, const QUrl &base)
{
    if (response.isTransportFailure())
        return line(kTwilio, false, transportProblem(response, base));
    const QJsonObject body = twilioError(response.body);
    const int code = body.value(u"code"_s).toInt();
    const QString message = body.value(u"message"_s).toString();
    if (response.status == 200) {
        if (body.value(u"sid"_s).toString().isEmpty())
            return line(kTwilio, false,
                    tr("%1 answered 200 without an account: check the Twilio API address (SHIPSHAPE_TWILIO_API_BASE, "
                       "twilio/apiBase).")
                            .arg(base.host()));
        const QString status = body.value(u"status"_s).toString();
        if (!status.isEmpty() && status != u"active"_s)
            return line(kTwilio, false, tr("The Twilio account is %1, not active: SMS will not go out.").arg(status));
        return line(kTwilio, true, tr("%1 accepted the account SID and auth token.").arg(base.host()));
    }
    // Test credentials may not read resources (20008) but were recognised: the SID and token are right.
    if (response.status == 403 && code == 20008)
        return line(kTwilio, true, tr("%1 accepted the test credentials.").arg(base.host()));
    if (response.status == 401)
        return line(kTwilio, false,
                withMessage(tr("Twilio refused the account SID or auth token (401): check twilio/accountSid and set "
                               "the token with shipshape-cli secrets set twilio."),
                        message));
    if (response.status == 404)
        return line(kTwilio, false,
                withMessage(tr("Twilio knows no account with this SID (404): check twilio/accountSid."), message));
    if (response.status == 429)
        return line(kTwilio, false, tr("Twilio is limiting requests (429): run the diagnostics again in a minute."));
    if (response.status >= 500)
        return line(kTwilio, false,
                tr("Twilio answered %1: it has a problem of its own; try again later (status.twilio.com).")
                        .arg(response.status));
    return line(kTwilio, false,
            withMessage(tr("Twilio answered %1: check the Twilio API address (SHIPSHAPE_TWILIO_API_BASE, "
                           "twilio/apiBase).")
                                .arg(response.status),
                    message));
}

DiagnosticResult ProviderChecks::interpretStripe(const HttpResponse &response, const QUrl &base)
{
    if (response.isTransportFailure())
        return line(kStripe, false, transportProblem(response, base));
    const QString message = stripeMessage(response.body);
    switch (response.status) {
    case 200:
        return line(kStripe, true, tr("%1 accepted the test key.").arg(base.host()));
    case 401:
        return line(kStripe, false,
                withMessage(tr("Stripe refused the key (401): set a valid test key with shipshape-cli secrets set "
                               "stripe."),
                        message));
    case 403:
        return line(kStripe, false,
                withMessage(tr("Stripe does not let this key read the account (403): use the secret key, or a "
                               "restricted key with read and write access to PaymentIntents, Refunds and Checkout "
                               "Sessions."),
                        message));
    case 429:
        return line(kStripe, false, tr("Stripe is limiting requests (429): run the diagnostics again in a minute."));
    default:
        break;
    }
    if (response.status >= 500)
        return line(kStripe, false,
                tr("Stripe answered %1: it has a problem of its own; try again later (status.stripe.com).")
                        .arg(response.status));
    return line(kStripe, false,
            withMessage(tr("Stripe answered %1: check the Stripe API address (SHIPSHAPE_STRIPE_API_BASE, "
                           "stripe/apiBase).")
                                .arg(response.status),
                    message));
}

DiagnosticResult ProviderChecks::interpretSendGrid(const HttpResponse &response, const QUrl &base)
{
    if (response.isTransportFailure())
        return line(kSendGrid, false, transportProblem(response, base));
    const QString message = sendGridMessage(response.body);
    const QString needsMailSend = tr("create a key with Mail Send access in SendGrid and store it with "
                                     "shipshape-cli secrets set sendgrid.");
    if (response.status == 200) {
        const QJsonDocument document = QJsonDocument::fromJson(response.body);
        if (!document.isObject() || !document.object().value(u"scopes"_s).isArray())
            return line(kSendGrid, false,
                    tr("%1 answered 200 without a list of scopes: check the SendGrid API address "
                       "(SHIPSHAPE_SENDGRID_API_BASE, sendgrid/apiBase).")
                            .arg(base.host()));
        const QJsonArray scopes = document.object().value(u"scopes"_s).toArray();
        if (!scopes.contains(u"mail.send"_s))
            return line(kSendGrid, false, tr("The key may not send mail (no mail.send scope): %1").arg(needsMailSend));
        return line(kSendGrid, true, tr("%1 accepted the key; it may send mail.").arg(base.host()));
    }
    if (response.status == 401)
        return line(kSendGrid, false,
                withMessage(tr("SendGrid refused the key (401): set a valid key with shipshape-cli secrets set "
                               "sendgrid."),
                        message));
    if (response.status == 403)
        return line(
                kSendGrid, false, withMessage(tr("SendGrid refused this key (403): %1").arg(needsMailSend), message));
    if (response.status == 429)
        return line(
                kSendGrid, false, tr("SendGrid is limiting requests (429): run the diagnostics again in a minute."));
    if (response.status >= 500)
        return line(kSendGrid, false,
                tr("SendGrid answered %1: it has a problem of its own; try again later (status.sendgrid.com).")
                        .arg(response.status));
    return line(kSendGrid, false,
            withMessage(tr("SendGrid answered %1: check the SendGrid API address (SHIPSHAPE_SENDGRID_API_BASE, "
                           "sendgrid/apiBase).")
                                .arg(response.status),
                    message));
}

} // namespace shipshape
