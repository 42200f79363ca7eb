// Discounts, shipping and taxes on real orders (docs/pricing.md): placement prices with PriceCalculator and
// the shop's rates, an order keeps the rates it was placed with, edits move reservations by the difference
// only and record every field old → new, a preview is the edit rolled back, and bad input writes nothing.
// Runs on SQLite and (the _on_postgres variant) on PostgreSQL, whose server re-checks every order's money.

#include "Helpers.h"

#include "orders/OrderJson.h"
#include "pricing/TaxService.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

class OrderPricingTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        // docs/pricing.md's example: A at 19 %, B at the reduced 7 %, C in a class without a rate.
        addProduct(session(), u"A"_s, u"19.99"_s, 50);
        addTaxed(u"B"_s, u"5.00"_s, u"reduced"_s);
        addTaxed(u"C"_s, u"0.99"_s, u"zero"_s);
        ASSERT_TRUE(taxes().setRate(u"US"_s, {}, u"standard"_s, u"Sales tax"_s, u"19"_s));
        ASSERT_TRUE(taxes().setRate(u"US"_s, {}, u"reduced"_s, u"Reduced tax"_s, u"7"_s));
    }

    Session &session() { return db.session(); }
    OrderService &orders() { return db.session().orders(); }
    Database &database() { return db.session().database(); }
    TaxService taxes() { return TaxService(database(), session().clock()); }

    void addTaxed(const QString &sku, const QString &price, const QString &taxClass)
    {
        NewProduct input;
        input.sku = sku;
        input.name = u"Product "_s + sku;
        input.price = price;
        input.onHand = 50;
        input.taxClass = taxClass;
        ASSERT_TRUE(session().inventory().addProduct(input));
    }

    static PlaceOrderRequest exampleRequest()
    {
        PlaceOrderRequest request = placeRequest({{u"A"_s, 2}, {u"B"_s, 1}, {u"C"_s, 3}});
        request.discounts = {DiscountRequest{u"percent"_s, u"10"_s, {}, u"WINTER"_s, {}}};
        request.shipping = ShippingRequest{u"Parcel"_s, u"4.95"_s};
        return request;
    }

    static Money usd(qint64 minor) { return Money(minor, *Currency::fromCode(u"USD"_s)); }
    static QString ref(const Order &order) { return QString::number(order.number); }

    void expectBalanced()
    {
        const QStringList violations = conservationViolations(database());
        EXPECT_TRUE(violations.isEmpty()) << violations.join(u'\n').toStdString();
    }

    TestDatabase db;
};

TEST_F(OrderPricingTest, PlacementPricesTheWorkedExampleAndStoresEveryPart)
{
    auto placed = orders().place(exampleRequest());
    ASSERT_TRUE(placed) << describe(placed.error());
    EXPECT_EQ(placed->total, usd(5525));
    const OrderTotals totals = placed->totals();
    EXPECT_EQ(totals.subtotal, usd(4795));
    EXPECT_EQ(totals.discount, usd(480));
    EXPECT_EQ(totals.shipping, usd(495));
    EXPECT_EQ(totals.tax, usd(715));
    EXPECT_EQ(placed->shippingMethod, u"Parcel"_s);
    ASSERT_EQ(placed->discounts.size(), 1);
    EXPECT_EQ(placed->discounts.constFirst().amount, usd(480));
    EXPECT_EQ(placed->lines.at(0).discount, usd(401));
    EXPECT_EQ(placed->lines.at(0).tax, usd(683));
    EXPECT_EQ(placed->lines.at(0).taxName, u"Sales tax"_s);
    EXPECT_EQ(placed->lines.at(1).tax, usd(32));
    EXPECT_EQ(placed->lines.at(2).tax, usd(0));
    EXPECT_TRUE(placed->checkInvariants());
    EXPECT_EQ(placed->balanceDue(), usd(5525));

    const QJsonObject json = OrderJson::order(*placed);
    EXPECT_EQ(json.value(u"subtotal"_s).toString(), u"47.95"_s);
    EXPECT_EQ(json.value(u"discountTotal"_s).toString(), u"4.80"_s);
    EXPECT_EQ(json.value(u"shippingTotal"_s).toString(), u"4.95"_s);
    EXPECT_EQ(json.value(u"taxTotal"_s).toString(), u"7.15"_s);
    EXPECT_EQ(json.value(u"total"_s).toString(), u"55.25"_s);
    EXPECT_EQ(json.value(u"balanceDue"_s).toString(), u"55.25"_s);
    const QJsonObject firstItem = json.value(u"items"_s).toArray().first().toObject();
    EXPECT_EQ(firstItem.value(u"discount"_s).toString(), u"4.01"_s);
    EXPECT_EQ(firstItem.value(u"tax"_s).toString(), u"6.83"_s);
    EXPECT_EQ(json.value(u"taxes"_s).toArray().size(), 2);
    expectBalanced();
}

TEST_F(OrderPricingTest, PricesIncludingTaxAreTheShopsSettingCopiedOntoTheOrder)
{
    ASSERT_TRUE(taxes().setPricesIncludeTax(true));
    auto placed = orders().place(exampleRequest());
    ASSERT_TRUE(placed) << describe(placed.error());
    EXPECT_TRUE(placed->pricesIncludeTax);
    EXPECT_EQ(placed->total, usd(4810));
    EXPECT_EQ(placed->totals().tax, usd(603));
    // Switching the shop back changes new orders only.
    ASSERT_TRUE(taxes().setPricesIncludeTax(false));
    auto reloaded = orders().find(ref(*placed));
    ASSERT_TRUE(reloaded);
    EXPECT_TRUE(reloaded->pricesIncludeTax);
    EXPECT_EQ(reloaded->total, usd(4810));
    EXPECT_TRUE(reloaded->checkInvariants());
    expectBalanced();
}

TEST_F(OrderPricingTest, ALaterRateChangeNeverChangesAPlacedOrderButNewLinesTakeIt)
{
    auto placed = orders().place(placeRequest({{u"A"_s, 1}}));
    ASSERT_TRUE(placed) << describe(placed.error());
    EXPECT_EQ(placed->total, usd(1999 + 380)); // 19 % of 19.99 = 3.7981
    ASSERT_TRUE(taxes().setRate(u"US"_s, {}, u"standard"_s, u"Sales tax"_s, u"20"_s));
    auto reloaded = orders().find(ref(*placed));
    ASSERT_TRUE(reloaded);
    EXPECT_EQ(reloaded->total, usd(1999 + 380));
    EXPECT_EQ(reloaded->lines.constFirst().taxRate.toPercentString(), u"19"_s);

    ModifyOrderRequest edit = modifyItems({{u"A"_s, 2}, {u"B"_s, 1}});
    auto edited = orders().modify(ref(*placed), edit);
    ASSERT_TRUE(edited) << describe(edited.error());
    EXPECT_EQ(edited->lines.at(0).taxRate.toPercentString(), u"19"_s); // kept
    EXPECT_EQ(edited->lines.at(1).taxRate.toPercentString(), u"7"_s);
    expectBalanced();
}

TEST_F(OrderPricingTest, ARegionalRateBeatsTheCountrysAndAnotherRegionRetaxesEveryLine)
{
    ASSERT_TRUE(taxes().setRate(u"US"_s, u"IL"_s, u"standard"_s, u"IL tax"_s, u"6.25"_s));
    auto placed = orders().place(placeRequest({{u"A"_s, 1}})); // the sample address is in IL
    ASSERT_TRUE(placed) << describe(placed.error());
    EXPECT_EQ(placed->lines.constFirst().taxName, u"IL tax"_s);
    EXPECT_EQ(placed->totals().tax, usd(125)); // 6.25 % of 19.99 = 1.249375

    ModifyOrderRequest move;
    Address elsewhere = sampleAddress();
    elsewhere.state = u"NY"_s;
    move.shippingAddress = elsewhere;
    auto moved = orders().modify(ref(*placed), move);
    ASSERT_TRUE(moved) << describe(moved.error());
    EXPECT_EQ(moved->lines.constFirst().taxName, u"Sales tax"_s);
    EXPECT_EQ(moved->totals().tax, usd(380));
    const TimelineEntry &entry = moved->timeline.constLast();
    EXPECT_TRUE(entry.details.contains(u"taxRates"_s));
    EXPECT_TRUE(entry.details.contains(u"shippingAddress"_s));
    expectBalanced();
}

TEST_F(OrderPricingTest, BadDiscountsAndShippingNameTheFieldAndWriteNothing)
{
    const QString before = dumpDatabase(database());
    const auto refused = [&](PlaceOrderRequest request, const QString &field) {
        auto placed = orders().place(request);
        ASSERT_FALSE(placed) << field.toStdString();
        EXPECT_EQ(placed.error().code, ErrorCode::InvalidInput) << field.toStdString();
        EXPECT_EQ(placed.error().field, field);
    };
    PlaceOrderRequest request = placeRequest({{u"A"_s, 1}});
    request.discounts = {DiscountRequest{u"percent"_s, u"100.5"_s, {}, u"X"_s, {}}};
    refused(request, u"discounts[0].value"_s);
    request.discounts = {DiscountRequest{u"amount"_s, u"20.00"_s, u"A"_s, {}, u"damaged"_s}};
    refused(request, u"discounts[0].value"_s); // more than the 19.99 line
    request.discounts = {DiscountRequest{u"amount"_s, u"-1"_s, {}, u"X"_s, {}}};
    refused(request, u"discounts[0].value"_s);
    request.discounts = {DiscountRequest{u"amount"_s, u"1"_s, u"Z"_s, u"X"_s, {}}};
    refused(request, u"discounts[0].sku"_s);
    request.discounts = {DiscountRequest{u"fraction"_s, u"1"_s, {}, u"X"_s, {}}};
    refused(request, u"discounts[0].type"_s);
    request.discounts = {DiscountRequest{u"amount"_s, u"1"_s, {}, {}, {}}};
    refused(request, u"discounts[0].reason"_s);
    request.discounts = {};
    request.shipping = ShippingRequest{u"Parcel"_s, u"-4.95"_s};
    refused(request, u"shipping.amount"_s);
    request.shipping = ShippingRequest{{}, u"4.95"_s};
    refused(request, u"shipping.method"_s);
    EXPECT_EQ(dumpDatabase(database()), before);

    auto badRate = taxes().setRate(u"US"_s, {}, u"standard"_s, u"Sales tax"_s, u"101"_s);
    ASSERT_FALSE(badRate);
    EXPECT_EQ(badRate.error().field, u"rate"_s);
    auto badCountry = taxes().setRate(u"USA"_s, {}, u"standard"_s, u"Sales tax"_s, u"5"_s);
    ASSERT_FALSE(badCountry);
    EXPECT_EQ(badCountry.error().field, u"country"_s);
    EXPECT_EQ(dumpDatabase(database()), before);
}

TEST_F(OrderPricingTest, ADiscountEditReservesNothingAndRecordsOldAndNew)
{
    auto placed = orders().place(placeRequest({{u"A"_s, 2}}));
    ASSERT_TRUE(placed) << describe(placed.error());
    const qint64 reservedBefore = product(session(), u"A"_s).reserved;
    ModifyOrderRequest edit;
    edit.discounts = QList<DiscountRequest>{{u"amount"_s, u"5.00"_s, {}, {}, u"late delivery"_s}};
    edit.shipping = ShippingRequest{u"Express"_s, u"9.90"_s};
    edit.note = u"Goodwill after the delay"_s;
    auto edited = orders().modify(ref(*placed), edit);
    ASSERT_TRUE(edited) << describe(edited.error());
    EXPECT_EQ(product(session(), u"A"_s).reserved, reservedBefore);
    // 39.98 − 5.00 = 34.98 net, 19 % tax = 6.6462 → 6.65, shipping 9.90.
    EXPECT_EQ(edited->total, usd(3498 + 665 + 990));
    const TimelineEntry &entry = edited->timeline.constLast();
    EXPECT_EQ(entry.event, u"OrderModified"_s);
    EXPECT_EQ(entry.reason, u"Goodwill after the delay"_s);
    EXPECT_EQ(entry.details.value(u"discounts"_s).toObject().value(u"to"_s).toArray().first().toString(),
            u"5.00 (late delivery)"_s);
    EXPECT_EQ(entry.details.value(u"shipping"_s).toObject().value(u"to"_s).toObject().value(u"amount"_s).toString(),
            u"9.90"_s);
    EXPECT_EQ(entry.details.value(u"totalBefore"_s).toString(), u"47.58"_s);
    EXPECT_EQ(entry.details.value(u"totalAfter"_s).toString(), u"51.53"_s);
    expectBalanced();
}

TEST_F(OrderPricingTest, APreviewIsTheEditRolledBack)
{
    auto placed = orders().place(placeRequest({{u"A"_s, 2}}));
    ASSERT_TRUE(placed) << describe(placed.error());
    ASSERT_TRUE(orders().markPaid(ref(*placed)));
    ModifyOrderRequest edit = modifyItems({{u"A"_s, 1}, {u"B"_s, 3}});
    edit.discounts = QList<DiscountRequest>{{u"percent"_s, u"10"_s, u"B"_s, u"BULK"_s, {}}};

    const QString before = dumpDatabase(database());
    auto preview = orders().previewModify(ref(*placed), edit);
    ASSERT_TRUE(preview) << describe(preview.error());
    EXPECT_EQ(dumpDatabase(database()), before);
    ASSERT_EQ(preview->stock.size(), 2);
    EXPECT_EQ(preview->stock.at(0).sku, u"A"_s);
    EXPECT_EQ(preview->stock.at(0).reservedChange, -1);
    EXPECT_EQ(preview->stock.at(1).sku, u"B"_s);
    EXPECT_EQ(preview->stock.at(1).reservedChange, 3);

    auto edited = orders().modify(ref(*placed), edit);
    ASSERT_TRUE(edited) << describe(edited.error());
    EXPECT_EQ(preview->after.total, edited->total);
    EXPECT_EQ(preview->refundOwed, edited->refundOwed());
    EXPECT_EQ(preview->balanceDue, edited->balanceDue());
    // Paid 47.58; now 19.99 + 3.80 tax + 13.50 + 0.95 tax = 38.24: 9.34 to give back.
    EXPECT_EQ(edited->total, usd(3824));
    EXPECT_EQ(edited->refundOwed(), usd(934));
    expectBalanced();
}

TEST_F(OrderPricingTest, APriceSetByHandNeedsAReasonAndStaysThroughLaterEdits)
{
    auto placed = orders().place(placeRequest({{u"A"_s, 2}}));
    ASSERT_TRUE(placed) << describe(placed.error());
    const qint64 reserved = product(session(), u"A"_s).reserved;
    const QString before = dumpDatabase(database());
    const auto refused = [&](ModifyOrderRequest edit, const QString &field) {
        auto edited = orders().modify(ref(*placed), edit);
        ASSERT_FALSE(edited) << field.toStdString();
        EXPECT_EQ(edited.error().code, ErrorCode::InvalidInput);
        EXPECT_EQ(edited.error().field, field);
    };
    ModifyOrderRequest edit;
    edit.prices.insert(u"A"_s, u"15.00"_s);
    refused(edit, u"note"_s); // no reason
    edit.note = u"price match with the high-street shop"_s;
    edit.prices.insert(u"A"_s, u"-1.00"_s);
    refused(edit, u"prices.A"_s);
    edit.prices = {{u"B"_s, u"1.00"_s}};
    refused(edit, u"prices.B"_s); // not on the order
    EXPECT_EQ(dumpDatabase(database()), before);

    edit.prices = {{u"A"_s, u"15.00"_s}};
    auto edited = orders().modify(ref(*placed), edit);
    ASSERT_TRUE(edited) << describe(edited.error());
    EXPECT_EQ(edited->lines.constFirst().unitPrice, usd(1500));
    EXPECT_EQ(edited->total, usd(3000 + 570)); // 19 % tax on 30.00
    EXPECT_EQ(product(session(), u"A"_s).reserved, reserved); // a price change reserves nothing
    const TimelineEntry &entry = edited->timeline.constLast();
    EXPECT_EQ(entry.reason, u"price match with the high-street shop"_s);
    const QJsonObject price = entry.details.value(u"unitPrices"_s).toArray().first().toObject();
    EXPECT_EQ(price.value(u"from"_s).toString(), u"19.99"_s);
    EXPECT_EQ(price.value(u"to"_s).toString(), u"15.00"_s);

    auto more = orders().modify(ref(*placed), modifyItems({{u"A"_s, 3}}));
    ASSERT_TRUE(more) << describe(more.error());
    EXPECT_EQ(more->lines.constFirst().unitPrice, usd(1500)); // the price set by hand stays
    expectBalanced();
}

TEST_F(OrderPricingTest, AnEditCannotChangeTheOrdersCurrency)
{
    addProduct(session(), u"EU-1"_s, u"3.00"_s, 10, u"EUR"_s);
    auto placed = orders().place(placeRequest({{u"EU-1"_s, 1}}));
    ASSERT_TRUE(placed) << describe(placed.error());
    const QString before = dumpDatabase(database());
    auto edited = orders().modify(ref(*placed), modifyItems({{u"A"_s, 1}}));
    ASSERT_FALSE(edited);
    EXPECT_EQ(edited.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(edited.error().field, u"items[0].productId"_s);
    EXPECT_EQ(edited.error().value, u"A"_s);
    EXPECT_EQ(dumpDatabase(database()), before);
}

TEST_F(OrderPricingTest, AShippedOrderCannotBeEdited)
{
    auto placed = orders().place(placeRequest({{u"A"_s, 1}}));
    ASSERT_TRUE(placed);
    ASSERT_TRUE(orders().markPaid(ref(*placed)));
    ASSERT_TRUE(orders().ship(ref(*placed), u"1Z999"_s, u"UPS"_s));
    const QString before = dumpDatabase(database());
    ModifyOrderRequest edit;
    edit.shipping = ShippingRequest{u"Express"_s, u"9.90"_s};
    auto edited = orders().modify(ref(*placed), edit);
    ASSERT_FALSE(edited);
    EXPECT_EQ(edited.error().code, ErrorCode::Conflict);
    EXPECT_EQ(edited.error().field, u"status"_s);
    EXPECT_FALSE(orders().previewModify(ref(*placed), edit));
    EXPECT_EQ(dumpDatabase(database()), before);
}

// Many random edits of a few orders: after each, every order's money adds up (core's check and the
// conservation query), stock balances, and what was paid is never less than what was refunded.
TEST_F(OrderPricingTest, RandomEditsKeepTotalsStockAndPaymentsBalanced)
{
    QRandomGenerator random(13);
    QList<QString> references;
    for (int i = 0; i < 4; ++i) {
        auto placed = orders().place(placeRequest({{u"A"_s, 1}}, u"c%1@example.com"_s.arg(i)));
        ASSERT_TRUE(placed) << describe(placed.error());
        if (i % 2 == 0) {
            ASSERT_TRUE(orders().markPaid(ref(*placed)));
        }
        references.append(ref(*placed));
    }
    const QStringList skus{u"A"_s, u"B"_s, u"C"_s};
    int applied = 0;
    for (int round = 0; round < 300; ++round) {
        const QString reference = references.at(random.bounded(references.size()));
        ModifyOrderRequest edit;
        switch (random.bounded(4)) {
        case 0: {
            QList<Line> lines;
            for (const QString &sku : skus) {
                if (random.bounded(2) == 1 || lines.isEmpty())
                    lines.append({sku, random.bounded(1, 6)});
            }
            edit.items = items(lines);
            break;
        }
        case 1:
            edit.discounts = QList<DiscountRequest>{
                    {u"percent"_s, QString::number(random.bounded(0, 101)), {}, u"R%1"_s.arg(round), {}}};
            break;
        case 2:
            edit.discounts = QList<DiscountRequest>{
                    {u"amount"_s, u"%1.%2"_s.arg(random.bounded(0, 30)).arg(random.bounded(10, 100)),
                            skus.at(random.bounded(3)), {}, u"goodwill"_s}};
            break;
        default:
            edit.shipping = ShippingRequest{u"Parcel"_s, u"%1.00"_s.arg(random.bounded(0, 15))};
        }
        auto edited = orders().modify(reference, edit);
        if (edited) {
            ++applied;
            ASSERT_TRUE(edited->checkInvariants()) << round;
            ASSERT_GE(edited->paid.minorUnits(), edited->refunded.minorUnits());
        } else {
            // Refusals are bad input (a discount over its line, a SKU not on the order, no change).
            ASSERT_EQ(edited.error().code, ErrorCode::InvalidInput) << describe(edited.error());
        }
        if (round % 50 == 49) {
            const QStringList violations = conservationViolations(database());
            ASSERT_TRUE(violations.isEmpty()) << round << violations.join(u'\n').toStdString();
        }
    }
    EXPECT_GT(applied, 150);
    expectBalanced();
}

} // namespace
