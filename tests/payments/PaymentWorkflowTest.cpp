#include "Await.h"
#include "FakeStripe.h"
#include "Helpers.h"
#include "orders/PaymentStates.h"
#include "payment/PaymentRepository.h"
#include "payment/StripeGateway.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

using test::FakeStripe;

class PaymentWorkflowTest : public ::testing::Test {
protected:
    PaymentWorkflowTest() : stripe(server)
    {
        StripeSettings settings;
        settings.apiBase = server.baseUrl();
        settings.secretKey = QString::fromLatin1(FakeStripe::kSecretKey);
        settings.timeout = std::chrono::milliseconds(300);
        settings.retry = RetryPolicy{std::chrono::milliseconds(5), std::chrono::milliseconds(20), 0.5, 3};
        db.session().setPaymentGateway(std::make_unique<StripeGateway>(&db.session().network(), settings, 3u));
        test::addProduct(db.session(), u"MUG-1"_s, u"12.50"_s, 10);
        test::addProduct(db.session(), u"TEE-1"_s, u"20.00"_s, 10);
    }

    PlaceOrderRequest cardOrder(const QString &token, const QList<test::Line> &lines = {{u"MUG-1"_s, 2}})
    {
        PlaceOrderRequest request = test::placeRequest(lines);
        request.paymentMethod = PaymentMethodType::Card;
        request.paymentToken = token;
        return request;
    }

    PaymentWorkflow &payments() { return db.session().payments(); }

    // paid − refunded == total for a confirmed card order: the money matches what the order says.
    static void expectSettled(const Order &order)
    {
        EXPECT_EQ(order.paid.minorUnits() - order.refunded.minorUnits(), order.total.minorUnits())
                << "paid " << order.paid.minorUnits() << " refunded " << order.refunded.minorUnits() << " total "
                << order.total.minorUnits();
    }

    test::TestDatabase db;
    test::ScriptedHttpServer server;
    FakeStripe stripe;
};

TEST_F(PaymentWorkflowTest, CardOrderIsChargedOnceAndConfirmed)
{
    auto order = test::await(payments().placeOrder(cardOrder(u"pm_card_visa"_s)));
    ASSERT_TRUE(order.has_value()) << order.error().message.toStdString();
    EXPECT_EQ(order->status, OrderStatus::Confirmed);
    EXPECT_EQ(order->total.minorUnits(), 2500);
    expectSettled(*order);
    EXPECT_FALSE(order->reservationExpiresAt.has_value());
    ASSERT_EQ(order->payments.size(), 1);
    EXPECT_EQ(order->payments.constFirst().method, PaymentMethodType::Card);
    EXPECT_TRUE(order->payments.constFirst().reference.startsWith(u"pi_"_s));
    ASSERT_EQ(order->paymentAttempts.size(), 1);
    EXPECT_EQ(order->paymentAttempts.constFirst().status, PaymentAttemptStatus::Succeeded);
    EXPECT_TRUE(order->paymentAttempts.constFirst().durationMs.has_value());
    EXPECT_EQ(stripe.intentsCreated(), 1);
    EXPECT_EQ(stripe.capturedAmount(), 2500);
    EXPECT_EQ(test::product(db.session(), u"MUG-1"_s).reserved, 2);
    EXPECT_EQ(order->timeline.constLast().event, u"PaymentProcessed"_s);
    EXPECT_TRUE(test::conservationViolations(db.session().database()).isEmpty());
}

TEST_F(PaymentWorkflowTest, DeclinedCardReleasesStockAndSaysWhy)
{
    auto order = test::await(payments().placeOrder(cardOrder(u"pm_card_chargeDeclinedInsufficientFunds"_s)));
    ASSERT_FALSE(order.has_value());
    EXPECT_EQ(order.error().code, ErrorCode::PaymentFailed);
    EXPECT_TRUE(order.error().message.startsWith(u"Card declined: insufficient funds"_s))
            << order.error().message.toStdString();
    // Two sentences, not one run-on ("Card declined Order #1001 …").
    EXPECT_TRUE(order.error().message.contains(u". Order #1001 was cancelled and its stock released."_s))
            << order.error().message.toStdString();
    EXPECT_EQ(test::product(db.session(), u"MUG-1"_s).reserved, 0);
    auto stored = db.session().orders().find(u"1001"_s);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->status, OrderStatus::Cancelled);
    EXPECT_EQ(stored->cancelReason, CancelReason::Declined);
    EXPECT_EQ(stored->paid.minorUnits(), 0);
    ASSERT_EQ(stored->paymentAttempts.size(), 1);
    EXPECT_EQ(stored->paymentAttempts.constFirst().declineCode, u"insufficient_funds"_s);
    bool failedEntry = false;
    for (const TimelineEntry &entry : stored->timeline)
        failedEntry = failedEntry || entry.event == u"PaymentFailed"_s;
    EXPECT_TRUE(failedEntry);
    EXPECT_EQ(stripe.capturedAmount(), 0);
}

TEST_F(PaymentWorkflowTest, LostAnswerIsReconciledWithoutASecondCharge)
{
    // Every try is answered too late: the charge happened at Stripe, Shipshape cannot know.
    stripe.injectFaults({FakeStripe::Fault::HangAfterProcessing, FakeStripe::Fault::HangAfterProcessing,
            FakeStripe::Fault::HangAfterProcessing});
    auto order = test::await(payments().placeOrder(cardOrder(u"pm_card_visa"_s)));
    ASSERT_FALSE(order.has_value());
    EXPECT_EQ(order.error().code, ErrorCode::Unavailable);
    auto pending = db.session().orders().find(u"1001"_s);
    ASSERT_TRUE(pending.has_value());
    EXPECT_EQ(pending->status, OrderStatus::Pending);
    EXPECT_EQ(pending->paymentAttempts.constFirst().status, PaymentAttemptStatus::Unknown);
    EXPECT_EQ(test::product(db.session(), u"MUG-1"_s).reserved, 2);
    // Reservation expiry must not cancel an order whose money may have been taken.
    db.clock().advance(3600'000);
    ASSERT_EQ(*db.session().orders().expireReservations(), 0);

    auto reconciled = test::await(payments().reconcile(0));
    ASSERT_TRUE(reconciled.has_value()) << reconciled.error().message.toStdString();
    EXPECT_EQ(*reconciled, 1);
    auto confirmed = db.session().orders().find(u"1001"_s);
    EXPECT_EQ(confirmed->status, OrderStatus::Confirmed);
    expectSettled(*confirmed);
    EXPECT_EQ(stripe.intentsCreated(), 1);
    EXPECT_EQ(stripe.capturedAmount(), 2500);
    // A second reconciliation finds nothing to do.
    EXPECT_EQ(*test::await(payments().reconcile(0)), 0);
}

TEST_F(PaymentWorkflowTest, ProcessingPaymentWaitsAndIsConfirmedByTheWorker)
{
    auto order = test::await(payments().placeOrder(cardOrder(u"pm_card_processing"_s)));
    ASSERT_TRUE(order.has_value()) << order.error().message.toStdString();
    EXPECT_EQ(order->status, OrderStatus::Pending);
    EXPECT_EQ(order->paymentAttempts.constFirst().status, PaymentAttemptStatus::Processing);
    EXPECT_EQ(*test::await(payments().reconcile()), 1); // processing attempts need no grace period
    auto confirmed = db.session().orders().find(u"1001"_s);
    EXPECT_EQ(confirmed->status, OrderStatus::Confirmed);
    expectSettled(*confirmed);
    EXPECT_EQ(server.requests().constLast().method, "GET");
}

TEST_F(PaymentWorkflowTest, PartialThenFullRefundNeverExceedsWhatWasPaid)
{
    auto order = test::await(payments().placeOrder(cardOrder(u"pm_card_visa"_s)));
    ASSERT_TRUE(order.has_value());
    const Currency usd = *Currency::fromCode(u"USD"_s);
    auto partial = test::await(payments().refund(u"1001"_s, Money(1000, usd), u"damaged in transit"_s));
    ASSERT_TRUE(partial.has_value()) << partial.error().message.toStdString();
    EXPECT_EQ(partial->refunded.minorUnits(), 1000);
    ASSERT_EQ(partial->refunds.size(), 1);
    EXPECT_TRUE(partial->refunds.constFirst().providerId.startsWith(u"re_"_s));
    EXPECT_EQ(partial->timeline.constLast().event, u"RefundIssued"_s);

    auto tooMuch = test::await(payments().refund(u"1001"_s, Money(1501, usd), {}));
    ASSERT_FALSE(tooMuch.has_value());
    EXPECT_EQ(tooMuch.error().code, ErrorCode::Conflict);
    EXPECT_EQ(stripe.refundedAmount(), 1000);

    auto rest = test::await(payments().refund(u"1001"_s, std::nullopt, {}));
    ASSERT_TRUE(rest.has_value()) << rest.error().message.toStdString();
    EXPECT_EQ(rest->refunded.minorUnits(), 2500);
    EXPECT_EQ(stripe.refundedAmount(), 2500);
    auto nothingLeft = test::await(payments().refund(u"1001"_s, std::nullopt, {}));
    EXPECT_FALSE(nothingLeft.has_value());

    // The schema refuses refunded > paid even if the code above had a bug.
    auto sneaky
            = db.session().database().query(u"UPDATE orders SET refunded_minor = paid_minor + 1 WHERE number = 1001"_s);
    EXPECT_FALSE(sneaky.has_value());
}

// Returns (docs/fulfillment.md): a card order's return is refunded through Stripe's idempotent refund path,
// once, never beyond what was paid, with what the units cost.
TEST_F(PaymentWorkflowTest, AReturnOfACardOrderIsRefundedThroughStripeOnce)
{
    auto order = test::await(payments().placeOrder(cardOrder(u"pm_card_visa"_s, {{u"MUG-1"_s, 2}, {u"TEE-1"_s, 1}})));
    ASSERT_TRUE(order.has_value()) << order.error().message.toStdString();
    ASSERT_TRUE(db.session().orders().ship(u"1001"_s, u"1ZCARD"_s, u"UPS"_s));
    OrderReturns &returns = db.session().orders().returns();
    auto opened = returns.open(u"1001"_s, {{u"MUG-1"_s, 1, ReturnReason::Damaged, {}}}, {});
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    ASSERT_TRUE(returns.receive(opened->id, {}, {{u"MUG-1"_s, 1}}));
    auto refunded = test::await(payments().refundReturn(opened->id, ReturnRefundRequest{}));
    ASSERT_TRUE(refunded.has_value()) << refunded.error().message.toStdString();
    EXPECT_EQ(refunded->refunded.minorUnits(), 1250);
    EXPECT_EQ(stripe.refundedAmount(), 1250);
    EXPECT_EQ(refunded->returnCredit.minorUnits(), 1250);
    EXPECT_TRUE(refunded->refundOwed().isZero());
    EXPECT_TRUE(refunded->balanceDue().isZero());
    ASSERT_EQ(refunded->returns.size(), 1);
    EXPECT_EQ(refunded->returns.constFirst().state, ReturnState::Closed);
    ASSERT_TRUE(refunded->returns.constFirst().refundAttemptId.has_value());
    const qint64 attemptId = *refunded->returns.constFirst().refundAttemptId;
    const auto attempt = std::find_if(refunded->paymentAttempts.cbegin(), refunded->paymentAttempts.cend(),
            [&](const PaymentAttempt &candidate) { return candidate.id == attemptId; });
    ASSERT_NE(attempt, refunded->paymentAttempts.cend());
    EXPECT_EQ(attempt->kind, PaymentAttemptKind::Refund);
    EXPECT_EQ(attempt->status, PaymentAttemptStatus::Succeeded);
    EXPECT_EQ(attempt->amount.minorUnits(), 1250);

    auto twice = test::await(payments().refundReturn(opened->id, ReturnRefundRequest{}));
    ASSERT_FALSE(twice.has_value());
    EXPECT_EQ(twice.error().code, ErrorCode::Conflict);
    EXPECT_EQ(stripe.refundedAmount(), 1250);
    EXPECT_TRUE(test::conservationViolations(db.session().database()).isEmpty());
}

// The order list's payment-state filter agrees with the order's detail once a return is refunded: while its
// Stripe refund is on its way the order owes the customer money ("refund owed" in both), and once sent it is
// "refunded" in both (PaymentStates, OrderFilterSql, migration 25's return_credit_minor).
TEST_F(PaymentWorkflowTest, ThePaymentStateFilterCountsAReturnsRefundAsTheDetailDoes)
{
    auto order = test::await(payments().placeOrder(cardOrder(u"pm_card_visa"_s, {{u"MUG-1"_s, 2}})));
    ASSERT_TRUE(order.has_value()) << order.error().message.toStdString();
    ASSERT_TRUE(db.session().orders().ship(u"1001"_s, u"1ZCARD"_s, u"UPS"_s));
    OrderReturns &returns = db.session().orders().returns();
    auto opened = returns.open(u"1001"_s, {{u"MUG-1"_s, 1, ReturnReason::Damaged, {}}}, {});
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    ASSERT_TRUE(returns.receive(opened->id, {{u"MUG-1"_s, 1}}, {}));
    // Core closes the return and starts the Stripe refund; nothing is sent yet.
    auto closed = returns.refund(opened->id, ReturnRefundRequest{});
    ASSERT_TRUE(closed.has_value()) << closed.error().message.toStdString();
    const auto listed = [&](PaymentState state) {
        OrderFilter filter;
        filter.paymentState = state;
        QList<qint64> numbers;
        auto page = db.session().orders().list(filter, {}, 50, 0);
        EXPECT_TRUE(page.has_value()) << page.error().message.toStdString();
        for (const OrderSummary &summary : page.value_or(QList<OrderSummary>())) {
            numbers << summary.number;
            EXPECT_EQ(PaymentStates::of(summary), state);
        }
        return numbers;
    };
    auto owing = db.session().orders().find(u"1001"_s);
    ASSERT_TRUE(owing.has_value());
    EXPECT_EQ(owing->refundOwed().minorUnits(), 1250);
    EXPECT_EQ(PaymentStates::of(*owing), PaymentState::RefundOwed);
    EXPECT_EQ(listed(PaymentState::RefundOwed), QList<qint64>{1001});
    EXPECT_TRUE(listed(PaymentState::Paid).isEmpty());

    // A second order, refunded through Stripe at once: "refunded" in the detail and in the list.
    auto second = test::await(payments().placeOrder(cardOrder(u"pm_card_visa"_s, {{u"TEE-1"_s, 2}})));
    ASSERT_TRUE(second.has_value()) << second.error().message.toStdString();
    ASSERT_TRUE(db.session().orders().ship(u"1002"_s, u"1ZCARD2"_s, u"UPS"_s));
    auto other = returns.open(u"1002"_s, {{u"TEE-1"_s, 1, ReturnReason::WrongItem, {}}}, {});
    ASSERT_TRUE(other) << other.error().message.toStdString();
    ASSERT_TRUE(returns.receive(other->id, {{u"TEE-1"_s, 1}}, {}));
    auto refunded = test::await(payments().refundReturn(other->id, ReturnRefundRequest{}));
    ASSERT_TRUE(refunded.has_value()) << refunded.error().message.toStdString();
    EXPECT_EQ(PaymentStates::of(*refunded), PaymentState::Refunded);
    EXPECT_EQ(listed(PaymentState::Refunded), QList<qint64>{1002});
    EXPECT_TRUE(test::conservationViolations(db.session().database()).isEmpty());
}

TEST_F(PaymentWorkflowTest, CancellingACardPaidOrderRefundsItInFull)
{
    ASSERT_TRUE(test::await(payments().placeOrder(cardOrder(u"pm_card_visa"_s))).has_value());
    auto cancelled = test::await(payments().cancel(u"1001"_s, CancelReason::Customer, u"changed mind"_s));
    ASSERT_TRUE(cancelled.has_value()) << cancelled.error().message.toStdString();
    EXPECT_EQ(cancelled->status, OrderStatus::Cancelled);
    EXPECT_EQ(cancelled->refunded.minorUnits(), 2500);
    EXPECT_EQ(stripe.refundedAmount(), 2500);
    EXPECT_EQ(test::product(db.session(), u"MUG-1"_s).reserved, 0);

    ASSERT_TRUE(test::await(payments().placeOrder(cardOrder(u"pm_card_visa"_s))).has_value());
    auto kept = test::await(payments().cancel(u"1002"_s, CancelReason::Fraud, {}, false));
    ASSERT_TRUE(kept.has_value());
    EXPECT_EQ(kept->refunded.minorUnits(), 0);
}

TEST_F(PaymentWorkflowTest, ModifyingAPaidOrderRefundsOrChargesTheDifference)
{
    ASSERT_TRUE(test::await(payments().placeOrder(cardOrder(u"pm_card_visa"_s, {{u"MUG-1"_s, 2}}))).has_value());
    // Lower: 1 mug instead of 2 → 12.50 back.
    auto lower = test::await(payments().modify(u"1001"_s, test::modifyItems({{u"MUG-1"_s, 1}})));
    ASSERT_TRUE(lower.has_value()) << lower.error().message.toStdString();
    EXPECT_EQ(lower->total.minorUnits(), 1250);
    EXPECT_EQ(lower->refunded.minorUnits(), 1250);
    expectSettled(*lower);
    // Higher: add a tee → 20.00 more, charged to the same card.
    auto higher = test::await(payments().modify(u"1001"_s, test::modifyItems({{u"MUG-1"_s, 1}, {u"TEE-1"_s, 1}})));
    ASSERT_TRUE(higher.has_value()) << higher.error().message.toStdString();
    EXPECT_EQ(higher->total.minorUnits(), 3250);
    expectSettled(*higher);
    EXPECT_EQ(stripe.intentsCreated(), 2);
    EXPECT_EQ(stripe.intents().last().paymentMethod, u"pm_card_visa"_s);
    EXPECT_EQ(stripe.capturedAmount() - stripe.refundedAmount(), 3250);
    EXPECT_TRUE(test::conservationViolations(db.session().database()).isEmpty());
}

TEST_F(PaymentWorkflowTest, WithoutAGatewayCardsAreRefusedAndManualMethodsWork)
{
    db.session().setPaymentGateway(nullptr);
    auto card = test::await(payments().placeOrder(cardOrder(u"pm_card_visa"_s)));
    ASSERT_FALSE(card.has_value());
    EXPECT_EQ(card.error().code, ErrorCode::Unavailable);
    EXPECT_EQ(test::orderCount(db.session()), 0);
    auto invoice = test::await(payments().placeOrder(test::placeRequest({{u"MUG-1"_s, 1}})));
    ASSERT_TRUE(invoice.has_value());
    EXPECT_EQ(invoice->status, OrderStatus::Pending);
}

TEST_F(PaymentWorkflowTest, RetryingAfterADeclineUsesANewOrderAndANewKey)
{
    ASSERT_FALSE(test::await(payments().placeOrder(cardOrder(u"pm_card_chargeDeclined"_s))).has_value());
    auto second = test::await(payments().placeOrder(cardOrder(u"pm_card_visa"_s)));
    ASSERT_TRUE(second.has_value());
    const QByteArray firstKey = server.requests().constFirst().header("Idempotency-Key");
    const QByteArray secondKey = server.requests().constLast().header("Idempotency-Key");
    EXPECT_NE(firstKey, secondKey);
    EXPECT_EQ(stripe.capturedAmount(), 2500);
}

} // namespace
} // namespace shipshape
