#include "Printers.h"

#include "common/TextField.h"
#include "common/Uuid.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

TEST(TextFieldTest, SingleLineKeepsTextVerbatimButTrimmed)
{
    const QString tricky = u"Robert'); DROP TABLE orders;-- <script>alert(1)</script> \"Zoë\""_s;
    auto text = TextField::singleLine(u"name"_s, u"  "_s + tricky + u"  "_s, 200);
    ASSERT_TRUE(text);
    EXPECT_EQ(*text, tricky);
}

TEST(TextFieldTest, SingleLineRefusesLineBreaksAndControlCharacters)
{
    for (const QString &value : {u"a\nb"_s, u"a\rb"_s, u"a\r\nb"_s, u"a\u0000b"_s, u"a\u0007b"_s, u"a\u2028b"_s,
                 u"a\u2029b"_s, u"a\tb"_s}) {
        auto text = TextField::singleLine(u"street"_s, value, 200);
        ASSERT_FALSE(text) << value.toStdString();
        EXPECT_EQ(text.error().code, ErrorCode::InvalidInput);
        EXPECT_EQ(text.error().field, u"street"_s);
    }
}

TEST(TextFieldTest, SingleLineRequiredAndLength)
{
    auto empty = TextField::singleLine(u"city"_s, u"   "_s, 10);
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().field, u"city"_s);
    auto optional = TextField::singleLine(u"city"_s, u""_s, 10, false);
    ASSERT_TRUE(optional);
    EXPECT_TRUE(optional->isEmpty());
    EXPECT_TRUE(TextField::singleLine(u"city"_s, QString(10, u'x'), 10));
    EXPECT_FALSE(TextField::singleLine(u"city"_s, QString(11, u'x'), 10));
}

TEST(TextFieldTest, MultiLineAllowsNewlinesButNotOtherControls)
{
    auto note = TextField::multiLine(u"note"_s, u"line one\nline two\tend"_s, 100);
    ASSERT_TRUE(note);
    EXPECT_EQ(*note, u"line one\nline two\tend"_s);
    EXPECT_FALSE(TextField::multiLine(u"note"_s, u"bell\u0007"_s + u"x"_s, 100));
    EXPECT_FALSE(TextField::multiLine(u"note"_s, QString(101, u'x'), 100));
}

TEST(TextFieldTest, Email)
{
    EXPECT_TRUE(TextField::email(u"email"_s, u"ada@example.com"_s));
    EXPECT_TRUE(TextField::email(u"email"_s, u"o.brien+shop@mail.example.co.uk"_s));
    for (const QString &bad : {u""_s, u"ada"_s, u"ada@"_s, u"@example.com"_s, u"ada@example"_s, u"a b@example.com"_s,
                 u"ada@@example.com"_s, u"<ada@example.com>"_s, u"ada@example.com\nBcc: x@y.z"_s}) {
        auto email = TextField::email(u"customer.email"_s, bad);
        ASSERT_FALSE(email) << bad.toStdString();
        EXPECT_EQ(email.error().field, u"customer.email"_s);
    }
}

TEST(UuidTest, V7IsWellFormedTimeOrderedAndDeterministicPerSeed)
{
    const QDateTime t1(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
    const QDateTime t2 = t1.addMSecs(1);
    QRandomGenerator a(42);
    QRandomGenerator b(42);
    const QString first = makeUuidV7(t1, a);
    EXPECT_EQ(first, makeUuidV7(t1, b));
    EXPECT_TRUE(looksLikeUuid(first));
    EXPECT_EQ(first.size(), 36);
    EXPECT_EQ(first.at(14), u'7'); // version nibble
    EXPECT_TRUE(QStringLiteral("89ab").contains(first.at(19))); // RFC 4122 variant
    const QString second = makeUuidV7(t2, a);
    EXPECT_LT(first, second);
    EXPECT_NE(makeUuidV7(t1), makeUuidV7(t1));
    EXPECT_FALSE(looksLikeUuid(u"1042"_s));
    EXPECT_FALSE(looksLikeUuid(first + u"0"_s));
    EXPECT_TRUE(looksLikeUuid(first.toUpper()));
}
