// The worked examples of docs/pricing.md, and the rules around them. If a figure here changes, the
// document changes with it.
#include "Printers.h"

#include "orders/Order.h"
#include "pricing/PriceCalculator.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

namespace {

Currency usd()
{
    return *Currency::fromCode(u"USD"_s);
}

Money cents(qint64 minor)
{
    return Money(minor, usd());
}

Rate percent(const char16_t *text)
{
    return *Rate::parsePercent(QString::fromUtf16(text), u"rate"_s);
}

LineItem line(const QString &sku, qint64 quantity, qint64 unitMinor, const Rate &taxRate = {})
{
    LineItem item;
    item.sku = sku;
    item.productName = u"Product "_s + sku;
    item.quantity = quantity;
    item.unitPrice = cents(unitMinor);
    item.taxRate = taxRate;
    return item;
}

Discount orderPercent(const char16_t *value)
{
    Discount discount;
    discount.kind = DiscountKind::Percent;
    discount.percent = percent(value);
    discount.code = u"WINTER"_s;
    return discount;
}

Discount lineAmount(const QString &sku, qint64 minor)
{
    Discount discount;
    discount.kind = DiscountKind::Amount;
    discount.value = cents(minor);
    discount.sku = sku;
    discount.reason = u"scratched box"_s;
    return discount;
}

// docs/pricing.md, "An order discount over three lines of different rates".
QList<LineItem> threeLines()
{
    return {line(u"A"_s, 2, 1999, percent(u"19")), line(u"B"_s, 1, 500, percent(u"7")), line(u"C"_s, 3, 99)};
}

} // namespace

TEST(RateTest, ParsesPercentagesExactly)
{
    EXPECT_EQ(percent(u"10").partsPerMillion(), 100'000);
    EXPECT_EQ(percent(u"8.875").partsPerMillion(), 88'750);
    EXPECT_EQ(percent(u"100").partsPerMillion(), 1'000'000);
    EXPECT_EQ(percent(u"0.0001").partsPerMillion(), 1);
    EXPECT_EQ(percent(u"8.875").toPercentString(), u"8.875"_s);
    EXPECT_EQ(percent(u"19.50").toPercentString(), u"19.5"_s);
    for (const QString &bad : {u"100.0001"_s, u"-1"_s, u"1e2"_s, u""_s, u"."_s, u"5."_s, u"12.34567"_s, u"1,5"_s, u"ten"_s}) {
        auto parsed = Rate::parsePercent(bad, u"discounts[0].value"_s);
        ASSERT_FALSE(parsed) << bad.toStdString();
        EXPECT_EQ(parsed.error().field, u"discounts[0].value"_s);
        EXPECT_EQ(parsed.error().value, bad);
    }
}

TEST(PriceCalculatorTest, RoundsHalfAwayFromZero)
{
    EXPECT_EQ(PriceCalculator::percentOf(450, percent(u"7")), 32); // 31.5
    EXPECT_EQ(PriceCalculator::percentOf(449, percent(u"7")), 31); // 31.43
    EXPECT_EQ(PriceCalculator::percentOf(4795, percent(u"10")), 480); // 479.5
    EXPECT_EQ(PriceCalculator::taxIncludedIn(3597, percent(u"19")), 574); // 3597 − 3022.69
    EXPECT_EQ(PriceCalculator::taxIncludedIn(450, percent(u"7")), 29); // 450 − 420.56
    EXPECT_EQ(PriceCalculator::taxIncludedIn(1000, Rate()), 0);
}

TEST(PriceCalculatorTest, OrderDiscountOverThreeLinesOfDifferentRatesPricesExcludingTax)
{
    QList<LineItem> lines = threeLines();
    QList<Discount> discounts{orderPercent(u"10")};
    auto totals = PriceCalculator::price(lines, discounts, cents(495), false);
    ASSERT_TRUE(totals) << describe(totals.error());
    // 10 % of 47.95 is 4.795 → 4.80, spread 400 + 50 + 29 = 479 and the remainder cent to A, the largest.
    EXPECT_EQ(discounts.at(0).amount, cents(480));
    EXPECT_EQ(lines.at(0).discount, cents(401));
    EXPECT_EQ(lines.at(1).discount, cents(50));
    EXPECT_EQ(lines.at(2).discount, cents(29));
    EXPECT_EQ(lines.at(0).net(), cents(3597));
    EXPECT_EQ(lines.at(1).net(), cents(450));
    EXPECT_EQ(lines.at(2).net(), cents(268));
    // Tax on each line's net: 683.43 → 683, 31.5 → 32, nothing on the untaxed line.
    EXPECT_EQ(lines.at(0).tax, cents(683));
    EXPECT_EQ(lines.at(1).tax, cents(32));
    EXPECT_EQ(lines.at(2).tax, cents(0));
    EXPECT_EQ(totals->subtotal, cents(4795));
    EXPECT_EQ(totals->discount, cents(480));
    EXPECT_EQ(totals->shipping, cents(495));
    EXPECT_EQ(totals->tax, cents(715));
    EXPECT_EQ(totals->total, cents(4315 + 495 + 715)); // 55.25
}

TEST(PriceCalculatorTest, TheSameOrderWithPricesIncludingTax)
{
    QList<LineItem> lines = threeLines();
    QList<Discount> discounts{orderPercent(u"10")};
    auto totals = PriceCalculator::price(lines, discounts, cents(495), true);
    ASSERT_TRUE(totals) << describe(totals.error());
    EXPECT_EQ(lines.at(0).tax, cents(574));
    EXPECT_EQ(lines.at(1).tax, cents(29));
    EXPECT_EQ(lines.at(2).tax, cents(0));
    EXPECT_EQ(totals->tax, cents(603));
    EXPECT_EQ(totals->total, cents(4315 + 495)); // 48.10: the tax is inside the prices
}

TEST(PriceCalculatorTest, ARefundOfOneDiscountedLineGivesBackWhatItCost)
{
    QList<LineItem> lines = threeLines();
    QList<Discount> discounts{orderPercent(u"10")};
    auto totals = PriceCalculator::price(lines, discounts, cents(495), false);
    ASSERT_TRUE(totals);
    // Line A cost the customer its net plus its tax: 35.97 + 6.83 = 42.80, not its list price 39.98 + tax.
    const LineItem &a = lines.at(0);
    EXPECT_EQ(a.net().minorUnits() + a.tax.minorUnits(), 4280);
    // The lines' costs and the shipping add up to what was paid.
    qint64 sum = totals->shipping.minorUnits();
    for (const LineItem &item : std::as_const(lines))
        sum += item.net().minorUnits() + item.tax.minorUnits();
    EXPECT_EQ(sum, totals->total.minorUnits());
}

TEST(PriceCalculatorTest, LineDiscountsComeBeforeTheOrderDiscountAndNeverExceedTheLine)
{
    QList<LineItem> lines{line(u"A"_s, 1, 1000), line(u"B"_s, 1, 1000)};
    QList<Discount> discounts{lineAmount(u"A"_s, 400), orderPercent(u"50")};
    auto totals = PriceCalculator::price(lines, discounts, cents(0), false);
    ASSERT_TRUE(totals) << describe(totals.error());
    // The order discount is half of 16.00 = 8.00, spread 6:10 → 3.00 and 5.00.
    EXPECT_EQ(discounts.at(1).amount, cents(800));
    EXPECT_EQ(lines.at(0).discount, cents(400 + 300));
    EXPECT_EQ(lines.at(1).discount, cents(500));
    EXPECT_EQ(totals->total, cents(800));

    QList<LineItem> again{line(u"A"_s, 1, 1000)};
    QList<Discount> tooMuch{lineAmount(u"A"_s, 600), lineAmount(u"A"_s, 401)};
    auto refused = PriceCalculator::price(again, tooMuch, cents(0), false);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(refused.error().field, u"discounts[1].value"_s);
}

TEST(PriceCalculatorTest, RefusesDiscountsOverTheOrderOrForAnotherProduct)
{
    QList<LineItem> lines{line(u"A"_s, 1, 1000)};
    QList<Discount> overOrder{lineAmount({}, 1001)};
    auto refused = PriceCalculator::price(lines, overOrder, cents(0), false);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, u"discounts[0].value"_s);

    QList<Discount> whole{orderPercent(u"100")};
    auto free = PriceCalculator::price(lines, whole, cents(300), false);
    ASSERT_TRUE(free);
    EXPECT_EQ(free->total, cents(300)); // everything off, shipping still due

    QList<Discount> elsewhere{lineAmount(u"Z"_s, 1)};
    auto unknown = PriceCalculator::price(lines, elsewhere, cents(0), false);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().field, u"discounts[0].sku"_s);
    EXPECT_EQ(unknown.error().value, u"Z"_s);
}

TEST(PriceCalculatorTest, TheRemainderNeverPushesALineBelowZero)
{
    // Three one-cent lines, two cents off: shares 0, 0, 0 and two remainder cents, one per line.
    QList<LineItem> lines{line(u"A"_s, 1, 1), line(u"B"_s, 1, 1), line(u"C"_s, 1, 1)};
    QList<Discount> discounts{lineAmount({}, 2)};
    auto totals = PriceCalculator::price(lines, discounts, cents(0), false);
    ASSERT_TRUE(totals) << describe(totals.error());
    for (const LineItem &item : std::as_const(lines))
        EXPECT_GE(item.net().minorUnits(), 0) << item.sku.toStdString();
    EXPECT_EQ(totals->total, cents(1));
}

TEST(PriceCalculatorTest, RefusesNegativeShippingMixedCurrenciesAndOverflow)
{
    QList<LineItem> lines{line(u"A"_s, 1, 1000)};
    QList<Discount> none;
    auto negative = PriceCalculator::price(lines, none, cents(-1), false);
    ASSERT_FALSE(negative);
    EXPECT_EQ(negative.error().field, u"shipping.amount"_s);

    auto euros = PriceCalculator::price(lines, none, Money(0, *Currency::fromCode(u"EUR"_s)), false);
    ASSERT_FALSE(euros);

    QList<LineItem> huge{line(u"A"_s, 2, std::numeric_limits<qint64>::max() / 2 + 1)};
    EXPECT_FALSE(PriceCalculator::price(huge, none, cents(0), false));
    QList<LineItem> taxedHuge{line(u"A"_s, 1, std::numeric_limits<qint64>::max() - 10, percent(u"100"))};
    EXPECT_FALSE(PriceCalculator::price(taxedHuge, none, cents(0), false));
}

// Random orders: whatever the lines, rates and discounts, the parts add up and nothing goes negative.
TEST(PriceCalculatorTest, RandomOrdersAlwaysBalance)
{
    QRandomGenerator random(20261205);
    for (int round = 0; round < 5000; ++round) {
        QList<LineItem> lines;
        const int count = random.bounded(1, 6);
        for (int i = 0; i < count; ++i) {
            lines.append(line(u"S%1"_s.arg(i), random.bounded(1, 20), random.bounded(0, 100'000),
                    Rate::fromPartsPerMillion(random.bounded(0, 300'001))));
        }
        QList<Discount> discounts;
        if (random.bounded(2) == 1)
            discounts.append(lineAmount(u"S0"_s, random.bounded(0, 100) * lines.at(0).quantity));
        if (random.bounded(2) == 1) {
            Discount discount = orderPercent(u"0");
            discount.percent = Rate::fromPartsPerMillion(random.bounded(0, 1'000'001));
            discounts.append(discount);
        }
        const bool inclusive = random.bounded(2) == 1;
        const Money shipping = cents(random.bounded(0, 2000));
        auto totals = PriceCalculator::price(lines, discounts, shipping, inclusive);
        if (!totals) {
            // Only a line discount larger than its line is refused here.
            EXPECT_EQ(totals.error().field, u"discounts[0].value"_s);
            continue;
        }
        qint64 net = 0;
        qint64 tax = 0;
        qint64 discount = 0;
        for (const LineItem &item : std::as_const(lines)) {
            ASSERT_GE(item.net().minorUnits(), 0);
            ASSERT_GE(item.tax.minorUnits(), 0);
            net += item.net().minorUnits();
            tax += item.tax.minorUnits();
            discount += item.discount.minorUnits();
        }
        qint64 discountRows = 0;
        for (const Discount &given : std::as_const(discounts))
            discountRows += given.amount.minorUnits();
        ASSERT_EQ(discount, discountRows);
        ASSERT_EQ(discount, totals->discount.minorUnits());
        ASSERT_EQ(tax, totals->tax.minorUnits());
        ASSERT_EQ(totals->total.minorUnits(), net + shipping.minorUnits() + (inclusive ? 0 : tax));
    }
}
