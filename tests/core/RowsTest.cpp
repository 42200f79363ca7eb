// Statement handles (Database::query): two live results of one statement are independent, a handle
// finishes its statement when it goes (no read snapshot left open to block a write), rows are read by
// column name exactly as by position, and a name the result lacks is a clear error, never a silent null.

#include "Helpers.h"

#include "storage/Database.h"
#include "storage/UnitOfWork.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

const QString kFrom = u"SELECT n, label, note, amount_minor FROM rows_test WHERE n >= ? ORDER BY n"_s;

class RowsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(database().execute(u"CREATE TABLE rows_test (n BIGINT PRIMARY KEY, label TEXT NOT NULL, "
                                       "note TEXT, amount_minor BIGINT)"_s));
        for (qint64 n = 1; n <= 4; ++n) {
            ASSERT_TRUE(database().query(u"INSERT INTO rows_test (n, label, note, amount_minor) VALUES (?, ?, ?, ?)"_s,
                    {n, u"row %1"_s.arg(n), n % 2 ? QVariant(u"odd"_s) : QVariant(QMetaType::fromType<QString>()),
                            n * 100}));
        }
    }
    Database &database() { return m_db.session().database(); }

    TestDatabase m_db;
};

TEST_F(RowsTest, TwoLiveResultsOfOneStatementDoNotClobberEachOther)
{
    auto first = database().query(kFrom, {1});
    ASSERT_TRUE(first);
    ASSERT_TRUE(first->next());
    EXPECT_EQ(first->integer(u"n"), 1);

    // The same SQL again while the first result is being read: with one shared query per statement this
    // re-execution reset the first result (it went on from n = 3, or ended).
    auto second = database().query(kFrom, {3});
    ASSERT_TRUE(second);
    QList<qint64> fromThree;
    while (second->next())
        fromThree << second->integer(u"n");
    EXPECT_EQ(fromThree, (QList<qint64>{3, 4}));

    QList<qint64> rest;
    while (first->next())
        rest << first->integer(u"n");
    EXPECT_EQ(rest, (QList<qint64>{2, 3, 4}));
    EXPECT_TRUE(first->status());
    EXPECT_TRUE(second->status());
}

TEST_F(RowsTest, AStatementHandedBackRunsAgainWithNewValues)
{
    for (qint64 from = 1; from <= 4; ++from) {
        auto rows = database().query(kFrom, {from});
        ASSERT_TRUE(rows);
        ASSERT_TRUE(rows->next());
        EXPECT_EQ(rows->integer(u"n"), from);
        // left unread: destroying the handle finishes it
    }
}

TEST_F(RowsTest, NamedReadsEqualPositionalReads)
{
    auto rows = database().query(kFrom, {1});
    ASSERT_TRUE(rows);
    int seen = 0;
    while (rows->next()) {
        const QStringList columns = rows->columns();
        ASSERT_EQ(columns, (QStringList{u"n"_s, u"label"_s, u"note"_s, u"amount_minor"_s}));
        for (int i = 0; i < columns.size(); ++i) {
            EXPECT_EQ(rows->value(columns.at(i)), rows->valueAt(i)) << columns.at(i).toStdString();
            EXPECT_EQ(rows->isNull(columns.at(i)), rows->valueAt(i).isNull());
        }
        EXPECT_EQ(rows->integer(u"n"), rows->valueAt(0).toLongLong());
        EXPECT_EQ(rows->text(u"label"), rows->valueAt(1).toString());
        EXPECT_EQ(rows->optionalText(u"note"),
                rows->valueAt(2).isNull() ? std::nullopt : std::optional<QString>(rows->valueAt(2).toString()));
        EXPECT_EQ(rows->optionalInteger(u"amount_minor"), std::optional<qint64>(rows->valueAt(3).toLongLong()));
        EXPECT_EQ(rows->text(u"LABEL"), rows->text(u"label")) << "column names are case-insensitive, as in SQL";
        ++seen;
    }
    EXPECT_EQ(seen, 4);
    EXPECT_TRUE(rows->status());
}

TEST_F(RowsTest, AnUnknownColumnIsAnErrorNamingTheColumnAndTheStatement)
{
    auto rows = database().query(kFrom, {1});
    ASSERT_TRUE(rows);
    ASSERT_TRUE(rows->next());
    EXPECT_TRUE(rows->value(u"stauts").isNull());
    EXPECT_FALSE(rows->next()) << "reading stops at the first misread";
    const Status status = rows->status();
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, ErrorCode::Internal);
    EXPECT_TRUE(status.error().message.contains(u"\"stauts\""_s)) << status.error().message.toStdString();
    EXPECT_TRUE(status.error().message.contains(u"FROM rows_test"_s)) << status.error().message.toStdString();
    EXPECT_TRUE(status.error().message.contains(u"amount_minor"_s)) << "lists the columns there are";
}

TEST_F(RowsTest, AColumnNameTwoColumnsShareIsAnError)
{
    auto rows = database().query(u"SELECT a.n, b.n FROM rows_test a JOIN rows_test b ON b.n = a.n + 1"_s);
    ASSERT_TRUE(rows);
    ASSERT_TRUE(rows->next());
    EXPECT_TRUE(rows->value(u"n").isNull());
    ASSERT_FALSE(rows->status());
    EXPECT_TRUE(rows->status().error().message.contains(u"two columns"_s));
}

TEST_F(RowsTest, AOneColumnResultIsReadWhateverTheEngineCallsIt)
{
    auto count = database().query(u"SELECT COUNT(*) FROM rows_test WHERE n > ?"_s, {1});
    ASSERT_TRUE(count);
    ASSERT_TRUE(count->next());
    EXPECT_EQ(count->singleInteger(), 3);
    EXPECT_TRUE(count->status());

    auto two = database().query(u"SELECT n, label FROM rows_test"_s);
    ASSERT_TRUE(two);
    ASSERT_TRUE(two->next());
    EXPECT_FALSE(two->single().isValid());
    EXPECT_FALSE(two->status()) << "single() on two columns is a misread";
}

TEST_F(RowsTest, WritesReportTheRowsTheyChanged)
{
    auto updated = database().query(u"UPDATE rows_test SET note = 'seen' WHERE n <= ?"_s, {3});
    ASSERT_TRUE(updated);
    EXPECT_EQ(updated->rowsAffected(), 3);
    EXPECT_FALSE(updated->next());
}

TEST_F(RowsTest, AFailedStatementIsAnErrorAndItsSqlCanRunAgain)
{
    const QString insert = u"INSERT INTO rows_test (n, label) VALUES (?, ?)"_s;
    auto duplicate = database().query(insert, {1, u"again"_s});
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(database().query(insert, {5, u"fifth"_s}));
    EXPECT_EQ(scalar(database(), u"SELECT COUNT(*) FROM rows_test"_s), 5);
}

// A result left open holds a read snapshot. On SQLite (WAL) a connection whose snapshot is older than
// another connection's commit cannot begin writing: the handle must end it by going away.
TEST_F(RowsTest, ADestroyedHandleLeavesNoSnapshotToBlockTheNextWrite)
{
    auto other = m_db.openAnother();
    ASSERT_TRUE(other);
    const auto writeHere = [this](qint64 n) -> Status {
        auto unit = UnitOfWork::begin(database());
        if (!unit)
            return fail(unit.error());
        if (auto inserted = database().query(u"INSERT INTO rows_test (n, label) VALUES (?, 'here')"_s, {n}); !inserted)
            return fail(inserted.error());
        return unit->commit();
    };
    {
        auto reading = database().query(kFrom, {1});
        ASSERT_TRUE(reading);
        ASSERT_TRUE(reading->next());
        ASSERT_TRUE(other->database().query(u"INSERT INTO rows_test (n, label) VALUES (10, 'there')"_s));
        if (!m_db.isPostgres()) {
            // Proves the test can fail: the open result's snapshot is stale, so this connection cannot write.
            EXPECT_FALSE(writeHere(11)) << "a live read snapshot older than the other connection's commit";
        }
    } // the handle finishes its statement here
    ASSERT_TRUE(writeHere(12));
    EXPECT_EQ(scalar(other->database(), u"SELECT COUNT(*) FROM rows_test WHERE n >= 10"_s), 2);
}

TEST_F(RowsTest, AUnitOfWorkEndsTheResultsStillOpenInIt)
{
    auto unit = UnitOfWork::begin(database());
    ASSERT_TRUE(unit);
    auto rows = database().query(kFrom, {1});
    ASSERT_TRUE(rows);
    ASSERT_TRUE(rows->next());
    ASSERT_TRUE(unit->commit());
    EXPECT_FALSE(rows->next()) << "nothing keeps a read open past the transaction";
    auto again = database().query(kFrom, {1});
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->next());
}

} // namespace
