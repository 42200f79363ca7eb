#include "windows/MainWindow.h"
#include "ListSettled.h"
#include "TestDatabase.h"
#include "demo/DemoDataGenerator.h"
#include "models/OrderTableModel.h"
#include "views/DashboardView.h"
#include "views/OrderDetailView.h"
#include "views/OrderEditor.h"
#include "views/OrdersView.h"

#include <QAction>
#include <QComboBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QScopeGuard>
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
    ASSERT_TRUE(test::listSettled(*window.ordersView()->orderModel()));
    ASSERT_EQ(window.ordersView()->orderModel()->rowCount(), 1);
    EXPECT_EQ(window.ordersView()
                      ->orderModel()
                      ->index(0, OrderTableModel::Number)
                      .data(OrderTableModel::RawValueRole)
                      .toLongLong(),
            1234);

    window.ordersView()->searchField()->clear();
    QTest::keyClick(window.ordersView()->searchField(), Qt::Key_Return);
    ASSERT_TRUE(test::listSettled(*window.ordersView()->orderModel()));
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
    ASSERT_TRUE(test::listSettled(*window.ordersView()->orderModel()));
    const int rows = window.ordersView()->orderModel()->rowCount();
    ASSERT_GT(rows, 0);
    ASSERT_LT(rows, 600);
    // Rows beyond the first page come from the page worker: each is "Loading…" until its page is in.
    const auto statusIn = [&](int row) {
        return window.ordersView()
                ->orderModel()
                ->index(row, OrderTableModel::Status)
                .data(OrderTableModel::RawValueRole)
                .toString();
    };
    for (int row = 0; row < rows; ++row) {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !statusIn(row).isEmpty(); }, 20000)) << "row " << row;
        ASSERT_EQ(statusIn(row), u"delivered"_s);
    }
}

TEST_F(MainWindowTest, EveryPageIsReachableByItsShortcutAndByName)
{
    MainWindow window(db.session());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Orders);

    const QStringList names = window.viewNames();
    ASSERT_TRUE(names.contains(u"orders"_s));
    for (const QString &name : names) {
        if (name.startsWith(u"order:"_s))
            continue;
        ASSERT_TRUE(window.showView(name)) << name.toStdString();
        QAction *action = window.pageAction(window.currentPage());
        ASSERT_NE(action, nullptr);
        EXPECT_TRUE(action->isChecked());
        EXPECT_TRUE(window.windowTitle().contains(action->text())) << window.windowTitle().toStdString();
        ASSERT_NE(window.page(window.currentPage()), nullptr);
        EXPECT_TRUE(window.page(window.currentPage())->isVisible());
    }

    // The shortcuts switch pages from anywhere in the window.
    window.showView(names.first());
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Orders);
    EXPECT_TRUE(window.ordersView()->isVisible());
}

// The platform shows a window's title followed by the application's display name unless the title
// already ends with it (QPlatformWindow::formatWindowTitle); the name must appear once.
TEST_F(MainWindowTest, WindowTitlesNameTheirContentAndLeaveTheAppNameToThePlatform)
{
    const QString previous = QGuiApplication::applicationDisplayName();
    QGuiApplication::setApplicationDisplayName(u"Shipshape"_s);
    const auto restore = qScopeGuard([&] { QGuiApplication::setApplicationDisplayName(previous); });
    const auto shownTitle = [](const QWidget *window) {
        const QString title = window->windowTitle();
        const QString name = QGuiApplication::applicationDisplayName();
        return title.endsWith(name) ? title : title + u" — "_s + name;
    };

    MainWindow window(db.session());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    for (const QString &name : window.viewNames()) {
        if (name.startsWith(u"order:"_s))
            continue;
        ASSERT_TRUE(window.showView(name));
        const QString pageName = window.pageAction(window.currentPage())->text();
        EXPECT_EQ(window.windowTitle(), pageName);
        EXPECT_EQ(shownTitle(&window), pageName + u" — Shipshape"_s);
        EXPECT_EQ(shownTitle(&window).count(u"Shipshape"_s), 1) << shownTitle(&window).toStdString();
    }

    window.newOrder();
    ASSERT_NE(window.orderEditor(), nullptr);
    EXPECT_EQ(shownTitle(window.orderEditor()), u"New order — Shipshape"_s);
    window.orderEditor()->close();
}

TEST_F(MainWindowTest, ViewNamesOpenAnOrderAndRefuseWhatDoesNotExist)
{
    MainWindow window(db.session());
    window.show();
    EXPECT_FALSE(window.showView(u"reports"_s));
    EXPECT_FALSE(window.showView(u"order:"_s));
    EXPECT_FALSE(window.showView(u"order:-4"_s));
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Orders);

    ASSERT_TRUE(window.showView(u"order:#1234"_s));
    ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                const auto &order = window.ordersView()->orderDetail()->order();
                return order.has_value() && order->number == 1234;
            },
            10000));
}

TEST_F(MainWindowTest, CtrlNOpensTheOrderEditorInAWindowOfItsOwn)
{
    MainWindow window(db.session());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.orderEditor(), nullptr); // built on first use
    ASSERT_TRUE(window.newOrderAction()->isEnabled()); // SQLite: the local user may place orders

    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    ASSERT_NE(window.orderEditor(), nullptr);
    EXPECT_TRUE(window.orderEditor()->isWindow());
    EXPECT_TRUE(window.orderEditor()->isVisible());
}

TEST_F(MainWindowTest, TheDashboardFollowsOrdersAsTheyArePlaced)
{
    MainWindow window(db.session());
    window.show();
    ASSERT_TRUE(window.showView(u"dashboard"_s));
    auto *dashboard = qobject_cast<DashboardView *>(window.page(MainWindow::Page::Dashboard));
    ASSERT_NE(dashboard, nullptr);
    ASSERT_TRUE(
            QTest::qWaitFor([&] { return dashboard->snapshot().has_value() && !dashboard->hasPendingWork(); }, 10000));
    const qint64 before = dashboard->snapshot()->current.ordersPlaced;
    const int requests = dashboard->requestsStarted();

    // Placed through the window's session, as the app's own actions are: its domain event reaches the
    // dashboard through the main window's wiring, and nobody presses Refresh.
    PlaceOrderRequest request;
    request.customer = {{}, u"Live Update"_s, u"live@example.com"_s};
    request.items = {OrderItemRequest{u"SKU-10001"_s, 1, std::nullopt}};
    request.shippingAddress = Address{u"1 Main St"_s, u"Springfield"_s, u"IL"_s, u"62701"_s, u"US"_s};
    auto placed = db.session().orders().place(request);
    ASSERT_TRUE(placed.has_value()) << placed.error().message.toStdString();

    ASSERT_TRUE(QTest::qWaitFor(
            [&] { return !dashboard->hasPendingWork() && dashboard->snapshot()->current.ordersPlaced == before + 1; },
            10000));
    EXPECT_GT(dashboard->requestsStarted(), requests);
}

} // namespace
} // namespace shipshape
