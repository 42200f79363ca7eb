// What "Test connection" on the Settings page reports.
#include "TestDatabase.h"

#include "storage/ConnectionReport.h"
#include "storage/Migration.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

TEST(ConnectionReportTest, AMigratedDatabaseReportsEngineSchemaAndLogin)
{
    test::TestDatabase db;
    auto report = ConnectionReport::describe(db.session().database());
    ASSERT_TRUE(report) << report.error().message.toStdString();
    EXPECT_EQ(report->schemaVersion, latestSchemaVersion());
    EXPECT_EQ(report->expectedSchemaVersion, latestSchemaVersion());
    EXPECT_EQ(report->login, db.session().database().actor());
    EXPECT_FALSE(report->login.isEmpty());
    EXPECT_TRUE(report->engine.startsWith(db.isPostgres() ? u"PostgreSQL 1"_s : u"SQLite 3."_s))
            << report->engine.toStdString();
    EXPECT_TRUE(report->summary().contains(u"schema version %1"_s.arg(latestSchemaVersion())))
            << report->summary().toStdString();
}

TEST(ConnectionReportTest, AnEmptyFileHasNoSchemaYet)
{
    QTemporaryDir dir;
    auto database = Database::open(DatabaseUrl::sqliteFile(dir.filePath(u"new.sqlite"_s)));
    ASSERT_TRUE(database) << database.error().message.toStdString();
    auto report = ConnectionReport::describe(**database);
    ASSERT_TRUE(report) << report.error().message.toStdString();
    EXPECT_EQ(report->schemaVersion, 0);
    EXPECT_TRUE(report->summary().contains(u"no Shipshape schema yet"_s)) << report->summary().toStdString();
}
