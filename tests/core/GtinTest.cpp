#include "Printers.h"

#include "inventory/Gtin.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

TEST(GtinTest, AcceptsEveryLengthWithItsCheckDigit)
{
    // Published examples: an EAN-13 (GS1's own), a UPC-A, a GTIN-8 and a GTIN-14 case code.
    for (const QString &code : {u"4006381333931"_s, u"036000291452"_s, u"96385074"_s, u"10614141000415"_s}) {
        auto gtin = Gtin::parse(code);
        ASSERT_TRUE(gtin) << code.toStdString() << ": " << gtin.error().message.toStdString();
        EXPECT_EQ(gtin->digits(), code);
    }
}

TEST(GtinTest, TrimsBlanksButKeepsTheDigitsAsTyped)
{
    auto gtin = Gtin::parse(u"  036000291452 "_s);
    ASSERT_TRUE(gtin);
    EXPECT_EQ(gtin->digits(), u"036000291452"_s);
}

TEST(GtinTest, RefusesAWrongCheckDigitNamingFieldAndValue)
{
    auto gtin = Gtin::parse(u"4006381333932"_s, u"barcode"_s);
    ASSERT_FALSE(gtin);
    EXPECT_EQ(gtin.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(gtin.error().field, u"barcode"_s);
    EXPECT_EQ(gtin.error().value, u"4006381333932"_s);
    EXPECT_TRUE(gtin.error().message.contains(u"check digit"_s)) << gtin.error().message.toStdString();
    EXPECT_TRUE(gtin.error().message.contains(u"1 expected"_s)) << gtin.error().message.toStdString();
}

TEST(GtinTest, RefusesWrongLengthsAndNonDigits)
{
    for (const QString &code : {u""_s, u"1234567"_s, u"123456789"_s, u"40063813339311"_s.left(11), u"400638133393100"_s,
                 u"400638133393A"_s, u"4006381-33393"_s, u"４００６３８１３３３９３１"_s}) {
        auto gtin = Gtin::parse(code);
        ASSERT_FALSE(gtin) << code.toStdString();
        EXPECT_EQ(gtin.error().field, u"barcode"_s);
        EXPECT_EQ(gtin.error().value, code);
    }
}

TEST(GtinTest, EveryWrongCheckDigitIsCaught)
{
    // A single mistyped digit always changes the sum mod 10, whatever its position's weight.
    const QString good = u"4006381333931"_s;
    for (int position = 0; position < good.size(); ++position) {
        for (char16_t digit = u'0'; digit <= u'9'; ++digit) {
            QString typo = good;
            if (typo[position] == QChar(digit))
                continue;
            typo[position] = QChar(digit);
            EXPECT_FALSE(Gtin::parse(typo)) << typo.toStdString();
        }
    }
}

TEST(GtinTest, CheckDigitFor)
{
    EXPECT_EQ(Gtin::checkDigitFor(u"400638133393"), 1);
    EXPECT_EQ(Gtin::checkDigitFor(u"03600029145"), 2);
    EXPECT_EQ(Gtin::checkDigitFor(u"9638507"), 4);
}
