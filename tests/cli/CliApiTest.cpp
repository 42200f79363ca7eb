// `api-token create` and `serve` as a person or a service manager runs them: the tokens it prints, the
// options it refuses before opening anything, and SIGTERM ending a running server with exit 0.
#include "CliFixture.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>

#include <csignal>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape::clitest;

namespace {

const QByteArray kWebhookSecret = "whsec_cli_api_test";
const QHash<QString, QString> kKeyEnvironment{{u"SHIPSHAPE_API_JWT_KEY"_s, u"cli-api-test-key-0123456789abcdefgh"_s}};

class CliApi : public CliFixture {};

} // namespace

TEST_F(CliApi, TokenCreatePrintsASignedJwtForOneSubject)
{
    const CliResult storefront = cli.run(
            {u"api-token"_s, u"create"_s, u"--storefront"_s, u"web"_s, u"--expires"_s, u"2h"_s}, {}, kKeyEnvironment);
    ASSERT_EQ(storefront.exitCode, ExitOk) << storefront;
    EXPECT_EQ(storefront.outText().trimmed().split(u'.').size(), 3) << storefront;

    const CliResult json = cli.run(
            {u"--json"_s, u"api-token"_s, u"create"_s, u"--customer"_s, u"0190c0de-0000-7000-8000-000000000001"_s}, {},
            kKeyEnvironment);
    ASSERT_EQ(json.exitCode, ExitOk) << json;
    EXPECT_EQ(json.jsonObject().value(u"subject"_s).toString(), u"customer:0190c0de-0000-7000-8000-000000000001"_s);

    EXPECT_EQ(cli.run({u"api-token"_s, u"create"_s}, {}, kKeyEnvironment).exitCode, ExitUsage);
    EXPECT_EQ(cli.run({u"api-token"_s, u"create"_s, u"--customer"_s, u"x"_s, u"--storefront"_s, u"web"_s}, {},
                         kKeyEnvironment)
                      .exitCode,
            ExitUsage);
    const CliResult badCustomer = cli.run({u"api-token"_s, u"create"_s, u"--customer"_s, u"42"_s}, {}, kKeyEnvironment);
    EXPECT_EQ(badCustomer.exitCode, ExitInvalid) << badCustomer;
    const CliResult badLifetime
            = cli.run({u"api-token"_s, u"create"_s, u"--storefront"_s, u"web"_s, u"--expires"_s, u"forever"_s}, {},
                    kKeyEnvironment);
    EXPECT_EQ(badLifetime.exitCode, ExitInvalid) << badLifetime;
    const CliResult shortKey = cli.run(
            {u"api-token"_s, u"create"_s, u"--storefront"_s, u"web"_s}, {}, {{u"SHIPSHAPE_API_JWT_KEY"_s, u"short"_s}});
    EXPECT_EQ(shortKey.exitCode, ExitInvalid) << shortKey;
    EXPECT_TRUE(shortKey.errText().contains(u"at least 32 bytes"_s)) << shortKey;
}

TEST_F(CliApi, ServeRefusesPlainHttpOffLoopbackBeforeOpeningAnything)
{
    const CliResult open = cli.run({u"serve"_s, u"--listen"_s, u"0.0.0.0:0"_s}, {}, kKeyEnvironment);
    EXPECT_EQ(open.exitCode, ExitInvalid) << open;
    EXPECT_TRUE(open.errText().contains(u"loopback"_s)) << open;
    const CliResult halfTls
            = cli.run({u"serve"_s, u"--tls-cert"_s, u"cert.pem"_s, u"--listen"_s, u"0.0.0.0:0"_s}, {}, kKeyEnvironment);
    EXPECT_EQ(halfTls.exitCode, ExitInvalid) << halfTls;
    EXPECT_EQ(cli.run({u"serve"_s, u"--listen"_s, u"nowhere"_s}, {}, kKeyEnvironment).exitCode, ExitInvalid);
    // Stripe's webhook secret is checked before anything is opened too.
    QHash<QString, QString> badWebhookSecret = kKeyEnvironment;
    badWebhookSecret.insert(u"SHIPSHAPE_STRIPE_WEBHOOK_SECRET"_s, u"sk_live_not_a_webhook_secret"_s);
    const CliResult badSecret = cli.run({u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s}, {}, badWebhookSecret);
    EXPECT_EQ(badSecret.exitCode, ExitInvalid) << badSecret;
    EXPECT_TRUE(badSecret.errText().contains(u"whsec_"_s)) << badSecret;
    EXPECT_FALSE(QFile::exists(cli.databasePath())) << "no database was created or migrated";
}

TEST_F(CliApi, ServeAnswersAndStopsCleanlyOnSigterm)
{
    QProcess server;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SHIPSHAPE_API_JWT_KEY"_s, kKeyEnvironment.value(u"SHIPSHAPE_API_JWT_KEY"_s));
    environment.insert(u"HOME"_s, cli.directory() + u"/home"_s);
    environment.insert(u"SHIPSHAPE_STRIPE_WEBHOOK_SECRET"_s, QString::fromLatin1(kWebhookSecret));
    environment.remove(u"QT_LOGGING_RULES"_s);
    server.setProcessEnvironment(environment);
    server.start(cliPath(), {u"--database"_s, cli.databaseUrl(), u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s});
    ASSERT_TRUE(server.waitForStarted(kProcessTimeoutMs));
    QByteArray out;
    static const QRegularExpression serving(u"http://127\\.0\\.0\\.1:(\\d+)/v1"_s);
    QRegularExpressionMatch match;
    QDeadlineTimer deadline(kProcessTimeoutMs);
    while (!deadline.hasExpired() && !match.hasMatch() && server.state() == QProcess::Running) {
        server.waitForReadyRead(200);
        out += server.readAllStandardOutput();
        match = serving.match(QString::fromUtf8(out));
    }
    ASSERT_TRUE(match.hasMatch()) << out.toStdString() << server.readAllStandardError().toStdString();

    QNetworkAccessManager network;
    QNetworkReply *reply
            = network.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/v1/orders"_s.arg(match.captured(1)))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401) << "no token";
    reply->deleteLater();

    // Stripe's webhook takes the secret serve read from the environment (signed here by hand).
    const QByteArray event
            = R"({"id":"evt_cli_1","object":"event","type":"invoice.paid","data":{"object":{"id":"in_1"}}})";
    const QByteArray t = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    QNetworkRequest webhook(QUrl(u"http://127.0.0.1:%1/v1/webhooks/stripe"_s.arg(match.captured(1))));
    webhook.setRawHeader("Content-Type", "application/json");
    webhook.setRawHeader("Stripe-Signature",
            "t=" + t + ",v1="
                    + QMessageAuthenticationCode::hash(t + "." + event, kWebhookSecret, QCryptographicHash::Sha256)
                              .toHex());
    QNetworkReply *delivered = network.post(webhook, event);
    QObject::connect(delivered, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    EXPECT_EQ(delivered->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200)
            << delivered->readAll().toStdString();
    delivered->deleteLater();

    ::kill(static_cast<pid_t>(server.processId()), SIGTERM);
    ASSERT_TRUE(server.waitForFinished(kProcessTimeoutMs));
    EXPECT_EQ(server.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(server.exitCode(), ExitOk);
    const QString log = QString::fromUtf8(server.readAllStandardError());
    EXPECT_TRUE(log.contains(u"GET /v1/orders 401 "_s)) << log.toStdString();
    EXPECT_TRUE(log.contains(u"Stopped."_s)) << log.toStdString();
}
