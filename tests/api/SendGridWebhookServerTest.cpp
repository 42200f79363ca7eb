// SendGrid's signed Event Webhook over HTTP: POST /v1/webhooks/sendgrid on the real server, signed with a key
// pair made here with OpenSSL (no bearer token), against emails really sent through SendGridSender.

#include "ApiServerFixture.h"
#include "ScriptedHttpServer.h"
#include "SendGridSigner.h"

#include "net/HttpClient.h"
#include "notification/OutboxDispatcher.h"
#include "notification/SendGridSender.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::api;
using namespace shipshape::api::test_support;

namespace {

class SendGridWebhookServerTest : public ApiServerTest {
protected:
    void SetUp() override
    {
        test::addProduct(db.session(), u"W-1"_s, u"29.99"_s, 10);
        ApiServerOptions options = defaults();
        options.sendGridWebhookPublicKey = signer.publicKeyBase64();
        startServer(options);
        // Two orders' emails sent through SendGrid (a loopback server answering with X-Message-Ids).
        for (const QString &name : {u"Ada Lovelace"_s, u"Grace Hopper"_s}) {
            auto order = db.session().orders().place(
                    test::placeRequest({{u"W-1"_s, 1}}, name.section(u' ', 0, 0).toLower() + u"@example.com"_s, name));
            ASSERT_TRUE(order);
            numbers << order->number;
        }
        sendgrid.enqueue(
                test::ScriptedHttpServer::Reply::respond(202, {}, {{"X-Message-Id", "MsgAda0000000000000000"}}));
        sendgrid.enqueue(
                test::ScriptedHttpServer::Reply::respond(202, {}, {{"X-Message-Id", "MsgGrace00000000000000"}}));
        MailSettings mail;
        mail.apiBase = sendgrid.baseUrl();
        SendGridSender sender(http, db.clock(), mail, u"SG.test-key"_s);
        OutboxDispatcher dispatcher(db.session().notifications(), sender, db.clock(), OutboxDispatcher::Settings{});
        QSignalSpy done(&dispatcher, &OutboxDispatcher::finished);
        dispatcher.dispatchDue();
        if (done.isEmpty()) {
            ASSERT_TRUE(done.wait(5000));
        }
        ASSERT_EQ(db.session().notifications().count(OutboxStatus::Sent).value_or(0), 2);
    }

    HttpAnswer deliver(const QByteArray &body, const QByteArray &signature, const QByteArray &timestamp)
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!signature.isEmpty())
            headers.append({"X-Twilio-Email-Event-Webhook-Signature", signature});
        if (!timestamp.isEmpty())
            headers.append({"X-Twilio-Email-Event-Webhook-Timestamp", timestamp});
        return call("POST", u"/v1/webhooks/sendgrid"_s, body, {}, headers);
    }
    HttpAnswer deliver(const QJsonArray &events)
    {
        const QByteArray body = test::sendgrid_events::batch(events);
        const QByteArray timestamp = QByteArray::number(now());
        return deliver(body, signer.sign(timestamp, body), timestamp);
    }
    qint64 now() { return db.clock().now().toSecsSinceEpoch(); }
    qint64 scalar(const QString &sql) { return test::scalar(db.session().database(), sql); }

    test::SendGridSigner signer;
    test::ScriptedHttpServer sendgrid;
    QNetworkAccessManager manager;
    HttpClient http{&manager};
    QList<qint64> numbers;
};

} // namespace

TEST_F(SendGridWebhookServerTest, ABatchIsAppliedAndAReplayIsAcknowledged)
{
    const QJsonArray events{test::sendgrid_events::event(u"sg-api-1"_s, u"bounce"_s, u"MsgAda0000000000000000"_s,
                                    now() - 30, u"550 5.2.2 mailbox full"_s),
            test::sendgrid_events::event(u"sg-api-2"_s, u"delivered"_s, u"MsgGrace00000000000000"_s, now() - 20),
            test::sendgrid_events::event(u"sg-api-3"_s, u"open"_s, u"MsgGrace00000000000000"_s, now() - 10),
            test::sendgrid_events::event(u"sg-api-4"_s, u"dropped"_s, u"SomebodyElse0000000000"_s, now() - 5)};
    const HttpAnswer applied = deliver(events);
    ASSERT_EQ(applied.status, 200) << applied;
    EXPECT_EQ(applied.json().value(u"applied"_s).toInt(), 2);
    EXPECT_EQ(applied.json().value(u"ignored"_s).toInt(), 1);
    EXPECT_EQ(applied.json().value(u"unknownMessage"_s).toInt(), 1);
    const QJsonObject first = applied.json().value(u"events"_s).toArray().at(0).toObject();
    EXPECT_EQ(first.value(u"outcome"_s).toString(), u"applied"_s);
    EXPECT_EQ(first.value(u"orderNumber"_s).toInteger(), numbers.at(0));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM notification_outbox WHERE delivery_state = 'bounced' "
                     "AND delivery_reason = '550 5.2.2 mailbox full'"_s),
            1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM notification_outbox WHERE delivery_state = 'delivered'"_s), 1);

    const HttpAnswer replayed = deliver(events);
    ASSERT_EQ(replayed.status, 200) << replayed;
    EXPECT_EQ(replayed.json().value(u"replayed"_s).toInt(), 3);
    EXPECT_EQ(replayed.json().value(u"applied"_s).toInt(), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM order_events WHERE event = 'EmailBounced'"_s), 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM sendgrid_webhook_events"_s), 3);
    EXPECT_TRUE(log.join(u'\n').contains(u"POST /v1/webhooks/sendgrid 200"_s)) << log.join(u'\n').toStdString();
    EXPECT_TRUE(log.join(u'\n').contains(u"subject=sendgrid-webhook"_s));
}

TEST_F(SendGridWebhookServerTest, BadSignaturesAre400WithTheirCodeAndWriteNothing)
{
    const QByteArray body = test::sendgrid_events::batch(QJsonArray{test::sendgrid_events::event(
            u"sg-forged"_s, u"bounce"_s, u"MsgAda0000000000000000"_s, now(), u"mailbox full"_s)});
    const QByteArray t = QByteArray::number(now());
    const QByteArray stale = QByteArray::number(now() - 301);
    test::SendGridSigner intruder;
    const QList<std::tuple<QByteArray, QByteArray, QByteArray, QString>> cases{{{}, t, body, u"signature_missing"_s},
            {signer.sign(t, body), {}, body, u"signature_missing"_s},
            {"not-base64!", t, body, u"signature_malformed"_s},
            {signer.sign(stale, body), stale, body, u"signature_expired"_s},
            {intruder.sign(t, body), t, body, u"signature_mismatch"_s},
            {signer.sign(t, body), t, QByteArray(body).replace("bounce", "delivered"), u"signature_mismatch"_s}};
    for (const auto &[signature, timestamp, sent, code] : cases) {
        const HttpAnswer refused = deliver(sent, signature, timestamp);
        EXPECT_EQ(refused.status, 400) << refused;
        EXPECT_EQ(refused.code(), code) << signature.toStdString();
        EXPECT_TRUE(refused.details().value(u"field"_s).toString().startsWith(u"X-Twilio-Email-Event-Webhook-"_s));
    }
    // Signed, but not a batch: 400 validation_failed naming the field.
    const QByteArray notABatch = R"({"event":"bounce"})";
    const HttpAnswer invalid = deliver(notABatch, signer.sign(t, notABatch), t);
    EXPECT_EQ(invalid.status, 400) << invalid;
    EXPECT_EQ(invalid.code(), u"validation_failed"_s);
    EXPECT_EQ(invalid.details().value(u"field"_s).toString(), u"json"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM sendgrid_webhook_events"_s), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM notification_outbox WHERE delivery_state IS NOT NULL"_s), 0);
    // A bearer token is no substitute for SendGrid's signature, and other methods are not allowed.
    EXPECT_EQ(call("POST", u"/v1/webhooks/sendgrid"_s, body, storefront()).code(), u"signature_missing"_s);
    EXPECT_EQ(call("GET", u"/v1/webhooks/sendgrid"_s, {}, {}).status, 405);
}

TEST_F(ApiServerTest, SendGridWebhookWithoutAKeyIs503)
{
    const QByteArray body = R"([{"sg_event_id":"x","event":"delivered","timestamp":1764979400}])";
    const HttpAnswer answer = call("POST", u"/v1/webhooks/sendgrid"_s, body, {},
            {{"X-Twilio-Email-Event-Webhook-Signature", "MEUCIQ=="},
                    {"X-Twilio-Email-Event-Webhook-Timestamp", "1764979400"}});
    EXPECT_EQ(answer.status, 503) << answer;
    EXPECT_EQ(answer.code(), u"unavailable"_s);
    EXPECT_EQ(answer.headers.value("retry-after"), "60");
}
