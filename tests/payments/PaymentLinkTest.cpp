// Payment links: a Stripe Checkout Session emailed to the customer of a phone or email order, against
// the Stripe-speaking server on loopback (tests/support/FakeStripe), on a real database.

#include "Await.h"
#include "FakeStripe.h"
#include "Helpers.h"
#include "payment/PaymentLinkRepository.h"
#include "payment/StripeGateway.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

using test::FakeStripe;
using test::ScriptedHttpServer;

constexpr qint64 kMinute = 60'000;

class PaymentLinkTest : public ::testing::Test {
protected:
    PaymentLinkTest() : stripe(server)
    {
        StripeSettings settings;
        settings.apiBase = server.baseUrl();
        settings.secretKey = QString::fromLatin1(FakeStripe::kSecretKey);
        settings.timeout = std::chrono::milliseconds(300);
        settings.retry = RetryPolicy{std::chrono::milliseconds(5), std::chrono::milliseconds(20), 0.5, 3};
        settings.checkoutSuccessUrl = QUrl(u"https://shop.example/thanks"_s);
        db.session().setPaymentGateway(std::make_unique<StripeGateway>(&db.session().network(), settings, 3u));
        // Stripe judges expires_at by the same (manual) clock the shop runs on.
        stripe.setClock([this] { return db.clock().now().toSecsSinceEpoch(); });
        test::addProduct(db.session(), u"MUG-1"_s, u"12.50"_s, 10);
    }

    PlaceOrderRequest linkOrder(const QString &key = {})
    {
        PlaceOrderRequest request = test::placeRequest({{u"MUG-1"_s, 2}});
        request.paymentMethod = PaymentMethodType::Card;
        request.paymentLink = true;
        request.idempotencyKey = key;
        return request;
    }

    PaymentWorkflow &payments() { return db.session().payments(); }
    OrderService &orders() { return db.session().orders(); }
    Database &database() { return db.session().database(); }
    Order find(qint64 number) { return *orders().find(QString::number(number)); }
    qint64 emails(qint64 number, const QString &event)
    {
        return test::scalar(database(),
                u"SELECT COUNT(*) FROM notification_outbox WHERE order_number = ? AND event = ?"_s, {number, event});
    }
    QList<ScriptedHttpServer::Request> requestsTo(const QByteArray &method, const QByteArray &pathPart)
    {
        QList<ScriptedHttpServer::Request> matching;
        for (const auto &request : server.requests()) {
            if (request.method == method && request.path.contains(pathPart))
                matching << request;
        }
        return matching;
    }
    void expectBalanced()
    {
        const QStringList violations = test::conservationViolations(database());
        EXPECT_TRUE(violations.isEmpty()) << violations.join(u'\n').toStdString();
    }

    test::TestDatabase db;
    test::ScriptedHttpServer server;
    FakeStripe stripe;
};

TEST_F(PaymentLinkTest, APlacedLinkOrderWaitsWithItsStockAndTheLinkIsEmailedOnce)
{
    const QDateTime placedAt = db.clock().now();
    auto order = test::await(payments().placeOrder(linkOrder()));
    ASSERT_TRUE(order) << describe(order.error());
    EXPECT_EQ(order->status, OrderStatus::Pending);
    EXPECT_EQ(order->paymentMethod, PaymentMethodType::Card);
    EXPECT_EQ(test::product(db.session(), u"MUG-1"_s).reserved, 2);
    ASSERT_EQ(order->paymentLinks.size(), 1);
    const PaymentLink link = order->paymentLinks.constFirst();
    EXPECT_EQ(link.status, PaymentLinkStatus::Open);
    EXPECT_EQ(link.amount.minorUnits(), 2500);
    EXPECT_TRUE(link.url.startsWith(u"https://checkout.stripe.com/"_s)) << link.url.toStdString();
    EXPECT_EQ(link.recipientEmail, u"ada@example.com"_s);
    EXPECT_EQ(link.idempotencyKey, u"shipshape-%1-checkout-1"_s.arg(order->id));
    // The link and the stock hold for an hour: Stripe wants at least 30 minutes.
    EXPECT_EQ(link.expiresAt, placedAt.addSecs(3600));
    ASSERT_TRUE(order->reservationExpiresAt.has_value());
    EXPECT_EQ(*order->reservationExpiresAt, link.expiresAt);
    EXPECT_TRUE(order->paymentAttempts.isEmpty()); // nothing was charged

    ASSERT_EQ(stripe.sessionsCreated(), 1);
    const FakeStripe::CheckoutSession &session = stripe.sessions().first();
    EXPECT_EQ(session.id, link.sessionId);
    EXPECT_EQ(session.amountTotal, 2500);
    EXPECT_EQ(session.form.queryItemValue(u"client_reference_id"_s), order->id);
    EXPECT_EQ(session.expiresAt, link.expiresAt.toSecsSinceEpoch());

    EXPECT_EQ(emails(order->number, u"payment_link"_s), 1);
    const QString body
            = test::rows(database(), u"SELECT body_text FROM notification_outbox WHERE event = 'payment_link'"_s)
                      .join(u'\n');
    EXPECT_TRUE(body.contains(link.url)) << body.toStdString();
    EXPECT_TRUE(body.contains(u"USD 25.00"_s)) << body.toStdString();
    EXPECT_EQ(order->timeline.constLast().event, u"PaymentLinkSent"_s);

    // Two clicks, a retry: the same session, no second email.
    for (int click = 0; click < 2; ++click) {
        auto again = test::await(payments().sendPaymentLink(QString::number(order->number)));
        ASSERT_TRUE(again) << describe(again.error());
        ASSERT_EQ(again->paymentLinks.size(), 1);
        EXPECT_EQ(again->paymentLinks.constFirst().sessionId, link.sessionId);
    }
    EXPECT_EQ(stripe.sessionsCreated(), 1);
    EXPECT_EQ(emails(order->number, u"payment_link"_s), 1);
    // The order cannot expire under the customer's hands: the worker asks Stripe first.
    db.clock().advance(59 * kMinute);
    EXPECT_EQ(*orders().expireReservations(), 0);
    expectBalanced();
}

TEST_F(PaymentLinkTest, ALostAnswerIsReplayedWithTheSameKeyAndBody)
{
    stripe.injectFaults({FakeStripe::Fault::HangAfterProcessing, FakeStripe::Fault::HangAfterProcessing,
            FakeStripe::Fault::HangAfterProcessing});
    auto placed = test::await(payments().placeOrder(linkOrder(u"draft:lost:1"_s)));
    ASSERT_FALSE(placed);
    EXPECT_EQ(placed.error().code, ErrorCode::Unavailable);
    const Order pending = find(1001);
    ASSERT_EQ(pending.paymentLinks.size(), 1);
    EXPECT_EQ(pending.paymentLinks.constFirst().status, PaymentLinkStatus::Creating);
    EXPECT_EQ(emails(1001, u"payment_link"_s), 0); // no address to send yet
    EXPECT_EQ(stripe.sessionsCreated(), 1); // Stripe made it; the answers were lost

    // Placing the draft again (same key): the same order, the same link, the same request.
    auto retried = test::await(payments().placeOrder(linkOrder(u"draft:lost:1"_s)));
    ASSERT_TRUE(retried) << describe(retried.error());
    EXPECT_EQ(retried->number, 1001);
    EXPECT_EQ(test::orderCount(db.session()), 1);
    ASSERT_EQ(retried->paymentLinks.size(), 1);
    EXPECT_EQ(retried->paymentLinks.constFirst().status, PaymentLinkStatus::Open);
    EXPECT_EQ(retried->paymentLinks.constFirst().sessionId, stripe.sessions().firstKey());
    EXPECT_EQ(stripe.sessionsCreated(), 1);
    EXPECT_EQ(emails(1001, u"payment_link"_s), 1);
    const auto creates = requestsTo("POST", "/v1/checkout/sessions");
    ASSERT_EQ(creates.size(), 4);
    for (const auto &request : creates) {
        EXPECT_EQ(request.header("Idempotency-Key"), creates.constFirst().header("Idempotency-Key"));
        EXPECT_EQ(request.body, creates.constFirst().body);
    }
}

TEST_F(PaymentLinkTest, TheWorkerCreatesALinkWhoseAnswerWasLost)
{
    // Stripe fails before doing anything, on every try.
    stripe.injectFaults({FakeStripe::Fault::ServerErrorBefore, FakeStripe::Fault::ServerErrorBefore,
            FakeStripe::Fault::ServerErrorBefore});
    ASSERT_FALSE(test::await(payments().placeOrder(linkOrder())));
    EXPECT_EQ(stripe.sessionsCreated(), 0);
    // Within the grace period another process may still be sending it: left alone.
    EXPECT_EQ(*test::await(payments().reconcile(60'000)), 0);
    EXPECT_EQ(stripe.sessionsCreated(), 0);
    db.clock().advance(2 * kMinute);
    auto reconciled = test::await(payments().reconcile(60'000));
    ASSERT_TRUE(reconciled) << describe(reconciled.error());
    EXPECT_EQ(*reconciled, 1);
    const Order order = find(1001);
    EXPECT_EQ(order.paymentLinks.constFirst().status, PaymentLinkStatus::Open);
    EXPECT_EQ(emails(1001, u"payment_link"_s), 1);
    EXPECT_EQ(stripe.sessionsCreated(), 1);
}

TEST_F(PaymentLinkTest, TheWorkerFindsThePaymentConfirmsTheOrderAndRefundsGoBackToTheCard)
{
    auto order = test::await(payments().placeOrder(linkOrder()));
    ASSERT_TRUE(order) << describe(order.error());
    const QString session = order->paymentLinks.constFirst().sessionId;
    db.clock().advance(10 * kMinute);
    // Not paid yet: the worker asks and nothing changes.
    EXPECT_EQ(*test::await(payments().reconcile()), 0);
    EXPECT_EQ(find(order->number).status, OrderStatus::Pending);

    const QString intent = stripe.completeSession(session);
    ASSERT_FALSE(intent.isEmpty());
    auto reconciled = test::await(payments().reconcile());
    ASSERT_TRUE(reconciled) << describe(reconciled.error());
    EXPECT_EQ(*reconciled, 1);
    const Order paid = find(order->number);
    EXPECT_EQ(paid.status, OrderStatus::Confirmed);
    EXPECT_EQ(paid.paid.minorUnits(), 2500);
    EXPECT_FALSE(paid.reservationExpiresAt.has_value());
    EXPECT_EQ(paid.paymentLinks.constFirst().status, PaymentLinkStatus::Paid);
    EXPECT_EQ(paid.paymentLinks.constFirst().paymentIntent, intent);
    ASSERT_EQ(paid.payments.size(), 1);
    EXPECT_EQ(paid.payments.constFirst().method, PaymentMethodType::Card);
    EXPECT_EQ(paid.payments.constFirst().reference, intent);
    ASSERT_EQ(paid.paymentAttempts.size(), 1);
    EXPECT_EQ(paid.paymentAttempts.constFirst().status, PaymentAttemptStatus::Succeeded);
    EXPECT_EQ(paid.paymentAttempts.constFirst().paymentIntent, intent);
    EXPECT_EQ(emails(order->number, u"confirmed"_s), 1);
    // Reported twice (another worker, the next round): recorded once.
    EXPECT_EQ(*test::await(payments().reconcile()), 0);
    EXPECT_EQ(find(order->number).paid.minorUnits(), 2500);

    // A refund goes through the card path, against the PaymentIntent the link created.
    const Currency usd = *Currency::fromCode(u"USD"_s);
    auto refunded = test::await(
            payments().refund(QString::number(order->number), Money(1000, usd), u"requested_by_customer"_s));
    ASSERT_TRUE(refunded) << describe(refunded.error());
    EXPECT_EQ(refunded->refunded.minorUnits(), 1000);
    EXPECT_EQ(stripe.refundedAmount(), 1000);
    EXPECT_EQ(FakeStripe::parseForm(requestsTo("POST", "/v1/refunds").constLast().body)
                      .queryItemValue(u"payment_intent"_s),
            intent);
    expectBalanced();
}

TEST_F(PaymentLinkTest, WhenItsTimeRunsOutTheSessionIsExpiredAndTheOrderCancelled)
{
    // Stripe's own expiry can lag: the worker expires the session itself.
    stripe.setExpiresByItself(false);
    auto order = test::await(payments().placeOrder(linkOrder()));
    ASSERT_TRUE(order) << describe(order.error());
    const QString session = order->paymentLinks.constFirst().sessionId;
    db.clock().advance(61 * kMinute);
    EXPECT_EQ(*orders().expireReservations(), 0); // the link's order is the worker's to end
    auto reconciled = test::await(payments().reconcile());
    ASSERT_TRUE(reconciled) << describe(reconciled.error());
    EXPECT_EQ(*reconciled, 1);
    const auto expires = requestsTo("POST", "/expire");
    ASSERT_EQ(expires.size(), 1);
    EXPECT_EQ(expires.constFirst().path, "/v1/checkout/sessions/" + session.toUtf8() + "/expire");
    EXPECT_EQ(stripe.sessions().value(session).status, u"expired"_s);
    const Order cancelled = find(order->number);
    EXPECT_EQ(cancelled.status, OrderStatus::Cancelled);
    EXPECT_EQ(cancelled.cancelReason, CancelReason::Expired);
    EXPECT_EQ(cancelled.paymentLinks.constFirst().status, PaymentLinkStatus::Expired);
    EXPECT_EQ(test::product(db.session(), u"MUG-1"_s).reserved, 0);
    EXPECT_TRUE(cancelled.balanceDue().isZero());
    EXPECT_EQ(emails(order->number, u"cancelled"_s), 1);
    // Nobody can pay through it any more.
    EXPECT_TRUE(stripe.completeSession(session).isEmpty());
    expectBalanced();
}

TEST_F(PaymentLinkTest, ASessionStripeExpiredCancelsTheOrder)
{
    auto order = test::await(payments().placeOrder(linkOrder()));
    ASSERT_TRUE(order);
    db.clock().advance(61 * kMinute);
    ASSERT_TRUE(test::await(payments().reconcile()));
    EXPECT_TRUE(requestsTo("POST", "/expire").isEmpty()); // Stripe had expired it already
    EXPECT_EQ(find(order->number).status, OrderStatus::Cancelled);
    EXPECT_EQ(test::product(db.session(), u"MUG-1"_s).reserved, 0);
}

TEST_F(PaymentLinkTest, CancellingTheOrderExpiresItsSession)
{
    auto order = test::await(payments().placeOrder(linkOrder()));
    ASSERT_TRUE(order);
    const QString session = order->paymentLinks.constFirst().sessionId;
    auto cancelled = test::await(
            payments().cancel(QString::number(order->number), CancelReason::Customer, {}, CancelSettlement{}));
    ASSERT_TRUE(cancelled) << describe(cancelled.error());
    EXPECT_EQ(cancelled->status, OrderStatus::Cancelled);
    EXPECT_EQ(cancelled->paymentLinks.constFirst().status, PaymentLinkStatus::Expired);
    EXPECT_EQ(stripe.sessions().value(session).status, u"expired"_s);
    EXPECT_TRUE(stripe.completeSession(session).isEmpty());
}

TEST_F(PaymentLinkTest, APaymentThatArrivesAfterTheOrderWasCancelledIsRefundedNeverKept)
{
    auto order = test::await(payments().placeOrder(linkOrder()));
    ASSERT_TRUE(order);
    const QString session = order->paymentLinks.constFirst().sessionId;
    // Cancelled while Stripe cannot be reached to expire the session; the customer pays meanwhile.
    stripe.injectFaults({FakeStripe::Fault::ServerErrorBefore, FakeStripe::Fault::ServerErrorBefore,
            FakeStripe::Fault::ServerErrorBefore});
    auto cancelled = test::await(
            payments().cancel(QString::number(order->number), CancelReason::Customer, {}, CancelSettlement{}));
    ASSERT_TRUE(cancelled) << describe(cancelled.error());
    EXPECT_EQ(cancelled->paymentLinks.constFirst().status, PaymentLinkStatus::Open);
    ASSERT_FALSE(stripe.completeSession(session).isEmpty());

    auto reconciled = test::await(payments().reconcile());
    ASSERT_TRUE(reconciled) << describe(reconciled.error());
    const Order after = find(order->number);
    EXPECT_EQ(after.status, OrderStatus::Cancelled);
    EXPECT_EQ(after.paid.minorUnits(), 2500);
    EXPECT_EQ(after.refunded.minorUnits(), 2500);
    EXPECT_TRUE(after.refundOwed().isZero());
    EXPECT_EQ(after.paymentLinks.constFirst().status, PaymentLinkStatus::Paid);
    EXPECT_EQ(stripe.capturedAmount() - stripe.refundedAmount(), 0);
    EXPECT_EQ(emails(order->number, u"confirmed"_s), 0); // no "we received your payment" for a cancelled order
    EXPECT_EQ(emails(order->number, u"refunded"_s), 1);
    expectBalanced();
}

TEST_F(PaymentLinkTest, ChangingTheOrderRetiresItsLinkAndANewOneAsksForTheNewTotal)
{
    auto order = test::await(payments().placeOrder(linkOrder()));
    ASSERT_TRUE(order);
    const QString first = order->paymentLinks.constFirst().sessionId;
    auto modified
            = test::await(payments().modify(QString::number(order->number), test::modifyItems({{u"MUG-1"_s, 3}})));
    ASSERT_TRUE(modified) << describe(modified.error());
    EXPECT_EQ(stripe.sessions().value(first).status, u"expired"_s);
    EXPECT_EQ(modified->status, OrderStatus::Pending); // no live link: it waits for staff to send a new one
    auto resent = test::await(payments().sendPaymentLink(QString::number(order->number)));
    ASSERT_TRUE(resent) << describe(resent.error());
    ASSERT_EQ(resent->paymentLinks.size(), 2);
    const PaymentLink second = resent->paymentLinks.constLast();
    EXPECT_EQ(second.amount.minorUnits(), 3750);
    EXPECT_EQ(second.idempotencyKey, u"shipshape-%1-checkout-2"_s.arg(order->id));
    EXPECT_EQ(stripe.sessions().value(second.sessionId).amountTotal, 3750);
}

TEST_F(PaymentLinkTest, ARefusedLinkSaysWhyAndTheOrderExpiresAsAnyUnpaidOrder)
{
    stripe.injectFaults({FakeStripe::Fault::InvalidRequestBefore});
    auto placed = test::await(payments().placeOrder(linkOrder()));
    ASSERT_FALSE(placed);
    EXPECT_EQ(placed.error().code, ErrorCode::PaymentFailed);
    EXPECT_EQ(placed.error().field, u"paymentLink"_s);
    EXPECT_TRUE(placed.error().message.contains(u"injected"_s)) << placed.error().message.toStdString();
    const Order order = find(1001);
    EXPECT_EQ(order.paymentLinks.constFirst().status, PaymentLinkStatus::Failed);
    EXPECT_EQ(order.timeline.constLast().event, u"PaymentLinkFailed"_s);
    EXPECT_EQ(emails(1001, u"payment_link"_s), 0);
    db.clock().advance(61 * kMinute);
    EXPECT_EQ(*orders().expireReservations(), 1);
    EXPECT_EQ(test::product(db.session(), u"MUG-1"_s).reserved, 0);
}

TEST_F(PaymentLinkTest, WithoutAReturnPageOrAKeyNothingIsWritten)
{
    StripeSettings settings;
    settings.apiBase = server.baseUrl();
    settings.secretKey = QString::fromLatin1(FakeStripe::kSecretKey);
    db.session().setPaymentGateway(std::make_unique<StripeGateway>(&db.session().network(), settings, 3u));
    const QString before = test::dumpDatabase(database());
    auto placed = test::await(payments().placeOrder(linkOrder()));
    ASSERT_FALSE(placed);
    EXPECT_EQ(placed.error().code, ErrorCode::Unavailable);
    EXPECT_TRUE(placed.error().message.contains(u"checkoutSuccessUrl"_s)) << placed.error().message.toStdString();
    db.session().setPaymentGateway(nullptr);
    EXPECT_FALSE(test::await(payments().placeOrder(linkOrder())));
    EXPECT_EQ(test::dumpDatabase(database()), before);
    EXPECT_TRUE(server.requests().isEmpty());

    // A link is for card orders: an invoice order with one is bad input.
    PlaceOrderRequest invoice = linkOrder();
    invoice.paymentMethod = PaymentMethodType::Invoice;
    auto refused = orders().place(invoice);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, u"paymentMethod"_s);
}

} // namespace
} // namespace shipshape
