#include "Helpers.h"

#include "warehouse/PickListBuilder.h"
#include "warehouse/PickLists.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

#include <iostream>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

class PickListTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        for (const QString &sku : {u"A-10"_s, u"A-2"_s, u"B-1"_s, u"A-1"_s})
            addProduct(session(), sku, u"5.00"_s, 100);
        auto barcoded = session().inventory().editProduct(u"A-2"_s, ProductEdit{.barcode = u"4006381333931"_s});
        ASSERT_TRUE(barcoded) << describe(barcoded.error());
    }
    Session &session() { return db.session(); }
    PickLists pickLists() { return PickLists(session().database(), session().orders(), session().clock()); }
    Order confirmed(const QList<Line> &lines, const QString &name = u"Ada Lovelace"_s,
            const QString &email = u"ada@example.com"_s)
    {
        auto placed = session().orders().place(placeRequest(lines, email, name));
        EXPECT_TRUE(placed) << describe(placed.error());
        if (!placed)
            return {};
        auto paid = session().orders().markPaid(QString::number(placed->number));
        EXPECT_TRUE(paid) << describe(paid.error());
        return paid ? *paid : Order{};
    }
    TestDatabase db;
};

TEST(PickListWalkTest, ShelfLabelsSortTheWayPeopleReadThem)
{
    QStringList labels{u"A-10"_s, u"B-1"_s, u"A-2"_s, u"a-3"_s, u"A-1"_s, u"A-02-1"_s, u"A-100"_s};
    std::ranges::sort(labels, &PickListBuilder::walksBefore);
    EXPECT_EQ(labels, (QStringList{u"A-1"_s, u"A-2"_s, u"A-02-1"_s, u"a-3"_s, u"A-10"_s, u"A-100"_s, u"B-1"_s}));
}

TEST_F(PickListTest, BatchesOrdersAndGroupsLinesBySkuInWalkingOrder)
{
    const Order first = confirmed({{u"A-10"_s, 2}, {u"A-2"_s, 1}}, u"Ada Lovelace"_s);
    const Order second
            = confirmed({{u"A-2"_s, 3}, {u"B-1"_s, 1}, {u"A-1"_s, 4}}, u"Grace Hopper"_s, u"grace@example.com"_s);
    auto list = pickLists().forOrders({second.number, first.number});
    ASSERT_TRUE(list) << describe(list.error());
    ASSERT_EQ(list->orders.size(), 2);
    EXPECT_EQ(list->orders.at(0).number, first.number);
    EXPECT_EQ(list->orders.at(0).units, 3);
    EXPECT_EQ(list->orders.at(1).customerName, u"Grace Hopper"_s);
    QStringList walk;
    for (const PickListStop &stop : list->stops)
        walk << stop.sku;
    EXPECT_EQ(walk, (QStringList{u"A-1"_s, u"A-2"_s, u"A-10"_s, u"B-1"_s}));
    const PickListStop &a2 = list->stops.at(1);
    EXPECT_EQ(a2.quantity, 4);
    EXPECT_EQ(a2.barcode, u"4006381333931"_s);
    ASSERT_EQ(a2.shares.size(), 2);
    EXPECT_EQ(a2.shares.at(0).orderNumber, first.number);
    EXPECT_EQ(a2.shares.at(0).quantity, 1);
    EXPECT_EQ(a2.shares.at(1).quantity, 3);
    EXPECT_EQ(list->units(), 11);
    EXPECT_FALSE(list->createdBy.isEmpty());
}

TEST_F(PickListTest, APartlyShippedOrderIsPickedForWhatIsLeft)
{
    const Order order = confirmed({{u"A-1"_s, 5}, {u"B-1"_s, 2}});
    auto shipped = session().orders().ship(
            QString::number(order.number), u"1Z999AA10123456784"_s, u"UPS"_s, {{u"A-1"_s, 3}});
    ASSERT_TRUE(shipped) << describe(shipped.error());
    auto list = pickLists().forOrders({order.number});
    ASSERT_TRUE(list) << describe(list.error());
    ASSERT_EQ(list->stops.size(), 2);
    EXPECT_EQ(list->stops.at(0).sku, u"A-1"_s);
    EXPECT_EQ(list->stops.at(0).quantity, 2);
    EXPECT_EQ(list->orders.at(0).units, 4);
}

TEST_F(PickListTest, OnlyConfirmedOrdersArePicked)
{
    const Order paid = confirmed({{u"A-1"_s, 1}});
    auto pending = session().orders().place(placeRequest({{u"B-1"_s, 1}}));
    ASSERT_TRUE(pending);
    auto refused = pickLists().forOrders({paid.number, pending->number});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_EQ(refused.error().value, QString::number(pending->number));
    auto unknown = pickLists().forOrders({paid.number, 999999});
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    auto twice = pickLists().forOrders({paid.number, paid.number});
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::InvalidInput);
    auto none = pickLists().forOrders({});
    ASSERT_FALSE(none);
}

TEST_F(PickListTest, ReadyToShipTakesTheConfirmedOrdersOldestFirst)
{
    const Order first = confirmed({{u"A-1"_s, 1}});
    ASSERT_TRUE(session().orders().place(placeRequest({{u"B-1"_s, 1}}))); // pending: not picked
    const Order second = confirmed({{u"A-2"_s, 2}});
    const Order third = confirmed({{u"A-10"_s, 1}});
    auto all = pickLists().readyToShip(100);
    ASSERT_TRUE(all) << describe(all.error());
    ASSERT_EQ(all->orders.size(), 3);
    auto two = pickLists().readyToShip(2);
    ASSERT_TRUE(two) << describe(two.error());
    ASSERT_EQ(two->orders.size(), 2);
    EXPECT_EQ(two->orders.at(0).number, first.number);
    EXPECT_EQ(two->orders.at(1).number, second.number);
    (void) third;
}

// The figure in docs/warehouse.md: the data of a pick list for 500 confirmed orders of 4 lines each (2,000
// lines) read from the database and grouped (SHIPSHAPE_WAREHOUSE_FIGURES=1; 50 orders otherwise). Drawing the
// PDF is measured by printing_tests.
TEST_F(PickListTest, FiveHundredOrdersFromTheDatabase)
{
    const int orders = qEnvironmentVariableIsSet("SHIPSHAPE_WAREHOUSE_FIGURES") ? 500 : 50;
    QStringList skus;
    for (int i = 0; i < 40; ++i) {
        skus << u"BIN-%1"_s.arg(i);
        addProduct(session(), skus.constLast(), u"2.00"_s, 10000);
    }
    QList<qint64> numbers;
    for (int i = 0; i < orders; ++i) {
        const Order order = confirmed({{skus.at(i % 40), 1}, {skus.at((i + 7) % 40), 2}, {skus.at((i + 13) % 40), 1},
                {skus.at((i + 29) % 40), 3}});
        ASSERT_GT(order.number, 0);
        numbers << order.number;
    }
    QElapsedTimer timer;
    timer.start();
    auto list = pickLists().forOrders(numbers);
    const qint64 elapsed = timer.elapsed();
    ASSERT_TRUE(list) << describe(list.error());
    EXPECT_EQ(list->orders.size(), orders);
    qint64 lines = 0;
    for (const PickListStop &stop : list->stops)
        lines += stop.shares.size();
    EXPECT_EQ(lines, 4 * orders);
    EXPECT_EQ(list->units(), 7 * orders);
    std::cout << "[ figure   ] pick list data for " << orders << " orders / " << lines
              << " lines from the database: " << elapsed << " ms\n";
}

} // namespace
