#pragma once

#include "common/Async.h"
#include "diagnostics/Diagnostics.h"
#include "net/HttpClient.h"
#include "net/HttpResponse.h"
#include "secrets/SessionSecrets.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace shipshape {

// Where and with what the provider checks call: the base URLs the gateways use (StripeSettings,
// MailSettings: environment first, then QSettings) and the keys the program's top read.
struct ProviderCheckSettings {
    QUrl stripeApiBase = QUrl(QStringLiteral("https://api.stripe.com"));
    QString stripeSecretKey;
    // Why the Stripe settings cannot be used (a base URL that is not https, a bad return page); the
    // Stripe check reports it instead of calling.
    std::optional<QString> stripeProblem;
    QUrl sendGridApiBase = QUrl(QStringLiteral("https://api.sendgrid.com"));
    QString sendGridApiKey;
    // Twilio is checked only while SMS is on (sms/enabled): a shop without SMS gets no line for it.
    bool twilioEnabled = false;
    QUrl twilioApiBase = QUrl(QStringLiteral("https://api.twilio.com"));
    QString twilioAccountSid;
    QString twilioAuthToken;
    // One try per provider, this long at most: a doctor says "no answer" rather than hang.
    std::chrono::milliseconds timeout{10000};

    static ProviderCheckSettings load(const SessionSecrets &secrets);
};

// Whether Stripe and SendGrid (and Twilio, while SMS is on) can be reached and take the keys, by one read-only
// call each that changes nothing: Stripe `GET /v1/balance` (only with a test key: a live key is reported "not
// checked", never sent), SendGrid `GET /v3/scopes` (the key must have the `mail.send` scope), Twilio
// `GET /2010-04-01/Accounts/{AccountSid}.json` (reads the account, sends nothing and costs nothing; Twilio's
// test credentials are answered 403 with error 20008, which still proves the SID and token). The calls go out
// at once through the shared HttpClient; the future finishes on this thread's event loop with the Stripe line,
// the SendGrid line, then the Twilio line. Never waits itself: the CLI runs its top-level loop,
// the app runs this on a session worker. Destroying the checks abandons the calls (the future is
// cancelled).
class ProviderChecks {
    Q_DECLARE_TR_FUNCTIONS(ProviderChecks)

public:
    ProviderChecks(QNetworkAccessManager *network, ProviderCheckSettings settings);
    ~ProviderChecks();
    ProviderChecks(const ProviderChecks &) = delete;
    ProviderChecks &operator=(const ProviderChecks &) = delete;

    // Only once per object.
    AsyncResult<QList<DiagnosticResult>> run();

    // sk_live_… and rk_live_…: keys that move real money.
    static bool isLiveStripeKey(const QString &key);
    // One answer in words; public for tests.
    static DiagnosticResult interpretStripe(const HttpResponse &response, const QUrl &base);
    static DiagnosticResult interpretSendGrid(const HttpResponse &response, const QUrl &base);
    static DiagnosticResult interpretTwilio(const HttpResponse &response, const QUrl &base);

private:
    struct Run;
    void checkStripe();
    void checkSendGrid();
    void checkTwilio();
    void deliver(int index, DiagnosticResult result);

    HttpClient m_http;
    ProviderCheckSettings m_settings;
    QObject m_context; // answers arrive only while this object lives
    std::shared_ptr<Run> m_run;
};

} // namespace shipshape
