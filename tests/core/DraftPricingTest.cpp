// A draft's discounts and shipping fee: kept as typed through save and load, priced by the one pricing function
// in the editor's quote (docs/pricing.md's worked example), refused by name, and sent with the placement so
// the order read back has them. On a SQLite file, and with SHIPSHAPE_TEST_DATABASE=postgresql on PostgreSQL.
#include "Await.h"
#include "Helpers.h"
#include "pricing/TaxService.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

class DraftPricingTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        // docs/pricing.md's example: A at 19 %, B at the reduced 7 %, C in a class without a rate.
        addTaxed(u"A"_s, u"19.99"_s, u"standard"_s);
        addTaxed(u"B"_s, u"5.00"_s, u"reduced"_s);
        addTaxed(u"C"_s, u"0.99"_s, u"zero"_s);
        TaxService taxes(db.session().database(), db.session().clock());
        ASSERT_TRUE(taxes.setRate(u"US"_s, {}, u"standard"_s, u"Sales tax"_s, u"19"_s));
        ASSERT_TRUE(taxes.setRate(u"US"_s, {}, u"reduced"_s, u"Reduced tax"_s, u"7"_s));
    }

    DraftService &drafts() { return db.session().drafts(); }
    Database &database() { return db.session().database(); }

    void addTaxed(const QString &sku, const QString &price, const QString &taxClass)
    {
        NewProduct input;
        input.sku = sku;
        input.name = u"Product "_s + sku;
        input.price = price;
        input.onHand = 50;
        input.taxClass = taxClass;
        ASSERT_TRUE(db.session().inventory().addProduct(input));
    }

    // The worked example as a draft: 2 × A, 1 × B, 3 × C, 10 % off the order with a code, shipping 4.95.
    static DraftOrder exampleDraft()
    {
        DraftOrder draft;
        draft.customer = {{}, u"Ada Lovelace"_s, u"ada@example.com"_s};
        draft.lines = {DraftLine{u"A"_s, 2}, DraftLine{u"B"_s, 1}, DraftLine{u"C"_s, 3}};
        draft.shippingAddress = test::sampleAddress();
        draft.discounts = {DiscountRequest{u"percent"_s, u"10"_s, {}, u"WINTER"_s, {}}};
        draft.shipping = ShippingRequest{u"Parcel"_s, u"4.95"_s};
        return draft;
    }

    DraftOrder saved(const DraftOrder &draft)
    {
        auto result = drafts().save(draft);
        EXPECT_TRUE(result.has_value()) << (result ? "" : result.error().message.toStdString());
        return result.value_or(DraftOrder{});
    }

    qint64 discountRows() { return test::scalar(database(), u"SELECT COUNT(*) FROM draft_discounts"_s); }

    static Money usd(qint64 minor) { return Money(minor, *Currency::fromCode(u"USD"_s)); }

    test::TestDatabase db;
};

TEST_F(DraftPricingTest, DiscountsAndShippingAreKeptAsTyped)
{
    DraftOrder draft = exampleDraft();
    draft.discounts.append(DiscountRequest{u"amount"_s, u" 1.50 "_s, u"B"_s, {}, u"scratched box"_s});
    const DraftOrder stored = saved(draft);
    auto loaded = drafts().load(stored.id);
    ASSERT_TRUE(loaded.has_value()) << loaded.error().message.toStdString();
    ASSERT_EQ(loaded->discounts.size(), 2);
    EXPECT_EQ(loaded->discounts.at(0), (DiscountRequest{u"percent"_s, u"10"_s, {}, u"WINTER"_s, {}}));
    EXPECT_EQ(loaded->discounts.at(1), (DiscountRequest{u"amount"_s, u"1.50"_s, u"B"_s, {}, u"scratched box"_s}));
    EXPECT_EQ(loaded->shipping, (ShippingRequest{u"Parcel"_s, u"4.95"_s}));
    EXPECT_TRUE(loaded->hasShipping());

    // Half typed is kept too (nothing typed is lost): a value that is no number yet, no code or reason yet.
    DraftOrder half = *loaded;
    half.discounts = {DiscountRequest{u"amount"_s, u"5,"_s, {}, {}, {}}};
    half.shipping = ShippingRequest{{}, u"-1"_s};
    saved(half);
    loaded = drafts().load(stored.id);
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(loaded->discounts, half.discounts);
    EXPECT_EQ(loaded->shipping.amount, u"-1"_s);
    EXPECT_EQ(discountRows(), 1) << "a save replaces the discounts";

    // Removing them all, and the fee.
    DraftOrder none = *loaded;
    none.discounts.clear();
    none.shipping = {};
    saved(none);
    loaded = drafts().load(stored.id);
    EXPECT_TRUE(loaded->discounts.isEmpty());
    EXPECT_FALSE(loaded->hasShipping());
    EXPECT_TRUE(DraftService::toRequest(*loaded).discounts.isEmpty());
    EXPECT_FALSE(DraftService::toRequest(*loaded).shipping.has_value());

    // They go with the draft.
    saved(*loaded);
    DraftOrder again = *drafts().load(stored.id);
    again.discounts = draft.discounts;
    saved(again);
    EXPECT_EQ(discountRows(), 2);
    ASSERT_TRUE(drafts().discard(stored.id));
    EXPECT_EQ(discountRows(), 0);
}

TEST_F(DraftPricingTest, WhatCannotBeStoredIsRefusedByNameAndNothingIsWritten)
{
    const DraftOrder first = saved(exampleDraft());
    const QString before = test::dumpDatabase(database());
    const auto refusedField = [&](const DraftOrder &draft) {
        auto result = drafts().save(draft);
        EXPECT_FALSE(result.has_value());
        return result ? QString() : result.error().field;
    };
    DraftOrder kind = first;
    kind.discounts.append(DiscountRequest{u"gold"_s, u"1"_s, {}, u"X"_s, {}});
    EXPECT_EQ(refusedField(kind), u"discounts[1].type"_s);
    DraftOrder unknown = first;
    unknown.discounts = {DiscountRequest{u"amount"_s, u"1"_s, u"NOPE"_s, u"X"_s, {}}};
    EXPECT_EQ(refusedField(unknown), u"discounts[0].sku"_s);
    DraftOrder longCode = first;
    longCode.discounts = {DiscountRequest{u"amount"_s, u"1"_s, {}, QString(61, u'C'), {}}};
    EXPECT_EQ(refusedField(longCode), u"discounts[0].code"_s);
    DraftOrder twoLines = first;
    twoLines.shipping.method = u"Parcel\nExpress"_s;
    EXPECT_EQ(refusedField(twoLines), u"shipping.method"_s);
    EXPECT_EQ(test::dumpDatabase(database()), before);

    // The schema holds the same bounds without the service.
    EXPECT_FALSE(
            database()
                    .query(u"INSERT INTO draft_discounts (draft_id, position, kind, value) VALUES (?, 9, 'gold', '1')"_s,
                            {first.id})
                    .has_value());
    EXPECT_FALSE(database()
                         .query(u"INSERT INTO draft_discounts (draft_id, position, kind, value, sku) "
                                "VALUES (?, 9, 'amount', '1', 'NOPE')"_s,
                                 {first.id})
                         .has_value()); // unknown product
    EXPECT_FALSE(
            database()
                    .query(u"INSERT INTO draft_discounts (draft_id, position, kind, value) VALUES (?, 0, 'amount', '1')"_s,
                            {first.id})
                    .has_value());
    EXPECT_FALSE(
            database()
                    .query(u"UPDATE draft_discounts SET value = ? WHERE draft_id = ?"_s, {QString(31, u'1'), first.id})
                    .has_value());
    EXPECT_FALSE(database()
                         .query(u"UPDATE drafts SET shipping_method = ? WHERE id = ?"_s, {QString(101, u'm'), first.id})
                         .has_value());
}

TEST_F(DraftPricingTest, TheQuoteIsTheWorkedExampleOfPriceCalculator)
{
    // docs/pricing.md, "An order discount over three lines of different rates, prices excluding tax".
    auto quote = drafts().quote(exampleDraft());
    ASSERT_TRUE(quote.has_value()) << quote.error().message.toStdString();
    EXPECT_FALSE(quote->refused.has_value()) << quote->refused->message.toStdString();
    EXPECT_EQ(quote->subtotal, usd(4795));
    ASSERT_EQ(quote->discounts.size(), 1);
    EXPECT_EQ(quote->discounts.at(0).amount, usd(480));
    EXPECT_EQ(quote->discounts.at(0).code, u"WINTER"_s);
    EXPECT_EQ(quote->discount, usd(480));
    EXPECT_EQ(quote->shippingMethod, u"Parcel"_s);
    EXPECT_EQ(quote->shipping, usd(495));
    ASSERT_EQ(quote->taxes.size(), 2) << "one per rate; the untaxed line has none";
    EXPECT_EQ(quote->taxes.at(0).name, u"Sales tax"_s);
    EXPECT_EQ(quote->taxes.at(0).rate.toPercentString(), u"19"_s);
    EXPECT_EQ(quote->taxes.at(0).tax, usd(683));
    EXPECT_EQ(quote->taxes.at(1).name, u"Reduced tax"_s);
    EXPECT_EQ(quote->taxes.at(1).tax, usd(32));
    EXPECT_EQ(quote->tax, usd(715));
    EXPECT_EQ(quote->total, usd(5525));
    EXPECT_FALSE(quote->pricesIncludeTax);
    EXPECT_EQ(quote->itemCount, 6);

    // Prices including tax: the same net, 5.74 + 0.29 of it tax, 48.10 in all.
    ASSERT_TRUE(TaxService(database(), db.session().clock()).setPricesIncludeTax(true));
    auto inclusive = drafts().quote(exampleDraft());
    ASSERT_TRUE(inclusive.has_value());
    EXPECT_TRUE(inclusive->pricesIncludeTax);
    EXPECT_EQ(inclusive->tax, usd(574 + 29));
    EXPECT_EQ(inclusive->total, usd(4810));
}

TEST_F(DraftPricingTest, PlacingSendsTheDiscountsAndShippingTheQuoteShowed)
{
    const DraftOrder draft = saved(exampleDraft());
    auto quote = drafts().quote(draft);
    ASSERT_TRUE(quote.has_value());
    auto placed = test::await(drafts().place(draft.id));
    ASSERT_TRUE(placed.has_value()) << placed.error().message.toStdString();

    auto order = db.session().orders().find(QString::number(placed->number));
    ASSERT_TRUE(order.has_value());
    EXPECT_EQ(order->total, *quote->total);
    EXPECT_EQ(order->totals().subtotal, *quote->subtotal);
    EXPECT_EQ(order->totals().tax, *quote->tax);
    ASSERT_EQ(order->discounts.size(), 1);
    EXPECT_EQ(order->discounts.at(0).kind, DiscountKind::Percent);
    EXPECT_EQ(order->discounts.at(0).percent.toPercentString(), u"10"_s);
    EXPECT_EQ(order->discounts.at(0).code, u"WINTER"_s);
    EXPECT_EQ(order->discounts.at(0).amount, usd(480));
    EXPECT_EQ(order->shippingMethod, u"Parcel"_s);
    EXPECT_EQ(order->shipping, usd(495));
    ASSERT_EQ(order->lines.size(), 3);
    EXPECT_EQ(order->lines.at(0).discount, usd(401)) << "the remainder cent went to the largest line";
    EXPECT_TRUE(order->checkInvariants().has_value());
    EXPECT_EQ(test::scalar(database(), u"SELECT COUNT(*) FROM draft_discounts"_s), 0);
}

TEST_F(DraftPricingTest, TheQuoteNamesADiscountOrFeeThatCoreRefuses)
{
    const auto refused = [&](const QList<DiscountRequest> &discounts, const ShippingRequest &shipping = {}) {
        DraftOrder draft = exampleDraft();
        draft.discounts = discounts;
        draft.shipping = shipping;
        auto quote = drafts().quote(draft);
        EXPECT_TRUE(quote.has_value());
        if (!quote)
            return QString();
        EXPECT_EQ(quote->subtotal, usd(4795)) << "the lines' subtotal is still shown";
        EXPECT_FALSE(quote->total.has_value()) << "no total while a discount or the fee is refused";
        return quote->refused ? quote->refused->field : QString();
    };
    EXPECT_EQ(refused({DiscountRequest{u"percent"_s, u"150"_s, {}, u"X"_s, {}}}), u"discounts[0].value"_s);
    EXPECT_EQ(refused({DiscountRequest{u"percent"_s, u"10"_s, {}, u"X"_s, {}},
                      DiscountRequest{u"amount"_s, u"5.01"_s, u"B"_s, {}, u"dented"_s}}),
            u"discounts[1].value"_s)
            << "more than line B's 5.00";
    EXPECT_EQ(refused({DiscountRequest{u"amount"_s, u"-2.00"_s, {}, u"X"_s, {}}}), u"discounts[0].value"_s);
    EXPECT_EQ(refused({DiscountRequest{u"amount"_s, u"2.00"_s, {}, {}, {}}}), u"discounts[0].reason"_s);
    EXPECT_EQ(refused({}, ShippingRequest{u"Parcel"_s, u"-4.95"_s}), u"shipping.amount"_s);
    EXPECT_EQ(refused({}, ShippingRequest{{}, u"4.95"_s}), u"shipping.method"_s);

    // Placing the same draft is refused by the same name, and nothing is placed.
    DraftOrder draft = exampleDraft();
    draft.discounts = {DiscountRequest{u"percent"_s, u"150"_s, {}, u"X"_s, {}}};
    draft = saved(draft);
    auto placed = test::await(drafts().place(draft.id));
    ASSERT_FALSE(placed.has_value());
    EXPECT_EQ(placed.error().field, u"discounts[0].value"_s);
    EXPECT_EQ(test::orderCount(db.session()), 0);
}

} // namespace
} // namespace shipshape
