#include "Await.h"
#include "FakeStripe.h"
#include "Helpers.h"
#include "payment/StripeGateway.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

using test::FakeStripe;

// Card drafts: a declined card keeps the draft, a retry with another card places one new order, and a
// placement replayed after a crash charges once.
class DraftPaymentTest : public ::testing::Test {
protected:
    DraftPaymentTest() : stripe(server)
    {
        StripeSettings settings;
        settings.apiBase = server.baseUrl();
        settings.secretKey = QString::fromLatin1(FakeStripe::kSecretKey);
        settings.timeout = std::chrono::milliseconds(300);
        settings.retry = RetryPolicy{std::chrono::milliseconds(5), std::chrono::milliseconds(20), 0.5, 3};
        db.session().setPaymentGateway(std::make_unique<StripeGateway>(&db.session().network(), settings, 3u));
        test::addProduct(db.session(), u"MUG-1"_s, u"12.50"_s, 10);
    }

    DraftOrder cardDraft(const QString &token)
    {
        DraftOrder draft;
        draft.customer = {{}, u"Ada Lovelace"_s, u"ada@example.com"_s};
        draft.lines = {DraftLine{u"MUG-1"_s, 2}};
        draft.shippingAddress = test::sampleAddress();
        draft.paymentMethod = PaymentMethodType::Card;
        draft.paymentToken = token;
        auto saved = db.session().drafts().save(draft);
        EXPECT_TRUE(saved.has_value()) << (saved ? "" : saved.error().message.toStdString());
        return saved.value_or(DraftOrder{});
    }

    test::TestDatabase db;
    test::ScriptedHttpServer server;
    FakeStripe stripe;
};

TEST_F(DraftPaymentTest, ADeclinedCardKeepsTheDraftAndARetryPlacesOneNewOrder)
{
    DraftOrder draft = cardDraft(u"pm_card_chargeDeclinedInsufficientFunds"_s);
    auto declined = test::await(db.session().drafts().place(draft.id));
    ASSERT_FALSE(declined.has_value());
    EXPECT_EQ(declined.error().code, ErrorCode::PaymentFailed);
    EXPECT_TRUE(declined.error().message.startsWith(u"Card declined: insufficient funds"_s))
            << declined.error().message.toStdString();
    EXPECT_EQ(declined.error().field, u"paymentMethod"_s);
    auto kept = db.session().drafts().load(draft.id);
    ASSERT_TRUE(kept.has_value());
    EXPECT_EQ(kept->paymentToken, u"pm_card_chargeDeclinedInsufficientFunds"_s);

    // The first attempt's order was cancelled by the decline, so placing again is a new attempt with a
    // new key (the customer may have sorted it out with their bank): declined again, draft still kept.
    auto again = test::await(db.session().drafts().place(draft.id));
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().code, ErrorCode::PaymentFailed);
    EXPECT_EQ(stripe.intentsCreated(), 2);
    EXPECT_EQ(db.session().drafts().load(draft.id)->placementAttempt, 2);

    // Another card: a new attempt, so a new order (the declined one stays cancelled).
    draft = *kept;
    draft.paymentToken = u"pm_card_visa"_s;
    ASSERT_TRUE(db.session().drafts().save(draft).has_value());
    auto placed = test::await(db.session().drafts().place(draft.id));
    ASSERT_TRUE(placed.has_value()) << placed.error().message.toStdString();
    EXPECT_EQ(placed->status, OrderStatus::Confirmed);
    EXPECT_EQ(stripe.capturedAmount(), 2500);
    EXPECT_EQ(test::orderCount(db.session()), 3); // two cancelled by declines, one confirmed
    EXPECT_EQ(test::product(db.session(), u"MUG-1"_s).reserved, 2);
    EXPECT_EQ(db.session().drafts().load(draft.id).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(test::conservationViolations(db.session().database()).isEmpty());
}

TEST_F(DraftPaymentTest, AReplayAfterACrashBeforeTheChargeChargesOnce)
{
    const DraftOrder draft = cardDraft(u"pm_card_visa"_s);
    // The order and its charge attempt were recorded, then the process died before calling Stripe.
    PlaceOrderRequest request = DraftService::toRequest(draft);
    request.idempotencyKey = draft.placementKey();
    auto recorded = db.session().orders().place(request);
    ASSERT_TRUE(recorded.has_value()) << recorded.error().message.toStdString();
    EXPECT_EQ(stripe.intentsCreated(), 0);

    auto placed = test::await(db.session().drafts().place(draft.id));
    ASSERT_TRUE(placed.has_value()) << placed.error().message.toStdString();
    EXPECT_EQ(placed->number, recorded->number);
    EXPECT_EQ(placed->status, OrderStatus::Confirmed);
    EXPECT_EQ(stripe.intentsCreated(), 1);
    EXPECT_EQ(stripe.capturedAmount(), 2500);
    EXPECT_EQ(test::orderCount(db.session()), 1);
}

} // namespace
} // namespace shipshape
