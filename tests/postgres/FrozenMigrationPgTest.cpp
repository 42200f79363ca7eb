// The frozen migrations on PostgreSQL: a database upgraded from every older version, or reverted to it and
// upgraded again, has exactly the schema of a fresh one (pg_dump --schema-only, privileges included), and one
// whose dashboard function came from the code of before 24 November 2026 gets the frozen one.

#include "PgFixture.h"

#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/Migrator.h"

#include <QProcess>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

class FrozenMigrationPgTest : public PgTest {
protected:
    // The schema as pg_dump prints it, without its comments and session settings, plus what
    // schema_migrations records.
    QString schemaOf(const QString &database)
    {
        QProcess dump;
        dump.start(cluster().binDirectory() + u"/pg_dump"_s,
                {u"--schema-only"_s, u"--host"_s, cluster().host(), u"--port"_s, QString::number(cluster().port()),
                        u"--username"_s, u"postgres"_s, database});
        EXPECT_TRUE(dump.waitForFinished(60000));
        EXPECT_EQ(dump.exitCode(), 0) << dump.readAllStandardError().toStdString();
        QStringList kept;
        for (const QString &line : QString::fromUtf8(dump.readAllStandardOutput()).split(u'\n')) {
            // \restrict and \unrestrict carry a random key per run (pg_dump since 15.14).
            if (line.isEmpty() || line.startsWith(u"--"_s) || line.startsWith(u"SET "_s)
                    || line.startsWith(u"SELECT pg_catalog.set_config"_s) || line.startsWith(u"\\restrict "_s)
                    || line.startsWith(u"\\unrestrict "_s))
                continue;
            kept << line;
        }
        auto opened = Database::open(cluster().url(database));
        EXPECT_TRUE(opened);
        if (opened) {
            kept << rows(**opened,
                    u"SELECT version || ' ' || name || ' ' || checksum FROM schema_migrations "
                    "ORDER BY version"_s);
        }
        return kept.join(u'\n');
    }
};

TEST_F(FrozenMigrationPgTest, UpgradedFromEveryVersionHasTheFreshSchema)
{
    const QString fresh = cluster().createDatabase();
    {
        auto database = Database::open(cluster().url(fresh));
        ASSERT_TRUE(database) << database.error().message.toStdString();
        auto up = Migrator(**database).migrateToLatest();
        ASSERT_TRUE(up) << up.error().message.toStdString();
    }
    const QString expected = schemaOf(fresh);
    ASSERT_TRUE(expected.contains(u"CREATE TABLE public.orders"_s)) << expected.left(2000).toStdString();

    for (int version = 0; version < latestSchemaVersion(); ++version) {
        SCOPED_TRACE(version);
        const QString name = cluster().createDatabase();
        {
            auto database = Database::open(cluster().url(name));
            ASSERT_TRUE(database) << database.error().message.toStdString();
            Migrator migrator(**database);
            ASSERT_TRUE(migrator.migrateTo(version));
            auto up = migrator.migrateToLatest();
            ASSERT_TRUE(up) << up.error().message.toStdString();
        }
        EXPECT_EQ(schemaOf(name).toStdString(), expected.toStdString()) << "upgraded from version " << version;
        {
            auto database = Database::open(cluster().url(name));
            ASSERT_TRUE(database);
            Migrator migrator(**database);
            ASSERT_TRUE(migrator.migrateTo(version));
            ASSERT_TRUE(migrator.migrateToLatest());
        }
        EXPECT_EQ(schemaOf(name).toStdString(), expected.toStdString())
                << "reverted to version " << version << " and upgraded";
        cluster().dropDatabase(name);
    }
    cluster().dropDatabase(fresh);
}

TEST_F(FrozenMigrationPgTest, TheDashboardFunctionFromOlderCodeIsReplacedByTheFrozenOne)
{
    const QString fresh = cluster().createMigratedDatabase();
    const QString legacy = cluster().createDatabase();
    {
        auto database = Database::open(cluster().url(legacy));
        ASSERT_TRUE(database);
        Migrator migrator(**database);
        ASSERT_TRUE(migrator.migrateTo(9));
        const QString definition
                = rows(**database, u"SELECT pg_get_functiondef('shipshape_stats_placement_log'::regproc)"_s).value(0);
        QString old = definition;
        old.replace(u"(NEW.duration_ms + 9) / 10 * 10"_s, u"NEW.duration_ms"_s)
                .replace(u"(OLD.duration_ms + 9) / 10 * 10"_s, u"OLD.duration_ms"_s);
        ASSERT_NE(old, definition);
        ASSERT_TRUE((*database)->execute(old));
        ASSERT_NE(schemaOf(legacy), schemaOf(fresh));
        auto up = migrator.migrateToLatest();
        ASSERT_TRUE(up) << up.error().message.toStdString();
    }
    EXPECT_EQ(schemaOf(legacy).toStdString(), schemaOf(fresh).toStdString());
    cluster().dropDatabase(legacy);
    cluster().dropDatabase(fresh);
}

} // namespace
