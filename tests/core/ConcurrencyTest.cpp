#include "Helpers.h"

#include "storage/Database.h"

#include <QElapsedTimer>
#include <QThread>

#include <gtest/gtest.h>

#include <array>
#include <atomic>
#include <barrier>
#include <iostream>
#include <optional>

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

// Two desktops cancel the same order at the same moment: two threads, each with its own session, are
// released together by a barrier, round after round. Exactly one cancel wins every time, the other gets
// a conflict, and the stock is released once.
TEST_F(ConcurrencyTest, TwoCancelsOneWins)
{
    constexpr int kRounds = 30;
    std::barrier sync(3); // the two desktops and this thread: start of a round, then its end
    std::atomic<qint64> number{0};
    std::atomic<bool> stop{false};
    struct Attempt {
        bool won = false;
        std::optional<ErrorCode> failure;
        qint64 startedNs = 0;
        qint64 finishedNs = 0;
    };
    std::array<std::array<Attempt, kRounds>, 2> attempts{};
    QElapsedTimer clock;
    clock.start();
    std::array<std::atomic<bool>, 2> opened{};

    QList<QThread *> desktops;
    for (std::size_t d = 0; d < 2; ++d) {
        desktops << QThread::create([&, d] {
            SessionOptions options;
            options.clock = &db.clock();
            auto session = Session::open(db.url(), options);
            opened[d] = bool(session);
            sync.arrive_and_wait(); // sessions open
            for (std::size_t round = 0;; ++round) {
                sync.arrive_and_wait(); // the order is placed: go
                if (stop || !session)
                    break;
                Attempt &attempt = attempts[d][round];
                attempt.startedNs = clock.nsecsElapsed();
                auto cancelled = (*session)->orders().cancel(QString::number(number.load()),
                        d == 0 ? CancelReason::Customer : CancelReason::Staff, u"desktop %1"_s.arg(d));
                attempt.finishedNs = clock.nsecsElapsed();
                attempt.won = bool(cancelled);
                if (!cancelled)
                    attempt.failure = cancelled.error().code;
                sync.arrive_and_wait(); // done
            }
        });
    }
    for (QThread *desktop : std::as_const(desktops))
        desktop->start();
    sync.arrive_and_wait();
    // The desktops wait at the barrier until told to stop, whatever fails here.
    const auto stopDesktops = [&] {
        stop = true;
        sync.arrive_and_wait();
        for (QThread *desktop : std::as_const(desktops)) {
            desktop->wait();
            delete desktop;
        }
        desktops.clear();
    };
    if (!opened[0] || !opened[1]) {
        stopDesktops();
        FAIL() << "a desktop could not open its session";
    }

    int overlapping = 0;
    std::array<int, 2> wins{};
    for (std::size_t round = 0; round < kRounds && !HasFailure(); ++round) {
        auto placed = a().orders().place(placeRequest({{u"MUG-1"_s, 3}}));
        if (!placed) {
            ADD_FAILURE() << describe(placed.error());
            break;
        }
        number = placed->number;
        sync.arrive_and_wait(); // go
        sync.arrive_and_wait(); // both answered
        const Attempt &first = attempts[0][round];
        const Attempt &second = attempts[1][round];
        SCOPED_TRACE("round " + std::to_string(round));
        EXPECT_NE(first.won, second.won) << "exactly one cancel wins";
        const Attempt &loser = first.won ? second : first;
        EXPECT_EQ(loser.failure, std::optional<ErrorCode>(ErrorCode::Conflict));
        ++wins[first.won ? 0 : 1];
        if (first.startedNs < second.finishedNs && second.startedNs < first.finishedNs)
            ++overlapping;

        auto final = a().orders().find(QString::number(placed->number));
        ASSERT_TRUE(final);
        EXPECT_EQ(final->status, OrderStatus::Cancelled);
        EXPECT_EQ(final->cancelReason, first.won ? CancelReason::Customer : CancelReason::Staff);
        EXPECT_EQ(product(a(), u"MUG-1"_s).reserved, 0); // released exactly once
        EXPECT_EQ(scalar(a().database(),
                          u"SELECT COUNT(*) FROM order_events WHERE event = 'OrderCancelled' AND order_number = ?"_s,
                          {placed->number}),
                1);
        EXPECT_EQ(scalar(a().database(),
                          u"SELECT COUNT(*) FROM stock_movements WHERE kind = 'release' AND order_number = ?"_s,
                          {placed->number}),
                1);
    }
    stopDesktops();
    // The two cancels really ran at the same time (a sequential test would never overlap).
    std::cout << "[ race     ] " << kRounds << " rounds: desktop 0 won " << wins[0] << ", desktop 1 won " << wins[1]
              << ", the two cancels overlapped in " << overlapping << std::endl;
    EXPECT_GT(overlapping, 0);
    EXPECT_TRUE(conservationViolations(a().database()).isEmpty())
            << conservationViolations(a().database()).join(u'\n').toStdString();
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
