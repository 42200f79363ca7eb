#include "common/PseudoTranslator.h"

#include <QCoreApplication>
#include <QScopeGuard>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

TEST(PseudoTranslatorTest, TextsGrowAreAccentedAndBracketed)
{
    const QString text = PseudoTranslator::pseudo(u"Cancel order"_s);
    EXPECT_TRUE(text.startsWith(u'[')) << text.toStdString();
    EXPECT_TRUE(text.endsWith(u']')) << text.toStdString();
    EXPECT_GE(text.size(), qsizetype(u"Cancel order"_s.size() * 13 / 10));
    EXPECT_TRUE(text.contains(u"Çáñçéļ"_s)) << text.toStdString();
    EXPECT_EQ(PseudoTranslator::pseudo(QString()), QString());
}

TEST(PseudoTranslatorTest, PlaceholdersMnemonicsTagsAndEntitiesStayUsable)
{
    const QString text = PseudoTranslator::pseudo(u"&Save %1 of %L2 orders"_s);
    EXPECT_TRUE(text.contains(u"&S"_s)) << "the mnemonic's letter stays: " << text.toStdString();
    EXPECT_TRUE(text.arg(u"3"_s, u"1,000"_s).contains(u"1,000"_s)) << text.toStdString();
    EXPECT_FALSE(text.arg(u"3"_s, u"1,000"_s).contains(u'%')) << text.toStdString();
    EXPECT_TRUE(PseudoTranslator::pseudo(u"%Ln order(s)"_s).contains(u"%Ln"_s));
    EXPECT_TRUE(PseudoTranslator::pseudo(u"<b>Total</b> &amp; tax"_s).contains(u"<b>"_s));
    EXPECT_TRUE(PseudoTranslator::pseudo(u"<b>Total</b> &amp; tax"_s).contains(u"</b> &amp; "_s));
    EXPECT_TRUE(PseudoTranslator::pseudo(u"Fish & chips"_s).contains(u"& "_s)) << "a lone ampersand is kept";
}

TEST(PseudoTranslatorTest, InstalledItAnswersForShipshapeButNotForQt)
{
    PseudoTranslator translator;
    QCoreApplication::installTranslator(&translator);
    const auto remove = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    EXPECT_EQ(QCoreApplication::translate("shipshape::OrdersView", "Refresh"), PseudoTranslator::pseudo(u"Refresh"_s));
    EXPECT_EQ(QCoreApplication::translate("QShortcut", "Ctrl"), u"Ctrl"_s) << "key names stay parseable";
    EXPECT_EQ(QCoreApplication::translate("shipshape::OrdersView", "%n order(s)", nullptr, 3),
            PseudoTranslator::pseudo(u"3 order(s)"_s))
            << "%n is replaced after the pseudo text is made";
}

} // namespace
} // namespace shipshape
