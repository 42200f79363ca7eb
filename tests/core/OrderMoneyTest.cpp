// Money a support agent settles by hand: refunds made outside Shipshape, cancelling a paid order (refund
// recorded, kept as credit, or left owed), what a cancelled order owes, and the payment reference that
// bank statements are reconciled by. Runs on SQLite and (the _on_postgres variant) on PostgreSQL.

#include "Helpers.h"

#include "orders/OrderJson.h"
#include "orders/PaymentStates.h"
#include "storage/Database.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

class OrderMoneyTest : public ::testing::Test {
protected:
    void SetUp() override { addProduct(session(), u"MUG-1"_s, u"12.50"_s, 10); }

    Session &session() { return db.session(); }
    OrderService &orders() { return db.session().orders(); }
    Database &database() { return db.session().database(); }

    // An invoice order for two mugs (25.00), paid with the reference staff typed.
    Order paidOrder(PaymentMethodType method = PaymentMethodType::BankTransfer)
    {
        PlaceOrderRequest request = placeRequest({{u"MUG-1"_s, 2}});
        request.paymentMethod = method;
        auto placed = orders().place(request);
        EXPECT_TRUE(placed) << describe(placed.error());
        auto paid = orders().markPaid(QString::number(placed->number), u"INV-1"_s);
        EXPECT_TRUE(paid) << describe(paid.error());
        return paid ? *paid : Order{};
    }

    static Money usd(qint64 minor) { return Money(minor, *Currency::fromCode(u"USD"_s)); }
    static QString ref(const Order &order) { return QString::number(order.number); }

    QStringList emailEvents(const Order &order)
    {
        return rows(database(), u"SELECT event FROM notification_outbox WHERE order_number = ? ORDER BY id"_s,
                {order.number});
    }
    QString lastEmailText(const Order &order)
    {
        return rows(database(),
                u"SELECT body_text FROM notification_outbox WHERE order_number = ? ORDER BY id DESC LIMIT 1"_s,
                {order.number})
                .join(u'\n');
    }
    void expectBalanced()
    {
        const QStringList violations = conservationViolations(database());
        EXPECT_TRUE(violations.isEmpty()) << violations.join(u'\n').toStdString();
    }

    TestDatabase db;
};

TEST_F(OrderMoneyTest, MarkPaidKeepsTheReferenceOnThePaymentTheTimelineAndTheJson)
{
    const Order order = paidOrder();
    ASSERT_EQ(order.payments.size(), 1);
    EXPECT_EQ(order.payments.constFirst().reference, u"INV-1"_s);
    const TimelineEntry &paid = order.timeline.constLast();
    EXPECT_EQ(paid.event, u"PaymentProcessed"_s);
    EXPECT_EQ(paid.reason, u"Paid by Bank transfer, reference INV-1"_s);
    EXPECT_EQ(paid.details.value(u"reference"_s).toString(), u"INV-1"_s);

    const QJsonObject json = OrderJson::order(order);
    const QJsonObject payment = json.value(u"payments"_s).toArray().first().toObject();
    EXPECT_EQ(payment.value(u"reference"_s).toString(), u"INV-1"_s);
    EXPECT_EQ(payment.value(u"method"_s).toString(), u"bank_transfer"_s);
    EXPECT_EQ(payment.value(u"amount"_s).toString(), u"25.00"_s);
    EXPECT_EQ(json.value(u"timeline"_s).toArray().last().toObject().value(u"reason"_s).toString(),
            u"Paid by Bank transfer, reference INV-1"_s);
    EXPECT_EQ(json.value(u"paymentState"_s).toString(), u"paid"_s);

    // Without a reference the entry says how, and nothing more.
    auto other = orders().place(placeRequest({{u"MUG-1"_s, 1}}));
    ASSERT_TRUE(other);
    auto paidWithout = orders().markPaid(ref(*other));
    ASSERT_TRUE(paidWithout);
    EXPECT_EQ(paidWithout->timeline.constLast().reason, u"Paid by Invoice"_s);
}

TEST_F(OrderMoneyTest, ACancelledUnpaidOrderOwesNothing)
{
    auto placed = orders().place(placeRequest({{u"MUG-1"_s, 2}}));
    ASSERT_TRUE(placed);
    EXPECT_EQ(placed->balanceDue(), usd(2500));
    auto cancelled = orders().cancel(ref(*placed), CancelReason::Customer, {});
    ASSERT_TRUE(cancelled) << describe(cancelled.error());
    EXPECT_TRUE(cancelled->balanceDue().isZero());
    EXPECT_TRUE(cancelled->refundOwed().isZero());
    EXPECT_FALSE(cancelled->isPaid());
    EXPECT_EQ(PaymentStates::of(*cancelled), PaymentState::Unpaid);
    const QJsonObject json = OrderJson::order(*cancelled);
    EXPECT_EQ(json.value(u"balanceDue"_s).toString(), u"0.00"_s);
    EXPECT_EQ(json.value(u"refundOwed"_s).toString(), u"0.00"_s);
    // The customer is told nothing was charged, not that a refund is coming.
    EXPECT_TRUE(lastEmailText(*cancelled).contains(u"Nothing was charged."_s))
            << lastEmailText(*cancelled).toStdString();
}

TEST_F(OrderMoneyTest, ARefundMadeOutsideShipshapeIsOnTheLedgerTheTimelineAndTheEmail)
{
    const Order order = paidOrder();
    ManualRefundRequest request;
    request.method = RefundMethod::BankTransfer;
    request.amount = usd(1000);
    request.reference = u"RF-77"_s;
    request.reason = u"one mug arrived broken"_s;
    auto refunded = orders().recordRefund(ref(order), request);
    ASSERT_TRUE(refunded) << describe(refunded.error());
    EXPECT_EQ(refunded->refunded, usd(1000));
    EXPECT_EQ(refunded->status, OrderStatus::Confirmed);
    ASSERT_EQ(refunded->refunds.size(), 1);
    const RefundRecord &ledger = refunded->refunds.constFirst();
    EXPECT_EQ(ledger.method, RefundMethod::BankTransfer);
    EXPECT_EQ(ledger.amount, usd(1000));
    EXPECT_EQ(ledger.reference, u"RF-77"_s);
    EXPECT_EQ(ledger.reason, u"one mug arrived broken"_s);
    EXPECT_EQ(ledger.attemptId, 0);
    EXPECT_FALSE(ledger.actor.isEmpty());

    const TimelineEntry &entry = refunded->timeline.constLast();
    EXPECT_EQ(entry.event, u"RefundIssued"_s);
    EXPECT_EQ(entry.reason, u"Bank transfer, reference RF-77: one mug arrived broken"_s);
    EXPECT_EQ(entry.details.value(u"amount"_s).toString(), u"10.00"_s);
    EXPECT_EQ(entry.details.value(u"method"_s).toString(), u"bank_transfer"_s);

    EXPECT_EQ(emailEvents(order).constLast(), u"refunded"_s);
    const QString email = lastEmailText(order);
    EXPECT_TRUE(email.contains(u"Refunded amount: USD 10.00"_s)) << email.toStdString();
    EXPECT_TRUE(email.contains(u"Refunded by: Bank transfer"_s)) << email.toStdString();
    EXPECT_TRUE(email.contains(u"Reference: RF-77"_s)) << email.toStdString();

    const QJsonObject json = OrderJson::order(*refunded);
    const QJsonObject refundJson = json.value(u"refunds"_s).toArray().first().toObject();
    EXPECT_EQ(refundJson.value(u"method"_s).toString(), u"bank_transfer"_s);
    EXPECT_EQ(refundJson.value(u"reference"_s).toString(), u"RF-77"_s);
    EXPECT_TRUE(refundJson.value(u"refund"_s).isNull());

    // More than is left: refused, naming the amount, and nothing is written.
    const QString before = dumpDatabase(database());
    request.amount = usd(1501);
    auto tooMuch = orders().recordRefund(ref(order), request);
    ASSERT_FALSE(tooMuch);
    EXPECT_EQ(tooMuch.error().code, ErrorCode::Conflict);
    EXPECT_EQ(tooMuch.error().field, u"amount"_s);
    EXPECT_EQ(tooMuch.error().value, u"15.01"_s);
    EXPECT_EQ(dumpDatabase(database()), before);

    // No amount: everything left. Then nothing is left.
    request.amount.reset();
    request.method = RefundMethod::Cash;
    auto rest = orders().recordRefund(ref(order), request);
    ASSERT_TRUE(rest) << describe(rest.error());
    EXPECT_EQ(rest->refunded, rest->paid);
    EXPECT_EQ(PaymentStates::of(*rest), PaymentState::Refunded);
    auto nothingLeft = orders().recordRefund(ref(order), request);
    ASSERT_FALSE(nothingLeft);
    EXPECT_EQ(nothingLeft.error().code, ErrorCode::Conflict);
    expectBalanced();

    // The schema holds the same line whatever the code does.
    EXPECT_FALSE(
            database().query(u"UPDATE orders SET refunded_minor = paid_minor + 1 WHERE number = ?"_s, {order.number}));
    EXPECT_FALSE(database().query(u"UPDATE orders SET credit_minor = 1 WHERE number = ?"_s, {order.number}));
    // A card refund needs its attempt; one made outside Shipshape has none.
    EXPECT_FALSE(database().query(u"INSERT INTO refunds (order_number, method, amount_minor, currency, provider_id, "
                                  "actor, at) VALUES (?, 'card', 100, 'USD', '', 'x', 0)"_s,
            {order.number}));
    EXPECT_FALSE(database().query(u"INSERT INTO refunds (order_number, method, amount_minor, currency, provider_id, "
                                  "actor, at) VALUES (?, 'cash', 0, 'USD', '', 'x', 0)"_s,
            {order.number}));
}

TEST_F(OrderMoneyTest, BadRefundInputNamesTheFieldAndWritesNothing)
{
    const Order order = paidOrder();
    const QString before = dumpDatabase(database());
    const auto refused = [&](const ManualRefundRequest &request, const QString &field) {
        auto result = orders().recordRefund(ref(order), request);
        ASSERT_FALSE(result) << field.toStdString();
        EXPECT_EQ(result.error().field, field) << describe(result.error());
        EXPECT_EQ(dumpDatabase(database()), before) << field.toStdString();
    };
    ManualRefundRequest card;
    card.method = RefundMethod::Card;
    refused(card, u"method"_s);
    ManualRefundRequest twoLines;
    twoLines.reference = u"RF-1\nRF-2"_s;
    refused(twoLines, u"reference"_s);
    ManualRefundRequest longReason;
    longReason.reason = QString(501, u'x');
    refused(longReason, u"reason"_s);
    ManualRefundRequest negative;
    negative.amount = usd(-100);
    refused(negative, u"amount"_s);
    ManualRefundRequest zero;
    zero.amount = usd(0);
    refused(zero, u"amount"_s);
    ManualRefundRequest euros;
    euros.amount = Money(100, *Currency::fromCode(u"EUR"_s));
    refused(euros, u"amount"_s);
    auto missing = orders().recordRefund(u"9999"_s, ManualRefundRequest{});
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}

TEST_F(OrderMoneyTest, CancellingAPaidManualOrderRecordsTheRefundMadeElsewhere)
{
    const Order order = paidOrder();
    CancelSettlement settlement;
    settlement.money = CancelMoney::RecordRefund;
    settlement.refund.method = RefundMethod::BankTransfer;
    settlement.refund.reference = u"RF-9"_s;
    auto cancelled = orders().cancel(ref(order), CancelReason::Customer, u"changed their mind"_s, settlement);
    ASSERT_TRUE(cancelled) << describe(cancelled.error());
    EXPECT_EQ(cancelled->status, OrderStatus::Cancelled);
    EXPECT_EQ(cancelled->refunded, usd(2500));
    EXPECT_TRUE(cancelled->refundOwed().isZero());
    EXPECT_TRUE(cancelled->balanceDue().isZero());
    EXPECT_EQ(product(session(), u"MUG-1"_s).reserved, 0);
    const qsizetype count = cancelled->timeline.size();
    ASSERT_GE(count, 2);
    EXPECT_EQ(cancelled->timeline.at(count - 2).event, u"OrderCancelled"_s);
    EXPECT_EQ(cancelled->timeline.at(count - 2).details.value(u"money"_s).toString(), u"record"_s);
    EXPECT_EQ(cancelled->timeline.at(count - 1).event, u"RefundIssued"_s);
    EXPECT_EQ(cancelled->refunds.constFirst().reference, u"RF-9"_s);
    const QStringList events = emailEvents(order);
    EXPECT_EQ(events.mid(events.size() - 2), (QStringList{u"cancelled"_s, u"refunded"_s}));
    expectBalanced();
}

TEST_F(OrderMoneyTest, CancellingAPaidOrderCanKeepTheMoneyAsCredit)
{
    const Order order = paidOrder();
    CancelSettlement settlement;
    settlement.money = CancelMoney::KeepAsCredit;
    auto cancelled = orders().cancel(ref(order), CancelReason::Customer, {}, settlement);
    ASSERT_TRUE(cancelled) << describe(cancelled.error());
    EXPECT_EQ(cancelled->credit, usd(2500));
    EXPECT_TRUE(cancelled->refunded.isZero());
    EXPECT_TRUE(cancelled->refundOwed().isZero());
    EXPECT_EQ(PaymentStates::of(*cancelled), PaymentState::Credit);
    EXPECT_EQ(OrderJson::order(*cancelled).value(u"credit"_s).toString(), u"25.00"_s);
    EXPECT_EQ(cancelled->timeline.constLast().details.value(u"credit"_s).toString(), u"25.00"_s);
    const QString email = lastEmailText(order);
    EXPECT_TRUE(email.contains(u"kept as credit"_s)) << email.toStdString();
    EXPECT_TRUE(email.contains(u"USD 25.00"_s)) << email.toStdString();

    // The customer asks for the money after all: a refund pays the credit out.
    ManualRefundRequest request;
    request.method = RefundMethod::Cash;
    request.amount = usd(1000);
    auto refunded = orders().recordRefund(ref(order), request);
    ASSERT_TRUE(refunded) << describe(refunded.error());
    EXPECT_EQ(refunded->refunded, usd(1000));
    EXPECT_EQ(refunded->credit, usd(1500));
    EXPECT_TRUE(refunded->refundOwed().isZero());
    expectBalanced();
}

TEST_F(OrderMoneyTest, CancellingLeavesTheRefundOwedUntilItIsSettled)
{
    const Order order = paidOrder(PaymentMethodType::Invoice);
    auto cancelled = orders().cancel(ref(order), CancelReason::Customer, {});
    ASSERT_TRUE(cancelled) << describe(cancelled.error());
    EXPECT_EQ(cancelled->refundOwed(), usd(2500));
    EXPECT_TRUE(cancelled->balanceDue().isZero());
    EXPECT_EQ(PaymentStates::of(*cancelled), PaymentState::RefundOwed);
    EXPECT_EQ(OrderJson::order(*cancelled).value(u"refundOwed"_s).toString(), u"25.00"_s);
    EXPECT_EQ(cancelled->timeline.constLast().details.value(u"money"_s).toString(), u"later"_s);
    OrderFilter owed;
    owed.paymentState = PaymentState::RefundOwed;
    auto listed = orders().list(owed, {}, 10, 0);
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->constFirst().number, order.number);

    // Part of it refunded by hand: the rest stays owed.
    ManualRefundRequest part;
    part.method = RefundMethod::BankTransfer;
    part.amount = usd(500);
    auto partly = orders().recordRefund(ref(order), part);
    ASSERT_TRUE(partly) << describe(partly.error());
    EXPECT_EQ(partly->refundOwed(), usd(2000));
    // The rest is kept as credit: nothing is owed.
    auto kept = orders().keepAsCredit(ref(order), u"customer will order again"_s);
    ASSERT_TRUE(kept) << describe(kept.error());
    EXPECT_EQ(kept->credit, usd(2000));
    EXPECT_TRUE(kept->refundOwed().isZero());
    EXPECT_EQ(kept->timeline.constLast().event, u"CreditKept"_s);
    auto again = orders().keepAsCredit(ref(order), {});
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    expectBalanced();
}

TEST_F(OrderMoneyTest, AManualOrderCannotBeRefundedThroughStripeAndNothingIsWritten)
{
    const Order order = paidOrder();
    const QString before = dumpDatabase(database());
    CancelSettlement settlement;
    settlement.money = CancelMoney::Refund;
    auto refused = orders().cancel(ref(order), CancelReason::Customer, {}, settlement);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(refused.error().field, u"money"_s);
    EXPECT_EQ(dumpDatabase(database()), before);

    // Recording a refund larger than was paid while cancelling: refused as a whole (still confirmed).
    settlement.money = CancelMoney::RecordRefund;
    settlement.refund.amount = usd(2501);
    auto tooMuch = orders().cancel(ref(order), CancelReason::Customer, {}, settlement);
    ASSERT_FALSE(tooMuch);
    EXPECT_EQ(tooMuch.error().field, u"amount"_s);
    EXPECT_EQ(dumpDatabase(database()), before);
    EXPECT_EQ(orders().find(ref(order))->status, OrderStatus::Confirmed);

    // An unpaid order: there is no money to decide about, whatever the choice.
    auto unpaid = orders().place(placeRequest({{u"MUG-1"_s, 1}}));
    ASSERT_TRUE(unpaid);
    settlement.money = CancelMoney::Refund;
    auto cancelled = orders().cancel(ref(*unpaid), CancelReason::Customer, {}, settlement);
    ASSERT_TRUE(cancelled) << describe(cancelled.error());
    EXPECT_FALSE(cancelled->timeline.constLast().details.contains(u"money"_s));
}

} // namespace
