// Twilio's request signature and the inbound keywords: pure functions, no database, no network.
#include "notification/TwilioSignature.h"
#include "notification/TwilioInboundSms.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

namespace {

// The example of Twilio's security documentation (and of its libraries' tests).
const QString kExampleUrl = u"https://mycompany.com/myapp.php?foo=1&bar=2"_s;
const FormFields kExampleFields{{u"CallSid"_s, u"CA1234567890ABCDE"_s}, {u"Caller"_s, u"+12349013030"_s},
        {u"Digits"_s, u"1234"_s}, {u"From"_s, u"+12349013030"_s}, {u"To"_s, u"+18005551212"_s}};

TEST(TwilioSignatureTest, SignsTwiliosDocumentedExample)
{
    EXPECT_EQ(TwilioSignature::sign(kExampleUrl, kExampleFields, "12345"), "0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
    EXPECT_EQ(TwilioSignature::verify("0/KCTR6DLpKmkAf8muzZqo1nDgQ=", kExampleUrl, kExampleFields, "12345"),
            TwilioSignature::Verdict::Valid);
}

TEST(TwilioSignatureTest, TheOrderOfTheFieldsDoesNotMatterButEveryByteDoes)
{
    FormFields shuffled = kExampleFields;
    std::reverse(shuffled.begin(), shuffled.end());
    EXPECT_EQ(TwilioSignature::verify("0/KCTR6DLpKmkAf8muzZqo1nDgQ=", kExampleUrl, shuffled, "12345"),
            TwilioSignature::Verdict::Valid);

    FormFields changed = kExampleFields;
    changed[2].second = u"1235"_s;
    EXPECT_EQ(TwilioSignature::verify("0/KCTR6DLpKmkAf8muzZqo1nDgQ=", kExampleUrl, changed, "12345"),
            TwilioSignature::Verdict::Mismatch);
    EXPECT_EQ(TwilioSignature::verify("0/KCTR6DLpKmkAf8muzZqo1nDgQ=", u"http://mycompany.com/myapp.php?foo=1&bar=2"_s,
                      kExampleFields, "12345"),
            TwilioSignature::Verdict::Mismatch);
    EXPECT_EQ(TwilioSignature::verify("0/KCTR6DLpKmkAf8muzZqo1nDgQ=", kExampleUrl, kExampleFields, "12346"),
            TwilioSignature::Verdict::Mismatch);
    EXPECT_EQ(TwilioSignature::verify("0/KCTR6DLpKmkAf8muzZqo1nDgQ", kExampleUrl, kExampleFields, "12345"),
            TwilioSignature::Verdict::Mismatch);
    EXPECT_EQ(TwilioSignature::verify("", kExampleUrl, kExampleFields, "12345"), TwilioSignature::Verdict::Missing);
    EXPECT_EQ(TwilioSignature::verify("0/KCTR6DLpKmkAf8muzZqo1nDgQ=", kExampleUrl, kExampleFields, ""),
            TwilioSignature::Verdict::TokenMissing);
}

TEST(TwilioSignatureTest, ReadsAFormBodyAsTwilioSendsIt)
{
    const auto fields = TwilioSignature::parseForm(
            "MessageSid=SM0123&From=%2B4915123456789&Body=Stop+it%21&Empty=&Flag&&Umlaut=%C3%BCber");
    ASSERT_TRUE(fields) << fields.error().message.toStdString();
    const FormFields expected{{u"MessageSid"_s, u"SM0123"_s}, {u"From"_s, u"+4915123456789"_s},
            {u"Body"_s, u"Stop it!"_s}, {u"Empty"_s, QString()}, {u"Flag"_s, QString()}, {u"Umlaut"_s, u"über"_s}};
    EXPECT_EQ(*fields, expected);
    EXPECT_TRUE(TwilioSignature::parseForm({})->isEmpty());
    // A leading byte order mark is text Twilio signed: kept.
    const auto bom = TwilioSignature::parseForm("Body=%EF%BB%BFSTOP");
    ASSERT_TRUE(bom);
    EXPECT_EQ(bom->constFirst().second, QString(QChar(0xFEFF)) + u"STOP"_s);
}

TEST(TwilioSignatureTest, RefusesAFormFieldWithoutANameOrWithBytesThatAreNotUtf8)
{
    const auto nameless = TwilioSignature::parseForm("a=1&=2");
    ASSERT_FALSE(nameless);
    EXPECT_EQ(nameless.error().field, u"[1]"_s);
    const auto latin1 = TwilioSignature::parseForm("Body=%FCber");
    ASSERT_FALSE(latin1);
    EXPECT_EQ(latin1.error().field, u"Body"_s);
}

TEST(TwilioSignatureTest, KeywordsAreTheWholeMessageInAnyCase)
{
    for (const QString &body : {u"STOP"_s, u"stop"_s, u"  Stop. "_s, u"unsubscribe"_s, u"Cancel!"_s, u"END"_s,
                 u"quit"_s, u"STOPALL"_s, u"optout"_s, u"Revoke"_s})
        EXPECT_EQ(TwilioInboundSms::keywordOf(body, {}), SmsKeyword::Stop) << body.toStdString();
    for (const QString &body : {u"START"_s, u"yes"_s, u"Unstop"_s})
        EXPECT_EQ(TwilioInboundSms::keywordOf(body, {}), SmsKeyword::Start) << body.toStdString();
    for (const QString &body : {u"help"_s, u"INFO"_s})
        EXPECT_EQ(TwilioInboundSms::keywordOf(body, {}), SmsKeyword::Help) << body.toStdString();
    for (const QString &body : {u"please stop"_s, u"STOP IT"_s, u"where is my parcel?"_s, QString(), u"yes please"_s})
        EXPECT_EQ(TwilioInboundSms::keywordOf(body, {}), SmsKeyword::None) << body.toStdString();
    // Twilio's Advanced Opt-Out matched the shop's own keyword and says which kind it was.
    EXPECT_EQ(TwilioInboundSms::keywordOf(u"Tschüss"_s, u"STOP"_s), SmsKeyword::Stop);
    EXPECT_EQ(TwilioInboundSms::keywordOf(u"STOP"_s, u"START"_s), SmsKeyword::Start);
}

TEST(TwilioSignatureTest, AnInboundMessageNeedsItsSidAndSender)
{
    const auto read = TwilioInboundSms::read({{u"MessageSid"_s, u"SM" + QString(32, u'a')},
            {u"From"_s, u"+4915123456789"_s}, {u"Body"_s, u"STOP"_s}, {u"OptOutType"_s, u"STOP"_s}});
    ASSERT_TRUE(read) << read.error().message.toStdString();
    EXPECT_EQ(read->from, u"+4915123456789"_s);
    EXPECT_EQ(read->optOutType, u"STOP"_s);
    const auto noSid = TwilioInboundSms::read({{u"From"_s, u"+4915123456789"_s}, {u"Body"_s, u"STOP"_s}});
    ASSERT_FALSE(noSid);
    EXPECT_EQ(noSid.error().field, u"MessageSid"_s);
    const auto badSid
            = TwilioInboundSms::read({{u"MessageSid"_s, u"SM123'; DROP TABLE customers"_s}, {u"From"_s, u"+1"_s}});
    ASSERT_FALSE(badSid);
    EXPECT_EQ(badSid.error().field, u"MessageSid"_s);
    const auto newline = TwilioInboundSms::read({{u"MessageSid"_s, u"SM" + QString(32, u'a') + u'\n'}});
    ASSERT_FALSE(newline);
    EXPECT_EQ(newline.error().field, u"MessageSid"_s);
    const auto noSender = TwilioInboundSms::read({{u"MessageSid"_s, u"SM" + QString(32, u'b')}});
    ASSERT_FALSE(noSender);
    EXPECT_EQ(noSender.error().field, u"From"_s);
}

} // namespace
