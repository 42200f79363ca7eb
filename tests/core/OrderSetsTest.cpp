#include "Helpers.h"

#include "dashboard/DashboardService.h"
#include "orders/OrderSets.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

// A shop with an order in every state a named set tells apart:
// 1001 pending; 1002 paid (confirmed); 1003 paid and shipped; 1004 delivered and partly refunded;
// 1005 cancelled before payment; 1006 paid, then cancelled with the refund still owed.
class OrderSetsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        addProduct(session(), u"MUG-1"_s, u"12.50"_s, 50);
        addProduct(session(), u"TEE-1"_s, u"29.99"_s, 50);
        for (const auto &[sku, quantity] : QList<std::pair<QString, int>>{{u"MUG-1"_s, 1}, {u"TEE-1"_s, 2},
                     {u"MUG-1"_s, 3}, {u"TEE-1"_s, 1}, {u"MUG-1"_s, 4}, {u"TEE-1"_s, 5}}) {
            auto placed = orders().place(placeRequest({{sku, quantity}}));
            ASSERT_TRUE(placed) << describe(placed.error());
        }
        for (const QString &number : {u"1002"_s, u"1003"_s, u"1004"_s, u"1006"_s})
            ASSERT_TRUE(orders().markPaid(number));
        ASSERT_TRUE(orders().ship(u"1003"_s, u"1ZTRACK0001"_s, u"UPS"_s));
        ASSERT_TRUE(orders().ship(u"1004"_s, u"1ZTRACK0002"_s, u"UPS"_s));
        ASSERT_TRUE(orders().deliver(u"1004"_s));
        ManualRefundRequest refund;
        refund.amount = Money(500, *Currency::fromCode(u"USD"_s));
        refund.reason = u"scratched"_s;
        auto refunded = orders().recordRefund(u"1004"_s, refund);
        ASSERT_TRUE(refunded) << describe(refunded.error());
        ASSERT_TRUE(orders().cancel(u"1005"_s, CancelReason::Customer, {}));
        auto cancelled
                = orders().cancel(u"1006"_s, CancelReason::Customer, {}, CancelSettlement{CancelMoney::Later, {}});
        ASSERT_TRUE(cancelled) << describe(cancelled.error());
    }

    QSet<qint64> numbers(OrderSet set)
    {
        auto listed = orders().list(OrderSets::filter(set), OrderSort{}, 100, 0);
        EXPECT_TRUE(listed) << describe(listed.error());
        QSet<qint64> result;
        if (listed) {
            for (const OrderSummary &summary : *listed)
                result.insert(summary.number);
        }
        return result;
    }

    Session &session() { return db.session(); }
    OrderService &orders() { return db.session().orders(); }

    TestDatabase db;
};

TEST_F(OrderSetsTest, EachSetSelectsExactlyItsOrders)
{
    EXPECT_EQ(numbers(OrderSet::HoldsStock), (QSet<qint64>{1001, 1002}));
    EXPECT_EQ(numbers(OrderSet::ToShip), (QSet<qint64>{1002}));
    EXPECT_EQ(numbers(OrderSet::Unpaid), (QSet<qint64>{1001}));
    EXPECT_EQ(numbers(OrderSet::Paid), (QSet<qint64>{1002, 1003}));
    EXPECT_EQ(numbers(OrderSet::Sold), (QSet<qint64>{1002, 1003, 1004}));
    EXPECT_EQ(numbers(OrderSet::NotCancelled), (QSet<qint64>{1001, 1002, 1003, 1004}));
}

TEST_F(OrderSetsTest, HoldsStockIsWhatTheReservationsHold)
{
    // MUG-1: 1 on 1001; TEE-1: 2 on 1002. Nothing else is reserved.
    EXPECT_EQ(product(session(), u"MUG-1"_s).reserved, 1);
    EXPECT_EQ(product(session(), u"TEE-1"_s).reserved, 2);
    EXPECT_TRUE(conservationViolations(session().database()).isEmpty());
}

TEST_F(OrderSetsTest, TheDashboardCountsTheOrdersToShip)
{
    const QDate today = db.clock().now().toUTC().date();
    auto snapshot = session().dashboard().snapshot(DashboardPeriod{today, today});
    ASSERT_TRUE(snapshot) << describe(snapshot.error());
    EXPECT_EQ(snapshot->awaitingShipment, numbers(OrderSet::ToShip).size());
}

TEST(OrderSetsKeysTest, KeysAreStableAndUnique)
{
    EXPECT_EQ(OrderSets::keys(),
            (QStringList{u"holds_stock"_s, u"to_ship"_s, u"unpaid"_s, u"paid"_s, u"sold"_s, u"not_cancelled"_s}));
    QSet<QString> labels;
    for (OrderSet set : OrderSets::all()) {
        EXPECT_EQ(OrderSets::fromKey(OrderSets::key(set)), set);
        EXPECT_FALSE(OrderSets::description(set).isEmpty());
        labels.insert(OrderSets::label(set));
    }
    EXPECT_EQ(labels.size(), OrderSets::all().size());
    EXPECT_EQ(OrderSets::fromKey(u"to-ship"_s), std::nullopt);
    EXPECT_EQ(OrderSets::label(OrderSet::ToShip), u"To ship"_s);
}

} // namespace
