#include "Helpers.h"

#include "storage/Database.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

constexpr qint64 kHoldMs = 15 * 60 * 1000;

class ReservationExpiryTest : public ::testing::Test {
protected:
    void SetUp() override { addProduct(session(), u"MUG-1"_s, u"12.50"_s, 10); }

    Order place(qint64 quantity)
    {
        auto order = orders().place(placeRequest({{u"MUG-1"_s, quantity}}));
        EXPECT_TRUE(order) << describe(order.error());
        return order ? *order : Order{};
    }
    int expire()
    {
        auto expired = orders().expireReservations();
        EXPECT_TRUE(expired) << describe(expired.error());
        return expired ? *expired : -1;
    }
    OrderStatus statusOf(const Order &order) { return orders().find(QString::number(order.number))->status; }

    Session &session() { return db.session(); }
    OrderService &orders() { return db.session().orders(); }
    TestDatabase db;
};

TEST_F(ReservationExpiryTest, UnpaidOrderExpiresOnlyAfterTheHold)
{
    const Order order = place(3);
    db.clock().advance(kHoldMs - 1);
    EXPECT_EQ(expire(), 0);
    EXPECT_EQ(statusOf(order), OrderStatus::Pending);
    EXPECT_EQ(product(session(), u"MUG-1"_s).reserved, 3);

    db.clock().advance(2);
    EXPECT_EQ(expire(), 1);
    auto expired = orders().find(QString::number(order.number));
    ASSERT_TRUE(expired);
    EXPECT_EQ(expired->status, OrderStatus::Cancelled);
    EXPECT_EQ(expired->cancelReason, CancelReason::Expired);
    EXPECT_FALSE(expired->reservationExpiresAt.has_value());
    EXPECT_EQ(product(session(), u"MUG-1"_s).reserved, 0);
    EXPECT_EQ(product(session(), u"MUG-1"_s).onHand, 10);
    const TimelineEntry &entry = expired->timeline.constLast();
    EXPECT_EQ(entry.event, u"OrderCancelled"_s);
    EXPECT_EQ(entry.reason, u"Payment not received in time"_s);
    EXPECT_EQ(entry.fromStatus, OrderStatus::Pending);
    EXPECT_EQ(entry.details.value(u"reason"_s).toString(), u"expired"_s);
    EXPECT_EQ(entry.details.value(u"holdMinutes"_s).toInt(), 15);
    EXPECT_EQ(entry.at, db.clock().now());
    EXPECT_EQ(scalar(session().database(), u"SELECT COUNT(*) FROM orders WHERE cancel_reason = 'expired'"_s), 1);

    EXPECT_EQ(expire(), 0); // nothing left to expire
    EXPECT_TRUE(conservationViolations(session().database()).isEmpty());
}

TEST_F(ReservationExpiryTest, PaidOrderNeverExpires)
{
    const Order order = place(2);
    ASSERT_TRUE(orders().markPaid(QString::number(order.number)));
    db.clock().advance(30LL * 24 * 3600 * 1000);
    EXPECT_EQ(expire(), 0);
    EXPECT_EQ(statusOf(order), OrderStatus::Confirmed);
    EXPECT_EQ(product(session(), u"MUG-1"_s).reserved, 2);
}

TEST_F(ReservationExpiryTest, ReturnsHowManyExpiredAndSparesYoungerOrders)
{
    const Order a = place(1);
    const Order b = place(1);
    const Order paid = place(1);
    ASSERT_TRUE(orders().markPaid(QString::number(paid.number)));
    db.clock().advance(10 * 60 * 1000);
    const Order c = place(1);
    const Order young = place(2);
    (void) c;
    db.clock().advance(6 * 60 * 1000); // a and b are 16 minutes old, c and young 6
    EXPECT_EQ(expire(), 2);
    EXPECT_EQ(statusOf(a), OrderStatus::Cancelled);
    EXPECT_EQ(statusOf(b), OrderStatus::Cancelled);
    EXPECT_EQ(statusOf(young), OrderStatus::Pending);
    EXPECT_EQ(product(session(), u"MUG-1"_s).reserved, 1 + 1 + 2);
    db.clock().advance(10 * 60 * 1000);
    EXPECT_EQ(expire(), 2);
    EXPECT_EQ(statusOf(paid), OrderStatus::Confirmed);
    EXPECT_EQ(product(session(), u"MUG-1"_s).reserved, 1);
}

TEST_F(ReservationExpiryTest, CancelledOrderIsNotExpiredAgain)
{
    const Order order = place(1);
    ASSERT_TRUE(orders().cancel(QString::number(order.number), CancelReason::Customer, {}));
    db.clock().advance(kHoldMs * 2);
    EXPECT_EQ(expire(), 0);
    auto found = orders().find(QString::number(order.number));
    ASSERT_TRUE(found);
    EXPECT_EQ(found->cancelReason, CancelReason::Customer);
    EXPECT_EQ(product(session(), u"MUG-1"_s).reserved, 0);
}

TEST_F(ReservationExpiryTest, HoldLengthComesFromTheSessionOptions)
{
    SessionOptions options;
    options.clock = &db.clock();
    options.reservationHoldMinutes = 1;
    auto shortHold = Session::open(db.url(), options);
    ASSERT_TRUE(shortHold) << describe(shortHold.error());
    auto order = (*shortHold)->orders().place(placeRequest({{u"MUG-1"_s, 1}}));
    ASSERT_TRUE(order);
    EXPECT_EQ(*order->reservationExpiresAt, db.clock().now().addSecs(60));
    db.clock().advance(61 * 1000);
    EXPECT_EQ(expire(), 1);
}

} // namespace
