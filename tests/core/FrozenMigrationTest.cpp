// Migrations are frozen SQL text per dialect (resources/migrations): every file is compiled in, each
// applied migration's checksum is recorded and checked on open, a database migrated before checksums
// existed gets them, one whose dashboard triggers came from older code is repaired, and a database
// upgraded from any older version has exactly the schema of a fresh one.

#include "Helpers.h"

#include "dashboard/DailyAggregates.h"
#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/MigrationFile.h"
#include "storage/Migrator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

TEST(FrozenMigrationTest, EveryMigrationIsCompiledInForBothDialects)
{
    const QList<Migration> &migrations = allMigrations();
    ASSERT_GE(migrations.size(), 10);
    static const QRegularExpression sha256(u"^[0-9a-f]{64}$"_s);
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        const Migration &migration = migrations.at(i);
        EXPECT_EQ(migration.version, i + 1) << "versions are consecutive";
        EXPECT_FALSE(migration.name.isEmpty());
        EXPECT_TRUE(sha256.match(migration.sqlite.checksum).hasMatch()) << migration.version;
        EXPECT_TRUE(sha256.match(migration.postgresql.checksum).hasMatch()) << migration.version;
        EXPECT_FALSE(migration.postgresql.up.isEmpty()) << migration.version;
    }
    // Every file of the source folder is listed in core/CMakeLists.txt, and nothing else is.
    const QStringList sources = QDir(QStringLiteral(SHIPSHAPE_SOURCE_DIR "/resources/migrations"))
                                        .entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    const QStringList compiled = QDir(u":/migrations"_s).entryList(QDir::Files, QDir::Name);
    EXPECT_EQ(compiled, sources);
    EXPECT_EQ(compiled.size(), migrations.size() * 2);
}

TEST(FrozenMigrationTest, TheChecksumCoversTheUpPartAsWritten)
{
    const QString text = u"-- about it\n-- name: things\n-- migrate:up\nCREATE TABLE t (x INT);\n"
                         "-- migrate:down\nDROP TABLE t;\n"_s;
    auto file = MigrationFile::parse(u"0001-things.sqlite.sql"_s, text);
    ASSERT_TRUE(file) << describe(file.error());
    EXPECT_EQ(file->name, u"things"_s);
    EXPECT_EQ(file->up, QStringList{u"CREATE TABLE t (x INT)"_s});
    EXPECT_EQ(file->down, QStringList{u"DROP TABLE t"_s});
    auto respaced
            = MigrationFile::parse(u"0001-things.sqlite.sql"_s, QString(text).replace(u"(x INT)"_s, u"(x  INT)"_s));
    ASSERT_TRUE(respaced);
    EXPECT_NE(MigrationFile::checksumOf(file->upText), MigrationFile::checksumOf(respaced->upText))
            << "frozen means byte for byte";
    auto recommented = MigrationFile::parse(u"0001-things.sqlite.sql"_s, QString(text).replace(u"about it"_s, u"x"_s));
    ASSERT_TRUE(recommented);
    EXPECT_EQ(MigrationFile::checksumOf(file->upText), MigrationFile::checksumOf(recommented->upText))
            << "the description above the name is not part of it";
    EXPECT_FALSE(MigrationFile::parse(u"0002-x.sqlite.sql"_s, u"-- name: x\nCREATE TABLE t (x INT);\n"_s));
}

TEST(FrozenMigrationTest, AFreshDatabaseRecordsEveryChecksum)
{
    TestDatabase db;
    Database &database = db.session().database();
    for (const Migration &migration : allMigrations()) {
        EXPECT_EQ(rows(database, u"SELECT checksum FROM schema_migrations WHERE version = ?"_s, {migration.version}),
                QStringList{migration.script(database.url().kind()).checksum})
                << migration.version;
    }
}

TEST(FrozenMigrationTest, ADatabaseThatReceivedADifferentMigrationIsRefused)
{
    TestDatabase db;
    Database &database = db.session().database();
    ASSERT_TRUE(database.query(u"UPDATE schema_migrations SET checksum = ? WHERE version = 3"_s, {QString(64, u'0')}));
    Migrator migrator(database);
    auto compatible = migrator.checkCompatible();
    ASSERT_FALSE(compatible);
    EXPECT_EQ(compatible.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(compatible.error().message.contains(u"migration 3"_s)) << describe(compatible.error());
    EXPECT_FALSE(migrator.migrateToLatest()) << "nothing is migrated on top of a schema of unknown shape";
    EXPECT_THROW(db.openAnother(), std::runtime_error) << "a session does not open on it";
}

TEST(FrozenMigrationTest, ADatabaseMigratedBeforeChecksumsGetsThemRecorded)
{
    TestDatabase db;
    Database &database = db.session().database();
    // What a database migrated by an earlier build looks like: no checksum column at all.
    ASSERT_TRUE(database.execute(u"ALTER TABLE schema_migrations DROP COLUMN checksum"_s));
    Migrator migrator(database);
    ASSERT_TRUE(migrator.checkCompatible()) << "a database from before checksums still opens";
    auto migrated = migrator.migrateToLatest();
    ASSERT_TRUE(migrated) << describe(migrated.error());
    EXPECT_EQ(scalar(database, u"SELECT COUNT(*) FROM schema_migrations WHERE checksum IS NULL"_s), 0);
    EXPECT_EQ(rows(database, u"SELECT checksum FROM schema_migrations WHERE version = 6"_s),
            QStringList{allMigrations().at(5).script(database.url().kind()).checksum});
}

// --- SQLite: the same schema however a database got to the latest version --------------------------------

QStringList sqliteSchema(Database &database)
{
    return rows(database,
                   u"SELECT type || ' ' || name || ' ON ' || tbl_name || ': ' || COALESCE(sql, '') "
                   "FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"_s)
            + rows(database,
                    u"SELECT version || ' ' || name || ' ' || checksum FROM schema_migrations ORDER BY version"_s);
}

std::unique_ptr<Database> openFile(const QString &path)
{
    auto database = Database::open(DatabaseUrl::sqliteFile(path));
    if (!database)
        throw std::runtime_error(database.error().message.toStdString());
    return std::move(*database);
}

TEST(FrozenMigrationTest, SqliteUpgradedFromEveryVersionHasTheFreshSchema)
{
    QTemporaryDir dir;
    auto fresh = openFile(dir.filePath(u"fresh.sqlite"_s));
    ASSERT_TRUE(Migrator(*fresh).migrateToLatest());
    const QStringList expected = sqliteSchema(*fresh);
    ASSERT_GT(expected.size(), 40);

    for (int version = 0; version < latestSchemaVersion(); ++version) {
        SCOPED_TRACE(version);
        auto upgraded = openFile(dir.filePath(u"up-from-%1.sqlite"_s.arg(version)));
        Migrator migrator(*upgraded);
        ASSERT_TRUE(migrator.migrateTo(version));
        auto up = migrator.migrateToLatest();
        ASSERT_TRUE(up) << describe(up.error());
        EXPECT_EQ(sqliteSchema(*upgraded), expected) << "upgraded from version " << version;

        // And back down to it and up again.
        ASSERT_TRUE(migrator.migrateTo(version));
        ASSERT_TRUE(migrator.migrateToLatest());
        EXPECT_EQ(sqliteSchema(*upgraded), expected) << "reverted to version " << version << " and upgraded";
    }
}

// Databases migrated to version 6 before 24 November 2026 got dashboard triggers that kept exact placement
// times (migration 6 was generated by code that changed then). Migration 10 gives them the frozen ones.
TEST(FrozenMigrationTest, DashboardTriggersFromOlderCodeAreReplacedByTheFrozenOnes)
{
    TestDatabase db;
    if (db.isPostgres())
        GTEST_SKIP() << "SQLite triggers; FrozenMigrationPgTest covers the PostgreSQL function";
    Session &session = db.session();
    Database &database = session.database();
    QTemporaryDir dir;
    auto fresh = openFile(dir.filePath(u"fresh.sqlite"_s));
    ASSERT_TRUE(Migrator(*fresh).migrateToLatest());

    addProduct(session, u"MUG-1"_s, u"12.50"_s, 10);
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(session.orders().place(placeRequest({{u"MUG-1"_s, 1}})));
    Migrator migrator(database);
    ASSERT_TRUE(migrator.migrateTo(9));
    // The trigger text of that time: placement times unrounded.
    for (const QString &trigger : rows(database,
                 u"SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name "
                 "LIKE 'placement_log_stats_%' ORDER BY name"_s)) {
        const QString name = trigger.section(u' ', 2, 2);
        ASSERT_TRUE(database.execute(u"DROP TRIGGER "_s + name));
        QString old = trigger;
        old.replace(u"(NEW.duration_ms + 9) / 10 * 10"_s, u"NEW.duration_ms"_s)
                .replace(u"(OLD.duration_ms + 9) / 10 * 10"_s, u"OLD.duration_ms"_s);
        ASSERT_NE(old, trigger);
        ASSERT_TRUE(database.execute(old));
    }
    // Placement times logged under the old triggers.
    ASSERT_TRUE(database.query(u"UPDATE placement_log SET duration_ms = 1234"_s));
    ASSERT_FALSE(DailyAggregates::differences(database)->isEmpty()) << "the old triggers disagree";

    auto up = migrator.migrateToLatest();
    ASSERT_TRUE(up) << describe(up.error());
    EXPECT_EQ(sqliteSchema(database), sqliteSchema(*fresh));
    auto differences = DailyAggregates::differences(database);
    ASSERT_TRUE(differences);
    EXPECT_TRUE(differences->isEmpty()) << differences->join(u'\n').toStdString();
    EXPECT_EQ(scalar(database, u"SELECT duration_ms FROM daily_placement_times"_s), 1240);
}

} // namespace
