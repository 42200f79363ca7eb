#include "payment/DeclineReasons.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

TEST(DeclineReasonsTest, StripeCodesReadAsWordsStaffUse)
{
    EXPECT_EQ(DeclineReasons::label(u"insufficient_funds"_s), u"Insufficient funds"_s);
    EXPECT_EQ(DeclineReasons::label(u"incorrect_cvc"_s), u"Incorrect CVC"_s);
    EXPECT_EQ(DeclineReasons::label(u"expired_card"_s), u"Card expired"_s);
    EXPECT_EQ(DeclineReasons::label(u"generic_decline"_s), u"Declined by the bank"_s);
    // Error codes of a failed charge without a decline code, and the dashboard's own "no code at all".
    EXPECT_EQ(DeclineReasons::label(u"card_declined"_s), u"Card declined"_s);
    EXPECT_EQ(DeclineReasons::label(QString(DeclineReasons::kUnknownCode)), u"No reason given"_s);
    EXPECT_EQ(DeclineReasons::advice(u"insufficient_funds"_s), u"Ask for another card or another way to pay."_s);
}

TEST(DeclineReasonsTest, ACodeTheCatalogueDoesNotKnowIsShownAsItIs)
{
    EXPECT_FALSE(DeclineReasons::isKnown(u"brand_new_code"_s));
    EXPECT_EQ(DeclineReasons::label(u"brand_new_code"_s), u"brand_new_code"_s);
    EXPECT_TRUE(DeclineReasons::advice(u"brand_new_code"_s).isEmpty());
    EXPECT_EQ(DeclineReasons::label(QString()), QString());
    // Codes are matched exactly: a different spelling is a different (unknown) code.
    EXPECT_EQ(DeclineReasons::label(u"Insufficient_Funds"_s), u"Insufficient_Funds"_s);
}

TEST(DeclineReasonsTest, EveryCodeIsListedOnceWithItsOwnWords)
{
    const QStringList codes = DeclineReasons::codes();
    ASSERT_GE(codes.size(), 45);
    QSet<QString> seen;
    for (const QString &code : codes) {
        EXPECT_FALSE(seen.contains(code)) << "listed twice: " << code.toStdString();
        seen.insert(code);
        EXPECT_TRUE(DeclineReasons::isKnown(code));
        const QString label = DeclineReasons::label(code);
        EXPECT_FALSE(label.isEmpty()) << code.toStdString();
        EXPECT_NE(label, code) << "a label says it in words: " << code.toStdString();
        EXPECT_FALSE(label.contains(u'_')) << code.toStdString();
        EXPECT_FALSE(label.front().isLower()) << "starts like a sentence: " << code.toStdString();
        EXPECT_FALSE(label.endsWith(u'.')) << "labels are not sentences: " << code.toStdString();
        const QString advice = DeclineReasons::advice(code);
        if (!advice.isEmpty()) {
            EXPECT_TRUE(advice.endsWith(u'.')) << "advice is a sentence: " << code.toStdString();
        }
    }
    // The codes the demo data, the fake Stripe and the gateway's own tests produce.
    for (const QString &code : {u"insufficient_funds"_s, u"incorrect_cvc"_s, u"expired_card"_s, u"lost_card"_s,
                 u"stolen_card"_s, u"fraudulent"_s, u"do_not_honor"_s, u"processing_error"_s,
                 u"authentication_required"_s, u"card_velocity_exceeded"_s, u"incorrect_number"_s})
        EXPECT_TRUE(seen.contains(code)) << code.toStdString();
}

} // namespace
} // namespace shipshape
