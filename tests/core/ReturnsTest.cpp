// Returns (docs/fulfillment.md, "Returns"): opened on shipped units with a reason per line, received once
// (restocked or written off on the stock ledger), refunded once with what the units really cost, or rejected;
// what each does to stock, money, the timeline and the customer's emails. Runs on SQLite and, with
// SHIPSHAPE_TEST_DATABASE=postgresql, on PostgreSQL (where the server's check at commit sees every step).
#include "Helpers.h"

#include "orders/OrderReturns.h"
#include "orders/ReturnableUnits.h"
#include "storage/Database.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

class ReturnsTest : public ::testing::Test {
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
    Database &database() { return db.session().database(); }
    QString ref(const Order &order) { return QString::number(order.number); }

    // Three mugs and two tees, 10 % off the order and 4.95 shipping, paid by bank transfer and shipped.
    Order shippedOrder(bool shipEverything = true)
    {
        PlaceOrderRequest request = placeRequest({{u"MUG-1"_s, 3}, {u"TEE-1"_s, 2}});
        request.paymentMethod = PaymentMethodType::BankTransfer;
        request.discounts = {DiscountRequest{u"percent"_s, u"10"_s, {}, u"SORRY10"_s, {}}};
        request.shipping = ShippingRequest{u"Standard"_s, u"4.95"_s};
        auto placed = orders().place(request);
        EXPECT_TRUE(placed) << describe(placed.error());
        if (!placed)
            return {};
        auto paid = orders().markPaid(ref(*placed), u"BT-1"_s);
        EXPECT_TRUE(paid) << describe(paid.error());
        auto shipped = shipEverything ? orders().ship(ref(*placed), u"1Z-ALL"_s, u"UPS"_s)
                                      : orders().ship(ref(*placed), u"1Z-MUGS"_s, u"UPS"_s, {{u"MUG-1"_s, 2}});
        EXPECT_TRUE(shipped) << describe(shipped.error());
        return shipped ? *shipped : Order{};
    }
    Order find(const Order &order)
    {
        auto found = orders().find(ref(order));
        EXPECT_TRUE(found) << describe(found.error());
        return found ? *found : Order{};
    }
    static const LineItem &line(const Order &order, const QString &sku)
    {
        for (const LineItem &item : order.lines) {
            if (item.sku == sku)
                return item;
        }
        static const LineItem none;
        ADD_FAILURE() << "no line " << sku.toStdString();
        return none;
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
    static ReturnRefundRequest byBankTransfer(std::optional<Money> fee = std::nullopt, bool shipping = false)
    {
        ReturnRefundRequest request;
        request.restockingFee = fee;
        request.includeShipping = shipping;
        request.manual = ManualRefundRequest{RefundMethod::BankTransfer, std::nullopt, u"RF-1"_s, {}};
        return request;
    }
    static Money usd(qint64 minor) { return Money(minor, *Currency::fromCode(u"USD"_s)); }
    // cost × units / quantity, rounded half up: what `units` of a line give back.
    static qint64 share(const Order &order, const QString &sku, qint64 units)
    {
        const LineItem &item = line(order, sku);
        const qint64 cost = order.costOf(item).minorUnits();
        return (cost * units * 2 + item.quantity) / (item.quantity * 2);
    }

    TestDatabase db;
};

TEST_F(ReturnsTest, AReturnIsOpenedReceivedAndRefundedWithWhatTheUnitsReallyCost)
{
    const Order order = shippedOrder();
    ASSERT_EQ(order.status, OrderStatus::Shipped);
    auto opened = returns().open(ref(order),
            {{u"MUG-1"_s, 2, ReturnReason::Damaged, {}}, {u"TEE-1"_s, 1, ReturnReason::NoLongerNeeded, {}}},
            u"box crushed"_s);
    ASSERT_TRUE(opened) << describe(opened.error());
    EXPECT_EQ(opened->state, ReturnState::Requested);
    EXPECT_EQ(opened->orderNumber, order.number);
    ASSERT_EQ(opened->lines.size(), 2);
    EXPECT_EQ(opened->lines.at(0).sku, u"MUG-1"_s);
    EXPECT_EQ(opened->lines.at(0).reason, ReturnReason::Damaged);
    EXPECT_EQ(find(order).timeline.constLast().event, u"ReturnOpened"_s);
    EXPECT_EQ(emailEvents(order).constLast(), u"return_opened"_s);
    expectConserved();

    const qint64 mugsBefore = product(session(), u"MUG-1"_s).onHand;
    const qint64 teesBefore = product(session(), u"TEE-1"_s).onHand;
    auto received = returns().receive(opened->id, {{u"MUG-1"_s, 1}, {u"TEE-1"_s, 1}}, {{u"MUG-1"_s, 1}});
    ASSERT_TRUE(received) << describe(received.error());
    EXPECT_EQ(received->state, ReturnState::Received);
    EXPECT_EQ(received->lines.at(0).restocked, 1);
    EXPECT_EQ(received->lines.at(0).writtenOff, 1);
    EXPECT_EQ(received->lines.at(1).restocked, 1);
    // One mug and one tee back on the shelf; the broken mug stays gone but is on the ledger with its reason.
    EXPECT_EQ(product(session(), u"MUG-1"_s).onHand, mugsBefore + 1);
    EXPECT_EQ(product(session(), u"TEE-1"_s).onHand, teesBefore + 1);
    EXPECT_EQ(scalar(database(),
                      u"SELECT COUNT(*) FROM stock_movements WHERE return_id = ? AND kind = 'returned' "
                      "AND on_hand_delta = 1 AND reserved_delta = 0"_s,
                      {opened->id}),
            2);
    EXPECT_EQ(rows(database(),
                      u"SELECT sku, on_hand_delta, written_off, reason FROM stock_movements "
                      "WHERE return_id = ? AND kind = 'damaged'"_s,
                      {opened->id}),
            QStringList{u"MUG-1 | 0 | 1 | Return %1: Damaged"_s.arg(opened->id)});
    EXPECT_EQ(find(order).timeline.constLast().event, u"ReturnReceived"_s);
    EXPECT_EQ(emailEvents(order).constLast(), u"return_received"_s);
    expectConserved();

    // Two of three mugs and one of two tees, at what they cost after the 10 % and with their tax, plus the
    // shipping, less a 1.00 restocking fee; all of it back to the customer, who had paid everything.
    const Order before = find(order);
    const qint64 expected = share(before, u"MUG-1"_s, 2) + share(before, u"TEE-1"_s, 1) + 495 - 100;
    auto refunded = returns().refund(opened->id, byBankTransfer(usd(100), true));
    ASSERT_TRUE(refunded) << describe(refunded.error());
    EXPECT_EQ(refunded->orderReturn.state, ReturnState::Closed);
    ASSERT_TRUE(refunded->orderReturn.refund);
    EXPECT_EQ(refunded->orderReturn.refund->minorUnits(), expected);
    EXPECT_EQ(refunded->orderReturn.shippingRefund.minorUnits(), 495);
    EXPECT_EQ(refunded->orderReturn.restockingFee.minorUnits(), 100);
    EXPECT_TRUE(refunded->orderReturn.refundId.has_value());
    EXPECT_EQ(refunded->moneyBack.minorUnits(), expected);
    EXPECT_EQ(refunded->order.refunded.minorUnits(), expected);
    EXPECT_EQ(refunded->order.returnCredit.minorUnits(), expected);
    EXPECT_TRUE(refunded->order.refundOwed().isZero());
    EXPECT_TRUE(refunded->order.balanceDue().isZero());
    ASSERT_EQ(refunded->order.returns.size(), 1);
    QStringList events;
    for (const TimelineEntry &entry : refunded->order.timeline)
        events << entry.event;
    EXPECT_TRUE(events.contains(u"RefundIssued"_s));
    EXPECT_EQ(events.constLast(), u"ReturnRefunded"_s);
    EXPECT_EQ(emailEvents(order).constLast(), u"refunded"_s);
    expectConserved();

    // Refunding twice is refused and writes nothing.
    const QString dump = dumpDatabase(database());
    auto twice = returns().refund(opened->id, byBankTransfer());
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(twice.error().message.contains(u"already refunded"_s)) << twice.error().message.toStdString();
    EXPECT_EQ(dumpDatabase(database()), dump);
}

TEST_F(ReturnsTest, OnlyShippedUnitsComeBackAndNeverMoreThanShipped)
{
    const Order order = shippedOrder(false); // two of three mugs shipped, no tee
    const QString dump = dumpDatabase(database());
    auto unshipped = returns().open(ref(order), {{u"TEE-1"_s, 1, ReturnReason::Damaged, {}}}, {});
    ASSERT_FALSE(unshipped);
    EXPECT_EQ(unshipped.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(unshipped.error().field, u"line"_s);
    EXPECT_EQ(unshipped.error().value, u"TEE-1:1:damaged"_s);
    auto tooMany = returns().open(ref(order), {{u"MUG-1"_s, 3, ReturnReason::WrongItem, {}}}, {});
    ASSERT_FALSE(tooMany);
    EXPECT_EQ(tooMany.error().value, u"MUG-1:3:wrong_item"_s);
    EXPECT_TRUE(tooMany.error().message.contains(u"2 shipped"_s)) << tooMany.error().message.toStdString();
    auto otherWithoutNote = returns().open(ref(order), {{u"MUG-1"_s, 1, ReturnReason::Other, {}}}, {});
    ASSERT_FALSE(otherWithoutNote);
    EXPECT_EQ(otherWithoutNote.error().field, u"line"_s);
    EXPECT_EQ(dumpDatabase(database()), dump);

    auto first = returns().open(ref(order), {{u"MUG-1"_s, 2, ReturnReason::NotAsDescribed, {}}}, {});
    ASSERT_TRUE(first) << describe(first.error());
    // Both shipped mugs are under return already.
    auto again = returns().open(ref(order), {{u"MUG-1"_s, 1, ReturnReason::Other, {}}}, u"changed my mind"_s);
    ASSERT_FALSE(again);
    EXPECT_TRUE(again.error().message.contains(u"2 in other returns"_s)) << again.error().message.toStdString();
    // A rejected return gives its units back to what can be returned.
    auto rejected = returns().reject(first->id, u"outside the return window"_s);
    ASSERT_TRUE(rejected) << describe(rejected.error());
    EXPECT_EQ(rejected->state, ReturnState::Rejected);
    EXPECT_EQ(find(order).timeline.constLast().event, u"ReturnRejected"_s);
    auto afterReject = returns().open(ref(order), {{u"MUG-1"_s, 1, ReturnReason::Other, {}}}, u"changed my mind"_s);
    ASSERT_TRUE(afterReject) << describe(afterReject.error());
    EXPECT_EQ(afterReject->lines.constFirst().note, u"changed my mind"_s);
    expectConserved();
}

// What the desktop offers (the Return button, ReturnDialog's spin boxes) is the count open() checks.
TEST_F(ReturnsTest, ReturnableUnitsCountShippedUnitsNotUnderAReturnThatStands)
{
    const Order order = shippedOrder(false); // two of three mugs shipped, no tee
    Order loaded = find(order);
    EXPECT_EQ(ReturnableUnits::of(line(loaded, u"MUG-1"_s), loaded.returns), 2);
    EXPECT_EQ(ReturnableUnits::of(line(loaded, u"TEE-1"_s), loaded.returns), 0);
    EXPECT_TRUE(ReturnableUnits::any(loaded));

    auto first = returns().open(ref(order), {{u"MUG-1"_s, 2, ReturnReason::Damaged, {}}}, {});
    ASSERT_TRUE(first) << describe(first.error());
    loaded = find(order);
    EXPECT_EQ(ReturnableUnits::underReturn(loaded.returns, u"MUG-1"_s), 2);
    EXPECT_EQ(ReturnableUnits::of(line(loaded, u"MUG-1"_s), loaded.returns), 0);
    EXPECT_FALSE(ReturnableUnits::any(loaded));

    ASSERT_TRUE(returns().reject(first->id, u"outside the return window"_s));
    loaded = find(order);
    EXPECT_EQ(ReturnableUnits::underReturn(loaded.returns, u"MUG-1"_s), 0);
    EXPECT_TRUE(ReturnableUnits::any(loaded));
}

TEST_F(ReturnsTest, ReceivingTwiceMoreThanReturnedOrARejectedReturnIsRefused)
{
    const Order order = shippedOrder();
    auto opened = returns().open(ref(order), {{u"MUG-1"_s, 2, ReturnReason::Damaged, {}}}, {});
    ASSERT_TRUE(opened) << describe(opened.error());
    const QString dump = dumpDatabase(database());
    auto tooMany = returns().receive(opened->id, {{u"MUG-1"_s, 2}}, {{u"MUG-1"_s, 1}});
    ASSERT_FALSE(tooMany);
    EXPECT_EQ(tooMany.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(tooMany.error().field, u"restock"_s);
    EXPECT_TRUE(tooMany.error().message.contains(u"MUG-1"_s));
    auto notOnReturn = returns().receive(opened->id, {{u"TEE-1"_s, 1}}, {});
    ASSERT_FALSE(notOnReturn);
    EXPECT_EQ(notOnReturn.error().value, u"TEE-1:1"_s);
    auto nothing = returns().receive(opened->id, {}, {});
    ASSERT_FALSE(nothing);
    auto notReceived = returns().refund(opened->id, byBankTransfer());
    ASSERT_FALSE(notReceived);
    EXPECT_EQ(notReceived.error().code, ErrorCode::Conflict);
    auto unknown = returns().receive(987654, {{u"MUG-1"_s, 1}}, {});
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    EXPECT_EQ(dumpDatabase(database()), dump);

    ASSERT_TRUE(returns().receive(opened->id, {{u"MUG-1"_s, 2}}, {}));
    const QString received = dumpDatabase(database());
    auto twice = returns().receive(opened->id, {{u"MUG-1"_s, 1}}, {});
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::Conflict);
    auto rejectReceived = returns().reject(opened->id, u"too late"_s);
    ASSERT_FALSE(rejectReceived);
    EXPECT_EQ(dumpDatabase(database()), received);

    auto other = returns().open(ref(order), {{u"TEE-1"_s, 1, ReturnReason::WrongItem, {}}}, {});
    ASSERT_TRUE(other) << describe(other.error());
    ASSERT_TRUE(returns().reject(other->id, u"no proof"_s));
    auto receiveRejected = returns().receive(other->id, {{u"TEE-1"_s, 1}}, {});
    ASSERT_FALSE(receiveRejected);
    EXPECT_EQ(receiveRejected.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(receiveRejected.error().message.contains(u"rejected"_s));
    expectConserved();
}

// Late receipt (docs/fulfillment.md): units missing from the first receipt can be received later, restocked
// or written off, until the return is refunded; never more than the return holds, and the same units never
// twice.
TEST_F(ReturnsTest, UnitsMissingFromAReceiptAreReceivedLaterButNeverTwice)
{
    const Order order = shippedOrder();
    auto opened = returns().open(ref(order),
            {{u"MUG-1"_s, 3, ReturnReason::NoLongerNeeded, {}}, {u"TEE-1"_s, 2, ReturnReason::Damaged, {}}}, {});
    ASSERT_TRUE(opened) << describe(opened.error());
    const qint64 mugsOnHand = product(session(), u"MUG-1"_s).onHand;
    auto first = returns().receive(opened->id, {{u"MUG-1"_s, 1}}, {{u"TEE-1"_s, 1}});
    ASSERT_TRUE(first) << describe(first.error());
    EXPECT_EQ(first->state, ReturnState::Received);
    EXPECT_EQ(first->outstanding(), 3);
    EXPECT_TRUE(first->canBeReceived());
    const QDateTime firstReceipt = first->receivedAt.value_or(QDateTime());

    // More than is still outstanding, or a SKU of nothing outstanding, is refused naming the line.
    const QString dump = dumpDatabase(database());
    auto tooMany = returns().receive(opened->id, {{u"MUG-1"_s, 2}}, {{u"MUG-1"_s, 1}});
    ASSERT_FALSE(tooMany);
    EXPECT_EQ(tooMany.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(tooMany.error().field, u"restock"_s);
    EXPECT_TRUE(tooMany.error().message.contains(u"2 can still be received"_s))
            << tooMany.error().message.toStdString();
    EXPECT_EQ(dumpDatabase(database()), dump);

    db.clock().advance(3 * 24 * 3600 * 1000LL);
    auto late = returns().receive(opened->id, {{u"MUG-1"_s, 1}}, {{u"MUG-1"_s, 1}, {u"TEE-1"_s, 1}});
    ASSERT_TRUE(late) << describe(late.error());
    EXPECT_EQ(late->state, ReturnState::Received);
    EXPECT_EQ(late->outstanding(), 0);
    EXPECT_FALSE(late->canBeReceived());
    EXPECT_EQ(late->receivedAt, firstReceipt); // the first receipt's time stays
    EXPECT_EQ(late->line(u"MUG-1"_s)->restocked, 2);
    EXPECT_EQ(late->line(u"MUG-1"_s)->writtenOff, 1);
    EXPECT_EQ(late->line(u"TEE-1"_s)->writtenOff, 2);
    EXPECT_EQ(product(session(), u"MUG-1"_s).onHand, mugsOnHand + 2);
    const QStringList ledger = rows(database(),
            u"SELECT kind || ':' || sku || ':' || on_hand_delta || ':' || written_off FROM stock_movements "
            "WHERE return_id = ? ORDER BY id"_s,
            {opened->id});
    EXPECT_EQ(ledger,
            (QStringList{u"returned:MUG-1:1:0"_s, u"damaged:TEE-1:0:1"_s, u"returned:MUG-1:1:0"_s,
                    u"damaged:MUG-1:0:1"_s, u"damaged:TEE-1:0:1"_s}));
    const QStringList timeline = rows(database(),
            u"SELECT event FROM order_events WHERE order_number = ? AND event = 'ReturnReceived' ORDER BY id"_s,
            {order.number});
    EXPECT_EQ(timeline.size(), 2);

    // Everything is accounted for: receiving again is refused, and nothing changes.
    const QString full = dumpDatabase(database());
    auto again = returns().receive(opened->id, {{u"MUG-1"_s, 1}}, {});
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_EQ(dumpDatabase(database()), full);

    // The refund pays back every unit received, late ones included.
    auto refunded = returns().refund(opened->id, byBankTransfer());
    ASSERT_TRUE(refunded) << describe(refunded.error());
    EXPECT_EQ(refunded->orderReturn.line(u"MUG-1"_s)->refund->minorUnits(), share(order, u"MUG-1"_s, 3));
    expectConserved();
}

TEST_F(ReturnsTest, ARefundedReturnTakesNoLateReceipt)
{
    const Order order = shippedOrder();
    auto opened = returns().open(ref(order), {{u"MUG-1"_s, 2, ReturnReason::Damaged, {}}}, {});
    ASSERT_TRUE(opened) << describe(opened.error());
    ASSERT_TRUE(returns().receive(opened->id, {{u"MUG-1"_s, 1}}, {}));
    ASSERT_TRUE(returns().refund(opened->id, byBankTransfer()));
    const QString dump = dumpDatabase(database());
    auto late = returns().receive(opened->id, {{u"MUG-1"_s, 1}}, {});
    ASSERT_FALSE(late);
    EXPECT_EQ(late.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(late.error().message.contains(u"closed"_s)) << late.error().message.toStdString();
    EXPECT_EQ(dumpDatabase(database()), dump);
    expectConserved();
}

// The Returns page's filters: state, a reason one of the lines gives, and the opening time.
TEST_F(ReturnsTest, ReturnsAreListedByStateReasonAndAge)
{
    const Order order = shippedOrder();
    auto old = returns().open(ref(order), {{u"MUG-1"_s, 1, ReturnReason::Damaged, {}}}, {});
    ASSERT_TRUE(old) << describe(old.error());
    const QDateTime oldOpened = db.clock().now();
    db.clock().advance(10 * 24 * 3600 * 1000LL);
    auto recent = returns().open(
            ref(order), {{u"MUG-1"_s, 1, ReturnReason::WrongItem, {}}, {u"TEE-1"_s, 1, ReturnReason::Damaged, {}}}, {});
    ASSERT_TRUE(recent) << describe(recent.error());
    ASSERT_TRUE(returns().receive(recent->id, {{u"MUG-1"_s, 1}}, {}));
    const auto ids = [&](const ReturnFilter &filter) {
        QList<qint64> found;
        auto listed = returns().list(filter, 50);
        EXPECT_TRUE(listed) << describe(listed.error());
        for (const OrderReturn &item : listed.value_or(QList<OrderReturn>()))
            found.append(item.id);
        return found;
    };
    EXPECT_EQ(ids({}), (QList<qint64>{recent->id, old->id}));
    ReturnFilter damaged;
    damaged.reason = ReturnReason::Damaged;
    EXPECT_EQ(ids(damaged), (QList<qint64>{recent->id, old->id}));
    ReturnFilter wrongItem;
    wrongItem.reason = ReturnReason::WrongItem;
    EXPECT_EQ(ids(wrongItem), (QList<qint64>{recent->id}));
    ReturnFilter olderThanAWeek;
    olderThanAWeek.openedBefore = db.clock().now().addDays(-7);
    EXPECT_EQ(ids(olderThanAWeek), (QList<qint64>{old->id}));
    ReturnFilter requestedAndDamaged;
    requestedAndDamaged.state = ReturnState::Requested;
    requestedAndDamaged.reason = ReturnReason::Damaged;
    EXPECT_EQ(ids(requestedAndDamaged), (QList<qint64>{old->id}));
    ReturnFilter thatDay;
    thatDay.openedFrom = oldOpened;
    thatDay.openedBefore = oldOpened.addDays(1);
    EXPECT_EQ(ids(thatDay), (QList<qint64>{old->id}));
    ReturnFilter backwards;
    backwards.openedFrom = oldOpened;
    backwards.openedBefore = oldOpened.addDays(-1);
    auto refused = returns().list(backwards, 50);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, u"to"_s);
}

TEST_F(ReturnsTest, EveryUnitOfALineReturnedOneByOneGivesBackExactlyWhatTheLineCost)
{
    const Order order = shippedOrder();
    qint64 total = 0;
    for (int i = 0; i < 3; ++i) {
        auto opened = returns().open(ref(order), {{u"MUG-1"_s, 1, ReturnReason::NoLongerNeeded, {}}}, {});
        ASSERT_TRUE(opened) << describe(opened.error());
        ASSERT_TRUE(returns().receive(opened->id, {{u"MUG-1"_s, 1}}, {}));
        auto refunded = returns().refund(opened->id, byBankTransfer());
        ASSERT_TRUE(refunded) << describe(refunded.error());
        total += refunded->orderReturn.refund->minorUnits();
    }
    const Order after = find(order);
    EXPECT_EQ(total, after.costOf(line(after, u"MUG-1"_s)).minorUnits());
    EXPECT_EQ(after.refunded.minorUnits(), total);
    auto fourth = returns().open(ref(order), {{u"MUG-1"_s, 1, ReturnReason::NoLongerNeeded, {}}}, {});
    ASSERT_FALSE(fourth);
    expectConserved();
}

TEST_F(ReturnsTest, ARefundOutsideTheRulesIsRefusedNamingTheFieldAndWritesNothing)
{
    const Order order = shippedOrder();
    auto opened = returns().open(ref(order), {{u"TEE-1"_s, 1, ReturnReason::Damaged, {}}}, {});
    ASSERT_TRUE(opened) << describe(opened.error());
    ASSERT_TRUE(returns().receive(opened->id, {}, {{u"TEE-1"_s, 1}}));
    const QString dump = dumpDatabase(database());
    auto hugeFee = returns().refund(opened->id, byBankTransfer(usd(100000)));
    ASSERT_FALSE(hugeFee);
    EXPECT_EQ(hugeFee.error().field, u"restocking-fee"_s);
    EXPECT_EQ(hugeFee.error().value, u"1000.00"_s);
    auto foreign = returns().refund(opened->id, byBankTransfer(Money(100, *Currency::fromCode(u"EUR"_s))));
    ASSERT_FALSE(foreign);
    EXPECT_EQ(foreign.error().field, u"restocking-fee"_s);
    // A bank-transfer order's money goes back by hand: say how.
    auto noMethod = returns().refund(opened->id, ReturnRefundRequest{});
    ASSERT_FALSE(noMethod);
    EXPECT_EQ(noMethod.error().field, u"method"_s);
    EXPECT_EQ(dumpDatabase(database()), dump);

    // The shipping goes back once per order.
    ASSERT_TRUE(returns().refund(opened->id, byBankTransfer(std::nullopt, true)));
    auto second = returns().open(ref(order), {{u"MUG-1"_s, 1, ReturnReason::Damaged, {}}}, {});
    ASSERT_TRUE(second) << describe(second.error());
    ASSERT_TRUE(returns().receive(second->id, {{u"MUG-1"_s, 1}}, {}));
    auto shippingAgain = returns().refund(second->id, byBankTransfer(std::nullopt, true));
    ASSERT_FALSE(shippingAgain);
    EXPECT_EQ(shippingAgain.error().field, u"include-shipping"_s);
    expectConserved();
}

TEST_F(ReturnsTest, ParsingAReturnLineNamesWhatIsWrong)
{
    auto good = OrderReturns::parseLine(u"line"_s, u"MUG-1:2:wrong_item"_s);
    ASSERT_TRUE(good) << describe(good.error());
    EXPECT_EQ(good->sku, u"MUG-1"_s);
    EXPECT_EQ(good->quantity, 2);
    EXPECT_EQ(good->reason, ReturnReason::WrongItem);
    auto badReason = OrderReturns::parseLine(u"line"_s, u"MUG-1:2:meh"_s);
    ASSERT_FALSE(badReason);
    EXPECT_EQ(badReason.error().value, u"MUG-1:2:meh"_s);
    EXPECT_TRUE(badReason.error().message.contains(u"no_longer_needed"_s));
    EXPECT_FALSE(OrderReturns::parseLine(u"line"_s, u"MUG-1:2"_s));
}

} // namespace
