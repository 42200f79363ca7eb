#include "Helpers.h"

#include "storage/Database.h"

#include <QThread>

#include <gtest/gtest.h>

#include <atomic>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

// Two sessions ("two desktops") on one SQLite file.
class ConcurrencyTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        addProduct(a(), u"MUG-1"_s, u"12.50"_s, 5);
        other = db.openAnother();
    }
    Session &a() { return db.session(); }
    Session &b() { return *other; }

    TestDatabase db;
    std::unique_ptr<Session> other;
};

TEST_F(ConcurrencyTest, SecondSessionCannotOversell)
{
    auto first = a().orders().place(placeRequest({{u"MUG-1"_s, 3}}));
    ASSERT_TRUE(first) << describe(first.error());
    auto second = b().orders().place(placeRequest({{u"MUG-1"_s, 3}}, u"grace@example.com"_s, u"Grace Hopper"_s));
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().code, ErrorCode::Conflict);
    EXPECT_EQ(product(a(), u"MUG-1"_s).reserved, 3);
    EXPECT_EQ(product(b(), u"MUG-1"_s).reserved, 3);

    auto rest = b().orders().place(placeRequest({{u"MUG-1"_s, 2}}, u"grace@example.com"_s, u"Grace Hopper"_s));
    ASSERT_TRUE(rest) << describe(rest.error());
    EXPECT_EQ(rest->number, first->number + 1);
    EXPECT_EQ(product(a(), u"MUG-1"_s).reserved, 5);
    EXPECT_EQ(orderCount(a()), 2);
    EXPECT_TRUE(conservationViolations(a().database()).isEmpty());
}

TEST_F(ConcurrencyTest, TwoCancelsOneWins)
{
    auto placed = a().orders().place(placeRequest({{u"MUG-1"_s, 3}}));
    ASSERT_TRUE(placed);
    const QString number = QString::number(placed->number);
    auto loadedInA = a().orders().find(number); // A looks at the order...
    ASSERT_TRUE(loadedInA);
    auto cancelledInB = b().orders().cancel(number, CancelReason::Customer, u"by phone"_s); // ...B cancels it...
    ASSERT_TRUE(cancelledInB) << describe(cancelledInB.error());
    auto cancelledInA = a().orders().cancel(number, CancelReason::Staff, {}); // ...and A's cancel loses.
    ASSERT_FALSE(cancelledInA);
    EXPECT_EQ(cancelledInA.error().code, ErrorCode::Conflict);
    EXPECT_EQ(product(a(), u"MUG-1"_s).reserved, 0); // released exactly once
    auto final = a().orders().find(number);
    ASSERT_TRUE(final);
    EXPECT_EQ(final->cancelReason, CancelReason::Customer);
    EXPECT_EQ(scalar(a().database(), u"SELECT COUNT(*) FROM order_events WHERE event = 'OrderCancelled'"_s), 1);
}

TEST_F(ConcurrencyTest, ServicesReloadInsideTheirTransaction)
{
    auto placed = a().orders().place(placeRequest({{u"MUG-1"_s, 1}}));
    ASSERT_TRUE(placed);
    const QString number = QString::number(placed->number);
    ASSERT_TRUE(a().orders().find(number)); // A's view: version 1, one mug
    auto modified = b().orders().modify(number, modifyItems({{u"MUG-1"_s, 4}}));
    ASSERT_TRUE(modified) << describe(modified.error());
    auto paid = a().orders().markPaid(number); // A works on the current version, not its stale copy
    ASSERT_TRUE(paid) << describe(paid.error());
    EXPECT_EQ(paid->version, 3);
    EXPECT_EQ(paid->paid.minorUnits(), 4 * 1250);
    EXPECT_EQ(paid->lines.at(0).quantity, 4);
    EXPECT_EQ(product(b(), u"MUG-1"_s).reserved, 4);
}

TEST_F(ConcurrencyTest, ParallelWritersNeverOversell)
{
    ASSERT_TRUE(a().inventory().setStock(u"MUG-1"_s, 30, u"recount"_s));
    constexpr int kThreads = 2;
    constexpr int kAttempts = 25;
    std::atomic<int> placed{0};
    std::atomic<int> refused{0};
    std::atomic<int> unexpected{0};
    QList<QThread *> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads << QThread::create([&, t] {
            SessionOptions options;
            options.clock = &db.clock();
            auto session = Session::open(db.url(), options);
            if (!session) {
                ++unexpected;
                return;
            }
            const QString email = u"thread%1@example.com"_s.arg(t);
            for (int i = 0; i < kAttempts; ++i) {
                auto order = (*session)->orders().place(placeRequest({{u"MUG-1"_s, 1}}, email, u"Thread"_s));
                if (order)
                    ++placed;
                else if (order.error().code == ErrorCode::Conflict)
                    ++refused;
                else
                    ++unexpected;
            }
        });
    }
    for (QThread *thread : std::as_const(threads))
        thread->start();
    for (QThread *thread : std::as_const(threads)) {
        thread->wait();
        delete thread;
    }
    EXPECT_EQ(unexpected.load(), 0);
    EXPECT_EQ(placed.load(), 30);
    EXPECT_EQ(refused.load(), kThreads * kAttempts - 30);
    EXPECT_EQ(product(a(), u"MUG-1"_s).reserved, 30);
    EXPECT_EQ(orderCount(a()), 30);
    EXPECT_EQ(scalar(a().database(), u"SELECT COUNT(DISTINCT number) FROM orders"_s), 30);
    EXPECT_TRUE(conservationViolations(a().database()).isEmpty())
            << conservationViolations(a().database()).join(u'\n').toStdString();
}

} // namespace
