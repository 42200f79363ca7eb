#include "common/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QScopeGuard>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// The English catalogue answers for every language that lacks a string: plural forms instead of "(s)",
// numbers grouped as the locale groups them.
TEST(TranslationsTest, EnglishPluralFormsAreTheFallbackForEveryLocale)
{
    const QLocale previous;
    const auto restore = qScopeGuard([&] { QLocale::setDefault(previous); });
    QTranslator *english = Translations::installSourceLanguageFallback(*QCoreApplication::instance());
    ASSERT_NE(english, nullptr) << "shipshape_en.qm is built into core";
    const auto uninstall = qScopeGuard([english] {
        QCoreApplication::removeTranslator(english);
        delete english;
    });

    // The C locale (LANG=C): the plural form, numbers without grouping.
    QLocale::setDefault(QLocale::c());
    EXPECT_EQ(QCoreApplication::translate("shipshape::CustomersView", "%Ln customer(s)", nullptr, 1), u"1 customer"_s);
    EXPECT_EQ(QCoreApplication::translate("shipshape::CustomersView", "%Ln customer(s)", nullptr, 2000),
            u"2000 customers"_s);
    // A locale without a catalogue of its own groups its numbers and still reads English plurals.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(QCoreApplication::translate("shipshape::OrdersView", "%Ln order(s)", nullptr, 20000), u"20,000 orders"_s);
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    EXPECT_EQ(QCoreApplication::translate("shipshape::OrdersView", "%Ln order(s)", nullptr, 20000), u"20.000 orders"_s);
    EXPECT_EQ(QCoreApplication::translate("shipshape::InventoryView", "%Ln product(s)", nullptr, 1), u"1 product"_s);
}

} // namespace
} // namespace shipshape
