#include "windows/MainWindow.h"
#include "TestDatabase.h"
#include "demo/DemoDataGenerator.h"
#include "models/OrderTableModel.h"
#include "views/OrdersView.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        DemoDataOptions options;
        options.orders = 600;
        options.products = 20;
        options.customers = 80;
        options.seed = 5;
        options.now = db.clock().now();
        auto report = DemoDataGenerator::generate(db.session().database(), options);
        ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
    }

    test::TestDatabase db;
};

TEST_F(MainWindowTest, ShowsTheOrdersOfTheDatabase)
{
    MainWindow window(db.session());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.ordersView()->orderView()->model()->rowCount(), 600);
    EXPECT_EQ(
            window.ordersView()->orderView()->model()->index(0, OrderTableModel::Number).data().toString(), u"#1600"_s);
}

TEST_F(MainWindowTest, TypingASearchAndPressingEnterFiltersTheList)
{
    MainWindow window(db.session());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier); // Ctrl+F focuses the search
    EXPECT_TRUE(window.ordersView()->searchField()->hasFocus());
    QTest::keyClicks(window.ordersView()->searchField(), u"#1234"_s);
    QTest::keyClick(window.ordersView()->searchField(), Qt::Key_Return);
    ASSERT_EQ(window.ordersView()->orderModel()->rowCount(), 1);
    EXPECT_EQ(window.ordersView()
                      ->orderModel()
                      ->index(0, OrderTableModel::Number)
                      .data(OrderTableModel::RawValueRole)
                      .toLongLong(),
            1234);

    window.ordersView()->searchField()->clear();
    QTest::keyClick(window.ordersView()->searchField(), Qt::Key_Return);
    EXPECT_EQ(window.ordersView()->orderModel()->rowCount(), 600);
}

TEST_F(MainWindowTest, StatusFilterShowsOnlyThatStatus)
{
    MainWindow window(db.session());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    const int index = window.ordersView()->statusFilter()->findData(u"delivered"_s);
    ASSERT_GE(index, 0);
    window.ordersView()->statusFilter()->setCurrentIndex(index);
    const int rows = window.ordersView()->orderModel()->rowCount();
    ASSERT_GT(rows, 0);
    ASSERT_LT(rows, 600);
    for (int row = 0; row < rows; ++row) {
        ASSERT_EQ(window.ordersView()
                          ->orderModel()
                          ->index(row, OrderTableModel::Status)
                          .data(OrderTableModel::RawValueRole)
                          .toString(),
                u"delivered"_s);
    }
}

} // namespace
} // namespace shipshape
