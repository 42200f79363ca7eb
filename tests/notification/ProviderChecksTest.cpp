// The doctor's provider checks against Stripe and SendGrid on loopback: one read-only call each, the
// answer in words (200, 401, 403, a key without mail.send, 500, no answer), and a live Stripe key never sent.

#include "diagnostics/ProviderChecks.h"
#include "Await.h"
#include "ScriptedHttpServer.h"

#include <QNetworkAccessManager>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

using test::ScriptedHttpServer;

class ProviderChecksTest : public ::testing::Test {
protected:
    ProviderCheckSettings settings(const QString &stripeKey = u"sk_test_123"_s, const QString &sendGridKey = u"SG.k"_s)
    {
        ProviderCheckSettings settings;
        settings.stripeApiBase = stripe.baseUrl();
        settings.stripeSecretKey = stripeKey;
        settings.sendGridApiBase = sendGrid.baseUrl();
        settings.sendGridApiKey = sendGridKey;
        settings.timeout = std::chrono::milliseconds(300);
        return settings;
    }

    QList<DiagnosticResult> check(const ProviderCheckSettings &settings)
    {
        ProviderChecks checks(&network, settings);
        const auto results = test::await(checks.run());
        EXPECT_TRUE(results.has_value());
        return results.value_or(QList<DiagnosticResult>{});
    }

    QNetworkAccessManager network;
    ScriptedHttpServer stripe;
    ScriptedHttpServer sendGrid;
};

TEST_F(ProviderChecksTest, AcceptedKeysPassWithOneReadOnlyCallEach)
{
    stripe.enqueue(ScriptedHttpServer::Reply::json(200, R"({"object":"balance","livemode":false})"));
    sendGrid.enqueue(ScriptedHttpServer::Reply::json(200, R"({"scopes":["mail.send"]})"));
    const auto results = check(settings());
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results.at(0).key, u"stripe"_s);
    EXPECT_TRUE(results.at(0).passed) << results.at(0).detail.toStdString();
    EXPECT_EQ(results.at(1).key, u"sendgrid"_s);
    EXPECT_TRUE(results.at(1).passed) << results.at(1).detail.toStdString();
    EXPECT_TRUE(Diagnostics::allPassed(results));

    ASSERT_EQ(stripe.requests().size(), 1);
    EXPECT_EQ(stripe.requests().at(0).method, "GET");
    EXPECT_EQ(stripe.requests().at(0).path, "/v1/balance");
    EXPECT_EQ(stripe.requests().at(0).header("Authorization"), "Bearer sk_test_123");
    EXPECT_EQ(stripe.requests().at(0).header("Stripe-Version"), "2023-08-16");
    EXPECT_TRUE(stripe.requests().at(0).body.isEmpty());
    ASSERT_EQ(sendGrid.requests().size(), 1);
    EXPECT_EQ(sendGrid.requests().at(0).method, "GET");
    EXPECT_EQ(sendGrid.requests().at(0).path, "/v3/scopes");
    EXPECT_EQ(sendGrid.requests().at(0).header("Authorization"), "Bearer SG.k");
}

TEST_F(ProviderChecksTest, RefusedKeysSayWhatToDo)
{
    stripe.enqueue(ScriptedHttpServer::Reply::json(
            401, R"({"error":{"message":"Invalid API Key provided","type":"invalid_request_error"}})"));
    sendGrid.enqueue(ScriptedHttpServer::Reply::json(401, R"({"errors":[{"message":"authorization required"}]})"));
    const auto results = check(settings());
    ASSERT_EQ(results.size(), 2);
    EXPECT_TRUE(results.at(0).failed());
    EXPECT_EQ(results.at(0).detail,
            u"Stripe refused the key (401): set a valid test key with shipshape-cli secrets set stripe. It said: "
            "Invalid API Key provided"_s);
    EXPECT_TRUE(results.at(1).failed());
    EXPECT_TRUE(results.at(1).detail.startsWith(
            u"SendGrid refused the key (401): set a valid key with shipshape-cli secrets set sendgrid."_s))
            << results.at(1).detail.toStdString();
    EXPECT_FALSE(Diagnostics::allPassed(results));
}

TEST_F(ProviderChecksTest, ASendGridKeyWithoutMailSendFailsBothWays)
{
    stripe.setFallback(ScriptedHttpServer::Reply::json(200, "{}"));
    sendGrid.enqueue(ScriptedHttpServer::Reply::json(403, R"({"errors":[{"message":"access forbidden"}]})"));
    auto results = check(settings());
    ASSERT_EQ(results.size(), 2);
    EXPECT_TRUE(results.at(1).failed());
    EXPECT_TRUE(results.at(1).detail.startsWith(u"SendGrid refused this key (403): create a key with Mail Send"_s))
            << results.at(1).detail.toStdString();

    sendGrid.enqueue(ScriptedHttpServer::Reply::json(200, R"({"scopes":["stats.read","mail.batch.read"]})"));
    results = check(settings());
    ASSERT_EQ(results.size(), 2);
    EXPECT_TRUE(results.at(1).failed());
    EXPECT_TRUE(results.at(1).detail.startsWith(u"The key may not send mail (no mail.send scope)"_s))
            << results.at(1).detail.toStdString();
}

TEST_F(ProviderChecksTest, AStripeKeyWithoutReadAccessFails)
{
    stripe.enqueue(ScriptedHttpServer::Reply::json(403,
            R"({"error":{"message":"The provided key does not have the required permissions","type":"invalid_request_error"}})"));
    sendGrid.setFallback(ScriptedHttpServer::Reply::json(200, R"({"scopes":["mail.send"]})"));
    const auto results = check(settings(u"rk_test_limited"_s));
    ASSERT_EQ(results.size(), 2);
    EXPECT_TRUE(results.at(0).failed());
    EXPECT_TRUE(results.at(0).detail.contains(u"(403)"_s)) << results.at(0).detail.toStdString();
    EXPECT_TRUE(results.at(1).passed);
}

TEST_F(ProviderChecksTest, AnOutageAndSilenceAreReportedAfterOneTry)
{
    stripe.enqueue(ScriptedHttpServer::Reply::json(500, R"({"error":{"message":"An unknown error occurred"}})"));
    sendGrid.enqueue(ScriptedHttpServer::Reply::hang());
    const auto results = check(settings());
    ASSERT_EQ(results.size(), 2);
    EXPECT_TRUE(results.at(0).failed());
    EXPECT_TRUE(results.at(0).detail.startsWith(u"Stripe answered 500: it has a problem of its own"_s))
            << results.at(0).detail.toStdString();
    EXPECT_TRUE(results.at(1).failed());
    EXPECT_TRUE(results.at(1).detail.startsWith(u"No answer from 127.0.0.1 in time"_s))
            << results.at(1).detail.toStdString();
    EXPECT_EQ(stripe.requests().size(), 1);
    EXPECT_EQ(sendGrid.requests().size(), 1);
}

TEST_F(ProviderChecksTest, ALiveKeyIsNeverSentAndAMissingKeyIsNotCalled)
{
    sendGrid.setFallback(ScriptedHttpServer::Reply::json(200, R"({"scopes":["mail.send"]})"));
    for (const QString &live : {u"sk_live_abc"_s, u"rk_live_abc"_s}) {
        const auto results = check(settings(live));
        ASSERT_EQ(results.size(), 2);
        EXPECT_TRUE(results.at(0).skipped);
        EXPECT_FALSE(results.at(0).failed());
        EXPECT_EQ(results.at(0).mark(), u"–"_s);
        EXPECT_TRUE(results.at(0).detail.startsWith(u"Not checked: live key."_s));
        EXPECT_TRUE(Diagnostics::allPassed(results));
    }
    EXPECT_TRUE(stripe.requests().isEmpty());

    const auto none = check(settings(QString(), QString()));
    ASSERT_EQ(none.size(), 2);
    EXPECT_TRUE(none.at(0).skipped);
    EXPECT_TRUE(none.at(1).skipped);
    EXPECT_TRUE(stripe.requests().isEmpty());
    EXPECT_EQ(sendGrid.requests().size(), 2);
}

TEST_F(ProviderChecksTest, PlainHttpToAnotherHostIsRefusedWithoutCalling)
{
    ProviderCheckSettings remote = settings();
    remote.stripeApiBase = QUrl(u"http://stripe.example.com"_s);
    remote.sendGridApiBase = QUrl(u"http://sendgrid.example.com"_s);
    const auto results = check(remote);
    ASSERT_EQ(results.size(), 2);
    EXPECT_TRUE(results.at(0).failed());
    EXPECT_TRUE(results.at(0).detail.contains(u"must use https"_s)) << results.at(0).detail.toStdString();
    EXPECT_TRUE(results.at(1).failed());
}

TEST_F(ProviderChecksTest, DestroyedChecksAbandonTheirFuture)
{
    stripe.enqueue(ScriptedHttpServer::Reply::hang());
    sendGrid.enqueue(ScriptedHttpServer::Reply::hang());
    QFuture<Result<QList<DiagnosticResult>>> future;
    {
        ProviderChecks checks(&network, settings());
        future = checks.run();
    }
    EXPECT_TRUE(future.isFinished());
    EXPECT_TRUE(future.isCanceled());
}

TEST(DiagnosticsText, OneLinePerCheckAsTheCliPrintsIt)
{
    DiagnosticResult skipped{u"stripe"_s, u"Stripe"_s, false, u"Not checked: live key."_s};
    skipped.skipped = true;
    const QList<DiagnosticResult> results{{u"database"_s, u"Database"_s, true, u"opens."_s},
            {u"disk"_s, u"Disk space"_s, false, u"make room."_s}, skipped};
    EXPECT_EQ(Diagnostics::text(results),
            u"✓ Database: opens.\n✗ Disk space: make room.\n– Stripe: Not checked: live key.\n"_s);
    EXPECT_FALSE(Diagnostics::allPassed(results));
    EXPECT_TRUE(Diagnostics::allPassed({results.at(0), results.at(2)}));
}

} // namespace
} // namespace shipshape

namespace shipshape {
namespace {

// Twilio's line: only while SMS is on; GET the Account resource with basic auth.
class TwilioCheckTest : public ProviderChecksTest {
protected:
    ProviderCheckSettings withTwilio(const QString &token = u"tw-token"_s)
    {
        ProviderCheckSettings checks = settings();
        checks.twilioEnabled = true;
        checks.twilioApiBase = twilio.baseUrl();
        checks.twilioAccountSid = u"AC0123456789abcdef0123456789abcdef"_s;
        checks.twilioAuthToken = token;
        stripe.setFallback(ScriptedHttpServer::Reply::json(200, R"({"object":"balance"})"));
        sendGrid.setFallback(ScriptedHttpServer::Reply::json(200, R"({"scopes":["mail.send"]})"));
        return checks;
    }

    ScriptedHttpServer twilio;
};

TEST_F(TwilioCheckTest, NoLineWhileSmsIsOff)
{
    ProviderCheckSettings checks = withTwilio();
    checks.twilioEnabled = false;
    const auto results = check(checks);
    EXPECT_EQ(results.size(), 2);
    EXPECT_TRUE(twilio.requests().isEmpty());
}

TEST_F(TwilioCheckTest, AnActiveAccountPassesWithOneReadOfTheAccount)
{
    twilio.enqueue(ScriptedHttpServer::Reply::json(
            200, R"({"sid":"AC0123456789abcdef0123456789abcdef","status":"active","type":"Full"})"));
    const auto results = check(withTwilio());
    ASSERT_EQ(results.size(), 3);
    EXPECT_EQ(results.at(2).key, u"twilio"_s);
    EXPECT_TRUE(results.at(2).passed) << results.at(2).detail.toStdString();
    EXPECT_EQ(results.at(2).detail, u"127.0.0.1 accepted the account SID and auth token."_s);
    ASSERT_EQ(twilio.requests().size(), 1);
    EXPECT_EQ(twilio.requests().at(0).method, "GET");
    EXPECT_EQ(twilio.requests().at(0).path, "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef.json");
    EXPECT_EQ(twilio.requests().at(0).header("Authorization"),
            "Basic " + QByteArray("AC0123456789abcdef0123456789abcdef:tw-token").toBase64());
}

TEST_F(TwilioCheckTest, TestCredentialsAreRecognised)
{
    twilio.enqueue(ScriptedHttpServer::Reply::json(
            403, R"({"code":20008,"message":"Resource not accessible with Test Account Credentials","status":403})"));
    const auto results = check(withTwilio());
    ASSERT_EQ(results.size(), 3);
    EXPECT_TRUE(results.at(2).passed) << results.at(2).detail.toStdString();
}

TEST_F(TwilioCheckTest, RefusedCredentialsAndMissingSetupSayWhatToDo)
{
    twilio.enqueue(ScriptedHttpServer::Reply::json(401, R"({"code":20003,"message":"Authenticate","status":401})"));
    auto results = check(withTwilio());
    ASSERT_EQ(results.size(), 3);
    EXPECT_TRUE(results.at(2).failed());
    EXPECT_TRUE(results.at(2).detail.contains(u"shipshape-cli secrets set twilio"_s))
            << results.at(2).detail.toStdString();
    EXPECT_FALSE(Diagnostics::allPassed(results));

    results = check(withTwilio(QString()));
    ASSERT_EQ(results.size(), 3);
    EXPECT_TRUE(results.at(2).failed());
    EXPECT_TRUE(results.at(2).detail.startsWith(u"SMS is on but Twilio is not set up"_s));
    EXPECT_EQ(twilio.requests().size(), 1) << "nothing sent without a token";
}

TEST_F(TwilioCheckTest, NoAnswerIsReportedAfterOneTry)
{
    twilio.enqueue(ScriptedHttpServer::Reply::hang());
    const auto results = check(withTwilio());
    ASSERT_EQ(results.size(), 3);
    EXPECT_TRUE(results.at(2).failed());
    EXPECT_TRUE(results.at(2).detail.startsWith(u"No answer from 127.0.0.1 in time"_s))
            << results.at(2).detail.toStdString();
    EXPECT_EQ(twilio.requests().size(), 1);
}

} // namespace
} // namespace shipshape
