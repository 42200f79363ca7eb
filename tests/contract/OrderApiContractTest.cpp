// Every Order API endpoint and error, through Prism in proxy mode: Prism checks each request and each of
// the real server's answers against docs/api/openapi.yaml and, with --errors, turns any violation into an
// error instead of passing it on. The server is the real ApiServer on a SQLite file.
#include "Helpers.h"
#include "Printers.h"
#include "SendGridSigner.h"
#include "TestDatabase.h"

#include "api/ApiServer.h"
#include "api/ApiToken.h"
#include "payment/StripeSignature.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::api;

namespace {

const QString kSpec = QStringLiteral(SHIPSHAPE_ORDER_API_SPEC);
const QString kPrism = QStringLiteral(SHIPSHAPE_PRISM);
const QByteArray kKey = "order-api-contract-test-key-0123456789";
const QByteArray kWebhookSecret = "whsec_contract_test";

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

struct HttpAnswer {
    int status = 0;
    QByteArray body;
    QByteArray violations; // Prism's sl-violations header
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

std::ostream &operator<<(std::ostream &stream, const HttpAnswer &answer)
{
    return stream << answer.status << ' ' << answer.body.toStdString()
                  << " violations: " << answer.violations.toStdString();
}

QByteArray placeBody(const QString &sku, int quantity, const QByteArray &price)
{
    return R"({"customer": {"name": "Ada Lovelace", "email": "ada@example.com"}, "items": [{"productId": ")"
            + sku.toUtf8() + R"(", "quantity": )" + QByteArray::number(quantity) + R"(, "price": )" + price
            + R"(}], "shippingAddress": {"street": "1 Main St", "city": "San Francisco", "state": "CA", "zip": "94102"}, "paymentMethod": {"type": "invoice"}})";
}

class OrderApiContractTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QFileInfo::exists(kSpec)) << "Order API description not found at " << kSpec.toStdString();
        ASSERT_TRUE(QFileInfo::exists(kPrism))
                << "Prism not installed at " << kPrism.toStdString() << ": run `npm ci` in the repository root";
        test::addProduct(db.session(), u"W-1"_s, u"29.99"_s, 10);

        ApiServerOptions options;
        options.port = 0;
        options.workers = 2;
        options.jwtKey = kKey;
        options.requestsPerSecond = 1000;
        options.burst = 1000;
        options.stripeWebhookSecret = kWebhookSecret;
        options.sendGridWebhookPublicKey = sendGrid.publicKeyBase64();
        server = std::make_unique<ApiServer>(options, nullptr);
        SessionOptions sessionOptions = db.session().options();
        sessionOptions.migrate = false;
        auto started = server->start(db.url(), sessionOptions);
        ASSERT_TRUE(started) << started.error().message.toStdString();

        port = freePort();
        prism.setProcessChannelMode(QProcess::MergedChannels);
        prism.start(kPrism,
                {u"proxy"_s, u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(port), kSpec,
                        u"http://127.0.0.1:%1"_s.arg(server->port()), u"--errors"_s});
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
        server.reset();
    }

    HttpAnswer call(const QByteArray &method, const QString &path, const QByteArray &body = {},
            const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path)));
        request.setRawHeader("Authorization",
                "Bearer "
                        + ApiToken::sign(TokenSubject{TokenSubject::Kind::Storefront, u"web"_s}, kKey,
                                QDateTime::currentDateTimeUtc(), std::chrono::hours(1)));
        if (!body.isEmpty())
            request.setRawHeader("Content-Type", "application/json");
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(std::chrono::seconds(30), &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        HttpAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.violations = reply->rawHeader("sl-violations");
        reply->deleteLater();
        return answer;
    }

    // The answer has `status` and Prism found nothing wrong with the request or the answer.
    void expectValid(const HttpAnswer &answer, int status, const QString &code = {})
    {
        EXPECT_EQ(answer.status, status) << answer;
        EXPECT_TRUE(answer.violations.isEmpty()) << answer;
        if (!code.isEmpty()) {
            EXPECT_EQ(answer.json().value(u"code"_s).toString(), code) << answer;
        }
    }

    test::TestDatabase db;
    test::SendGridSigner sendGrid;
    std::unique_ptr<ApiServer> server;
    QNetworkAccessManager network;
    quint16 port = 0;
    QProcess prism;
};

} // namespace

TEST_F(OrderApiContractTest, EveryEndpointAndErrorAnswersAsDescribed)
{
    const HttpAnswer placed
            = call("POST", u"/v1/orders"_s, placeBody(u"W-1"_s, 2, "29.99"), {{"Idempotency-Key", "c-1"}});
    expectValid(placed, 201);
    const QString id = placed.json().value(u"id"_s).toString();
    ASSERT_FALSE(id.isEmpty());
    expectValid(call("POST", u"/v1/orders"_s, placeBody(u"W-1"_s, 2, "29.99"), {{"Idempotency-Key", "c-1"}}), 201);
    expectValid(call("POST", u"/v1/orders"_s, placeBody(u"W-1"_s, 3, "29.99"), {{"Idempotency-Key", "c-1"}}), 422,
            u"idempotency_key_reused"_s);

    expectValid(call("GET", u"/v1/orders/"_s + id), 200);
    expectValid(call("GET", u"/v1/orders/01900000-0000-7000-8000-000000000000"_s), 404, u"not_found"_s);
    expectValid(call("GET", u"/v1/orders?limit=1"_s), 200);
    expectValid(call("GET", u"/v1/orders?status=pending&limit=5"_s), 200);
    expectValid(call("GET", u"/v1/products/W-1/availability"_s), 200);
    expectValid(call("GET", u"/v1/products/NOPE/availability"_s), 404, u"not_found"_s);

    expectValid(call("POST", u"/v1/orders"_s, placeBody(u"W-1"_s, 1, "19.99")), 409, u"price_changed"_s);
    expectValid(call("POST", u"/v1/orders"_s, placeBody(u"W-1"_s, 50, "29.99")), 409, u"out_of_stock"_s);
    expectValid(call("POST", u"/v1/orders"_s, placeBody(u"NOPE"_s, 1, "29.99")), 404, u"not_found"_s);
    expectValid(call("POST", u"/v1/orders"_s,
                        QByteArray(placeBody(u"W-1"_s, 1, "29.99")).replace("ada@example.com", "nobody")),
            400, u"validation_failed"_s);

    expectValid(call("POST", u"/v1/orders/"_s + id + u"/cancel"_s, R"({"reason": "changed my mind"})"), 200);
    expectValid(call("POST", u"/v1/orders/"_s + id + u"/cancel"_s), 409, u"conflict"_s);
}

TEST_F(OrderApiContractTest, PrismRefusesARequestTheDescriptionForbidsSoThisTestCanFail)
{
    // minItems: 1 — the server would refuse it too, but Prism must see it first.
    const HttpAnswer answer = call("POST", u"/v1/orders"_s,
            R"({"customerId": "x", "items": [], "shippingAddress": {"street": "a", "city": "b", "state": "c", "zip": "d"}, "paymentMethod": {"type": "invoice"}})");
    EXPECT_TRUE(answer.status == 422 || !answer.violations.isEmpty()) << answer;
    EXPECT_EQ(db.session().orders().count(OrderFilter{}).value_or(-1), 0);
}

TEST_F(OrderApiContractTest, StripeWebhookAnswersAsDescribed)
{
    // Stripe's own shape of an event this shop does not handle; the signature is over the raw body.
    const QByteArray body
            = R"({"id":"evt_contract_1","object":"event","api_version":"2023-08-16","created":1764979500,)"
              R"("data":{"object":{"id":"in_1","object":"invoice"}},"livemode":false,"pending_webhooks":1,)"
              R"("request":{"id":null,"idempotency_key":null},"type":"invoice.paid"})";
    const QByteArray signature = StripeSignature::header(db.clock().now().toSecsSinceEpoch(), body, kWebhookSecret);
    const HttpAnswer received = call("POST", u"/v1/webhooks/stripe"_s, body, {{"Stripe-Signature", signature}});
    expectValid(received, 200);
    EXPECT_EQ(received.json().value(u"outcome"_s).toString(), u"ignored"_s) << received;
    expectValid(call("POST", u"/v1/webhooks/stripe"_s, body, {{"Stripe-Signature", "t=1,v1=00"}}), 400,
            u"signature_expired"_s);
    expectValid(call("POST", u"/v1/webhooks/stripe"_s, body), 400, u"signature_missing"_s);
}

TEST_F(OrderApiContractTest, SendGridWebhookAnswersAsDescribed)
{
    // SendGrid's own shape of a batch: an email this shop did not send, and a type it does not track.
    const qint64 now = db.clock().now().toSecsSinceEpoch();
    const QByteArray body = test::sendgrid_events::batch(QJsonArray{
            test::sendgrid_events::event(u"sg-contract-1"_s, u"bounce"_s, u"NotOurs000000000000000"_s, now - 30,
                    u"550 5.2.2 mailbox full"_s),
            test::sendgrid_events::event(u"sg-contract-2"_s, u"open"_s, u"NotOurs000000000000000"_s, now - 20)});
    const QByteArray t = QByteArray::number(now);
    const auto signedBy = [&body](const QByteArray &signature, const QByteArray &timestamp) {
        return QList<QPair<QByteArray, QByteArray>>{{"X-Twilio-Email-Event-Webhook-Signature", signature},
                {"X-Twilio-Email-Event-Webhook-Timestamp", timestamp}};
    };
    const HttpAnswer received = call("POST", u"/v1/webhooks/sendgrid"_s, body, signedBy(sendGrid.sign(t, body), t));
    expectValid(received, 200);
    EXPECT_EQ(received.json().value(u"unknownMessage"_s).toInt(), 1) << received;
    EXPECT_EQ(received.json().value(u"ignored"_s).toInt(), 1) << received;
    expectValid(call("POST", u"/v1/webhooks/sendgrid"_s, body, signedBy(sendGrid.sign(t, body), t)), 200);
    const QByteArray stale = QByteArray::number(now - 3600);
    expectValid(call("POST", u"/v1/webhooks/sendgrid"_s, body, signedBy(sendGrid.sign(stale, body), stale)), 400,
            u"signature_expired"_s);
    test::SendGridSigner intruder;
    expectValid(call("POST", u"/v1/webhooks/sendgrid"_s, body, signedBy(intruder.sign(t, body), t)), 400,
            u"signature_mismatch"_s);
    expectValid(call("POST", u"/v1/webhooks/sendgrid"_s, body, signedBy("bm90IGEgc2lnbmF0dXJl", t)), 400,
            u"signature_malformed"_s);
    expectValid(call("POST", u"/v1/webhooks/sendgrid"_s, body), 400, u"signature_missing"_s);
}
