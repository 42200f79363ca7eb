#include "Helpers.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

// Four orders an hour apart: 1001 Ada (pending), 1002 Grace (confirmed), 1003 Ada (shipped), 1004 Linus (cancelled).
class OrderQueryTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        addProduct(session(), u"MUG-1"_s, u"12.50"_s, 50);
        addProduct(session(), u"TEE-1"_s, u"29.99"_s, 50);
        addProduct(session(), u"LAMP-7"_s, u"99.00"_s, 50);
        start = db.clock().now();
        placeAt(0, placeRequest({{u"MUG-1"_s, 1}}, u"ada@example.com"_s, u"Ada Lovelace"_s));
        placeAt(1, placeRequest({{u"TEE-1"_s, 2}}, u"grace@navy.example"_s, u"Grace Hopper"_s));
        placeAt(2, placeRequest({{u"LAMP-7"_s, 1}, {u"MUG-1"_s, 1}}, u"ada@example.com"_s, u"Ada Lovelace"_s));
        placeAt(3, placeRequest({{u"MUG-1"_s, 3}}, u"linus@kernel.example"_s, u"Linus Torvalds"_s));
        EXPECT_TRUE(orders().markPaid(u"1002"_s));
        EXPECT_TRUE(orders().markPaid(u"1003"_s));
        EXPECT_TRUE(orders().ship(u"1003"_s, u"1ZTRACK0042"_s, u"UPS"_s));
        EXPECT_TRUE(orders().cancel(u"1004"_s, CancelReason::Customer, {}));
    }

    void placeAt(int hours, const PlaceOrderRequest &request)
    {
        db.clock().set(start.addSecs(hours * 3600));
        auto order = orders().place(request);
        ASSERT_TRUE(order) << describe(order.error());
    }

    QList<qint64> numbers(const OrderFilter &filter, const OrderSort &sort = {}, int limit = 100, int offset = 0)
    {
        auto listed = orders().list(filter, sort, limit, offset);
        EXPECT_TRUE(listed) << describe(listed.error());
        QList<qint64> result;
        if (listed) {
            for (const OrderSummary &summary : *listed)
                result << summary.number;
        }
        auto counted = orders().count(filter);
        EXPECT_TRUE(counted);
        if (counted && limit >= 100 && offset == 0) {
            EXPECT_EQ(*counted, result.size());
        }
        return result;
    }
    QList<qint64> search(const QString &text)
    {
        OrderFilter filter;
        filter.search = text;
        return numbers(filter, OrderSort{OrderSortKey::Number, false});
    }

    Session &session() { return db.session(); }
    OrderService &orders() { return db.session().orders(); }

    TestDatabase db;
    QDateTime start;
};

TEST_F(OrderQueryTest, DefaultListIsNewestFirstWithSummaries)
{
    EXPECT_EQ(numbers({}), (QList<qint64>{1004, 1003, 1002, 1001}));
    auto listed = orders().list({}, {}, 10, 0);
    ASSERT_TRUE(listed);
    const OrderSummary &shipped = listed->at(1);
    EXPECT_EQ(shipped.number, 1003);
    EXPECT_EQ(shipped.status, OrderStatus::Shipped);
    EXPECT_EQ(shipped.customerName, u"Ada Lovelace"_s);
    EXPECT_EQ(shipped.total.minorUnits(), 9900 + 1250);
    EXPECT_EQ(shipped.paid, shipped.total);
    EXPECT_EQ(shipped.lineCount, 2);
    EXPECT_EQ(shipped.trackingNumber, u"1ZTRACK0042"_s);
    EXPECT_EQ(shipped.placedAt, start.addSecs(2 * 3600));
}

TEST_F(OrderQueryTest, FiltersByStatus)
{
    OrderFilter filter;
    filter.statuses = {OrderStatus::Confirmed};
    EXPECT_EQ(numbers(filter), (QList<qint64>{1002}));
    filter.statuses = {OrderStatus::Pending, OrderStatus::Cancelled};
    EXPECT_EQ(numbers(filter), (QList<qint64>{1004, 1001}));
    filter.statuses = {OrderStatus::Delivered};
    EXPECT_TRUE(numbers(filter).isEmpty());
}

TEST_F(OrderQueryTest, SearchesNameEmailSkuTrackingAndNumber)
{
    EXPECT_EQ(search(u"lovelace"_s), (QList<qint64>{1001, 1003}));
    EXPECT_EQ(search(u"Grace"_s), (QList<qint64>{1002}));
    EXPECT_EQ(search(u"kernel.example"_s), (QList<qint64>{1004}));
    EXPECT_EQ(search(u"LAMP-7"_s), (QList<qint64>{1003}));
    EXPECT_EQ(search(u"MUG"_s), (QList<qint64>{1001, 1003, 1004}));
    EXPECT_EQ(search(u"TRACK0042"_s), (QList<qint64>{1003}));
    EXPECT_EQ(search(u"1002"_s), (QList<qint64>{1002}));
    EXPECT_EQ(search(u"#1004"_s), (QList<qint64>{1004}));
    EXPECT_TRUE(search(u"nobody"_s).isEmpty());
    EXPECT_TRUE(search(u"9999"_s).isEmpty());
}

TEST_F(OrderQueryTest, FiltersByTimeFromInclusiveUntilExclusive)
{
    OrderFilter filter;
    filter.from = start.addSecs(3600);
    EXPECT_EQ(numbers(filter), (QList<qint64>{1004, 1003, 1002}));
    filter.until = start.addSecs(3 * 3600);
    EXPECT_EQ(numbers(filter), (QList<qint64>{1003, 1002}));
    filter.from.reset();
    EXPECT_EQ(numbers(filter), (QList<qint64>{1003, 1002, 1001}));
    filter.statuses = {OrderStatus::Pending};
    EXPECT_EQ(numbers(filter), (QList<qint64>{1001}));
}

TEST_F(OrderQueryTest, FiltersByCustomer)
{
    auto ada = orders().find(u"1001"_s);
    ASSERT_TRUE(ada);
    OrderFilter filter;
    filter.customerId = ada->customer.id;
    EXPECT_EQ(numbers(filter), (QList<qint64>{1003, 1001}));
}

TEST_F(OrderQueryTest, SortsAndPages)
{
    EXPECT_EQ(numbers({}, OrderSort{OrderSortKey::Total, false}), (QList<qint64>{1001, 1004, 1002, 1003}));
    EXPECT_EQ(numbers({}, OrderSort{OrderSortKey::Total, true}), (QList<qint64>{1003, 1002, 1004, 1001}));
    // Ties (Ada twice) break by number in the same direction.
    EXPECT_EQ(numbers({}, OrderSort{OrderSortKey::Customer, false}), (QList<qint64>{1001, 1003, 1002, 1004}));
    EXPECT_EQ(numbers({}, OrderSort{OrderSortKey::PlacedAt, false}), (QList<qint64>{1001, 1002, 1003, 1004}));
    EXPECT_EQ(numbers({}, OrderSort{OrderSortKey::State, false}), (QList<qint64>{1004, 1002, 1001, 1003}));
    EXPECT_EQ(numbers({}, OrderSort{OrderSortKey::Number, true}, 2, 0), (QList<qint64>{1004, 1003}));
    EXPECT_EQ(numbers({}, OrderSort{OrderSortKey::Number, true}, 2, 2), (QList<qint64>{1002, 1001}));
    EXPECT_TRUE(numbers({}, OrderSort{OrderSortKey::Number, true}, 2, 4).isEmpty());
}

} // namespace
