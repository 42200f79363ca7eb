// Stripe's webhook events applied by core (StripeWebhookEvents) on a real database (SQLite, or PostgreSQL
// with SHIPSHAPE_TEST_DATABASE=postgresql), with card payments made through the loopback Stripe: in-doubt
// payments resolved through the reconciliation path, refunds made in Stripe's dashboard recorded once and
// never beyond what was paid, disputes on the timeline, replays and unknown events changing nothing.

#include "payment/StripeWebhookEvents.h"
#include "Await.h"
#include "FakeStripe.h"
#include "Helpers.h"
#include "StripeWebhookFixtures.h"
#include "payment/PaymentRepository.h"
#include "payment/StripeGateway.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

using test::FakeStripe;
using Outcome = StripeWebhookReceipt::Outcome;
namespace events = test::stripe_events;

const QByteArray kSecret = "whsec_core_webhook_test_secret";

class StripeWebhookEventsTest : public ::testing::Test {
protected:
    StripeWebhookEventsTest() : stripe(server)
    {
        StripeSettings settings;
        settings.apiBase = server.baseUrl();
        settings.secretKey = QString::fromLatin1(FakeStripe::kSecretKey);
        settings.timeout = std::chrono::milliseconds(300);
        settings.retry = RetryPolicy{std::chrono::milliseconds(5), std::chrono::milliseconds(20), 0.5, 3};
        db.session().setPaymentGateway(std::make_unique<StripeGateway>(&db.session().network(), settings, 3u));
        test::addProduct(db.session(), u"MUG-1"_s, u"12.50"_s, 10);
    }

    PlaceOrderRequest cardOrder(const QString &token)
    {
        PlaceOrderRequest request = test::placeRequest({{u"MUG-1"_s, 2}});
        request.paymentMethod = PaymentMethodType::Card;
        request.paymentToken = token;
        return request;
    }

    // A paid card order (25.00 USD) and the PaymentIntent that paid it.
    std::pair<Order, QString> paidOrder()
    {
        auto order = test::await(db.session().payments().placeOrder(cardOrder(u"pm_card_visa"_s)));
        EXPECT_TRUE(order.has_value());
        const QString intent = order->paymentAttempts.constFirst().paymentIntent;
        EXPECT_TRUE(intent.startsWith(u"pi_"_s));
        return {*order, intent};
    }

    Result<StripeWebhookReceipt> deliver(const QByteArray &body, QByteArray header = {})
    {
        if (header.isEmpty())
            header = StripeSignature::header(db.clock().now().toSecsSinceEpoch(), body, kSecret);
        StripeWebhookEvents webhook(db.session().database(), db.session().orders(), db.session().payments(),
                db.session().clock(), &db.session().events());
        return test::await(webhook.receive(header, body, kSecret));
    }

    Order order(qint64 number) { return *db.session().orders().find(QString::number(number)); }
    qint64 processedEvents()
    {
        return test::scalar(db.session().database(), u"SELECT COUNT(*) FROM stripe_webhook_events"_s);
    }
    static int count(const Order &order, const QString &event)
    {
        int found = 0;
        for (const TimelineEntry &entry : order.timeline)
            found += entry.event == event ? 1 : 0;
        return found;
    }

    test::TestDatabase db;
    test::ScriptedHttpServer server;
    FakeStripe stripe;
};

TEST_F(StripeWebhookEventsTest, SucceededEventResolvesAPaymentWhoseAnswerWasLostAndAReplayChangesNothing)
{
    // Every try is answered too late: Stripe charged, Shipshape does not know the intent's id.
    stripe.injectFaults({FakeStripe::Fault::HangAfterProcessing, FakeStripe::Fault::HangAfterProcessing,
            FakeStripe::Fault::HangAfterProcessing});
    auto placed = test::await(db.session().payments().placeOrder(cardOrder(u"pm_card_visa"_s)));
    ASSERT_FALSE(placed.has_value());
    Order pending = order(1001);
    ASSERT_EQ(pending.status, OrderStatus::Pending);
    ASSERT_EQ(pending.paymentAttempts.constFirst().status, PaymentAttemptStatus::Unknown);
    ASSERT_TRUE(pending.paymentAttempts.constFirst().providerId.isEmpty());
    ASSERT_EQ(stripe.intents().size(), 1);
    const QString intent = stripe.intents().keys().value(0); // not firstKey(): -O3 sees the empty map

    const QByteArray body = events::event(u"evt_succeeded_1"_s, u"payment_intent.succeeded"_s,
            events::paymentIntent(intent, 2500, u"usd"_s, u"succeeded"_s, pending.id, pending.number));
    auto receipt = deliver(body);
    ASSERT_TRUE(receipt.has_value()) << receipt.error().message.toStdString();
    EXPECT_EQ(receipt->outcome, Outcome::Applied) << receipt->note.toStdString();
    EXPECT_EQ(receipt->orderNumber, 1001);
    Order confirmed = order(1001);
    EXPECT_EQ(confirmed.status, OrderStatus::Confirmed);
    EXPECT_EQ(confirmed.paid.minorUnits(), 2500);
    ASSERT_EQ(confirmed.paymentAttempts.size(), 1);
    EXPECT_EQ(confirmed.paymentAttempts.constFirst().status, PaymentAttemptStatus::Succeeded);
    EXPECT_EQ(confirmed.paymentAttempts.constFirst().providerId, intent);
    EXPECT_EQ(count(confirmed, u"PaymentProcessed"_s), 1);

    auto replay = deliver(body);
    ASSERT_TRUE(replay.has_value());
    EXPECT_EQ(replay->outcome, Outcome::Replayed);
    EXPECT_EQ(replay->orderNumber, 1001);
    EXPECT_EQ(order(1001).paid.minorUnits(), 2500);
    EXPECT_EQ(order(1001).payments.size(), 1);
    EXPECT_EQ(processedEvents(), 1);
    // The worker finds nothing left to reconcile, and Stripe was never asked to charge again.
    EXPECT_EQ(*test::await(db.session().payments().reconcile(0)), 0);
    EXPECT_EQ(stripe.intentsCreated(), 1);
    EXPECT_TRUE(test::conservationViolations(db.session().database()).isEmpty());
}

TEST_F(StripeWebhookEventsTest, PaymentFailedEventDeclinesTheInDoubtOrderAndReleasesItsStock)
{
    stripe.injectFaults({FakeStripe::Fault::HangAfterProcessing, FakeStripe::Fault::HangAfterProcessing,
            FakeStripe::Fault::HangAfterProcessing});
    ASSERT_FALSE(test::await(db.session().payments().placeOrder(cardOrder(u"pm_card_visa"_s))).has_value());
    const Order pending = order(1001);
    ASSERT_EQ(test::product(db.session(), u"MUG-1"_s).reserved, 2);
    const QString intent = stripe.intents().keys().value(0); // not firstKey(): -O3 sees the empty map

    auto receipt = deliver(events::event(u"evt_failed_1"_s, u"payment_intent.payment_failed"_s,
            events::paymentIntent(intent, 2500, u"usd"_s, u"requires_payment_method"_s, pending.id, pending.number,
                    u"insufficient_funds"_s)));
    ASSERT_TRUE(receipt.has_value()) << receipt.error().message.toStdString();
    EXPECT_EQ(receipt->outcome, Outcome::Applied);
    const Order declined = order(1001);
    EXPECT_EQ(declined.status, OrderStatus::Cancelled);
    EXPECT_EQ(declined.cancelReason, CancelReason::Declined);
    EXPECT_EQ(declined.paid.minorUnits(), 0);
    EXPECT_EQ(declined.paymentAttempts.constFirst().status, PaymentAttemptStatus::Failed);
    EXPECT_EQ(declined.paymentAttempts.constFirst().declineCode, u"insufficient_funds"_s);
    EXPECT_EQ(test::product(db.session(), u"MUG-1"_s).reserved, 0);
    EXPECT_EQ(count(declined, u"PaymentFailed"_s), 1);
}

TEST_F(StripeWebhookEventsTest, AnIntentShipshapeDoesNotKnowIsAcknowledgedAndASettledOneStaysAsItIs)
{
    auto unknown = deliver(events::event(u"evt_unknown_1"_s, u"payment_intent.succeeded"_s,
            events::paymentIntent(u"pi_someone_else"_s, 990, u"usd"_s, u"succeeded"_s)));
    ASSERT_TRUE(unknown.has_value()) << unknown.error().message.toStdString();
    EXPECT_EQ(unknown->outcome, Outcome::UnknownObject);
    EXPECT_FALSE(unknown->orderNumber.has_value());
    EXPECT_EQ(deliver(events::event(u"evt_unknown_1"_s, u"payment_intent.succeeded"_s,
                              events::paymentIntent(u"pi_someone_else"_s, 990, u"usd"_s, u"succeeded"_s)))
                      ->outcome,
            Outcome::Replayed);

    const auto [paid, intent] = paidOrder();
    auto again = deliver(events::event(u"evt_settled_1"_s, u"payment_intent.succeeded"_s,
            events::paymentIntent(intent, 2500, u"usd"_s, u"succeeded"_s, paid.id, paid.number)));
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->outcome, Outcome::Applied);
    EXPECT_EQ(again->orderNumber, paid.number);
    EXPECT_EQ(order(paid.number).paid.minorUnits(), 2500) << "recorded once";
    EXPECT_EQ(order(paid.number).payments.size(), 1);

    // An intent of the order's that is not what it was charged: nothing booked.
    auto other = deliver(events::event(u"evt_wrong_amount"_s, u"payment_intent.succeeded"_s,
            events::paymentIntent(intent, 99999, u"usd"_s, u"succeeded"_s, paid.id, paid.number)));
    ASSERT_TRUE(other.has_value());
    EXPECT_EQ(other->outcome, Outcome::UnknownObject);
    EXPECT_EQ(order(paid.number).paid.minorUnits(), 2500);
}

TEST_F(StripeWebhookEventsTest, RefundsMadeInStripesDashboardAreRecordedOnceAndNeverBeyondWhatWasPaid)
{
    const auto [paid, intent] = paidOrder();
    const QString charge = u"ch_3OrderCharge"_s;
    const QJsonObject dashboard1 = events::refund(u"re_dash_1"_s, 1000, u"usd"_s, intent, charge);
    auto first = deliver(events::event(u"evt_refund_1"_s, u"charge.refunded"_s,
            events::charge(charge, intent, 2500, 1000, u"usd"_s, QJsonArray{dashboard1})));
    ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();
    EXPECT_EQ(first->outcome, Outcome::Applied) << first->note.toStdString();
    Order refunded = order(paid.number);
    EXPECT_EQ(refunded.refunded.minorUnits(), 1000);
    EXPECT_EQ(count(refunded, u"RefundIssued"_s), 1);
    EXPECT_EQ(refunded.timeline.constLast().reason, u"Refunded in Stripe (requested_by_customer)"_s);
    ASSERT_EQ(refunded.refunds.size(), 1);
    EXPECT_EQ(refunded.refunds.constFirst().providerId, u"re_dash_1"_s);
    EXPECT_EQ(refunded.refunds.constFirst().method, RefundMethod::Card);

    // The next event lists the first refund again with a new one: only the new one is recorded.
    const QByteArray second = events::event(u"evt_refund_2"_s, u"charge.refunded"_s,
            events::charge(charge, intent, 2500, 1500, u"usd"_s,
                    QJsonArray{events::refund(u"re_dash_2"_s, 500, u"usd"_s, intent, charge), dashboard1}));
    ASSERT_EQ(deliver(second)->outcome, Outcome::Applied);
    EXPECT_EQ(order(paid.number).refunded.minorUnits(), 1500);
    EXPECT_EQ(deliver(second)->outcome, Outcome::Replayed);
    EXPECT_EQ(order(paid.number).refunded.minorUnits(), 1500);

    // A refund Shipshape made through Stripe is its attempt's: listed by Stripe, it is not recorded again.
    auto own = test::await(db.session().payments().refund(
            QString::number(paid.number), Money(300, paid.total.currency()), u"requested_by_customer"_s));
    ASSERT_TRUE(own.has_value()) << own.error().message.toStdString();
    EXPECT_EQ(own->refunded.minorUnits(), 1800);
    const QString ownId = own->refunds.constLast().providerId;
    ASSERT_TRUE(ownId.startsWith(u"re_"_s));
    auto third = deliver(events::event(u"evt_refund_3"_s, u"charge.refunded"_s,
            events::charge(charge, intent, 2500, 1800, u"usd"_s,
                    QJsonArray{events::refund(ownId, 300, u"usd"_s, intent, charge, u"requested_by_customer"_s,
                                       QJsonObject{{u"order_number"_s, QString::number(paid.number)}}),
                            events::refund(u"re_dash_2"_s, 500, u"usd"_s, intent, charge), dashboard1})));
    ASSERT_TRUE(third.has_value());
    EXPECT_EQ(third->outcome, Outcome::Applied);
    EXPECT_EQ(order(paid.number).refunded.minorUnits(), 1800);

    // Stripe reports more than is left: only what was paid and not yet refunded is booked.
    auto beyond = deliver(events::event(u"evt_refund_4"_s, u"charge.refunded"_s,
            events::charge(charge, intent, 2500, 2500, u"usd"_s,
                    QJsonArray{events::refund(u"re_dash_3"_s, 5000, u"usd"_s, intent, charge, u"duplicate"_s)})));
    ASSERT_TRUE(beyond.has_value()) << beyond.error().message.toStdString();
    const Order full = order(paid.number);
    EXPECT_EQ(full.refunded.minorUnits(), 2500);
    EXPECT_EQ(full.paid.minorUnits(), 2500);
    EXPECT_EQ(full.refunds.size(), 4);
    EXPECT_EQ(count(full, u"RefundIssued"_s), 4);
    EXPECT_EQ(processedEvents(), 4);
    EXPECT_TRUE(test::conservationViolations(db.session().database()).isEmpty());
}

TEST_F(StripeWebhookEventsTest, WithoutTheRefundListTheChargesRefundedTotalSaysWhatIsNew)
{
    const auto [paid, intent] = paidOrder();
    const QString charge = u"ch_3NoList"_s;
    ASSERT_EQ(deliver(events::event(u"evt_total_1"_s, u"charge.refunded"_s,
                              events::charge(charge, intent, 2500, 1000, u"usd"_s)))
                      ->outcome,
            Outcome::Applied);
    EXPECT_EQ(order(paid.number).refunded.minorUnits(), 1000);
    // Another event with the same total (e.g. the refund's update): nothing new.
    ASSERT_EQ(deliver(events::event(u"evt_total_2"_s, u"charge.refunded"_s,
                              events::charge(charge, intent, 2500, 1000, u"usd"_s)))
                      ->outcome,
            Outcome::Applied);
    EXPECT_EQ(order(paid.number).refunded.minorUnits(), 1000);
    ASSERT_TRUE(deliver(
            events::event(u"evt_total_3"_s, u"charge.refunded"_s, events::charge(charge, intent, 2500, 1500, u"usd"_s)))
                        .has_value());
    EXPECT_EQ(order(paid.number).refunded.minorUnits(), 1500);
    EXPECT_EQ(order(paid.number).refunds.size(), 2);
}

TEST_F(StripeWebhookEventsTest, ADisputeIsATimelineRowAndMovesNoMoney)
{
    const auto [paid, intent] = paidOrder();
    const QByteArray body = events::event(u"evt_dispute_1"_s, u"charge.dispute.created"_s,
            events::dispute(u"dp_1Fraud"_s, u"ch_3Disputed"_s, intent, 2500, u"usd"_s, u"fraudulent"_s));
    auto receipt = deliver(body);
    ASSERT_TRUE(receipt.has_value()) << receipt.error().message.toStdString();
    EXPECT_EQ(receipt->outcome, Outcome::Applied);
    const Order disputed = order(paid.number);
    EXPECT_EQ(count(disputed, u"DisputeOpened"_s), 1);
    EXPECT_EQ(disputed.timeline.constLast().reason, u"Dispute opened: fraudulent, 25.00 USD"_s);
    EXPECT_EQ(disputed.timeline.constLast().details.value(u"dispute"_s).toString(), u"dp_1Fraud"_s);
    EXPECT_EQ(disputed.paid.minorUnits(), 2500);
    EXPECT_EQ(disputed.refunded.minorUnits(), 0);
    EXPECT_EQ(disputed.status, paid.status);
    EXPECT_EQ(deliver(body)->outcome, Outcome::Replayed);
    EXPECT_EQ(count(order(paid.number), u"DisputeOpened"_s), 1);
}

TEST_F(StripeWebhookEventsTest, UnknownTypesAreIgnoredAndRefusedSignaturesOrBodiesWriteNothing)
{
    const auto [paid, intent] = paidOrder();
    auto ignored = deliver(events::event(u"evt_customer_1"_s, u"customer.created"_s,
            QJsonObject{{u"id"_s, u"cus_1"_s}, {u"object"_s, u"customer"_s}}));
    ASSERT_TRUE(ignored.has_value());
    EXPECT_EQ(ignored->outcome, Outcome::Ignored);

    const QByteArray refund = events::event(
            u"evt_forged"_s, u"charge.refunded"_s, events::charge(u"ch_x"_s, intent, 2500, 2500, u"usd"_s));
    const qint64 t = db.clock().now().toSecsSinceEpoch();
    for (const QByteArray &header : {QByteArray(" "), QByteArray("t=abc"),
                 StripeSignature::header(t - 301, refund, kSecret), StripeSignature::header(t, refund, "whsec_other"),
                 StripeSignature::header(t, refund + "\n", kSecret)}) {
        auto refused = deliver(refund, header);
        ASSERT_TRUE(refused.has_value());
        EXPECT_EQ(refused->outcome, Outcome::SignatureRefused) << header.toStdString();
    }
    // Signed, but not an event, or an amount that is not an integer.
    auto notEvent = deliver(R"({"id": "evt_1", "object": "charge"})");
    ASSERT_FALSE(notEvent.has_value());
    EXPECT_EQ(notEvent.error().code, ErrorCode::InvalidInput);
    QByteArray fractional = events::event(u"evt_fraction"_s, u"charge.dispute.created"_s,
            events::dispute(u"dp_2"_s, u"ch_3"_s, intent, 2500, u"usd"_s, u"general"_s));
    fractional.replace("\"amount\":2500", "\"amount\":2500.5");
    auto fraction = deliver(fractional);
    ASSERT_FALSE(fraction.has_value());
    EXPECT_EQ(fraction.error().field, u"data.object.amount"_s);

    EXPECT_EQ(processedEvents(), 0);
    EXPECT_EQ(order(paid.number).refunded.minorUnits(), 0);
    EXPECT_EQ(count(order(paid.number), u"DisputeOpened"_s), 0);
}

} // namespace
} // namespace shipshape
