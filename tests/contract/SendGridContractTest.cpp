// Sends every email template through Shipshape's real SendGrid sender to Prism, which validates each
// request against SendGrid's own OpenAPI description and reports violations in an sl-violations header.
#include "Helpers.h"
#include "TestDatabase.h"

#include "net/HttpClient.h"
#include "notification/EmailComposer.h"
#include "notification/SendGridSender.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

namespace {

const QString kSpec = QStringLiteral(SHIPSHAPE_SENDGRID_SPEC);
const QString kPrism = QStringLiteral(SHIPSHAPE_PRISM);

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// One HTTP exchange outside the sender, to read Prism's headers (the sender reduces them to an outcome).
struct Exchange {
    int status = 0;
    QByteArray violations;
};

class SendGridContractTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        // Never a skip: a contract test that does not run must not pass (CTest also fails on "[  SKIPPED ]").
        ASSERT_TRUE(QFileInfo::exists(kSpec))
                << "SendGrid description not found at " << kSpec.toStdString() << " (tests/contract/specs)";
        ASSERT_TRUE(QFileInfo::exists(kPrism))
                << "Prism not installed at " << kPrism.toStdString() << ": run `npm ci` in the repository root";
        port = freePort();
        prism.setProcessChannelMode(QProcess::MergedChannels);
        prism.start(kPrism, {u"mock"_s, u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(port), kSpec});
        ASSERT_TRUE(prism.waitForStarted(10000)) << prism.errorString().toStdString();
        QDeadlineTimer deadline(60000);
        bool up = false;
        while (!deadline.hasExpired() && prism.state() == QProcess::Running) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            if (probe.waitForConnected(200)) {
                up = true;
                break;
            }
            prism.waitForReadyRead(200);
        }
        ASSERT_TRUE(up) << "Prism did not start: " << prism.readAll().toStdString();
    }

    void TearDown() override
    {
        if (prism.state() != QProcess::NotRunning) {
            prism.terminate();
            if (!prism.waitForFinished(5000))
                prism.kill();
        }
    }

    quint16 port = 0;
    QProcess prism;
};

} // namespace

TEST_F(SendGridContractTest, EveryTemplateIsAValidMailSendRequest)
{
    test::TestDatabase db;
    test::addProduct(db.session(), u"SKU-1"_s, u"12.50"_s, 100);
    auto order = db.session().orders().place(
            test::placeRequest({{u"SKU-1"_s, 2}}, u"ada@example.com"_s, u"<b>Ada</b> \"O'Lovelace\" 山田"_s));
    ASSERT_TRUE(order);
    ASSERT_TRUE(db.session().orders().cancel(QString::number(order->number), CancelReason::Customer, u"note\n<x>"_s));
    auto loaded = db.session().orders().find(QString::number(order->number));
    ASSERT_TRUE(loaded);
    loaded->carrier = u"UPS"_s;
    loaded->trackingNumber = u"1Z999"_s;

    MailSettings mail;
    mail.apiBase = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    mail.fromAddress = u"orders@shop.test"_s;
    mail.fromName = u"Test Shop"_s;
    mail.timeout = std::chrono::seconds(10);
    const EmailComposer composer(mail, QLocale::c());

    QNetworkAccessManager manager;
    HttpClient http(&manager);
    for (const QString &key : NotificationEvents::keys()) {
        SCOPED_TRACE(key.toStdString());
        NotificationDetails details;
        details.cancelNote = u"note\n<x>"_s;
        details.refundAmount = loaded->total;
        auto email = composer.compose(*loaded, *NotificationEvents::fromKey(key), details);
        ASSERT_TRUE(email) << email.error().message.toStdString();
        const OutgoingEmail outgoing{loaded->customer.email, loaded->customer.name, email->subject, email->text,
                email->html, loaded->id, loaded->number, 1};

        // 1. Through the real sender: Prism must accept it (202).
        SendGridSender sender(http, db.clock(), mail, u"SG.contract-test"_s);
        std::optional<SendOutcome> outcome;
        QObject context;
        sender.send(outgoing, &context, [&](const SendOutcome &result) { outcome = result; });
        QDeadlineTimer deadline(15000);
        while (!outcome && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        ASSERT_TRUE(outcome.has_value()) << "no answer from Prism";
        EXPECT_EQ(outcome->kind, SendOutcome::Kind::Accepted) << outcome->reason.toStdString();
        EXPECT_EQ(outcome->httpStatus, 202) << outcome->reason.toStdString();

        // 2. The same bytes again, to read Prism's sl-violations header (absent when valid).
        HttpRequest request;
        request.method = "POST";
        request.url = mail.apiBase.resolved(QUrl(u"/v3/mail/send"_s));
        request.headers = {{"Authorization", "Bearer SG.contract-test"}, {"Content-Type", "application/json"}};
        request.body = QJsonDocument(SendGridSender::requestBody(outgoing, mail)).toJson(QJsonDocument::Compact);
        std::optional<HttpResponse> response;
        ASSERT_TRUE(http.send(request, &context, [&](const HttpResponse &r) { response = r; }));
        deadline = QDeadlineTimer(15000);
        while (!response && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        ASSERT_TRUE(response.has_value());
        EXPECT_EQ(response->status, 202);
        EXPECT_TRUE(response->header("sl-violations").isEmpty()) << response->header("sl-violations").toStdString();
    }
}

TEST_F(SendGridContractTest, PrismFlagsAnInvalidRequestSoThisTestCanFail)
{
    QNetworkAccessManager manager;
    HttpClient http(&manager);
    HttpRequest request;
    request.method = "POST";
    request.url = QUrl(u"http://127.0.0.1:%1/v3/mail/send"_s.arg(port));
    request.headers = {{"Authorization", "Bearer SG.contract-test"}, {"Content-Type", "application/json"}};
    request.body
            = R"({"personalizations":[{"to":[{"name":"no address"}]}],"from":{"email":"orders@shop.test"},"custom_args":{"a":"b"}})";
    std::optional<HttpResponse> response;
    QObject context;
    ASSERT_TRUE(http.send(request, &context, [&](const HttpResponse &r) { response = r; }));
    QDeadlineTimer deadline(15000);
    while (!response && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    ASSERT_TRUE(response.has_value());
    EXPECT_FALSE(response->header("sl-violations").isEmpty()) << "status " << response->status;
}
