#include "diagnostics/ProviderChecks.h"

#include "notification/MailSettings.h"
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

DiagnosticResult line(const QString &key, bool passed, const QString &detail)
{
    return {key, key == kStripe ? ProviderChecks::tr("Stripe") : ProviderChecks::tr("SendGrid"), passed, detail};
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
    return settings;
}

struct ProviderChecks::Run {
    QPromise<Result<QList<DiagnosticResult>>> promise;
    QList<DiagnosticResult> results{DiagnosticResult{}, DiagnosticResult{}};
    int waiting = 2;
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
    checkStripe();
    checkSendGrid();
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
