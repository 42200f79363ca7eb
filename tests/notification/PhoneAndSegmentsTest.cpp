// Phone numbers as they enter (libphonenumber, E.164) and the SMS segment arithmetic (GSM-7 / UCS-2).
#include "customers/PhoneNumbers.h"
#include "notification/SmsComposer.h"
#include "notification/SmsSegments.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

namespace {

struct GoodNumber {
    const char16_t *typed;
    const char16_t *region;
    const char16_t *e164;
};

TEST(PhoneNumbers, ValidNumbersAreStoredInE164)
{
    const GoodNumber cases[] = {
            {u"0151 23456789", u"DE", u"+4915123456789"}, // national German mobile
            {u"0049 151 23456789", u"DE", u"+4915123456789"}, // international prefix
            {u"+49 30 1234567", u"US", u"+49301234567"}, // a + wins over the region
            {u"030/1234567", u"DE", u"+49301234567"}, {u"(202) 456-1111", u"US", u"+12024561111"},
            {u"415.555.2671", u"us", u"+14155552671"}, // the region in any case
            {u"  +1 415 555 2671  ", u"DE", u"+14155552671"},
            {u"415 555 2671", u"XX", u"+14155552671"}, // an unknown region falls back to US
    };
    for (const GoodNumber &number : cases) {
        auto normalised = PhoneNumbers::normalise(
                u"phone"_s, QString::fromUtf16(number.typed), QString::fromUtf16(number.region));
        ASSERT_TRUE(normalised) << QString::fromUtf16(number.typed).toStdString() << ": "
                                << normalised.error().message.toStdString();
        EXPECT_EQ(*normalised, QString::fromUtf16(number.e164)) << QString::fromUtf16(number.typed).toStdString();
        EXPECT_TRUE(PhoneNumbers::hasE164Shape(*normalised));
    }
}

TEST(PhoneNumbers, BadNumbersAreRefusedNamingTheFieldAndTheValue)
{
    const char16_t *bad[] = {u"12345", u"+999 1234567", u"+44 7700 900123", // too short, no such country, unassigned
            u"0151 23456789", // a German number read in the US
            u"1-800-FLOWERS", u"+49 151 2345\n6789", u"call me", u"", u"   ", u"+"};
    for (const char16_t *typed : bad) {
        const QString text = QString::fromUtf16(typed);
        auto normalised = PhoneNumbers::normalise(u"customer.phone"_s, text, u"US"_s);
        ASSERT_FALSE(normalised) << text.toStdString() << " -> " << normalised->toStdString();
        EXPECT_EQ(normalised.error().code, ErrorCode::InvalidInput) << text.toStdString();
        EXPECT_EQ(normalised.error().field, u"customer.phone"_s);
        EXPECT_EQ(normalised.error().value, text);
    }
}

TEST(PhoneNumbers, TheShapeCheckMatchesTheSchema)
{
    EXPECT_TRUE(PhoneNumbers::hasE164Shape(u"+4915123456789"_s));
    EXPECT_TRUE(PhoneNumbers::hasE164Shape(u"+683400"_s));
    EXPECT_FALSE(PhoneNumbers::hasE164Shape(u"4915123456789"_s));
    EXPECT_FALSE(PhoneNumbers::hasE164Shape(u"+0151234567"_s));
    EXPECT_FALSE(PhoneNumbers::hasE164Shape(u"+1234567890123456"_s)); // 16 digits
    EXPECT_FALSE(PhoneNumbers::hasE164Shape(u"+49 151"_s));
}

TEST(SmsSegments, Gsm7FitsOneSegmentUpTo160AndSplitsBy153)
{
    EXPECT_EQ(SmsSegments::count(QString()).segments, 0);
    const SmsSegments one = SmsSegments::count(QString(160, u'a'));
    EXPECT_EQ(one.encoding, SmsSegments::Encoding::Gsm7);
    EXPECT_EQ(one.units, 160);
    EXPECT_EQ(one.segments, 1);
    EXPECT_EQ(one.remainingInLastSegment, 0);
    const SmsSegments two = SmsSegments::count(QString(161, u'a'));
    EXPECT_EQ(two.segments, 2);
    EXPECT_EQ(two.perSegment, 153);
    EXPECT_EQ(two.remainingInLastSegment, 153 * 2 - 161);
    EXPECT_EQ(SmsSegments::count(QString(306, u'a')).segments, 2);
    EXPECT_EQ(SmsSegments::count(QString(307, u'a')).segments, 3);
    // The basic set's non-ASCII letters are still one septet each.
    const SmsSegments accents = SmsSegments::count(u"Grüße aus München, ¿qué tal? £5 ΔΩ"_s);
    EXPECT_EQ(accents.encoding, SmsSegments::Encoding::Gsm7);
    EXPECT_EQ(accents.units, 34);
}

TEST(SmsSegments, TheExtensionTableCountsTwoAndIsNeverSplit)
{
    EXPECT_EQ(SmsSegments::gsm7Septets(u'€'), 2);
    EXPECT_EQ(SmsSegments::gsm7Septets(u'{'), 2);
    EXPECT_EQ(SmsSegments::gsm7Septets(u'a'), 1);
    EXPECT_EQ(SmsSegments::gsm7Septets(u'ç'), 0); // only Ç is in the basic set
    const SmsSegments euros = SmsSegments::count(QString(80, u'€'));
    EXPECT_EQ(euros.encoding, SmsSegments::Encoding::Gsm7);
    EXPECT_EQ(euros.units, 160);
    EXPECT_EQ(euros.segments, 1);
    // 81 € = 162 septets: two segments; 152 'a' then one € does not fit the first 153 and moves whole.
    EXPECT_EQ(SmsSegments::count(QString(81, u'€')).segments, 2);
    const SmsSegments straddling = SmsSegments::count(QString(152, u'a') + u'€' + QString(10, u'a'));
    EXPECT_EQ(straddling.units, 164);
    EXPECT_EQ(straddling.segments, 2);
    EXPECT_EQ(straddling.remainingInLastSegment, 153 - 12);
}

TEST(SmsSegments, AnyOtherCharacterMakesTheTextUcs2)
{
    const SmsSegments one = SmsSegments::count(QString(69, u'a') + u'ç');
    EXPECT_EQ(one.encoding, SmsSegments::Encoding::Ucs2);
    EXPECT_EQ(one.units, 70);
    EXPECT_EQ(one.segments, 1);
    EXPECT_EQ(SmsSegments::count(QString(70, u'a') + u'ç').segments, 2);
    EXPECT_EQ(SmsSegments::count(QString(134, u'ж')).segments, 2);
    EXPECT_EQ(SmsSegments::count(QString(135, u'ж')).segments, 3);
    // An emoji is a surrogate pair: two units, kept in one segment.
    const QString emoji = u"👍"_s;
    const SmsSegments pair = SmsSegments::count(QString(66, u'a') + emoji);
    EXPECT_EQ(pair.units, 68);
    EXPECT_EQ(pair.segments, 1);
    const SmsSegments split = SmsSegments::count(QString(66, u'a') + emoji + QString(3, u'a'));
    EXPECT_EQ(split.units, 71);
    EXPECT_EQ(split.segments, 2);
    // 66 + 2 would be 68 > 67: the pair moves whole into the second segment (2 + 3 units there).
    EXPECT_EQ(split.remainingInLastSegment, 67 - 5);
}

TEST(SmsComposer, StatusEventsHaveShortOneLineMessagesAndOthersNone)
{
    const SmsComposer composer(u"Test\nShop\u202E"_s);
    for (auto event : {NotificationEvent::Placed, NotificationEvent::Confirmed, NotificationEvent::Shipped,
                 NotificationEvent::Delivered, NotificationEvent::Cancelled, NotificationEvent::Refunded}) {
        const QString text = composer.sample(event);
        EXPECT_TRUE(text.startsWith(u"Test Shop: "_s)) << text.toStdString();
        EXPECT_FALSE(text.contains(u'\n'));
        EXPECT_LE(SmsSegments::count(text).segments, 2) << text.toStdString();
    }
    EXPECT_TRUE(composer.sample(NotificationEvent::Placed).contains(u"Reply STOP to opt out."_s));
    EXPECT_TRUE(composer.sample(NotificationEvent::Shipped).contains(u"00340434161094042557"_s));
    EXPECT_FALSE(SmsComposer::covers(NotificationEvent::PaymentLink));
    EXPECT_TRUE(composer.sample(NotificationEvent::ReturnOpened).isEmpty());
}

} // namespace
