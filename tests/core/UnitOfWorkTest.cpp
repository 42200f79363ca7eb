// Units of work compose: a unit begun inside another joins it as a savepoint, commits only with the
// outermost, rolls back exactly its own writes, and its after-commit work runs once the whole transaction
// is durable. On PostgreSQL a failed statement inside a joined unit does not doom the enclosing one.

#include "Helpers.h"

#include "storage/Database.h"
#include "storage/TransactionRunner.h"
#include "storage/UnitOfWork.h"

#include <gtest/gtest.h>

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

} // namespace
