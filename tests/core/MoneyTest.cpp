#include "Printers.h"

#include "common/Currency.h"
#include "common/Money.h"

#include <QLocale>

#include <gtest/gtest.h>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

namespace {

Currency currency(const QString &code)
{
    auto parsed = Currency::fromCode(code);
    EXPECT_TRUE(parsed) << code.toStdString();
    return parsed ? *parsed : Currency();
}

qint64 minorOf(const QString &text, const QString &code)
{
    auto money = Money::parse(text, currency(code));
    EXPECT_TRUE(money) << text.toStdString() << " " << code.toStdString() << ": "
                       << (money ? std::string() : describe(money.error()));
    if (money) {
        EXPECT_EQ(money->currency().code(), code);
    }
    return money ? money->minorUnits() : std::numeric_limits<qint64>::min();
}

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

} // namespace

TEST(CurrencyTest, KnownCodesHaveTheirMinorDigits)
{
    EXPECT_EQ(currency(u"USD"_s).minorDigits(), 2);
    EXPECT_EQ(currency(u"JPY"_s).minorDigits(), 0);
    EXPECT_EQ(currency(u"KWD"_s).minorDigits(), 3);
    EXPECT_EQ(currency(u"KWD"_s).minorPerMajor(), 1000);
    EXPECT_EQ(currency(u"JPY"_s).minorPerMajor(), 1);
    EXPECT_EQ(currency(u" eur "_s).code(), u"EUR"_s);
}

TEST(CurrencyTest, UnknownCodesAreRefused)
{
    for (const QString &code : {u"XXX"_s, u""_s, u"US"_s, u"USDX"_s, u"dollar"_s}) {
        auto parsed = Currency::fromCode(code);
        ASSERT_FALSE(parsed) << code.toStdString();
        EXPECT_EQ(parsed.error().code, ErrorCode::InvalidInput);
        EXPECT_EQ(parsed.error().field, u"currency"_s);
    }
    EXPECT_FALSE(Currency().isValid());
}

TEST(MoneyParseTest, ParsesExactDecimals)
{
    EXPECT_EQ(minorOf(u"29.99"_s, u"USD"_s), 2999);
    EXPECT_EQ(minorOf(u"0.5"_s, u"USD"_s), 50);
    EXPECT_EQ(minorOf(u"0.05"_s, u"USD"_s), 5);
    EXPECT_EQ(minorOf(u"1000"_s, u"USD"_s), 100000);
    EXPECT_EQ(minorOf(u"-3.50"_s, u"USD"_s), -350);
    EXPECT_EQ(minorOf(u"+7"_s, u"USD"_s), 700);
    EXPECT_EQ(minorOf(u" 12.30 "_s, u"USD"_s), 1230);
    EXPECT_EQ(minorOf(u".25"_s, u"USD"_s), 25);
    EXPECT_EQ(minorOf(u"0"_s, u"USD"_s), 0);
    EXPECT_EQ(minorOf(u"1200"_s, u"JPY"_s), 1200);
    EXPECT_EQ(minorOf(u"1.234"_s, u"KWD"_s), 1234);
    EXPECT_EQ(minorOf(u"1.2"_s, u"KWD"_s), 1200);
    // A decimal comma, as typed in most of Europe.
    EXPECT_EQ(minorOf(u"4,95"_s, u"EUR"_s), 495);
    EXPECT_EQ(minorOf(u"-0,5"_s, u"EUR"_s), -50);
    EXPECT_EQ(minorOf(u",25"_s, u"USD"_s), 25);
    EXPECT_EQ(minorOf(u"1,234"_s, u"KWD"_s), 1234);
    // The largest amount that fits: 92233720368547758.07 dollars.
    EXPECT_EQ(minorOf(u"92233720368547758.07"_s, u"USD"_s), kMax);
}

TEST(MoneyParseTest, RefusesWhatIsNotAnExactAmount)
{
    const struct {
        QString text;
        QString code;
    } cases[] = {
            {u"1.999"_s, u"USD"_s},
            {u"12.5"_s, u"JPY"_s},
            {u"1.2345"_s, u"KWD"_s},
            {u"1e3"_s, u"USD"_s},
            {u"1,000.00"_s, u"USD"_s},
            {u"1.000,00"_s, u"EUR"_s},
            {u"1,000"_s, u"USD"_s}, // a thousand with a grouping comma, or 1.000: not guessed
            {u"1,000"_s, u"JPY"_s},
            {u"1,2,3"_s, u"USD"_s},
            {u"5,"_s, u"USD"_s},
            {u"abc"_s, u"USD"_s},
            {u""_s, u"USD"_s},
            {u"   "_s, u"USD"_s},
            {u"."_s, u"USD"_s},
            {u"5."_s, u"USD"_s},
            {u"-"_s, u"USD"_s},
            {u"+"_s, u"USD"_s},
            {u"1.2.3"_s, u"USD"_s},
            {u"--1"_s, u"USD"_s},
            {u"1 000"_s, u"USD"_s},
            {u"$5"_s, u"USD"_s},
            {u"0x10"_s, u"USD"_s},
            {u"٣"_s, u"USD"_s},
            {u"99999999999999999999"_s, u"USD"_s},
            {u"99999999999999999999"_s, u"JPY"_s},
            // Fits in qint64 as major units but not once multiplied by 100.
            {u"92233720368547758.08"_s, u"USD"_s},
            {u"922337203685477581"_s, u"USD"_s},
    };
    for (const auto &c : cases) {
        auto money = Money::parse(c.text, currency(c.code), u"price"_s);
        ASSERT_FALSE(money) << '"' << c.text.toStdString() << "\" " << c.code.toStdString() << " parsed as "
                            << money->minorUnits();
        EXPECT_EQ(money.error().code, ErrorCode::InvalidInput) << c.text.toStdString();
        EXPECT_EQ(money.error().field, u"price"_s) << c.text.toStdString();
        EXPECT_EQ(money.error().value, c.text);
    }
}

TEST(MoneyParseTest, RefusesAmountWithoutCurrency)
{
    auto money = Money::parse(u"1.00"_s, Currency());
    ASSERT_FALSE(money);
    EXPECT_EQ(money.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(money.error().field, u"amount"_s);
}

// Just above qint64's maximum as whole yen: the digit-accumulation guard lets the last digit overflow.
TEST(MoneyParseTest, RefusesIntegerPartJustAboveQint64Max)
{
    for (const QString &text : {u"9223372036854775808"_s, u"9223372036854775809"_s}) {
        auto money = Money::parse(text, currency(u"JPY"_s));
        EXPECT_FALSE(money) << text.toStdString() << " parsed as " << money->minorUnits();
    }
    EXPECT_EQ(minorOf(u"9223372036854775807"_s, u"JPY"_s), kMax);
}

TEST(MoneyArithmeticTest, AddsSubtractsAndMultiplies)
{
    const Currency usd = currency(u"USD"_s);
    auto sum = Money(1999, usd).plus(Money(1, usd));
    ASSERT_TRUE(sum);
    EXPECT_EQ(*sum, Money(2000, usd));
    auto difference = Money(100, usd).minus(Money(350, usd));
    ASSERT_TRUE(difference);
    EXPECT_EQ(difference->minorUnits(), -250);
    auto product = Money(2999, usd).times(3);
    ASSERT_TRUE(product);
    EXPECT_EQ(product->minorUnits(), 8997);
    EXPECT_EQ(product->currency(), usd);
    EXPECT_TRUE(Money::zero(usd).isZero());
    EXPECT_TRUE(Money(-1, usd).isNegative());
}

TEST(MoneyArithmeticTest, RefusesOverflowAtQint64Limits)
{
    const Currency usd = currency(u"USD"_s);
    EXPECT_FALSE(Money(kMax, usd).plus(Money(1, usd)));
    EXPECT_FALSE(Money(kMin, usd).plus(Money(-1, usd)));
    EXPECT_FALSE(Money(kMin, usd).minus(Money(1, usd)));
    EXPECT_FALSE(Money(kMax, usd).minus(Money(-1, usd)));
    EXPECT_FALSE(Money(kMax, usd).times(2));
    EXPECT_FALSE(Money(kMax / 2 + 1, usd).times(2));
    EXPECT_FALSE(Money(kMin, usd).times(-1));
    EXPECT_FALSE(Money(-1, usd).times(kMin));
    auto error = Money(kMax, usd).plus(Money(1, usd));
    ASSERT_FALSE(error);
    EXPECT_EQ(error.error().code, ErrorCode::InvalidInput);
    // Right at the limit is still fine.
    auto edge = Money(kMax - 1, usd).plus(Money(1, usd));
    ASSERT_TRUE(edge);
    EXPECT_EQ(edge->minorUnits(), kMax);
    auto half = Money(kMax / 2, usd).times(2);
    ASSERT_TRUE(half);
    EXPECT_EQ(half->minorUnits(), kMax - 1);
}

TEST(MoneyArithmeticTest, RefusesMixedCurrencies)
{
    const Money dollars(100, currency(u"USD"_s));
    const Money euros(100, currency(u"EUR"_s));
    auto sum = dollars.plus(euros);
    ASSERT_FALSE(sum);
    EXPECT_EQ(sum.error().code, ErrorCode::Conflict);
    EXPECT_EQ(sum.error().field, u"currency"_s);
    EXPECT_EQ(sum.error().value, u"EUR"_s);
    EXPECT_FALSE(dollars.minus(euros));
    EXPECT_FALSE(dollars == euros);
}

TEST(MoneyFormatTest, DecimalStrings)
{
    EXPECT_EQ(Money(2999, currency(u"USD"_s)).toDecimalString(), u"29.99"_s);
    EXPECT_EQ(Money(50, currency(u"USD"_s)).toDecimalString(), u"0.50"_s);
    EXPECT_EQ(Money(5, currency(u"USD"_s)).toDecimalString(), u"0.05"_s);
    EXPECT_EQ(Money(0, currency(u"USD"_s)).toDecimalString(), u"0.00"_s);
    EXPECT_EQ(Money(-350, currency(u"USD"_s)).toDecimalString(), u"-3.50"_s);
    EXPECT_EQ(Money(-5, currency(u"USD"_s)).toDecimalString(), u"-0.05"_s);
    EXPECT_EQ(Money(1200, currency(u"JPY"_s)).toDecimalString(), u"1200"_s);
    EXPECT_EQ(Money(-1200, currency(u"JPY"_s)).toDecimalString(), u"-1200"_s);
    EXPECT_EQ(Money(1234, currency(u"KWD"_s)).toDecimalString(), u"1.234"_s);
    EXPECT_EQ(Money(7, currency(u"KWD"_s)).toDecimalString(), u"0.007"_s);
    EXPECT_EQ(Money(kMin, currency(u"USD"_s)).toDecimalString(), u"-92233720368547758.08"_s);
    EXPECT_EQ(Money(kMax, currency(u"USD"_s)).toDecimalString(), u"92233720368547758.07"_s);
}

TEST(MoneyFormatTest, DecimalStringRoundTripsThroughParse)
{
    for (const QString &code : {u"USD"_s, u"JPY"_s, u"KWD"_s}) {
        for (qint64 minor : {qint64(0), qint64(1), qint64(-1), qint64(999), qint64(-1001), qint64(123456789), kMax}) {
            const Money money(minor, currency(code));
            auto back = Money::parse(money.toDecimalString(), currency(code));
            ASSERT_TRUE(back) << money.toDecimalString().toStdString();
            EXPECT_EQ(*back, money);
        }
    }
}

TEST(MoneyFormatTest, DisplayStringUsesLocaleGrouping)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(Money(123450, currency(u"USD"_s)).toDisplayString(english), u"USD 1,234.50"_s);
    EXPECT_EQ(Money(-5, currency(u"USD"_s)).toDisplayString(english), u"USD -0.05"_s);
    EXPECT_EQ(Money(1200000, currency(u"JPY"_s)).toDisplayString(english), u"JPY 1,200,000"_s);
}
