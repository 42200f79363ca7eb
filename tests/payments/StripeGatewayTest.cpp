#include "payment/StripeGateway.h"
#include "Await.h"
#include "FakeStripe.h"

#include <QNetworkAccessManager>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

using test::FakeStripe;
using test::ScriptedHttpServer;
using Reply = ScriptedHttpServer::Reply;

class StripeGatewayTest : public ::testing::Test {
protected:
    StripeGatewayTest() : stripe(server) {}

    StripeGateway gateway(int maxAttempts = 4, std::chrono::milliseconds timeout = std::chrono::milliseconds(300))
    {
        StripeSettings settings;
        settings.apiBase = server.baseUrl();
        settings.secretKey = QString::fromLatin1(FakeStripe::kSecretKey);
        settings.timeout = timeout;
        settings.retry = RetryPolicy{std::chrono::milliseconds(5), std::chrono::milliseconds(20), 0.5, maxAttempts};
        settings.checkoutSuccessUrl = QUrl(u"https://shop.example/thanks"_s);
        return StripeGateway(&network, settings, 7u);
    }

    static CheckoutSessionRequest checkout(const QString &key = u"shipshape-order-checkout-1"_s)
    {
        CheckoutSessionRequest request;
        request.amount = Money(5998, *Currency::fromCode(u"USD"_s));
        request.description = u"Order #1042"_s;
        request.orderId = u"0190b1f2-0000-7000-8000-000000000001"_s;
        request.orderNumber = 1042;
        request.customerEmail = u"ada+shop@example.com"_s;
        request.expiresAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + 3600, Qt::UTC);
        request.idempotencyKey = key;
        return request;
    }

    static ChargeRequest charge(const QString &paymentMethod, const QString &key = u"key-1"_s)
    {
        ChargeRequest request;
        request.amount = Money(5998, *Currency::fromCode(u"USD"_s));
        request.paymentMethod = paymentMethod;
        request.description = u"Order #1042 & more+stuff"_s;
        request.orderId = u"0190b1f2-0000-7000-8000-000000000001"_s;
        request.orderNumber = 1042;
        request.idempotencyKey = key;
        return request;
    }

    QNetworkAccessManager network;
    ScriptedHttpServer server;
    FakeStripe stripe;
};

TEST_F(StripeGatewayTest, SendsTheDocumentedFormFieldsAndHeaders)
{
    auto stripeGateway = gateway();
    const GatewayResult result = test::await(stripeGateway.charge(charge(u"pm_card_visa"_s)));
    ASSERT_EQ(result.outcome, GatewayOutcome::Succeeded) << result.message.toStdString();
    EXPECT_TRUE(result.providerId.startsWith(u"pi_"_s));
    ASSERT_EQ(server.requests().size(), 1);
    const auto &request = server.requests().constFirst();
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.path, "/v1/payment_intents");
    EXPECT_EQ(request.header("Authorization"), QByteArray("Bearer ") + FakeStripe::kSecretKey);
    EXPECT_EQ(request.header("Stripe-Version"), "2023-08-16");
    EXPECT_EQ(request.header("Idempotency-Key"), "key-1");
    EXPECT_EQ(request.header("Content-Type"), "application/x-www-form-urlencoded");
    const QUrlQuery form = FakeStripe::parseForm(request.body);
    EXPECT_EQ(form.queryItemValue(u"amount"_s), u"5998"_s);
    EXPECT_EQ(form.queryItemValue(u"currency"_s), u"usd"_s);
    EXPECT_EQ(form.queryItemValue(u"payment_method"_s), u"pm_card_visa"_s);
    EXPECT_EQ(form.queryItemValue(u"confirm"_s), u"true"_s);
    EXPECT_EQ(form.queryItemValue(u"automatic_payment_methods[enabled]"_s), u"true"_s);
    EXPECT_EQ(form.queryItemValue(u"automatic_payment_methods[allow_redirects]"_s), u"never"_s);
    EXPECT_EQ(form.queryItemValue(u"metadata[order_number]"_s), u"1042"_s);
    EXPECT_EQ(form.queryItemValue(u"metadata[order_id]"_s), u"0190b1f2-0000-7000-8000-000000000001"_s);
    // '+' and '&' in values are escaped, not taken for a space or a field separator.
    EXPECT_EQ(form.queryItemValue(u"description"_s, QUrl::FullyDecoded), u"Order #1042 & more+stuff"_s);
    EXPECT_FALSE(request.body.contains("more+stuff"));
}

TEST_F(StripeGatewayTest, RetriesServerErrorsAndRateLimitsWithTheSameKey)
{
    stripe.injectFaults({FakeStripe::Fault::ServerErrorBefore, FakeStripe::Fault::RateLimited});
    auto stripeGateway = gateway();
    const GatewayResult result = test::await(stripeGateway.charge(charge(u"pm_card_visa"_s, u"key-retry"_s)));
    ASSERT_EQ(result.outcome, GatewayOutcome::Succeeded);
    EXPECT_EQ(result.tries, 3);
    ASSERT_EQ(server.requests().size(), 3);
    for (const auto &request : server.requests())
        EXPECT_EQ(request.header("Idempotency-Key"), "key-retry");
    EXPECT_EQ(stripe.intentsCreated(), 1);
}

TEST_F(StripeGatewayTest, HonoursStripeShouldRetryFalse)
{
    stripe.injectFaults({FakeStripe::Fault::ShouldNotRetry500});
    auto stripeGateway = gateway();
    const GatewayResult result = test::await(stripeGateway.charge(charge(u"pm_card_visa"_s)));
    EXPECT_EQ(result.outcome, GatewayOutcome::Unknown);
    EXPECT_EQ(server.requests().size(), 1);
}

TEST_F(StripeGatewayTest, AnswerLostAfterChargingIsRecoveredByReplayNotASecondCharge)
{
    stripe.injectFaults({FakeStripe::Fault::DropAfterProcessing, FakeStripe::Fault::HangAfterProcessing});
    auto stripeGateway = gateway();
    const GatewayResult result = test::await(stripeGateway.charge(charge(u"pm_card_visa"_s, u"key-lost"_s)));
    ASSERT_EQ(result.outcome, GatewayOutcome::Succeeded) << result.message.toStdString();
    // Qt itself may resend once on a dropped keep-alive connection; every copy carries the same key.
    EXPECT_EQ(server.requests().size(), 3);
    for (const auto &request : server.requests())
        EXPECT_EQ(request.header("Idempotency-Key"), "key-lost");
    EXPECT_EQ(stripe.intentsCreated(), 1);
    EXPECT_EQ(stripe.capturedAmount(), 5998);
}

TEST_F(StripeGatewayTest, NoAnswerAtAllIsUnknownNeverSuccess)
{
    stripe.injectFaults({FakeStripe::Fault::HangAfterProcessing, FakeStripe::Fault::HangAfterProcessing});
    auto stripeGateway = gateway(2, std::chrono::milliseconds(150));
    const GatewayResult result = test::await(stripeGateway.charge(charge(u"pm_card_visa"_s)));
    EXPECT_EQ(result.outcome, GatewayOutcome::Unknown);
    EXPECT_EQ(result.tries, 2);
    EXPECT_FALSE(result.message.isEmpty());
}

TEST_F(StripeGatewayTest, ACallReturnsAtOnceAndItsAnswerComesThroughTheEventLoop)
{
    auto stripeGateway = gateway();
    QFuture<GatewayResult> pending = stripeGateway.charge(charge(u"pm_card_visa"_s));
    // Nothing was waited for: the event loop has not even run, so no request has reached the server.
    EXPECT_FALSE(pending.isFinished());
    EXPECT_TRUE(server.requests().isEmpty());
    const GatewayResult result = test::await(pending);
    EXPECT_EQ(result.outcome, GatewayOutcome::Succeeded) << result.message.toStdString();
    EXPECT_EQ(server.requests().size(), 1);
}

TEST_F(StripeGatewayTest, EveryTryTimesOutAndTheSameKeyIsSentEachTime)
{
    stripe.injectFaults({FakeStripe::Fault::HangAfterProcessing, FakeStripe::Fault::HangAfterProcessing,
            FakeStripe::Fault::HangAfterProcessing});
    auto stripeGateway = gateway(3, std::chrono::milliseconds(150));
    const GatewayResult result = test::await(stripeGateway.charge(charge(u"pm_card_visa"_s, u"key-timeout"_s)));
    EXPECT_EQ(result.outcome, GatewayOutcome::Unknown);
    EXPECT_EQ(result.message, u"Stripe did not answer in time."_s);
    EXPECT_EQ(result.tries, 3);
    // Three timeouts of 150 ms each were spent, not one (the deadline is per request). Qt's transfer
    // timeout is a coarse timer, which may fire up to 5 % early.
    EXPECT_GE(result.durationMs, 3 * 150 * 95 / 100);
    ASSERT_EQ(server.requests().size(), 3);
    for (const auto &request : server.requests())
        EXPECT_EQ(request.header("Idempotency-Key"), "key-timeout");
    // Stripe did the work once; the replays of the key never charge again.
    EXPECT_EQ(stripe.intentsCreated(), 1);
}

TEST_F(StripeGatewayTest, TheBackoffIsATimerThatLeavesTheEventLoopFree)
{
    StripeSettings settings;
    settings.apiBase = server.baseUrl();
    settings.secretKey = QString::fromLatin1(FakeStripe::kSecretKey);
    settings.timeout = std::chrono::milliseconds(2000);
    // A fixed 400 ms between the tries (no jitter).
    settings.retry = RetryPolicy{std::chrono::milliseconds(400), std::chrono::milliseconds(400), 0.0, 2};
    StripeGateway stripeGateway(&network, settings, 7u);
    stripe.injectFaults({FakeStripe::Fault::ServerErrorBefore});

    QFuture<GatewayResult> pending = stripeGateway.charge(charge(u"pm_card_visa"_s, u"key-backoff"_s));
    ASSERT_TRUE(server.waitForRequests(1));
    // The loop runs other work while the call waits out its backoff: this timer fires in between.
    bool sawTheCallWaiting = false;
    qsizetype requestsWhileWaiting = -1;
    QTimer::singleShot(100, &server, [&] {
        sawTheCallWaiting = !pending.isFinished();
        requestsWhileWaiting = server.requests().size();
    });
    const GatewayResult result = test::await(pending);
    EXPECT_TRUE(sawTheCallWaiting);
    EXPECT_EQ(requestsWhileWaiting, 1);
    ASSERT_EQ(result.outcome, GatewayOutcome::Succeeded) << result.message.toStdString();
    EXPECT_EQ(result.tries, 2);
    EXPECT_GE(result.durationMs, 400);
    ASSERT_EQ(server.requests().size(), 2);
    EXPECT_EQ(server.requests().at(1).header("Idempotency-Key"), "key-backoff");
    EXPECT_EQ(stripe.intentsCreated(), 1);
}

TEST_F(StripeGatewayTest, AGatewayDestroyedWhileACallIsInFlightAbandonsIt)
{
    stripe.injectFaults({FakeStripe::Fault::HangAfterProcessing});
    QFuture<GatewayResult> pending;
    {
        auto stripeGateway = gateway(1, std::chrono::milliseconds(5000));
        pending = stripeGateway.charge(charge(u"pm_card_visa"_s));
        ASSERT_TRUE(server.waitForRequests(1));
    }
    // No answer will ever be reported for it: cancelled, so nothing chained to it runs (the attempt
    // stays open for reconciliation).
    EXPECT_TRUE(pending.isFinished());
    EXPECT_TRUE(pending.isCanceled());
}

TEST_F(StripeGatewayTest, MalformedJsonIsUnknownNeverSuccess)
{
    stripe.injectFaults({FakeStripe::Fault::MalformedAfterProcessing});
    auto stripeGateway = gateway(1);
    const GatewayResult result = test::await(stripeGateway.charge(charge(u"pm_card_visa"_s)));
    EXPECT_EQ(result.outcome, GatewayOutcome::Unknown);
    EXPECT_TRUE(result.providerId.isEmpty());
}

struct DeclineCase {
    const char *paymentMethod;
    const char *declineCode;
    const char *message;
};

class StripeDeclineTest : public StripeGatewayTest, public ::testing::WithParamInterface<DeclineCase> {};

TEST_P(StripeDeclineTest, CardErrorsAreDeclinedWithAHumanMessageAndNotRetried)
{
    auto stripeGateway = gateway();
    const GatewayResult result
            = test::await(stripeGateway.charge(charge(QString::fromLatin1(GetParam().paymentMethod))));
    EXPECT_EQ(result.outcome, GatewayOutcome::Declined);
    EXPECT_EQ(result.declineCode, QString::fromLatin1(GetParam().declineCode));
    EXPECT_EQ(result.message, QString::fromUtf8(GetParam().message));
    EXPECT_EQ(result.httpStatus, 402);
    EXPECT_EQ(server.requests().size(), 1);
}

INSTANTIATE_TEST_SUITE_P(CommonDeclines, StripeDeclineTest,
        ::testing::Values(DeclineCase{"pm_card_chargeDeclined", "generic_decline", "Card declined by the bank"},
                DeclineCase{"pm_card_chargeDeclinedInsufficientFunds", "insufficient_funds",
                        "Card declined: insufficient funds"},
                DeclineCase{"pm_card_chargeDeclinedExpiredCard", "expired_card", "Card declined: the card has expired"},
                DeclineCase{"pm_card_chargeDeclinedIncorrectCvc", "incorrect_cvc",
                        "Card declined: incorrect security code (CVC)"},
                DeclineCase{"pm_card_chargeDeclinedFraudulent", "fraudulent", "Card declined: suspected fraud"},
                DeclineCase{"pm_card_chargeDeclinedLostCard", "lost_card",
                        "Card declined by the bank; ask for another card"},
                DeclineCase{"pm_card_chargeDeclinedProcessingError", "processing_error",
                        "Card declined: the bank had a processing error; try again"}));

TEST_F(StripeGatewayTest, AuthenticationRequiredIsADeclineABackOfficeCannotComplete)
{
    auto stripeGateway = gateway();
    const GatewayResult result = test::await(stripeGateway.charge(charge(u"pm_card_authenticationRequired"_s)));
    EXPECT_EQ(result.outcome, GatewayOutcome::Declined);
    EXPECT_EQ(result.declineCode, u"authentication_required"_s);
}

TEST_F(StripeGatewayTest, ProcessingIsReportedAndSettlesOnRetrieve)
{
    auto stripeGateway = gateway();
    const GatewayResult first = test::await(stripeGateway.charge(charge(u"pm_card_processing"_s)));
    ASSERT_EQ(first.outcome, GatewayOutcome::Processing);
    const GatewayResult later = test::await(stripeGateway.retrieveCharge(first.providerId));
    EXPECT_EQ(later.outcome, GatewayOutcome::Succeeded);
    EXPECT_EQ(server.requests().constLast().method, "GET");
    EXPECT_TRUE(server.requests().constLast().header("Idempotency-Key").isEmpty());
}

TEST_F(StripeGatewayTest, ScriptedClientErrorsAreRejectedWithoutRetry)
{
    const QList<std::pair<int, QByteArray>> cases{
            {400, R"({"error":{"type":"invalid_request_error","code":"parameter_missing","param":"amount","message":"Missing required param: amount."}})"},
            {401, R"({"error":{"type":"invalid_request_error","message":"Invalid API Key provided: sk_test_***"}})"},
            {409, R"({"error":{"type":"idempotency_error","message":"Keys for idempotent requests can only be used with the same parameters."}})"},
    };
    for (const auto &[status, body] : cases) {
        server.enqueue(Reply::json(status, body));
        const qsizetype before = server.requests().size();
        auto stripeGateway = gateway();
        const GatewayResult result = test::await(stripeGateway.charge(charge(u"pm_card_visa"_s)));
        EXPECT_EQ(result.outcome, GatewayOutcome::Rejected) << status;
        EXPECT_EQ(server.requests().size(), before + 1) << status;
        if (status == 401) {
            EXPECT_TRUE(result.message.contains(u"API key"_s)) << result.message.toStdString();
        }
        if (status == 400) {
            EXPECT_EQ(result.param, u"amount"_s);
        }
    }
    EXPECT_EQ(stripe.intentsCreated(), 0);
}

TEST_F(StripeGatewayTest, BadKeyIsAConfigurationError)
{
    StripeSettings settings;
    settings.apiBase = server.baseUrl();
    settings.secretKey = u"sk_test_wrong"_s;
    settings.retry.maxAttempts = 3;
    StripeGateway wrongKey(&network, settings);
    const GatewayResult result = test::await(wrongKey.charge(charge(u"pm_card_visa"_s)));
    EXPECT_EQ(result.outcome, GatewayOutcome::Rejected);
    EXPECT_EQ(result.httpStatus, 401);
    EXPECT_EQ(server.requests().size(), 1);
}

TEST_F(StripeGatewayTest, RefundsSendPaymentIntentAmountAndReason)
{
    auto stripeGateway = gateway();
    const GatewayResult charged = test::await(stripeGateway.charge(charge(u"pm_card_visa"_s)));
    ASSERT_EQ(charged.outcome, GatewayOutcome::Succeeded);
    RefundRequest request;
    request.paymentIntent = charged.providerId;
    request.amount = Money(1250, *Currency::fromCode(u"USD"_s));
    request.reason = u"requested_by_customer"_s;
    request.orderNumber = 1042;
    request.idempotencyKey = u"refund-key-1"_s;
    const GatewayResult refunded = test::await(stripeGateway.refund(request));
    ASSERT_EQ(refunded.outcome, GatewayOutcome::Succeeded) << refunded.message.toStdString();
    EXPECT_TRUE(refunded.providerId.startsWith(u"re_"_s));
    const QUrlQuery form = FakeStripe::parseForm(server.requests().constLast().body);
    EXPECT_EQ(server.requests().constLast().path, "/v1/refunds");
    EXPECT_EQ(form.queryItemValue(u"payment_intent"_s), charged.providerId);
    EXPECT_EQ(form.queryItemValue(u"amount"_s), u"1250"_s);
    EXPECT_EQ(form.queryItemValue(u"reason"_s), u"requested_by_customer"_s);

    request.amount = Money(99999, *Currency::fromCode(u"USD"_s));
    request.idempotencyKey = u"refund-key-2"_s;
    EXPECT_EQ(test::await(stripeGateway.refund(request)).outcome, GatewayOutcome::Rejected);
    EXPECT_EQ(stripe.refundedAmount(), 1250);
}

TEST_F(StripeGatewayTest, CreatesACheckoutSessionWithTheDocumentedFields)
{
    auto stripeGateway = gateway();
    const CheckoutSessionRequest request = checkout();
    const CheckoutSessionResult result = test::await(stripeGateway.createCheckoutSession(request));
    ASSERT_EQ(result.outcome, GatewayOutcome::Succeeded) << result.message.toStdString();
    EXPECT_TRUE(result.sessionId.startsWith(u"cs_"_s));
    EXPECT_EQ(result.status, u"open"_s);
    EXPECT_EQ(result.paymentStatus, u"unpaid"_s);
    EXPECT_TRUE(result.url.startsWith(u"https://"_s));
    EXPECT_EQ(result.amountTotal, 5998);
    EXPECT_EQ(result.currency, u"USD"_s);
    EXPECT_EQ(result.expiresAt, request.expiresAt);
    EXPECT_FALSE(result.isPaid());

    ASSERT_EQ(server.requests().size(), 1);
    const auto &sent = server.requests().constFirst();
    EXPECT_EQ(sent.method, "POST");
    EXPECT_EQ(sent.path, "/v1/checkout/sessions");
    EXPECT_EQ(sent.header("Idempotency-Key"), "shipshape-order-checkout-1");
    EXPECT_EQ(sent.header("Stripe-Version"), "2023-08-16");
    const QUrlQuery form = FakeStripe::parseForm(sent.body);
    EXPECT_EQ(form.queryItemValue(u"mode"_s), u"payment"_s);
    EXPECT_EQ(form.queryItemValue(u"line_items[0][price_data][currency]"_s), u"usd"_s);
    EXPECT_EQ(form.queryItemValue(u"line_items[0][price_data][unit_amount]"_s), u"5998"_s);
    EXPECT_EQ(form.queryItemValue(u"line_items[0][price_data][product_data][name]"_s, QUrl::FullyDecoded),
            u"Order #1042"_s);
    EXPECT_EQ(form.queryItemValue(u"line_items[0][quantity]"_s), u"1"_s);
    EXPECT_EQ(form.queryItemValue(u"payment_method_types[0]"_s), u"card"_s);
    EXPECT_EQ(form.queryItemValue(u"client_reference_id"_s), u"0190b1f2-0000-7000-8000-000000000001"_s);
    EXPECT_EQ(form.queryItemValue(u"customer_email"_s, QUrl::FullyDecoded), u"ada+shop@example.com"_s);
    EXPECT_EQ(form.queryItemValue(u"expires_at"_s), QString::number(request.expiresAt.toSecsSinceEpoch()));
    EXPECT_EQ(form.queryItemValue(u"success_url"_s, QUrl::FullyDecoded), u"https://shop.example/thanks"_s);
    EXPECT_EQ(form.queryItemValue(u"metadata[order_id]"_s), u"0190b1f2-0000-7000-8000-000000000001"_s);
    EXPECT_EQ(form.queryItemValue(u"payment_intent_data[metadata][order_number]"_s), u"1042"_s);

    // The customer pays: retrieving the session shows it complete and paid, with its PaymentIntent.
    const QString intent = stripe.completeSession(result.sessionId);
    ASSERT_FALSE(intent.isEmpty());
    const CheckoutSessionResult paid = test::await(stripeGateway.retrieveCheckoutSession(result.sessionId));
    ASSERT_EQ(paid.outcome, GatewayOutcome::Succeeded) << paid.message.toStdString();
    EXPECT_TRUE(paid.isPaid());
    EXPECT_EQ(paid.paymentIntent, intent);
    EXPECT_EQ(server.requests().constLast().method, "GET");
    EXPECT_EQ(server.requests().constLast().path, "/v1/checkout/sessions/" + result.sessionId.toUtf8());
    // A paid session cannot be expired: Stripe refuses, and nothing changes.
    const CheckoutSessionResult refused
            = test::await(stripeGateway.expireCheckoutSession(result.sessionId, u"expire-1"_s));
    EXPECT_EQ(refused.outcome, GatewayOutcome::Rejected);
    EXPECT_EQ(stripe.sessions().value(result.sessionId).status, u"complete"_s);
}

TEST_F(StripeGatewayTest, ExpiresAnOpenSessionAndRefusesIdsThatAreNotSessions)
{
    auto stripeGateway = gateway();
    const CheckoutSessionResult created = test::await(stripeGateway.createCheckoutSession(checkout()));
    ASSERT_EQ(created.outcome, GatewayOutcome::Succeeded);
    const CheckoutSessionResult expired
            = test::await(stripeGateway.expireCheckoutSession(created.sessionId, u"expire-1"_s));
    ASSERT_EQ(expired.outcome, GatewayOutcome::Succeeded) << expired.message.toStdString();
    EXPECT_EQ(expired.status, u"expired"_s);
    EXPECT_EQ(server.requests().constLast().path, "/v1/checkout/sessions/" + created.sessionId.toUtf8() + "/expire");
    EXPECT_EQ(server.requests().constLast().header("Idempotency-Key"), "expire-1");
    EXPECT_TRUE(stripe.completeSession(created.sessionId).isEmpty()); // nobody can pay through it any more

    const qsizetype sent = server.requests().size();
    EXPECT_EQ(test::await(stripeGateway.retrieveCheckoutSession(u"../v1/refunds"_s)).outcome, GatewayOutcome::Rejected);
    EXPECT_EQ(test::await(stripeGateway.expireCheckoutSession(u"pi_123"_s, u"k"_s)).outcome, GatewayOutcome::Rejected);
    EXPECT_EQ(server.requests().size(), sent);
}

TEST_F(StripeGatewayTest, CheckoutSessionsRetryWithTheSameKeyAndALostAnswerIsReplayed)
{
    auto stripeGateway = gateway(3);
    // A 500 before any work, then the session is created but its answer never comes, twice.
    stripe.injectFaults({FakeStripe::Fault::ServerErrorBefore, FakeStripe::Fault::HangAfterProcessing,
            FakeStripe::Fault::HangAfterProcessing});
    const CheckoutSessionRequest request = checkout(u"lost-1"_s);
    const CheckoutSessionResult lost = test::await(stripeGateway.createCheckoutSession(request));
    EXPECT_EQ(lost.outcome, GatewayOutcome::Unknown);
    EXPECT_EQ(lost.tries, 3);
    EXPECT_EQ(stripe.sessionsCreated(), 1); // the work was done once, the answers were lost
    for (const auto &sent : server.requests()) {
        EXPECT_EQ(sent.header("Idempotency-Key"), "lost-1");
        EXPECT_EQ(sent.body, server.requests().constFirst().body);
    }
    // The same request again: Stripe replays its first answer, no second session.
    const CheckoutSessionResult replayed = test::await(stripeGateway.createCheckoutSession(request));
    ASSERT_EQ(replayed.outcome, GatewayOutcome::Succeeded) << replayed.message.toStdString();
    EXPECT_EQ(replayed.sessionId, stripe.sessions().firstKey());
    EXPECT_EQ(stripe.sessionsCreated(), 1);
}

TEST_F(StripeGatewayTest, CheckoutAnswersThatAreNotSessionsAreNeverTakenForOne)
{
    EXPECT_EQ(StripeGateway::interpretCheckoutSession(200, "{\"id\": \"cs_"_ba).outcome, GatewayOutcome::Unknown);
    EXPECT_EQ(StripeGateway::interpretCheckoutSession(
                      200, R"({"id":"pi_1","object":"payment_intent","status":"open"})"_ba)
                      .outcome,
            GatewayOutcome::Unknown);
    // Open without an address to send: not usable.
    EXPECT_EQ(StripeGateway::interpretCheckoutSession(
                      200, R"({"id":"cs_1","object":"checkout.session","status":"open"})"_ba)
                      .outcome,
            GatewayOutcome::Unknown);
    EXPECT_EQ(StripeGateway::interpretCheckoutSession(503, R"({"error":{"type":"api_error"}})"_ba).outcome,
            GatewayOutcome::Unknown);
    const CheckoutSessionResult refused = StripeGateway::interpretCheckoutSession(
            400, R"({"error":{"type":"invalid_request_error","message":"bad expires_at","param":"expires_at"}})"_ba);
    EXPECT_EQ(refused.outcome, GatewayOutcome::Rejected);
    EXPECT_TRUE(refused.message.contains(u"expires_at"_s)) << refused.message.toStdString();
    const CheckoutSessionResult paid = StripeGateway::interpretCheckoutSession(200,
            R"({"id":"cs_1","object":"checkout.session","status":"complete","payment_status":"paid",)"
            R"("payment_intent":{"id":"pi_9","object":"payment_intent"},"amount_total":100,"currency":"eur"})"_ba);
    EXPECT_TRUE(paid.isPaid());
    EXPECT_EQ(paid.paymentIntent, u"pi_9"_s);
    EXPECT_EQ(paid.currency, u"EUR"_s);
}

TEST_F(StripeGatewayTest, PaymentLinksNeedTheReturnPage)
{
    StripeSettings settings;
    settings.apiBase = server.baseUrl();
    settings.secretKey = QString::fromLatin1(FakeStripe::kSecretKey);
    StripeGateway withoutReturnPage(&network, settings);
    EXPECT_FALSE(withoutReturnPage.checkoutReady());
    EXPECT_EQ(test::await(withoutReturnPage.createCheckoutSession(checkout())).outcome, GatewayOutcome::Rejected);
    EXPECT_EQ(server.requests().size(), 0);
    EXPECT_TRUE(gateway().checkoutReady());
    EXPECT_FALSE(StripeSettings::checkSuccessUrl(u"http://shop.example/thanks"_s));
    EXPECT_FALSE(StripeSettings::checkSuccessUrl(u"https://user:pw@shop.example/"_s));
    EXPECT_EQ(StripeSettings::checkSuccessUrl(u"javascript:alert(1)"_s).error().field, u"checkoutSuccessUrl"_s);
    EXPECT_TRUE(StripeSettings::checkSuccessUrl(u"https://shop.example/thanks"_s));
    EXPECT_TRUE(StripeSettings::checkSuccessUrl({}));
}

TEST_F(StripeGatewayTest, PlainHttpIsRefusedExceptToLoopback)
{
    StripeSettings settings;
    settings.apiBase = QUrl(u"http://api.stripe.com"_s);
    settings.secretKey = QString::fromLatin1(FakeStripe::kSecretKey);
    StripeGateway insecure(&network, settings);
    const GatewayResult result = test::await(insecure.charge(charge(u"pm_card_visa"_s)));
    EXPECT_EQ(result.outcome, GatewayOutcome::Rejected);
    EXPECT_EQ(server.requests().size(), 0);
}

} // namespace
} // namespace shipshape
