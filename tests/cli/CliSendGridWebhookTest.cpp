// SendGrid's Event Webhook as an operator meets it: `serve` reads the verification key from the
// environment (and refuses one that is not a key before opening anything), an email sent by `worker`
// through a loopback SendGrid bounces, and `outbox list` shows it bounced, with the reason.
#include "CliFixture.h"
#include "ScriptedHttpServer.h"
#include "SendGridSigner.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <csignal>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape::clitest;

namespace {

const QHash<QString, QString> kKeyEnvironment{{u"SHIPSHAPE_API_JWT_KEY"_s, u"cli-api-test-key-0123456789abcdefgh"_s}};

class CliSendGridWebhook : public CliFixture {
protected:
    QProcessEnvironment environment(const QHash<QString, QString> &extra)
    {
        QProcessEnvironment result = QProcessEnvironment::systemEnvironment();
        result.insert(u"HOME"_s, cli.directory() + u"/home"_s);
        result.remove(u"QT_LOGGING_RULES"_s);
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            result.insert(it.key(), it.value());
        return result;
    }

    // Runs the command while this thread's event loop serves the loopback SendGrid.
    int runServing(const QStringList &arguments, const QHash<QString, QString> &extra)
    {
        QProcess process;
        process.setProcessEnvironment(environment(extra));
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(kProcessTimeoutMs, &loop, &QEventLoop::quit);
        process.start(cliPath(), QStringList{u"--database"_s, cli.databaseUrl()} + arguments);
        loop.exec();
        EXPECT_EQ(process.state(), QProcess::NotRunning) << process.readAllStandardError().toStdString();
        return process.exitCode();
    }

    int post(quint16 port, const QByteArray &body, const QByteArray &signature, const QByteArray &timestamp,
            QByteArray *answer)
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/v1/webhooks/sendgrid"_s.arg(port)));
        request.setRawHeader("Content-Type", "application/json");
        request.setRawHeader("X-Twilio-Email-Event-Webhook-Signature", signature);
        request.setRawHeader("X-Twilio-Email-Event-Webhook-Timestamp", timestamp);
        QNetworkReply *reply = network.post(request, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        *answer = reply->readAll();
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    QNetworkAccessManager network;
    shipshape::test::SendGridSigner signer;
};

} // namespace

TEST_F(CliSendGridWebhook, ServeRefusesAKeyThatIsNotOneBeforeOpeningAnything)
{
    QHash<QString, QString> badKey = kKeyEnvironment;
    badKey.insert(u"SHIPSHAPE_SENDGRID_WEBHOOK_PUBLIC_KEY"_s, u"-----not a key-----"_s);
    const CliResult refused = cli.run({u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s}, {}, badKey);
    EXPECT_EQ(refused.exitCode, ExitInvalid) << refused;
    EXPECT_TRUE(refused.errText().contains(u"SHIPSHAPE_SENDGRID_WEBHOOK_PUBLIC_KEY"_s)) << refused;
    EXPECT_FALSE(QFile::exists(cli.databasePath())) << "no database was created or migrated";
}

TEST_F(CliSendGridWebhook, ABounceReportedBySendGridShowsInTheOutboxList)
{
    migrate();
    addProduct(u"SKU-A"_s);
    const qint64 number = placeOrder(placeRequest(u"SKU-A"_s));
    shipshape::test::ScriptedHttpServer sendgrid;
    ASSERT_TRUE(sendgrid.isListening());
    sendgrid.enqueue(shipshape::test::ScriptedHttpServer::Reply::respond(202, {}, {{"X-Message-Id", "CliMsg0001"}}));
    ASSERT_EQ(runServing({u"worker"_s, u"--once"_s},
                      {{u"SHIPSHAPE_SENDGRID_API_KEY"_s, u"SG.test"_s},
                              {u"SHIPSHAPE_SENDGRID_API_BASE"_s, sendgrid.baseUrl().toString()}}),
            ExitOk);

    QProcess server;
    QHash<QString, QString> extra = kKeyEnvironment;
    extra.insert(u"SHIPSHAPE_SENDGRID_WEBHOOK_PUBLIC_KEY"_s, QString::fromLatin1(signer.publicKeyBase64()));
    server.setProcessEnvironment(environment(extra));
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
    const auto port = quint16(match.captured(1).toUInt());

    const QByteArray body = shipshape::test::sendgrid_events::batch(
            QJsonArray{shipshape::test::sendgrid_events::event(u"cli-bounce-1"_s, u"bounce"_s, u"CliMsg0001"_s,
                    QDateTime::currentSecsSinceEpoch() - 5, u"550 5.2.2 mailbox full"_s)});
    const QByteArray t = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    QByteArray answer;
    EXPECT_EQ(post(port, body, signer.sign(t, body), t, &answer), 200) << answer.toStdString();
    EXPECT_TRUE(answer.contains(R"("applied":1)")) << answer.toStdString();
    EXPECT_EQ(post(port, body, signer.sign(t, body + " "), t, &answer), 400) << answer.toStdString();
    ::kill(static_cast<pid_t>(server.processId()), SIGTERM);
    ASSERT_TRUE(server.waitForFinished(kProcessTimeoutMs));
    EXPECT_EQ(server.exitCode(), ExitOk);

    const CliResult bounced = cli.run({u"--json"_s, u"outbox"_s, u"list"_s, u"--delivery"_s, u"bounced"_s});
    ASSERT_EQ(bounced.exitCode, ExitOk) << bounced;
    ASSERT_EQ(bounced.jsonArray().size(), 1) << bounced;
    const QJsonObject email = bounced.jsonArray().at(0).toObject();
    EXPECT_EQ(email.value(u"orderNumber"_s).toInteger(), number);
    EXPECT_EQ(email.value(u"status"_s).toString(), u"sent"_s);
    EXPECT_EQ(email.value(u"delivery"_s).toString(), u"bounced"_s);
    EXPECT_EQ(email.value(u"deliveryReason"_s).toString(), u"550 5.2.2 mailbox full"_s);
    EXPECT_TRUE(cli.run({u"--json"_s, u"outbox"_s, u"list"_s, u"--delivery"_s, u"delivered"_s}).jsonArray().isEmpty());
    const CliResult table = cli.run({u"outbox"_s, u"list"_s});
    EXPECT_TRUE(table.outText().contains(u"Delivery"_s)) << table;
    EXPECT_TRUE(table.outText().contains(u"bounced"_s)) << table;
    EXPECT_TRUE(table.outText().contains(u"550 5.2.2 mailbox full"_s)) << table;
    EXPECT_EQ(cli.run({u"outbox"_s, u"list"_s, u"--delivery"_s, u"lost"_s}).exitCode, ExitInvalid);
    // The order's timeline says it too.
    const CliResult order = cli.run({u"--json"_s, u"orders"_s, u"show"_s, QString::number(number)});
    EXPECT_TRUE(order.outText().contains(u"Email 'Order placed' bounced: 550 5.2.2 mailbox full"_s)) << order;
}
