#include "Printers.h"

#include "orders/Order.h"

#include <gtest/gtest.h>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

namespace {

Currency usd()
{
    return *Currency::fromCode(u"USD"_s);
}

LineItem line(const QString &sku, qint64 quantity, qint64 unitMinor, const Currency &currency = usd())
{
    qint64 lineTotal = 0; // left 0 when the product does not fit: such lines are refused anyway
    if (__builtin_mul_overflow(quantity, unitMinor, &lineTotal))
        lineTotal = 0;
    return LineItem{sku, u"Product "_s + sku, quantity, Money(unitMinor, currency), Money(lineTotal, currency),
            Money::zero(currency), Money::zero(currency), {}, {}};
}

Order orderWith(const QList<LineItem> &lines, qint64 totalMinor)
{
    Order order;
    order.number = 1001;
    order.lines = lines;
    order.total = Money(totalMinor, usd());
    order.paid = Money::zero(usd());
    order.refunded = Money::zero(usd());
    return order;
}

} // namespace

// Order::reprice prices with PriceCalculator (PriceCalculatorTest holds the arithmetic).
Result<Money> totalOf(const QList<LineItem> &lines)
{
    Order order = orderWith(lines, 0);
    if (auto priced = order.reprice(); !priced)
        return fail(priced.error());
    return order.total;
}

TEST(OrderTotalTest, SumsTheLines)
{
    auto total = totalOf({line(u"A"_s, 2, 1250), line(u"B"_s, 1, 2999), line(u"C"_s, 10, 1)});
    ASSERT_TRUE(total);
    EXPECT_EQ(*total, Money(2500 + 2999 + 10, usd()));
}

TEST(OrderTotalTest, RefusesAnEmptyOrder)
{
    auto total = totalOf({});
    ASSERT_FALSE(total);
    EXPECT_EQ(total.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(total.error().field, u"items"_s);
}

TEST(OrderTotalTest, RefusesNonPositiveQuantitiesNamingTheLine)
{
    for (qint64 quantity : {qint64(0), qint64(-1), std::numeric_limits<qint64>::min()}) {
        auto total = totalOf({line(u"A"_s, 1, 100), line(u"B"_s, quantity, 100)});
        ASSERT_FALSE(total) << quantity;
        EXPECT_EQ(total.error().code, ErrorCode::InvalidInput);
        EXPECT_EQ(total.error().field, u"items[1].quantity"_s);
    }
}

TEST(OrderTotalTest, RefusesMixedCurrenciesAndOverflow)
{
    const Currency eur = *Currency::fromCode(u"EUR"_s);
    EXPECT_FALSE(totalOf({line(u"A"_s, 1, 100), line(u"B"_s, 1, 100, eur)}));
    LineItem huge = line(u"H"_s, 2, std::numeric_limits<qint64>::max() / 2 + 1);
    EXPECT_FALSE(totalOf({huge}));
    const qint64 big = std::numeric_limits<qint64>::max() / 2 + 1;
    EXPECT_FALSE(totalOf({line(u"A"_s, 1, big), line(u"B"_s, 1, big)}));
}

TEST(OrderInvariantsTest, AConsistentOrderPasses)
{
    const Order order = orderWith({line(u"A"_s, 2, 1250), line(u"B"_s, 1, 2999)}, 5499);
    auto checked = order.checkInvariants();
    EXPECT_TRUE(checked) << describe(checked.error());
    EXPECT_EQ(order.balanceDue(), Money(5499, usd()));
    EXPECT_FALSE(order.isPaid());
}

TEST(OrderInvariantsTest, CatchesAWrongTotal)
{
    const Order order = orderWith({line(u"A"_s, 2, 1250), line(u"B"_s, 1, 2999)}, 5500);
    auto checked = order.checkInvariants();
    ASSERT_FALSE(checked);
    EXPECT_EQ(checked.error().code, ErrorCode::Internal);
    EXPECT_TRUE(checked.error().message.contains(u"1001"_s));
}

TEST(OrderInvariantsTest, CatchesAWrongLineTotal)
{
    LineItem wrong = line(u"A"_s, 2, 1250);
    LineItem wrongToo = line(u"B"_s, 1, 1000);
    wrong.lineTotal = Money(2000, usd());
    wrongToo.lineTotal = Money(1500, usd()); // the sum still matches (3500), but each line is wrong
    const Order order = orderWith({wrong, wrongToo}, 3500);
    auto checked = order.checkInvariants();
    ASSERT_FALSE(checked);
    EXPECT_EQ(checked.error().code, ErrorCode::Internal);
}

TEST(OrderInvariantsTest, CatchesAnEmptyOrder)
{
    EXPECT_FALSE(orderWith({}, 0).checkInvariants());
}

TEST(OrderInvariantsTest, BalanceDueAfterPaymentAndRefund)
{
    Order order = orderWith({line(u"A"_s, 1, 1000)}, 1000);
    order.paid = Money(1000, usd());
    EXPECT_TRUE(order.balanceDue().isZero());
    EXPECT_TRUE(order.isPaid());
    order.refunded = Money(400, usd());
    EXPECT_EQ(order.balanceDue(), Money(400, usd()));
    EXPECT_FALSE(order.isPaid());
}
