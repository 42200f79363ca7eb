// Twilio's messaging webhook over HTTP: POST /v1/webhooks/twilio on the real server, form-encoded and signed
// as Twilio signs (HMAC-SHA1 of the URL it called and the sorted fields, keyed with the auth token), no bearer.

#include "ApiServerFixture.h"

#include "notification/TwilioSignature.h"

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::api;
using namespace shipshape::api::test_support;

namespace {

const QByteArray kAuthToken = "twilio-webhook-test-token";

class TwilioWebhookServerTest : public ApiServerTest {
protected:
    void SetUp() override
    {
        ApiServerTest::SetUp();
        PlaceOrderRequest request = test::placeRequest({{u"W-1"_s, 1}}, u"ada@example.com"_s, u"Ada Lovelace"_s);
        request.customer.phone = u"+4915123456789"_s;
        ASSERT_TRUE(db.session().orders().place(request));
        startServer(withToken());
    }

    ApiServerOptions withToken() const
    {
        ApiServerOptions options = defaults();
        options.twilioAuthToken = kAuthToken;
        return options;
    }
    QString ownUrl() const { return u"http://127.0.0.1:%1/v1/webhooks/twilio"_s.arg(server->port()); }

    static FormFields message(const QString &sid, const QString &body)
    {
        return {{u"MessageSid"_s, sid}, {u"AccountSid"_s, u"AC0123456789abcdef0123456789abcdef"_s},
                {u"From"_s, u"+4915123456789"_s}, {u"To"_s, u"+15005550006"_s}, {u"Body"_s, body}};
    }
    HttpAnswer deliver(const FormFields &fields, const QByteArray &signature)
    {
        QByteArray form;
        for (const auto &[name, value] : fields)
            form += (form.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/x-www-form-urlencoded"}};
        if (!signature.isEmpty())
            headers.append({"X-Twilio-Signature", signature});
        return call("POST", u"/v1/webhooks/twilio"_s, form, {}, headers);
    }
    HttpAnswer deliverSigned(const FormFields &fields, const QString &url = {})
    {
        return deliver(fields, TwilioSignature::sign(url.isEmpty() ? ownUrl() : url, fields, kAuthToken));
    }
    qint64 scalar(const QString &sql) { return test::scalar(db.session().database(), sql); }
    qint64 optedOut() { return scalar(u"SELECT COUNT(*) FROM customers WHERE sms_opted_out_at IS NOT NULL"_s); }

    static inline const QString kStopSid = u"SM0123456789abcdef0123456789abcdef"_s;
};

} // namespace

TEST_F(TwilioWebhookServerTest, AStopIsAppliedOnceAndAnsweredWithEmptyTwiml)
{
    const HttpAnswer stopped = deliverSigned(message(kStopSid, u"STOP"_s));
    ASSERT_EQ(stopped.status, 200) << stopped;
    EXPECT_TRUE(stopped.headers.value("content-type").startsWith("text/xml"))
            << stopped.headers.value("content-type").toStdString();
    EXPECT_TRUE(stopped.body.contains("<Response/>")) << stopped.body.toStdString();
    EXPECT_EQ(optedOut(), 1);

    const HttpAnswer replayed = deliverSigned(message(kStopSid, u"STOP"_s));
    ASSERT_EQ(replayed.status, 200) << replayed;
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM sms_inbound_messages"_s), 1);

    const HttpAnswer started = deliverSigned(message(u"SM0123456789abcdef0123456789abcdee"_s, u"Start"_s));
    ASSERT_EQ(started.status, 200) << started;
    EXPECT_EQ(optedOut(), 0);
    EXPECT_TRUE(log.join(u'\n').contains(u"POST /v1/webhooks/twilio 200"_s)) << log.join(u'\n').toStdString();
    EXPECT_TRUE(log.join(u'\n').contains(u"subject=twilio-webhook"_s));
}

TEST_F(TwilioWebhookServerTest, ForgedOrUnsignedMessagesAre403AndWriteNothing)
{
    const FormFields stop = message(kStopSid, u"STOP"_s);
    const HttpAnswer forged = deliver(stop, TwilioSignature::sign(ownUrl(), stop, "another-token"));
    EXPECT_EQ(forged.status, 403) << forged;
    EXPECT_EQ(forged.code(), u"signature_mismatch"_s);
    EXPECT_EQ(forged.details().value(u"field"_s).toString(), u"X-Twilio-Signature"_s);
    const HttpAnswer tampered
            = deliver(message(kStopSid, u"START"_s), TwilioSignature::sign(ownUrl(), stop, kAuthToken));
    EXPECT_EQ(tampered.code(), u"signature_mismatch"_s) << tampered;
    const HttpAnswer unsigned_ = deliver(stop, {});
    EXPECT_EQ(unsigned_.status, 403) << unsigned_;
    EXPECT_EQ(unsigned_.code(), u"signature_missing"_s);
    // A bearer token is no substitute for Twilio's signature, and other methods are not allowed.
    EXPECT_EQ(call("POST", u"/v1/webhooks/twilio"_s, "MessageSid=x", storefront()).code(), u"signature_missing"_s);
    EXPECT_EQ(call("GET", u"/v1/webhooks/twilio"_s, {}, {}).status, 405);
    // A body that is no form cannot be Twilio's: refused like a forgery, nothing of it echoed.
    const HttpAnswer notAForm = call("POST", u"/v1/webhooks/twilio"_s, "=%FF%FE", {},
            {{"Content-Type", "application/x-www-form-urlencoded"}, {"X-Twilio-Signature", "c2lnbmF0dXJl"}});
    EXPECT_EQ(notAForm.status, 403) << notAForm;
    EXPECT_EQ(notAForm.code(), u"signature_mismatch"_s);
    EXPECT_FALSE(notAForm.body.contains("FF")) << notAForm;
    // Signed, but no message: 400 naming the field.
    const HttpAnswer noSid = deliverSigned({{u"From"_s, u"+4915123456789"_s}, {u"Body"_s, u"STOP"_s}});
    EXPECT_EQ(noSid.status, 400) << noSid;
    EXPECT_EQ(noSid.code(), u"validation_failed"_s);
    EXPECT_EQ(noSid.details().value(u"field"_s).toString(), u"MessageSid"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM sms_inbound_messages"_s), 0);
    EXPECT_EQ(optedOut(), 0);
}

TEST_F(TwilioWebhookServerTest, BehindAProxyTheSignatureCoversThePublicUrl)
{
    ApiServerOptions options = withToken();
    options.publicUrl = QUrl(u"https://shop.example/api/"_s);
    startServer(options);
    const FormFields stop = message(kStopSid, u"STOP"_s);
    EXPECT_EQ(deliverSigned(stop).code(), u"signature_mismatch"_s) << "signed for the address Twilio did not call";
    const HttpAnswer stopped = deliverSigned(stop, u"https://shop.example/api/v1/webhooks/twilio"_s);
    EXPECT_EQ(stopped.status, 200) << stopped;
    EXPECT_EQ(optedOut(), 1);
}

TEST_F(TwilioWebhookServerTest, WithoutAnAuthTokenTheEndpointIsUnavailable)
{
    startServer(defaults());
    const HttpAnswer answer = deliverSigned(message(kStopSid, u"STOP"_s));
    EXPECT_EQ(answer.status, 503) << answer;
    EXPECT_EQ(answer.headers.value("retry-after"), "60");
    EXPECT_EQ(optedOut(), 0);
}
