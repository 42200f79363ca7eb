// The desktop app on an archive (`shipshape --archive FILE`), driven as people use it under offscreen: the
// banner and the title name the period, every review page works (the order list with search and a status
// filter, an order's detail with its timeline, customers, inventory, outbox and the dashboard), every
// action that would change the shop is disabled with a tooltip saying why, and a write through the
// window's session is an error.

#include "ListSettled.h"
#include "TestDatabase.h"
#include "archive/ArchiveExporter.h"
#include "archive/ArchiveReview.h"
#include "demo/DemoDataGenerator.h"
#include "models/OrderTableModel.h"
#include "views/DashboardView.h"
#include "views/InventoryView.h"
#include "views/OrderDetailView.h"
#include "views/OrdersView.h"
#include "windows/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

class ArchiveWindowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        DemoDataOptions demo;
        demo.orders = 300;
        demo.products = 20;
        demo.customers = 60;
        demo.seed = 7;
        demo.now = db.clock().now();
        auto generated = DemoDataGenerator::generate(db.session().database(), demo);
        ASSERT_TRUE(generated) << generated.error().message.toStdString();
        ASSERT_TRUE(folder.isValid());
        ArchiveExportOptions options;
        options.from = db.clock().now().date().addDays(-200);
        options.to = db.clock().now().date();
        options.file = folder.filePath(u"history.archive"_s);
        options.now = db.clock().now();
        auto exported = ArchiveExporter::exportPeriod(db.session().database(), options);
        ASSERT_TRUE(exported) << exported.error().message.toStdString();
        ASSERT_EQ(exported->orders, 300);
        auto prepared = ArchiveReview::prepare(options.file);
        ASSERT_TRUE(prepared) << prepared.error().message.toStdString();
        review = std::move(*prepared);
        SessionOptions sessionOptions;
        sessionOptions.readOnly = true;
        sessionOptions.clock = &db.clock();
        auto opened = Session::open(DatabaseUrl::sqliteFile(review->databasePath()), sessionOptions);
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        session = std::move(*opened);
    }

    test::TestDatabase db;
    QTemporaryDir folder;
    std::unique_ptr<ArchiveReview> review;
    std::unique_ptr<Session> session;
};

TEST_F(ArchiveWindowTest, EveryReviewPageWorksAndNothingCanBeChanged)
{
    MainWindow window(*session);
    window.setArchive(review->title(), review->file());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_TRUE(window.isArchive());

    auto *banner = window.findChild<QLabel *>(u"archiveBanner"_s);
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    const QString period = review->manifest().from.toString(Qt::ISODate);
    EXPECT_TRUE(banner->text().contains(period)) << banner->text().toStdString();
    EXPECT_TRUE(window.windowTitle().contains(u"Archive of "_s + period)) << window.windowTitle().toStdString();

    // The order list, its search and a status filter.
    EXPECT_EQ(window.ordersView()->orderModel()->rowCount(), 300);
    QTest::keyClicks(window.ordersView()->searchField(), u"#1100"_s);
    QTest::keyClick(window.ordersView()->searchField(), Qt::Key_Return);
    ASSERT_TRUE(test::listSettled(*window.ordersView()->orderModel()));
    ASSERT_EQ(window.ordersView()->orderModel()->rowCount(), 1);
    window.ordersView()->searchField()->clear();
    QTest::keyClick(window.ordersView()->searchField(), Qt::Key_Return);
    const int delivered = window.ordersView()->statusFilter()->findData(u"delivered"_s);
    ASSERT_GE(delivered, 0);
    window.ordersView()->statusFilter()->setCurrentIndex(delivered);
    ASSERT_TRUE(test::listSettled(*window.ordersView()->orderModel()));
    EXPECT_GT(window.ordersView()->orderModel()->rowCount(), 0);
    EXPECT_LT(window.ordersView()->orderModel()->rowCount(), 300);

    // An order's detail with its timeline; its actions are off, and say why.
    ASSERT_TRUE(window.showView(u"order:#1100"_s));
    OrderDetailView *detail = window.ordersView()->orderDetail();
    ASSERT_TRUE(QTest::qWaitFor([&] { return detail->order().has_value() && detail->order()->number == 1100; }, 10000));
    EXPECT_FALSE(detail->order()->timeline.isEmpty());
    const QString reason = u"Read-only: this window shows an archive"_s;
    for (QPushButton *action : {detail->markPaidButton(), detail->shipButton(), detail->deliverButton(),
                 detail->cancelButton(), detail->modifyButton(), detail->noteButton()}) {
        EXPECT_FALSE(action->isEnabled()) << action->text().toStdString();
        EXPECT_TRUE(action->toolTip().startsWith(reason)) << action->toolTip().toStdString();
    }
    EXPECT_FALSE(window.newOrderAction()->isEnabled());
    EXPECT_TRUE(window.newOrderAction()->toolTip().startsWith(reason));

    // Every other page opens and shows the archive's rows.
    for (const QString &name : {u"dashboard"_s, u"customers"_s, u"inventory"_s, u"outbox"_s, u"settings"_s}) {
        ASSERT_TRUE(window.showView(name)) << name.toStdString();
        ASSERT_NE(window.page(window.currentPage()), nullptr);
        EXPECT_TRUE(window.page(window.currentPage())->isVisible());
        EXPECT_TRUE(window.windowTitle().contains(u"Archive of"_s));
    }
    auto *dashboard = qobject_cast<DashboardView *>(window.page(MainWindow::Page::Dashboard));
    ASSERT_NE(dashboard, nullptr);
    ASSERT_TRUE(
            QTest::qWaitFor([&] { return dashboard->snapshot().has_value() && !dashboard->hasPendingWork(); }, 10000));
    auto *inventory = qobject_cast<InventoryView *>(window.page(MainWindow::Page::Inventory));
    ASSERT_NE(inventory, nullptr);
    auto *notice = inventory->findChild<QLabel *>(u"readOnlyNotice"_s);
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(notice->text().startsWith(reason)) << notice->text().toStdString();
    auto *retry = window.page(MainWindow::Page::Outbox)->findChild<QPushButton *>(u"outboxRetry"_s);
    ASSERT_NE(retry, nullptr);
    EXPECT_FALSE(retry->isEnabled());
    EXPECT_TRUE(retry->toolTip().startsWith(reason));

    // The window's own connection refuses a write, whatever asks.
    EXPECT_FALSE(session->database().query(u"UPDATE orders SET ship_city = 'x'"_s));
    EXPECT_FALSE(session->orders().addNote(u"1100"_s, u"not in an archive"_s));
}

TEST_F(ArchiveWindowTest, TheShopsWindowOffersToOpenAnArchive)
{
    MainWindow window(db.session());
    ASSERT_NE(window.openArchiveAction(), nullptr);
    EXPECT_TRUE(window.openArchiveAction()->isEnabled());
    EXPECT_FALSE(window.isArchive());
    EXPECT_EQ(window.findChild<QLabel *>(u"archiveBanner"_s), nullptr);
}

} // namespace
} // namespace shipshape
