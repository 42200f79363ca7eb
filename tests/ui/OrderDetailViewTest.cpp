#include "views/OrderDetailView.h"
#include "TestDatabase.h"
#include "background/SessionWorker.h"
#include "models/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

class OrderDetailViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        NewProduct mug{u"MUG-1"_s, u"Mug"_s, u"12.50"_s, u"USD"_s, 10, 2};
        ASSERT_TRUE(db.session().inventory().addProduct(mug).has_value());
        PlaceOrderRequest request;
        request.customer = {{}, u"Ada <b>Lovelace</b>"_s, u"ada@example.com"_s};
        request.items = {OrderItemRequest{u"MUG-1"_s, 2, std::nullopt}};
        request.shippingAddress = Address{u"1 Main St"_s, u"Springfield"_s, u"IL"_s, u"62701"_s, u"US"_s};
        auto placed = db.session().orders().place(request);
        ASSERT_TRUE(placed.has_value()) << placed.error().message.toStdString();
    }

    // Runs the view's asynchronous work until it reports the order changed (or failed).
    static bool waitForChange(OrderDetailView &view)
    {
        QSignalSpy changed(&view, &OrderDetailView::orderChanged);
        return changed.wait(10000);
    }

    test::TestDatabase db;
};

TEST_F(OrderDetailViewTest, PayShipAndDeliverGrowTheTimeline)
{
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    QAbstractItemModelTester tester(view.timelineModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.setConfirmAutomatically(true);
    view.show();
    view.showOrder(1001);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.order().has_value(); }, 10000));
    EXPECT_EQ(view.timelineModel()->rowCount(), 1);
    EXPECT_TRUE(view.markPaidButton()->isEnabled());
    EXPECT_FALSE(view.shipButton()->isEnabled()); // a pending order cannot ship

    QTest::mouseClick(view.markPaidButton(), Qt::LeftButton);
    ASSERT_TRUE(waitForChange(view));
    EXPECT_EQ(view.order()->status, OrderStatus::Confirmed);
    EXPECT_TRUE(view.shipButton()->isEnabled());

    view.setNextShipAnswer(OrderDetailView::ShipAnswer{u"1Z999AA10123456784"_s, u"UPS"_s});
    QTest::mouseClick(view.shipButton(), Qt::LeftButton);
    ASSERT_TRUE(waitForChange(view));
    EXPECT_EQ(view.order()->status, OrderStatus::Shipped);
    ASSERT_EQ(view.timelineModel()->rowCount(), 3);
    const QModelIndex shipped = view.timelineModel()->index(2, 0);
    EXPECT_EQ(shipped.data(TimelineModel::TitleRole).toString(), u"Shipped"_s);
    EXPECT_EQ(shipped.data(TimelineModel::DetailRole).toString(), u"UPS, tracking 1Z999AA10123456784"_s);
    EXPECT_FALSE(view.cancelButton()->isEnabled()); // nothing but delivery after shipment

    QTest::mouseClick(view.deliverButton(), Qt::LeftButton);
    ASSERT_TRUE(waitForChange(view));
    EXPECT_EQ(view.order()->status, OrderStatus::Delivered);
    EXPECT_EQ(view.timelineModel()->rowCount(), 4);
    // The stock was consumed by the shipment.
    EXPECT_EQ(db.session().inventory().product(u"MUG-1"_s)->onHand, 8);
}

TEST_F(OrderDetailViewTest, RefusedActionKeepsTheOrderAndSaysWhy)
{
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    view.setConfirmAutomatically(true);
    view.showOrder(1001);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.order().has_value(); }, 10000));
    QTest::mouseClick(view.markPaidButton(), Qt::LeftButton);
    ASSERT_TRUE(waitForChange(view));

    QSignalSpy failed(&view, &OrderDetailView::actionFailed);
    view.setNextShipAnswer(OrderDetailView::ShipAnswer{u"bad\ntracking"_s, u"UPS"_s});
    QTest::mouseClick(view.shipButton(), Qt::LeftButton);
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_TRUE(failed.first().at(0).toString().contains(u"tracking"_s))
            << failed.first().at(0).toString().toStdString();
    EXPECT_EQ(db.session().orders().find(u"1001"_s)->status, OrderStatus::Confirmed);
}

TEST_F(OrderDetailViewTest, CancelReleasesTheStock)
{
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    view.showOrder(1001);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.order().has_value(); }, 10000));
    view.setNextCancelAnswer(OrderDetailView::CancelAnswer{u"customer"_s, u"called to cancel"_s, true});
    QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
    ASSERT_TRUE(waitForChange(view));
    EXPECT_EQ(view.order()->status, OrderStatus::Cancelled);
    EXPECT_EQ(db.session().inventory().product(u"MUG-1"_s)->reserved, 0);
    EXPECT_TRUE(view.timelineModel()
                        ->index(1, 0)
                        .data(TimelineModel::DetailRole)
                        .toString()
                        .contains(u"called to cancel"_s));
}

TEST_F(OrderDetailViewTest, AWarehouseLoginIsNotOfferedPaymentOrCancellation)
{
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    Permissions warehouse;
    warehouse.editStock = true;
    warehouse.shipAndDeliver = true;
    warehouse.login = u"wendy"_s;
    view.setPermissions(warehouse);
    view.show();
    view.showOrder(1001);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.order().has_value(); }, 10000));
    EXPECT_FALSE(view.markPaidButton()->isVisible());
    EXPECT_FALSE(view.cancelButton()->isVisible());
    EXPECT_TRUE(view.shipButton()->isVisible());
    EXPECT_FALSE(view.shipButton()->isEnabled()); // pending: not yet shippable
}

} // namespace
} // namespace shipshape
