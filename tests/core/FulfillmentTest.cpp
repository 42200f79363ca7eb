// Partial shipments (docs/fulfillment.md): parcels by line and quantity, deliveries per parcel, unshipped
// units cancelled by line, and what each does to stock, money, the timeline and the customer's emails. Runs
// on SQLite and, with SHIPSHAPE_TEST_DATABASE=postgresql, on PostgreSQL.
#include "Helpers.h"

#include "orders/OrderFulfillment.h"
#include "storage/Database.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

class FulfillmentTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        addProduct(session(), u"MUG-1"_s, u"12.50"_s, 10);
        addProduct(session(), u"TEE-1"_s, u"20.00"_s, 5);
        addProduct(session(), u"CAP-1"_s, u"8.00"_s, 3);
    }

    Session &session() { return db.session(); }
    OrderService &orders() { return db.session().orders(); }
    Database &database() { return db.session().database(); }
    QString ref(const Order &order) { return QString::number(order.number); }

    // Three mugs and two tees, paid (invoice): 3 × 12.50 + 2 × 20.00 = 77.50.
    Order paidOrder(const PlaceOrderRequest &request)
    {
        auto placed = orders().place(request);
        EXPECT_TRUE(placed) << describe(placed.error());
        if (!placed)
            return {};
        auto paid = orders().markPaid(ref(*placed));
        EXPECT_TRUE(paid) << describe(paid.error());
        return paid ? *paid : Order{};
    }
    Order paidOrder() { return paidOrder(placeRequest({{u"MUG-1"_s, 3}, {u"TEE-1"_s, 2}})); }
    Order find(const Order &order)
    {
        auto found = orders().find(ref(order));
        EXPECT_TRUE(found) << describe(found.error());
        return found ? *found : Order{};
    }
    const LineItem &line(const Order &order, const QString &sku)
    {
        for (const LineItem &item : order.lines) {
            if (item.sku == sku)
                return item;
        }
        static const LineItem none;
        ADD_FAILURE() << "no line " << sku.toStdString();
        return none;
    }
    QStringList emails(const Order &order)
    {
        return rows(database(), u"SELECT event, subject FROM notification_outbox WHERE order_number = ? ORDER BY id"_s,
                {order.number});
    }
    QString emailText(qint64 number, qint64 nth)
    {
        const QStringList bodies = rows(database(),
                u"SELECT body_text FROM notification_outbox WHERE order_number = ? ORDER BY id"_s, {number});
        return nth < bodies.size() ? bodies.at(nth) : QString();
    }
    void expectConserved()
    {
        const QStringList violations = conservationViolations(database());
        EXPECT_TRUE(violations.isEmpty()) << violations.join(u"\n"_s).toStdString();
    }

    TestDatabase db;
};

TEST_F(FulfillmentTest, APartialShipmentConsumesOnlyItsUnitsAndKeepsTheOrderConfirmed)
{
    const Order order = paidOrder();
    auto shipped = orders().ship(ref(order), u"1Z-FIRST"_s, u"UPS"_s, {{u"MUG-1"_s, 2}});
    ASSERT_TRUE(shipped) << describe(shipped.error());
    EXPECT_EQ(shipped->status, OrderStatus::Confirmed);
    EXPECT_EQ(shipped->fulfillmentState(), FulfillmentState::PartiallyShipped);
    EXPECT_EQ(line(*shipped, u"MUG-1"_s).shippedQuantity, 2);
    EXPECT_EQ(line(*shipped, u"TEE-1"_s).shippedQuantity, 0);
    ASSERT_EQ(shipped->shipments.size(), 1);
    const Shipment &parcel = shipped->shipments.constFirst();
    EXPECT_EQ(parcel.trackingNumber, u"1Z-FIRST"_s);
    EXPECT_EQ(parcel.carrier, u"UPS"_s);
    EXPECT_EQ(parcel.lines, (QList<ShipmentLine>{{u"MUG-1"_s, 2}}));
    EXPECT_FALSE(parcel.isDelivered());
    EXPECT_EQ(shipped->trackingNumber, u"1Z-FIRST"_s);

    // Exactly the shipped units left the shelf; the rest stays reserved.
    EXPECT_EQ(product(session(), u"MUG-1"_s).onHand, 8);
    EXPECT_EQ(product(session(), u"MUG-1"_s).reserved, 1);
    EXPECT_EQ(product(session(), u"TEE-1"_s).onHand, 5);
    EXPECT_EQ(product(session(), u"TEE-1"_s).reserved, 2);
    EXPECT_EQ(scalar(database(),
                      u"SELECT COUNT(*) FROM stock_movements WHERE order_number = ? AND kind = 'consume' "
                      "AND sku = 'MUG-1' AND on_hand_delta = -2 AND reserved_delta = -2"_s,
                      {order.number}),
            1);
    const TimelineEntry &entry = shipped->timeline.constLast();
    EXPECT_EQ(entry.event, u"OrderShipped"_s);
    EXPECT_EQ(entry.fromStatus, OrderStatus::Confirmed);
    EXPECT_EQ(entry.toStatus, OrderStatus::Confirmed);
    EXPECT_EQ(entry.details.value(u"shipmentId"_s).toInteger(), parcel.id);
    expectConserved();

    // The parcel's own email: what is in it and its tracking number, not the tees still to come.
    const QStringList sent = emails(order);
    ASSERT_FALSE(sent.isEmpty());
    EXPECT_TRUE(sent.constLast().startsWith(u"shipped"_s)) << sent.constLast().toStdString();
    const QString text = emailText(order.number, sent.size() - 1);
    EXPECT_TRUE(text.contains(u"1Z-FIRST"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Product MUG-1: 2"_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"TEE-1"_s)) << text.toStdString();
}

TEST_F(FulfillmentTest, ShippingTheRestShipsTheOrderAndDeliveriesGoParcelByParcel)
{
    const Order order = paidOrder();
    auto first = orders().ship(ref(order), u"1Z-FIRST"_s, u"UPS"_s, {{u"MUG-1"_s, 2}, {u"TEE-1"_s, 1}});
    ASSERT_TRUE(first) << describe(first.error());
    // No lines: everything still unshipped (one mug, one tee).
    auto rest = orders().ship(ref(order), u"1Z-REST"_s, u"DHL"_s);
    ASSERT_TRUE(rest) << describe(rest.error());
    EXPECT_EQ(rest->status, OrderStatus::Shipped);
    EXPECT_EQ(rest->fulfillmentState(), FulfillmentState::Shipped);
    ASSERT_EQ(rest->shipments.size(), 2);
    EXPECT_EQ(rest->shipments.at(1).lines, (QList<ShipmentLine>{{u"MUG-1"_s, 1}, {u"TEE-1"_s, 1}}));
    EXPECT_EQ(rest->timeline.constLast().toStatus, OrderStatus::Shipped);
    EXPECT_EQ(product(session(), u"MUG-1"_s).onHand, 7);
    EXPECT_EQ(product(session(), u"MUG-1"_s).reserved, 0);
    EXPECT_EQ(product(session(), u"TEE-1"_s).onHand, 3);
    expectConserved();

    auto nothingLeft = orders().ship(ref(order), u"1Z-MORE"_s, {});
    ASSERT_FALSE(nothingLeft);
    EXPECT_EQ(nothingLeft.error().code, ErrorCode::Conflict);

    const qint64 firstId = rest->shipments.at(0).id;
    auto one = orders().deliver(ref(order), firstId);
    ASSERT_TRUE(one) << describe(one.error());
    EXPECT_EQ(one->status, OrderStatus::Shipped);
    EXPECT_EQ(one->fulfillmentState(), FulfillmentState::PartiallyDelivered);
    EXPECT_TRUE(one->shipments.at(0).isDelivered());
    EXPECT_FALSE(one->shipments.at(1).isDelivered());

    const QString before = dumpDatabase(database());
    auto twice = orders().deliver(ref(order), firstId);
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(twice.error().field, u"shipment"_s);
    auto unknown = orders().deliver(ref(order), 987654);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(unknown.error().message.contains(u"987654"_s)) << unknown.error().message.toStdString();
    EXPECT_EQ(dumpDatabase(database()), before);

    auto all = orders().deliver(ref(order));
    ASSERT_TRUE(all) << describe(all.error());
    EXPECT_EQ(all->status, OrderStatus::Delivered);
    EXPECT_EQ(all->fulfillmentState(), FulfillmentState::Delivered);
    expectConserved();

    // One email per parcel shipped and per parcel delivered.
    QStringList kinds;
    for (const QString &email : emails(order))
        kinds << email.section(u" | "_s, 0, 0);
    EXPECT_EQ(kinds.count(u"shipped"_s), 2) << kinds.join(u","_s).toStdString();
    EXPECT_EQ(kinds.count(u"delivered"_s), 2) << kinds.join(u","_s).toStdString();
}

TEST_F(FulfillmentTest, DeliveringAParcelOfAPartlyShippedOrderKeepsItConfirmed)
{
    const Order order = paidOrder();
    ASSERT_TRUE(orders().ship(ref(order), u"1Z-FIRST"_s, {}, {{u"TEE-1"_s, 2}}));
    auto delivered = orders().deliver(ref(order));
    ASSERT_TRUE(delivered) << describe(delivered.error());
    EXPECT_EQ(delivered->status, OrderStatus::Confirmed);
    EXPECT_EQ(delivered->fulfillmentState(), FulfillmentState::PartiallyShipped);
    auto rest = orders().ship(ref(order), u"1Z-REST"_s, {});
    ASSERT_TRUE(rest) << describe(rest.error());
    EXPECT_EQ(rest->fulfillmentState(), FulfillmentState::PartiallyDelivered);
    auto last = orders().deliver(ref(order), rest->shipments.constLast().id);
    ASSERT_TRUE(last) << describe(last.error());
    EXPECT_EQ(last->status, OrderStatus::Delivered);
    expectConserved();
}

TEST_F(FulfillmentTest, ShippingMoreThanIsLeftOrAnotherSkuIsRefusedNamingTheLineAndWritesNothing)
{
    const Order order = paidOrder();
    ASSERT_TRUE(orders().ship(ref(order), u"1Z-FIRST"_s, {}, {{u"MUG-1"_s, 2}}));
    const QString before = dumpDatabase(database());
    const auto refused = [&](const QList<ShipmentLine> &lines, const QString &named) {
        auto result = orders().ship(ref(order), u"1Z-NEXT"_s, {}, lines);
        ASSERT_FALSE(result);
        EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
        EXPECT_EQ(result.error().field, u"line"_s);
        EXPECT_TRUE(result.error().message.contains(named)) << result.error().message.toStdString();
        EXPECT_EQ(dumpDatabase(database()), before);
    };
    refused({{u"MUG-1"_s, 2}}, u"MUG-1"_s); // one left
    refused({{u"TEE-1"_s, 1}, {u"TEE-1"_s, 2}}, u"TEE-1"_s); // three of two, given twice
    refused({{u"CAP-1"_s, 1}}, u"CAP-1"_s); // not on the order
    refused({{u"TEE-1"_s, 0}}, u"TEE-1"_s);

    const Order pending = [&] {
        auto placed = orders().place(placeRequest({{u"CAP-1"_s, 1}}));
        return placed ? *placed : Order{};
    }();
    auto notYet = orders().ship(ref(pending), u"1Z-NEXT"_s, {});
    ASSERT_FALSE(notYet);
    EXPECT_EQ(notYet.error().code, ErrorCode::Conflict);
}

TEST_F(FulfillmentTest, LinesParseFromTheCommandLineShape)
{
    auto parsed = OrderFulfillment::parseLine(u"line"_s, u" MUG-1:3 "_s);
    ASSERT_TRUE(parsed);
    EXPECT_EQ(*parsed, (ShipmentLine{u"MUG-1"_s, 3}));
    for (const QString &bad : {u"MUG-1"_s, u"MUG-1:"_s, u":2"_s, u"MUG-1:-2"_s, u"MUG-1:2.5"_s}) {
        auto refused = OrderFulfillment::parseLine(u"line"_s, bad);
        ASSERT_FALSE(refused) << bad.toStdString();
        EXPECT_EQ(refused.error().field, u"line"_s);
    }
}

TEST_F(FulfillmentTest, CancellingUnshippedUnitsReleasesThemAndOwesTheirPrice)
{
    const Order order = paidOrder();
    ASSERT_TRUE(orders().ship(ref(order), u"1Z-FIRST"_s, {}, {{u"MUG-1"_s, 2}}));
    // The preview is the cancel itself, rolled back: the same figures, and nothing written.
    const qint64 versionBefore = orders().find(ref(order))->version;
    auto preview = orders().previewCancelLines(ref(order), {{u"MUG-1"_s, 1}, {u"TEE-1"_s, 1}}, CancelReason::Inventory);
    ASSERT_TRUE(preview) << describe(preview.error());
    EXPECT_EQ(preview->after.total.minorUnits(), 2 * 1250 + 2000);
    EXPECT_EQ(preview->refundOwed.minorUnits(), 1250 + 2000);
    EXPECT_EQ(preview->stock.size(), 2);
    EXPECT_EQ(orders().find(ref(order))->version, versionBefore);
    EXPECT_EQ(product(session(), u"MUG-1"_s).reserved, 1);
    EXPECT_EQ(product(session(), u"TEE-1"_s).reserved, 2);
    auto refusedPreview = orders().previewCancelLines(ref(order), {{u"MUG-1"_s, 2}}, CancelReason::Inventory);
    ASSERT_FALSE(refusedPreview); // one unshipped mug is left
    EXPECT_EQ(refusedPreview.error().field, u"line"_s);

    auto cancelled = orders().cancelLines(
            ref(order), {{u"MUG-1"_s, 1}, {u"TEE-1"_s, 1}}, CancelReason::Inventory, u"supplier let us down"_s);
    ASSERT_TRUE(cancelled) << describe(cancelled.error());
    EXPECT_EQ(cancelled->status, OrderStatus::Confirmed);
    EXPECT_EQ(line(*cancelled, u"MUG-1"_s).quantity, 2);
    EXPECT_EQ(line(*cancelled, u"MUG-1"_s).cancelledQuantity, 1);
    EXPECT_EQ(line(*cancelled, u"TEE-1"_s).quantity, 1);
    EXPECT_EQ(line(*cancelled, u"TEE-1"_s).cancelledQuantity, 1);
    EXPECT_EQ(cancelled->total.minorUnits(), 2 * 1250 + 2000);
    // 77.50 paid, 45.00 owed now: 32.50 goes back through the refund path.
    EXPECT_EQ(cancelled->refundOwed().minorUnits(), 1250 + 2000);
    EXPECT_EQ(product(session(), u"MUG-1"_s).reserved, 0);
    EXPECT_EQ(product(session(), u"TEE-1"_s).reserved, 1);
    EXPECT_EQ(product(session(), u"TEE-1"_s).available(), 4);
    const TimelineEntry &entry = cancelled->timeline.constLast();
    EXPECT_EQ(entry.event, u"OrderLinesCancelled"_s);
    EXPECT_EQ(entry.details.value(u"refundOwed"_s).toString(), u"32.50"_s);
    expectConserved();

    ManualRefundRequest refund;
    refund.method = RefundMethod::BankTransfer;
    refund.reference = u"RF-1"_s;
    refund.reason = u"cancelled units"_s;
    refund.amount = cancelled->refundOwed();
    auto refunded = orders().recordRefund(ref(order), refund);
    ASSERT_TRUE(refunded) << describe(refunded.error());
    EXPECT_EQ(refunded->refunded.minorUnits(), 3250);
    EXPECT_TRUE(refunded->refundOwed().isZero());

    // Cancelling the last unshipped tee leaves only shipped units: the order is shipped.
    auto last = orders().cancelLines(ref(order), {{u"TEE-1"_s, 1}}, CancelReason::Customer, {});
    ASSERT_TRUE(last) << describe(last.error());
    EXPECT_EQ(last->status, OrderStatus::Shipped);
    EXPECT_EQ(last->lines.size(), 1);
    EXPECT_EQ(last->fulfillmentState(), FulfillmentState::Shipped);
    expectConserved();
}

TEST_F(FulfillmentTest, ADiscountedLineRefundsWhatItReallyCost)
{
    PlaceOrderRequest request = placeRequest({{u"MUG-1"_s, 4}, {u"TEE-1"_s, 1}});
    request.discounts = {DiscountRequest{u"percent"_s, u"10"_s, {}, u"WINTER"_s, {}}};
    const Order order = paidOrder(request);
    ASSERT_EQ(order.total.minorUnits(), (5000 + 2000) * 9 / 10);
    auto cancelled = orders().cancelLines(ref(order), {{u"MUG-1"_s, 2}}, CancelReason::Inventory, {});
    ASSERT_TRUE(cancelled) << describe(cancelled.error());
    // Two mugs at 12.50 less 10 %: 22.50, not 25.00.
    EXPECT_EQ(cancelled->refundOwed().minorUnits(), 2250);
    expectConserved();
}

TEST_F(FulfillmentTest, ShippedUnitsCannotBeCancelledNorTheWholeOrderAfterAPartialShipment)
{
    const Order order = paidOrder();
    ASSERT_TRUE(orders().ship(ref(order), u"1Z-FIRST"_s, {}, {{u"MUG-1"_s, 2}}));
    const QString before = dumpDatabase(database());
    auto shippedUnits = orders().cancelLines(ref(order), {{u"MUG-1"_s, 2}}, CancelReason::Customer, {});
    ASSERT_FALSE(shippedUnits);
    EXPECT_EQ(shippedUnits.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(shippedUnits.error().field, u"line"_s);
    EXPECT_TRUE(shippedUnits.error().message.contains(u"MUG-1"_s));

    auto whole = orders().cancel(ref(order), CancelReason::Customer, {});
    ASSERT_FALSE(whole);
    EXPECT_EQ(whole.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(whole.error().message.contains(u"cancel-lines"_s)) << whole.error().message.toStdString();
    EXPECT_EQ(dumpDatabase(database()), before);

    // Nothing shipped: cancelling every unit by line is a whole cancel, and says so.
    const Order other = paidOrder(placeRequest({{u"CAP-1"_s, 2}}));
    auto everything = orders().cancelLines(ref(other), {{u"CAP-1"_s, 2}}, CancelReason::Customer, {});
    ASSERT_FALSE(everything);
    EXPECT_EQ(everything.error().code, ErrorCode::InvalidInput);
}

TEST_F(FulfillmentTest, AnEditKeepsShippedUnits)
{
    const Order order = paidOrder();
    ASSERT_TRUE(orders().ship(ref(order), u"1Z-FIRST"_s, {}, {{u"MUG-1"_s, 2}}));
    auto below = orders().modify(ref(order), modifyItems({{u"MUG-1"_s, 1}, {u"TEE-1"_s, 2}}));
    ASSERT_FALSE(below);
    EXPECT_EQ(below.error().code, ErrorCode::InvalidInput);
    auto grown = orders().modify(ref(order), modifyItems({{u"MUG-1"_s, 4}, {u"TEE-1"_s, 2}}));
    ASSERT_TRUE(grown) << describe(grown.error());
    EXPECT_EQ(line(*grown, u"MUG-1"_s).shippedQuantity, 2);
    EXPECT_EQ(product(session(), u"MUG-1"_s).reserved, 2);
    expectConserved();
}

TEST_F(FulfillmentTest, TheListFiltersByFulfillmentStateAndFindsEveryParcelsTracking)
{
    const Order partly = paidOrder();
    ASSERT_TRUE(orders().ship(ref(partly), u"1ZPARCELONE"_s, {}, {{u"MUG-1"_s, 1}}));
    ASSERT_TRUE(orders().ship(ref(partly), u"1ZPARCELTWO"_s, {}, {{u"MUG-1"_s, 1}}));
    const Order whole = paidOrder(placeRequest({{u"CAP-1"_s, 1}}));
    ASSERT_TRUE(orders().ship(ref(whole), u"1ZWHOLE"_s, {}));
    const Order waiting = paidOrder(placeRequest({{u"TEE-1"_s, 1}}));

    const auto numbers = [&](const OrderFilter &filter) {
        QList<qint64> found;
        auto listed = orders().list(filter, OrderSort{}, 50, 0);
        EXPECT_TRUE(listed) << describe(listed.error());
        if (listed) {
            for (const OrderSummary &summary : *listed)
                found << summary.number;
        }
        return found;
    };
    OrderFilter filter;
    filter.fulfillmentStates = {FulfillmentState::PartiallyShipped};
    EXPECT_EQ(numbers(filter), QList<qint64>{partly.number});
    filter.fulfillmentStates = {FulfillmentState::Shipped};
    EXPECT_EQ(numbers(filter), QList<qint64>{whole.number});
    filter.fulfillmentStates = {FulfillmentState::Unfulfilled};
    EXPECT_EQ(numbers(filter), QList<qint64>{waiting.number});
    ASSERT_TRUE(orders().deliver(ref(whole)));
    filter.fulfillmentStates = {FulfillmentState::Delivered, FulfillmentState::PartiallyShipped};
    EXPECT_EQ(numbers(filter), (QList<qint64>{whole.number, partly.number}));

    // The order's tracking number is its latest parcel's; the first parcel's finds it too.
    OrderFilter search;
    search.search = u"1ZPARCELONE"_s;
    EXPECT_EQ(numbers(search), QList<qint64>{partly.number});
    search.search = u"1ZPARCELTWO"_s;
    EXPECT_EQ(numbers(search), QList<qint64>{partly.number});
}

} // namespace
