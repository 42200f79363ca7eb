// Exchanges on returns (docs/fulfillment.md, "Exchanges"): a return exchanged once for a replacement order
// placed the ordinary way, linked both ways, its units' value credited against the replacement; what moves
// (nothing, money owed, a refund owed), what is refused with nothing written. Runs on SQLite and, with
// SHIPSHAPE_TEST_DATABASE=postgresql, on PostgreSQL (where the server's check at commit sees every step).
#include "Helpers.h"

#include "orders/OrderExchanges.h"
#include "orders/OrderReturns.h"
#include "orders/ReturnStore.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

class ExchangesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        addProduct(session(), u"MUG-1"_s, u"12.50"_s, 10);
        addProduct(session(), u"TEE-1"_s, u"20.00"_s, 5);
        addProduct(session(), u"CAP-1"_s, u"8.00"_s, 3);
    }

    Session &session() { return db.session(); }
    OrderService &orders() { return db.session().orders(); }
    OrderReturns &returns() { return db.session().orders().returns(); }
    OrderExchanges &exchanges() { return db.session().orders().exchanges(); }
    Database &database() { return db.session().database(); }
    static QString ref(const Order &order) { return QString::number(order.number); }
    static Money usd(qint64 minor) { return Money(minor, *Currency::fromCode(u"USD"_s)); }

    // Two mugs, paid by bank transfer and shipped; one mug comes back as the wrong item.
    OrderReturn returnedMug(const QList<DiscountRequest> &discounts = {})
    {
        PlaceOrderRequest request = placeRequest({{u"MUG-1"_s, 2}});
        request.paymentMethod = PaymentMethodType::BankTransfer;
        request.discounts = discounts;
        auto placed = orders().place(request);
        EXPECT_TRUE(placed) << describe(placed.error());
        if (!placed)
            return {};
        original = *placed;
        EXPECT_TRUE(orders().markPaid(ref(*placed), u"BT-1"_s));
        EXPECT_TRUE(orders().ship(ref(*placed), u"1Z-1"_s, u"UPS"_s));
        auto opened = returns().open(ref(*placed), {{u"MUG-1"_s, 1, ReturnReason::WrongItem, {}}}, {});
        EXPECT_TRUE(opened) << describe(opened.error());
        original = find(original);
        return opened ? *opened : OrderReturn{};
    }
    PlaceOrderRequest replacement(const QList<Line> &lines)
    {
        auto request = exchanges().replacementDefaults(openedReturn.id);
        EXPECT_TRUE(request) << describe(request.error());
        PlaceOrderRequest result = request ? *request : PlaceOrderRequest{};
        result.items = items(lines);
        return result;
    }
    Order find(const Order &order)
    {
        auto found = orders().find(ref(order));
        EXPECT_TRUE(found) << describe(found.error());
        return found ? *found : Order{};
    }
    QStringList events(const Order &order)
    {
        return rows(database(), u"SELECT event FROM order_events WHERE order_number = ? ORDER BY id"_s, {order.number});
    }
    QStringList emailEvents(const Order &order)
    {
        return rows(database(), u"SELECT event FROM notification_outbox WHERE order_number = ? ORDER BY id"_s,
                {order.number});
    }
    void expectConserved()
    {
        const QStringList violations = conservationViolations(database());
        EXPECT_TRUE(violations.isEmpty()) << violations.join(u"\n"_s).toStdString();
    }
    void expectRefusedWithNothingWritten(const PlaceOrderRequest &request, ErrorCode code)
    {
        const QString before = dumpDatabase(database());
        auto refused = exchanges().exchange(openedReturn.id, request);
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, code) << describe(refused.error());
        EXPECT_EQ(dumpDatabase(database()), before);
    }

    TestDatabase db;
    Order original;
    OrderReturn openedReturn;
};

TEST_F(ExchangesTest, TheSameProductMovesNoMoneyAndTheReplacementIsConfirmedAtOnce)
{
    openedReturn = returnedMug();
    auto exchanged = exchanges().exchange(openedReturn.id, replacement({{u"MUG-1"_s, 1}}));
    ASSERT_TRUE(exchanged) << describe(exchanged.error());
    EXPECT_EQ(exchanged->money.value, usd(1250));
    EXPECT_EQ(exchanged->money.credit, usd(1250));
    EXPECT_EQ(exchanged->money.due, usd(0));
    EXPECT_EQ(exchanged->money.refundOwed, usd(0));

    // Linked both ways, and the replacement goes to the same customer and address.
    const Order &placed = exchanged->replacement;
    EXPECT_EQ(exchanged->orderReturn.replacementOrder, placed.number);
    EXPECT_EQ(exchanged->orderReturn.state, ReturnState::Requested);
    EXPECT_EQ(placed.replacesReturn, openedReturn.id);
    EXPECT_EQ(placed.customer.id, original.customer.id);
    EXPECT_EQ(placed.shippingAddress, original.shippingAddress);
    EXPECT_EQ(placed.status, OrderStatus::Confirmed);
    EXPECT_EQ(placed.paid, usd(0));
    EXPECT_EQ(placed.balanceDue(), usd(0));
    EXPECT_FALSE(placed.reservationExpiresAt);
    // The replacement's mug is reserved like any order's; the returned one is not back yet.
    EXPECT_EQ(product(session(), u"MUG-1"_s).reserved, 1);
    const Order after = find(original);
    EXPECT_EQ(after.refundOwed(), usd(0));
    EXPECT_EQ(after.balanceDue(), usd(0));

    EXPECT_EQ(events(original).constLast(), u"ReturnExchanged"_s);
    EXPECT_EQ(after.timeline.constLast().reason,
            u"Exchanged on return %1 for order %2"_s.arg(openedReturn.id).arg(placed.number));
    EXPECT_EQ(events(placed), (QStringList{u"OrderPlaced"_s, u"ReplacementPlaced"_s, u"PaymentProcessed"_s}));
    EXPECT_EQ(placed.timeline.at(1).reason,
            u"Replacement for return %1 of order %2"_s.arg(openedReturn.id).arg(original.number));
    EXPECT_EQ(emailEvents(original).constLast(), u"return_exchanged"_s);
    EXPECT_EQ(emailEvents(placed), (QStringList{u"placed"_s, u"confirmed"_s}));
    expectConserved();

    // The returned mug still arrives and is received as usual.
    auto received = returns().receive(openedReturn.id, {{u"MUG-1"_s, 1}}, {});
    ASSERT_TRUE(received) << describe(received.error());
    EXPECT_EQ(received->replacementOrder, placed.number);
    expectConserved();
}

TEST_F(ExchangesTest, ADearerReplacementLeavesTheRestToPayOnIt)
{
    openedReturn = returnedMug();
    auto exchanged = exchanges().exchange(openedReturn.id, replacement({{u"TEE-1"_s, 1}}));
    ASSERT_TRUE(exchanged) << describe(exchanged.error());
    EXPECT_EQ(exchanged->money.credit, usd(1250));
    EXPECT_EQ(exchanged->money.due, usd(750));
    const Order &placed = exchanged->replacement;
    EXPECT_EQ(placed.status, OrderStatus::Pending);
    EXPECT_EQ(placed.exchangeCredit, usd(1250));
    EXPECT_EQ(placed.balanceDue(), usd(750));
    EXPECT_EQ(find(original).refundOwed(), usd(0));

    // The remainder is paid the ordinary way.
    auto paid = orders().markPaid(ref(placed), u"BT-2"_s);
    ASSERT_TRUE(paid) << describe(paid.error());
    EXPECT_EQ(paid->status, OrderStatus::Confirmed);
    EXPECT_EQ(paid->paid, usd(750));
    EXPECT_EQ(paid->balanceDue(), usd(0));
    EXPECT_EQ(paid->refundOwed(), usd(0));
    expectConserved();
}

TEST_F(ExchangesTest, ACheaperReplacementLeavesARefundOwedOnTheOriginalOrder)
{
    openedReturn = returnedMug();
    auto exchanged = exchanges().exchange(openedReturn.id, replacement({{u"CAP-1"_s, 1}}));
    ASSERT_TRUE(exchanged) << describe(exchanged.error());
    EXPECT_EQ(exchanged->money.credit, usd(800));
    EXPECT_EQ(exchanged->money.due, usd(0));
    EXPECT_EQ(exchanged->money.refundOwed, usd(450));
    EXPECT_EQ(exchanged->replacement.status, OrderStatus::Confirmed);
    EXPECT_EQ(exchanged->original.refundOwed(), usd(450));

    // Through the ordinary refund path (a refund made by hand, of what is owed).
    ManualRefundRequest refund{RefundMethod::BankTransfer, usd(450), u"RF-9"_s, {}};
    auto refunded = orders().recordRefund(ref(original), refund);
    ASSERT_TRUE(refunded) << describe(refunded.error());
    EXPECT_EQ(refunded->refunded, usd(450));
    EXPECT_EQ(refunded->refundOwed(), usd(0));
    EXPECT_EQ(refunded->timeline.constLast().event, u"RefundIssued"_s);
    expectConserved();

    // An exchanged return is not refunded or rejected as well.
    ASSERT_TRUE(returns().receive(openedReturn.id, {{u"MUG-1"_s, 1}}, {}));
    ReturnRefundRequest again;
    again.manual = ManualRefundRequest{RefundMethod::BankTransfer, std::nullopt, u"RF-10"_s, {}};
    auto twice = returns().refund(openedReturn.id, again);
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::Conflict);
    EXPECT_EQ(find(original).refunded, usd(450));
    expectConserved();
}

TEST_F(ExchangesTest, TheCreditIsWhatTheUnitsReallyCostAsTheirRefundWouldGiveBack)
{
    // 10 % off: the returned mug cost 11.25, the same share a refund of it gives back.
    openedReturn = returnedMug({DiscountRequest{u"percent"_s, u"10"_s, {}, u"SORRY10"_s, {}}});
    auto preview = exchanges().preview(openedReturn.id, replacement({{u"MUG-1"_s, 1}}));
    ASSERT_TRUE(preview) << describe(preview.error());
    EXPECT_EQ(preview->value, usd(1125));
    EXPECT_EQ(preview->replacementTotal, usd(1250));
    EXPECT_EQ(preview->due, usd(125));
    auto all = ReturnStore(database()).forOrder(original.number);
    ASSERT_TRUE(all);
    auto refundShare = OrderReturns::exchangeValue(find(original), all->constFirst(), *all);
    ASSERT_TRUE(refundShare);
    EXPECT_EQ(*refundShare, usd(1125));

    auto exchanged = exchanges().exchange(openedReturn.id, replacement({{u"MUG-1"_s, 1}}));
    ASSERT_TRUE(exchanged) << describe(exchanged.error());
    EXPECT_EQ(exchanged->money.value, preview->value);
    EXPECT_EQ(exchanged->money.due, preview->due);
    EXPECT_EQ(exchanged->orderReturn.exchangeValue, usd(1125));

    // The other mug, returned and refunded later, gives back the rest of the line: 22.50 in all.
    auto second = returns().open(ref(original), {{u"MUG-1"_s, 1, ReturnReason::NoLongerNeeded, {}}}, {});
    ASSERT_TRUE(second) << describe(second.error());
    ASSERT_TRUE(returns().receive(second->id, {{u"MUG-1"_s, 1}}, {}));
    ReturnRefundRequest request;
    request.manual = ManualRefundRequest{RefundMethod::Cash, std::nullopt, {}, {}};
    auto refunded = returns().refund(second->id, request);
    ASSERT_TRUE(refunded) << describe(refunded.error());
    EXPECT_EQ(refunded->orderReturn.refund, usd(1125));
    EXPECT_EQ(refunded->order.refunded, usd(1125));
    expectConserved();
}

TEST_F(ExchangesTest, ASecondExchangeOfTheSameReturnIsRefusedWithNothingWritten)
{
    openedReturn = returnedMug();
    ASSERT_TRUE(exchanges().exchange(openedReturn.id, replacement({{u"MUG-1"_s, 1}})));
    expectRefusedWithNothingWritten(replacement({{u"CAP-1"_s, 1}}), ErrorCode::Conflict);
    auto rejected = returns().reject(openedReturn.id, u"changed our mind"_s);
    ASSERT_FALSE(rejected);
    EXPECT_EQ(rejected.error().code, ErrorCode::Conflict);
}

TEST_F(ExchangesTest, ARejectedReturnIsNotExchanged)
{
    openedReturn = returnedMug();
    ASSERT_TRUE(returns().reject(openedReturn.id, u"outside the window"_s));
    expectRefusedWithNothingWritten(replacement({{u"MUG-1"_s, 1}}), ErrorCode::Conflict);
}

TEST_F(ExchangesTest, AReplacementOutOfStockIsRefusedWithNothingWritten)
{
    openedReturn = returnedMug();
    expectRefusedWithNothingWritten(replacement({{u"CAP-1"_s, 4}}), ErrorCode::Conflict);
    expectRefusedWithNothingWritten(replacement({{u"NOPE-1"_s, 1}}), ErrorCode::NotFound);
    auto still = returns().find(openedReturn.id);
    ASSERT_TRUE(still);
    EXPECT_FALSE(still->replacementOrder);
}

TEST_F(ExchangesTest, ACardTokenIsRefusedAndAReplacementCannotBeEditedBelowItsCredit)
{
    openedReturn = returnedMug();
    PlaceOrderRequest card = replacement({{u"TEE-1"_s, 1}});
    card.paymentMethod = PaymentMethodType::Card;
    card.paymentToken = u"pm_card_visa"_s;
    expectRefusedWithNothingWritten(card, ErrorCode::InvalidInput);

    auto exchanged = exchanges().exchange(openedReturn.id, replacement({{u"TEE-1"_s, 1}}));
    ASSERT_TRUE(exchanged) << describe(exchanged.error());
    auto edited = orders().modify(ref(exchanged->replacement), modifyItems({{u"CAP-1"_s, 1}}, u"cheaper"_s));
    ASSERT_FALSE(edited);
    EXPECT_EQ(edited.error().code, ErrorCode::Conflict);

    // A cancelled replacement no longer uses the credit: it is owed back on the original order.
    ASSERT_TRUE(orders().cancel(ref(exchanged->replacement), CancelReason::Customer, u"changed mind"_s));
    EXPECT_EQ(find(original).refundOwed(), usd(1250));
    expectConserved();
}

} // namespace
