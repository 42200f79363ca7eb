// The Settings page's tax rates: typed in, refused with core's message naming the field, removed, and the
// shop's inclusive-prices switch — all written to the database on the panel's worker, with the model
// checked by QAbstractItemModelTester.
#include "views/TaxRatesPanel.h"

#include "TestDatabase.h"
#include "background/SessionWorker.h"
#include "models/TaxRateModel.h"
#include "pricing/TaxService.h"
#include "session/Session.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

class TaxRatesPanelTest : public ::testing::Test {
protected:
    TaxService taxes() { return TaxService(db.session().database(), db.session().clock()); }

    static void type(TaxRatesPanel &panel, const QString &name, const QString &text)
    {
        auto *edit = panel.findChild<QLineEdit *>(name);
        ASSERT_NE(edit, nullptr) << name.toStdString();
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    test::TestDatabase db;
};

TEST_F(TaxRatesPanelTest, RatesAreSetRefusedAndRemovedThroughTheForm)
{
    SessionWorker worker(db.url());
    TaxRatesPanel panel(worker);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy updated(&panel, &TaxRatesPanel::updated);
    ASSERT_TRUE(updated.wait(10000));
    EXPECT_EQ(panel.model()->rowCount(), 0);
    EXPECT_EQ(panel.statusText(), u"No tax rates: orders are not taxed."_s);

    type(panel, u"taxCountry"_s, u"de"_s);
    type(panel, u"taxName"_s, u"VAT"_s);
    type(panel, u"taxPercent"_s, u"19"_s);
    QTest::mouseClick(panel.findChild<QPushButton *>(u"taxSet"_s), Qt::LeftButton);
    ASSERT_TRUE(updated.wait(10000));
    ASSERT_EQ(panel.model()->rowCount(), 1);
    EXPECT_EQ(panel.model()->index(0, TaxRateModel::Country).data().toString(), u"DE"_s);
    EXPECT_EQ(panel.model()->index(0, TaxRateModel::Percent).data().toString(), u"19 %"_s);
    EXPECT_EQ(panel.model()->index(0, TaxRateModel::Percent).data(TaxRateModel::RawValueRole).toLongLong(), 190000);
    EXPECT_EQ(panel.model()->index(0, TaxRateModel::TaxClass).data().toString(), u"standard"_s);

    // Over 100 %: core's message, naming the value, and nothing written.
    type(panel, u"taxPercent"_s, u"120"_s);
    QTest::mouseClick(panel.findChild<QPushButton *>(u"taxSet"_s), Qt::LeftButton);
    ASSERT_TRUE(updated.wait(10000));
    EXPECT_TRUE(panel.statusText().contains(u"\"120\""_s)) << panel.statusText().toStdString();
    auto stored = taxes().rates();
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->constFirst().rate.toPercentString(), u"19"_s);

    auto *table = panel.findChild<QTableView *>(u"taxRateTable"_s);
    table->selectRow(0);
    EXPECT_EQ(panel.findChild<QLineEdit *>(u"taxPercent"_s)->text(), u"19"_s); // the form follows the selection
    QTest::mouseClick(panel.findChild<QPushButton *>(u"taxRemove"_s), Qt::LeftButton);
    ASSERT_TRUE(updated.wait(10000));
    EXPECT_EQ(panel.model()->rowCount(), 0);
    EXPECT_TRUE(taxes().rates()->isEmpty());
}

TEST_F(TaxRatesPanelTest, TheInclusivePricesSwitchIsTheShopsSetting)
{
    SessionWorker worker(db.url());
    TaxRatesPanel panel(worker);
    QSignalSpy updated(&panel, &TaxRatesPanel::updated);
    ASSERT_TRUE(updated.wait(10000));
    auto *inclusive = panel.findChild<QCheckBox *>(u"pricesIncludeTax"_s);
    ASSERT_NE(inclusive, nullptr);
    EXPECT_FALSE(inclusive->isChecked());
    inclusive->click();
    ASSERT_TRUE(updated.wait(10000));
    auto included = taxes().pricesIncludeTax();
    ASSERT_TRUE(included);
    EXPECT_TRUE(*included);
    EXPECT_EQ(panel.statusText(), u"New orders: prices include tax."_s);
}

} // namespace
} // namespace shipshape
