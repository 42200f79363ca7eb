#include "Helpers.h"

#include "events/DomainEventBus.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

class EventsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        qRegisterMetaType<shipshape::DomainEvent>();
        addProduct(session(), u"MUG-1"_s, u"12.50"_s, 10);
        addProduct(session(), u"TEE-1"_s, u"29.99"_s, 1);
        published = std::make_unique<QSignalSpy>(&session().events(), &DomainEventBus::published);
        orderChanged = std::make_unique<QSignalSpy>(&session().events(), &DomainEventBus::orderChanged);
        stockChanged = std::make_unique<QSignalSpy>(&session().events(), &DomainEventBus::stockChanged);
    }
    void clearSpies()
    {
        published->clear();
        orderChanged->clear();
        stockChanged->clear();
    }
    QStringList names()
    {
        QStringList result;
        for (const QList<QVariant> &arguments : std::as_const(*published))
            result << arguments.at(0).value<DomainEvent>().name;
        return result;
    }
    QStringList skus()
    {
        QStringList result;
        for (const QList<QVariant> &arguments : std::as_const(*stockChanged))
            result << arguments.at(0).toString();
        return result;
    }

    Session &session() { return db.session(); }
    TestDatabase db;
    std::unique_ptr<QSignalSpy> published;
    std::unique_ptr<QSignalSpy> orderChanged;
    std::unique_ptr<QSignalSpy> stockChanged;
};

TEST_F(EventsTest, PlaceAndCancelPublishAfterCommit)
{
    // The events announce committed state: another connection already sees the order.
    auto other = db.openAnother();
    qint64 visibleToOthers = -1;
    QObject receiver;
    QObject::connect(&session().events(), &DomainEventBus::orderChanged, &receiver,
            [&](qint64) { visibleToOthers = orderCount(*other); });

    auto order = session().orders().place(placeRequest({{u"MUG-1"_s, 2}, {u"TEE-1"_s, 1}}));
    ASSERT_TRUE(order) << describe(order.error());
    EXPECT_EQ(names(), (QStringList{u"OrderPlaced"_s, u"StockReserved"_s, u"StockReserved"_s}));
    const DomainEvent placed = published->at(0).at(0).value<DomainEvent>();
    EXPECT_EQ(placed.orderNumber, order->number);
    EXPECT_EQ(placed.actor, session().database().actor());
    EXPECT_EQ(placed.at, db.clock().now());
    EXPECT_EQ(placed.payload.value(u"total"_s).toString(), u"54.99"_s);
    ASSERT_EQ(orderChanged->size(), 1);
    EXPECT_EQ(orderChanged->at(0).at(0).toLongLong(), order->number);
    EXPECT_EQ(skus(), (QStringList{u"MUG-1"_s, u"TEE-1"_s}));
    EXPECT_EQ(visibleToOthers, 1);

    clearSpies();
    ASSERT_TRUE(session().orders().cancel(QString::number(order->number), CancelReason::Customer, {}));
    EXPECT_EQ(names(), (QStringList{u"OrderCancelled"_s, u"StockReleased"_s, u"StockReleased"_s}));
    EXPECT_EQ(orderChanged->size(), 1);
    EXPECT_EQ(skus(), (QStringList{u"MUG-1"_s, u"TEE-1"_s}));
}

TEST_F(EventsTest, InventoryChangesPublishStockChanged)
{
    clearSpies();
    ASSERT_TRUE(session().inventory().replenish(u"MUG-1"_s, 5, u"delivery"_s));
    EXPECT_EQ(names(), (QStringList{u"StockReplenished"_s}));
    EXPECT_EQ(skus(), (QStringList{u"MUG-1"_s}));
    EXPECT_EQ(orderChanged->size(), 0);
    ASSERT_TRUE(session().inventory().setStock(u"TEE-1"_s, 3, u"recount"_s));
    EXPECT_EQ(names().constLast(), u"StockCorrected"_s);
}

TEST_F(EventsTest, RefusedOperationsPublishNothing)
{
    auto order = session().orders().place(placeRequest({{u"MUG-1"_s, 1}}));
    ASSERT_TRUE(order);
    const QString number = QString::number(order->number);
    clearSpies();

    EXPECT_FALSE(session().orders().place(placeRequest({{u"MUG-1"_s, 1}, {u"TEE-1"_s, 2}}))); // out of stock
    EXPECT_FALSE(session().orders().place(placeRequest({{u"MUG-1"_s, 1, u"1.00"_s}}))); // stale price
    EXPECT_FALSE(session().orders().place(placeRequest({{u"NOPE"_s, 1}}))); // unknown SKU
    EXPECT_FALSE(session().orders().modify(number, modifyItems({{u"TEE-1"_s, 5}}))); // out of stock
    EXPECT_FALSE(session().orders().ship(number, u"T-1"_s, {})); // not paid
    EXPECT_FALSE(session().orders().deliver(number));
    EXPECT_FALSE(session().inventory().setStock(u"MUG-1"_s, 0, u"recount"_s)); // below reserved
    EXPECT_FALSE(session().inventory().replenish(u"MUG-1"_s, 0, {}));
    ASSERT_TRUE(session().orders().cancel(number, CancelReason::Staff, {}));
    clearSpies();
    EXPECT_FALSE(session().orders().cancel(number, CancelReason::Staff, {}));
    EXPECT_FALSE(session().orders().markPaid(number));
    EXPECT_EQ(session().orders().expireReservations().value_or(-1), 0);

    EXPECT_EQ(published->size(), 0) << names().join(u", "_s).toStdString();
    EXPECT_EQ(orderChanged->size(), 0);
    EXPECT_EQ(stockChanged->size(), 0);
}

} // namespace
