#include "Printers.h"

#include "orders/CancelReason.h"
#include "orders/OrderStatus.h"

#include <QSet>

#include <gtest/gtest.h>

#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

namespace {

using S = OrderStatus;

const QList<std::pair<S, S>> kAllowed{
        {S::Pending, S::Confirmed},
        {S::Pending, S::Cancelled},
        {S::Confirmed, S::Shipped},
        {S::Confirmed, S::Cancelled},
        {S::Shipped, S::Delivered},
};

} // namespace

TEST(OrderLifecycleTest, EveryStatusIsListedOnce)
{
    const QList<S> all = OrderLifecycle::allStatuses();
    EXPECT_EQ(all.size(), 5);
    EXPECT_EQ(QSet<S>(all.begin(), all.end()).size(), 5);
}

TEST(OrderLifecycleTest, FullTransitionTable)
{
    int allowed = 0;
    for (S from : OrderLifecycle::allStatuses()) {
        for (S to : OrderLifecycle::allStatuses()) {
            const bool expected = kAllowed.contains(std::pair{from, to});
            EXPECT_EQ(OrderLifecycle::canTransition(from, to), expected)
                    << OrderLifecycle::key(from).toStdString() << " -> " << OrderLifecycle::key(to).toStdString();
            EXPECT_EQ(OrderLifecycle::allowedNext(from).contains(to), expected);
            allowed += OrderLifecycle::canTransition(from, to) ? 1 : 0;
        }
    }
    EXPECT_EQ(allowed, 5);
    EXPECT_TRUE(OrderLifecycle::allowedNext(S::Delivered).isEmpty());
    EXPECT_TRUE(OrderLifecycle::allowedNext(S::Cancelled).isEmpty());
}

TEST(OrderLifecycleTest, ModifiableAndReservingStatuses)
{
    for (S status : OrderLifecycle::allStatuses()) {
        const bool open = status == S::Pending || status == S::Confirmed;
        EXPECT_EQ(OrderLifecycle::isModifiable(status), open) << OrderLifecycle::key(status).toStdString();
        EXPECT_EQ(OrderLifecycle::holdsReservation(status), open) << OrderLifecycle::key(status).toStdString();
    }
}

TEST(OrderLifecycleTest, KeysRoundTrip)
{
    const QStringList keys{u"pending"_s, u"confirmed"_s, u"shipped"_s, u"delivered"_s, u"cancelled"_s};
    QStringList seen;
    for (S status : OrderLifecycle::allStatuses()) {
        const QString key = OrderLifecycle::key(status);
        seen << key;
        ASSERT_TRUE(OrderLifecycle::fromKey(key).has_value()) << key.toStdString();
        EXPECT_EQ(*OrderLifecycle::fromKey(key), status);
        EXPECT_FALSE(OrderLifecycle::displayName(status).isEmpty());
    }
    EXPECT_EQ(seen, keys);
    EXPECT_FALSE(OrderLifecycle::fromKey(u"Pending"_s).has_value());
    EXPECT_FALSE(OrderLifecycle::fromKey(u""_s).has_value());
    EXPECT_FALSE(OrderLifecycle::fromKey(u"refunded"_s).has_value());
}

TEST(CancelReasonTest, KeysRoundTripAndExpiredIsNotSelectable)
{
    for (CancelReason reason : {CancelReason::Customer, CancelReason::Declined, CancelReason::Fraud,
                 CancelReason::Inventory, CancelReason::Staff, CancelReason::Other, CancelReason::Expired}) {
        const auto back = CancelReasons::fromKey(CancelReasons::key(reason));
        ASSERT_TRUE(back.has_value());
        EXPECT_EQ(*back, reason);
    }
    EXPECT_FALSE(CancelReasons::selectable().contains(CancelReason::Expired));
    EXPECT_EQ(CancelReasons::selectable().size(), 6);
    EXPECT_EQ(CancelReasons::displayName(CancelReason::Expired), u"Payment not received in time"_s);
}
