#include "Helpers.h"

#include "storage/BulkInserter.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

class BulkInserterTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (db.isPostgres())
            GTEST_SKIP() << "checks insertion order through SQLite's rowid";
        ASSERT_TRUE(database().execute(u"CREATE TABLE bulk_test (n INTEGER NOT NULL, label TEXT, note TEXT)"_s));
    }
    Database &database() { return db.session().database(); }

    // Adds `count` rows (n = first..first+count-1) and checks the table holds exactly 0..total-1 in order.
    void expectRows(qint64 total)
    {
        EXPECT_EQ(scalar(database(), u"SELECT COUNT(*) FROM bulk_test"_s), total);
        EXPECT_EQ(scalar(database(), u"SELECT COUNT(DISTINCT n) FROM bulk_test"_s), total);
        EXPECT_EQ(scalar(database(), u"SELECT COALESCE(SUM(n), 0) FROM bulk_test"_s), total * (total - 1) / 2);
        EXPECT_EQ(scalar(database(), u"SELECT COUNT(*) FROM bulk_test WHERE label <> 'row ' || n"_s), 0);
        EXPECT_EQ(scalar(database(), u"SELECT COUNT(*) FROM bulk_test WHERE rowid <> n + 1"_s), 0); // order kept
    }

    TestDatabase db;
};

TEST_F(BulkInserterTest, FlushesInFullAndPartialChunks)
{
    BulkInserter inserter(database(), u"bulk_test"_s, {u"n"_s, u"label"_s, u"note"_s}, 64);
    for (int i = 0; i < 130; ++i) // two full statements of 64 and one of 2
        ASSERT_TRUE(inserter.add({i, u"row %1"_s.arg(i), i % 2 ? QVariant(u"it's \"quoted\""_s) : QVariant()}));
    EXPECT_EQ(inserter.rowsWritten(), 0); // held until flush
    EXPECT_EQ(scalar(database(), u"SELECT COUNT(*) FROM bulk_test"_s), 0);
    ASSERT_TRUE(inserter.flush());
    EXPECT_EQ(inserter.rowsWritten(), 130);
    expectRows(130);
    EXPECT_EQ(scalar(database(), u"SELECT COUNT(*) FROM bulk_test WHERE note IS NULL"_s), 65);
    EXPECT_EQ(scalar(database(), u"SELECT COUNT(*) FROM bulk_test WHERE note = 'it''s \"quoted\"'"_s), 65);

    ASSERT_TRUE(inserter.flush()); // nothing pending: writes nothing
    EXPECT_EQ(inserter.rowsWritten(), 130);
    expectRows(130);

    for (int i = 130; i < 130 + 64; ++i) // exactly one full chunk after an earlier flush
        ASSERT_TRUE(inserter.add({i, u"row %1"_s.arg(i), QVariant()}));
    ASSERT_TRUE(inserter.flush());
    EXPECT_EQ(inserter.rowsWritten(), 194);
    expectRows(194);
}

TEST_F(BulkInserterTest, WorksForChunkSizesAroundTheRowCount)
{
    for (int chunk : {1, 7, 129, 130, 131}) {
        SCOPED_TRACE(chunk);
        ASSERT_TRUE(database().query(u"DELETE FROM bulk_test"_s));
        BulkInserter inserter(database(), u"bulk_test"_s, {u"n"_s, u"label"_s, u"note"_s}, chunk);
        for (int i = 0; i < 130; ++i)
            ASSERT_TRUE(inserter.add({i, u"row %1"_s.arg(i), QVariant()}));
        ASSERT_TRUE(inserter.flush());
        EXPECT_EQ(inserter.rowsWritten(), 130);
        // rowid restarts after DELETE only when the table is empty and has no AUTOINCREMENT: n + 1 holds.
        expectRows(130);
    }
}

TEST_F(BulkInserterTest, ReportsAFailingStatement)
{
    BulkInserter inserter(database(), u"bulk_test"_s, {u"n"_s, u"label"_s, u"note"_s}, 4);
    ASSERT_TRUE(inserter.add({1, u"row 1"_s, QVariant()}));
    ASSERT_TRUE(inserter.add({QVariant(QMetaType::fromType<qint64>()), u"null n"_s, QVariant()})); // NOT NULL
    auto flushed = inserter.flush();
    ASSERT_FALSE(flushed);
    EXPECT_EQ(flushed.error().code, ErrorCode::Conflict);
    EXPECT_EQ(scalar(database(), u"SELECT COUNT(*) FROM bulk_test"_s), 0);
}

} // namespace
