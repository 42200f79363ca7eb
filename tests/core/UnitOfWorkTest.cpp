// Units of work compose: a unit begun inside another joins it as a savepoint, commits only with the
// outermost, rolls back exactly its own writes, and its after-commit work runs once the whole transaction
// is durable. On PostgreSQL a failed statement inside a joined unit does not doom the enclosing one.

#include "Helpers.h"

#include "storage/Database.h"
#include "storage/SqliteWriterGate.h"
#include "storage/TransactionRunner.h"
#include "storage/UnitOfWork.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

class UnitOfWorkTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(database().execute(u"CREATE TABLE unit_test (n BIGINT PRIMARY KEY CHECK (n > 0))"_s));
    }
    Database &database() { return m_db.session().database(); }
    Status insert(qint64 n)
    {
        auto query = database().query(u"INSERT INTO unit_test (n) VALUES (?)"_s, {n});
        return query ? Status() : Status(fail(query.error()));
    }
    QStringList stored() { return rows(database(), u"SELECT n FROM unit_test ORDER BY n"_s); }

    TestDatabase m_db;
};

TEST_F(UnitOfWorkTest, AfterCommitWorkRunsOnceTheOutermostUnitCommits)
{
    QStringList log;
    {
        auto outer = UnitOfWork::begin(database());
        ASSERT_TRUE(outer);
        EXPECT_TRUE(outer->isOutermost());
        EXPECT_TRUE(database().inTransaction());
        ASSERT_TRUE(insert(1));
        outer->afterCommit([&] { log << u"outer"_s; });
        {
            auto inner = UnitOfWork::begin(database());
            ASSERT_TRUE(inner);
            EXPECT_FALSE(inner->isOutermost());
            ASSERT_TRUE(insert(2));
            inner->afterCommit([&] { log << u"inner"_s; });
            ASSERT_TRUE(inner->commit());
        }
        EXPECT_TRUE(log.isEmpty()) << "a joined unit's commit is not the transaction's";
        ASSERT_TRUE(outer->commit());
    }
    EXPECT_EQ(log, (QStringList{u"outer"_s, u"inner"_s}));
    EXPECT_FALSE(database().inTransaction());
    EXPECT_EQ(stored(), (QStringList{u"1"_s, u"2"_s}));
}

TEST_F(UnitOfWorkTest, AnOuterRollbackUndoesWhatJoinedUnitsCommitted)
{
    QStringList log;
    {
        auto outer = UnitOfWork::begin(database());
        ASSERT_TRUE(outer);
        ASSERT_TRUE(insert(1));
        auto inner = UnitOfWork::begin(database());
        ASSERT_TRUE(inner);
        ASSERT_TRUE(insert(2));
        inner->afterCommit([&] { log << u"inner"_s; });
        ASSERT_TRUE(inner->commit());
        // outer is destroyed without commit
    }
    EXPECT_TRUE(log.isEmpty());
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_FALSE(database().inTransaction());
}

TEST_F(UnitOfWorkTest, AJoinedUnitThatFailsRollsBackOnlyItsOwnWrites)
{
    QStringList log;
    {
        auto outer = UnitOfWork::begin(database());
        ASSERT_TRUE(outer);
        ASSERT_TRUE(insert(1));
        {
            auto inner = UnitOfWork::begin(database());
            ASSERT_TRUE(inner);
            ASSERT_TRUE(insert(2));
            inner->afterCommit([&] { log << u"inner"_s; });
            // A statement the database refuses: on PostgreSQL this aborts the transaction until the
            // savepoint is rolled back.
            EXPECT_FALSE(insert(-5));
        }
        {
            auto second = UnitOfWork::begin(database());
            ASSERT_TRUE(second) << "the enclosing unit goes on after its joined unit failed";
            ASSERT_TRUE(insert(3));
            {
                auto third = UnitOfWork::begin(database());
                ASSERT_TRUE(third);
                ASSERT_TRUE(insert(4));
                third->afterCommit([&] { log << u"third"_s; });
                ASSERT_TRUE(third->commit());
            }
            ASSERT_TRUE(second->commit());
        }
        ASSERT_TRUE(insert(5));
        ASSERT_TRUE(outer->commit());
    }
    EXPECT_EQ(log, QStringList{u"third"_s});
    EXPECT_EQ(stored(), (QStringList{u"1"_s, u"3"_s, u"4"_s, u"5"_s}));
}

TEST_F(UnitOfWorkTest, ARunnerInsideAnOpenUnitRunsItsWorkOnce)
{
    auto outer = UnitOfWork::begin(database());
    ASSERT_TRUE(outer);
    int runs = 0;
    auto result = TransactionRunner::run(database(), [&]() -> Status {
        ++runs;
        auto unit = UnitOfWork::begin(database());
        if (!unit)
            return fail(unit.error());
        if (auto inserted = insert(7); !inserted)
            return inserted;
        return unit->commit();
    });
    ASSERT_TRUE(result);
    EXPECT_EQ(runs, 1);
    ASSERT_TRUE(outer->commit());
    EXPECT_EQ(stored(), QStringList{u"7"_s});
}

TEST_F(UnitOfWorkTest, CommittingTwiceIsAnError)
{
    auto unit = UnitOfWork::begin(database());
    ASSERT_TRUE(unit);
    ASSERT_TRUE(unit->commit());
    auto again = unit->commit();
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::Internal);
}

// SQLite: this process's connections to one file take turns writing (SqliteWriterGate) before SQLite's own
// lock. The gate is the file's, whatever the path's spelling; a turn not given back in time is refused.
TEST(SqliteWriterGateTest, OneGatePerFileAndATurnNotGivenBackInTimeIsRefused)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile file(dir.filePath(u"shop.sqlite"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    ASSERT_TRUE(QDir(dir.path()).mkdir(u"sub"_s));
    const auto gate = SqliteWriterGate::forFile(dir.filePath(u"shop.sqlite"_s));
    EXPECT_EQ(SqliteWriterGate::forFile(dir.filePath(u"sub/../shop.sqlite"_s)), gate);
    EXPECT_NE(SqliteWriterGate::forFile(dir.filePath(u"other.sqlite"_s)), gate);

    ASSERT_TRUE(gate->enter(std::chrono::milliseconds(0)));
    bool second = true;
    std::thread waiter([&] { second = gate->enter(std::chrono::milliseconds(20)); });
    waiter.join();
    EXPECT_FALSE(second) << "the turn was taken";
    gate->leave();
    std::thread next([&] { second = gate->enter(std::chrono::milliseconds(0)); });
    next.join();
    EXPECT_TRUE(second) << "given back";
    gate->leave();
}

// First come, first served: writers enter in the order they asked, so one that keeps coming back cannot
// starve the others. Each asks only once the one before it is queued (waiting() says so, no sleeping).
TEST(SqliteWriterGateTest, WritersEnterInTheOrderTheyAsked)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto gate = SqliteWriterGate::forFile(dir.filePath(u"fifo.sqlite"_s));
    ASSERT_TRUE(gate->enter(std::chrono::milliseconds(0)));
    std::mutex orderMutex;
    std::vector<int> entered;
    std::vector<std::thread> writers;
    constexpr int kWriters = 5;
    for (int writer = 0; writer < kWriters; ++writer) {
        writers.emplace_back([&, writer] {
            if (!gate->enter(std::chrono::seconds(30)))
                return;
            {
                const std::lock_guard lock(orderMutex);
                entered.push_back(writer);
            }
            gate->leave();
        });
        const auto queued = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        while (gate->waiting() < std::size_t(writer + 1) && std::chrono::steady_clock::now() < queued)
            std::this_thread::yield();
        if (gate->waiting() != std::size_t(writer + 1)) {
            ADD_FAILURE() << "writer " << writer << " did not queue";
            break; // the turn is given back and every writer joined below
        }
    }
    gate->leave();
    for (std::thread &writer : writers)
        writer.join();
    EXPECT_EQ(entered, (std::vector<int>{0, 1, 2, 3, 4}));
    EXPECT_EQ(gate->waiting(), 0u);
}

TEST_F(UnitOfWorkTest, SqliteConnectionsOfOneProcessTakeTurnsAndEveryEndGivesTheTurnBack)
{
    if (m_db.isPostgres())
        GTEST_SKIP() << "PostgreSQL's writers run side by side";
    DatabaseOptions quick;
    quick.busyTimeoutMs = 200;
    auto other = Database::open(m_db.url(), quick);
    ASSERT_TRUE(other) << describe(other.error());

    // While this connection's unit is open the other one's is refused after its busy timeout ...
    {
        auto unit = UnitOfWork::begin(database());
        ASSERT_TRUE(unit) << describe(unit.error());
        auto refused = UnitOfWork::begin(**other);
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, ErrorCode::Unavailable);
    } // ... and every way a unit ends gives the turn back: a rollback,
    ASSERT_TRUE(UnitOfWork::begin(**other)) << "after a rollback";
    {
        auto unit = UnitOfWork::begin(database());
        ASSERT_TRUE(unit);
        ASSERT_TRUE(insert(1));
        ASSERT_TRUE(unit->commit());
    } // a commit,
    ASSERT_TRUE(UnitOfWork::begin(**other)) << "after a commit";
    {
        auto unit = UnitOfWork::begin(database());
        ASSERT_TRUE(unit);
        ASSERT_FALSE(insert(-1)) << "the CHECK refuses it";
        ASSERT_TRUE(insert(2));
        ASSERT_TRUE(unit->commit());
    } // a failed statement inside it, and after-commit work that begins a unit of its own.
    ASSERT_TRUE(UnitOfWork::begin(**other)) << "after a failed statement";
    bool nestedBegan = false;
    {
        auto unit = UnitOfWork::begin(database());
        ASSERT_TRUE(unit);
        unit->afterCommit([&] {
            auto later = UnitOfWork::begin(**other);
            nestedBegan = bool(later);
        });
        ASSERT_TRUE(unit->commit());
    }
    EXPECT_TRUE(nestedBegan);
    EXPECT_EQ(stored(), (QStringList{u"1"_s, u"2"_s}));
}

TEST_F(UnitOfWorkTest, ManyWritersOnOneSqliteFileAllCommit)
{
    if (m_db.isPostgres())
        GTEST_SKIP() << "about SQLite's one writer";
    constexpr int kWriters = 4;
    constexpr int kUnits = 100;
    std::atomic<int> failures{0};
    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([&, w] {
            auto connection = Database::open(m_db.url());
            if (!connection) {
                ++failures;
                return;
            }
            for (int i = 0; i < kUnits; ++i) {
                auto unit = UnitOfWork::begin(**connection);
                auto inserted = unit
                        ? (*connection)->query(u"INSERT INTO unit_test (n) VALUES (?)"_s, {qint64(w) * kUnits + i + 1})
                        : Result<Rows>(fail(unit.error()));
                if (!inserted || !unit->commit())
                    ++failures;
            }
        });
    }
    for (std::thread &writer : writers)
        writer.join();
    EXPECT_EQ(failures.load(), 0);
    EXPECT_EQ(scalar(database(), u"SELECT COUNT(*) FROM unit_test"_s), kWriters * kUnits);
}

} // namespace
