// The versioned migrations on PostgreSQL: from nothing with the roles already present cluster-wide,
// down past the roles migration and up again, and the multi-row INSERT of the bulk inserter.

#include "PgFixture.h"

#include "storage/BulkInserter.h"
#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/Migrator.h"

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

class MigrationPgTest : public PgTest {};

TEST_F(MigrationPgTest, MigratesFromScratchWhenTheRolesAlreadyExistAndGoesDownAndUpAgain)
{
    // The fixture's template already created the shipshape_* roles in this cluster.
    const QString fresh = cluster().createDatabase();
    {
        auto database = Database::open(cluster().url(fresh));
        ASSERT_TRUE(database) << database.error().message.toStdString();
        Migrator migrator(**database);
        auto up = migrator.migrateToLatest();
        ASSERT_TRUE(up) << up.error().message.toStdString();
        EXPECT_EQ(up->fromVersion, 0);
        EXPECT_EQ(up->toVersion, latestSchemaVersion());
        EXPECT_TRUE(up->backupPath.isEmpty()); // a server's backups are the operator's

        auto down = migrator.migrateTo(4);
        ASSERT_TRUE(down) << down.error().message.toStdString();
        EXPECT_EQ(scalar(**database, u"SELECT COUNT(*) FROM pg_trigger WHERE tgname = 'orders_notify'"_s), 0);
        // Roles are cluster-wide and may serve other databases: never dropped.
        EXPECT_EQ(scalar(**database, u"SELECT COUNT(*) FROM pg_roles WHERE rolname LIKE 'shipshape\\_%'"_s), 3);
        auto again = migrator.migrateToLatest();
        ASSERT_TRUE(again) << again.error().message.toStdString();
        EXPECT_EQ(scalar(**database, u"SELECT COUNT(*) FROM pg_trigger WHERE tgname = 'orders_notify'"_s), 1);
    }
    cluster().dropDatabase(fresh);
}

TEST_F(MigrationPgTest, BulkInserterWritesMultiRowInsertsOnPostgres)
{
    Database &database = admin().database();
    ASSERT_TRUE(database.execute(u"CREATE TABLE bulk_pg (n BIGINT NOT NULL, label TEXT NOT NULL)"_s));
    BulkInserter inserter(database, u"bulk_pg"_s, {u"n"_s, u"label"_s}, 7);
    for (qint64 n = 0; n < 100; ++n)
        ASSERT_TRUE(inserter.add({n, u"row %1"_s.arg(n)}));
    ASSERT_TRUE(inserter.flush());
    EXPECT_EQ(scalar(database, u"SELECT COUNT(*) FROM bulk_pg"_s), 100);
    EXPECT_EQ(scalar(database, u"SELECT SUM(n) FROM bulk_pg"_s), 4950);
}

// The server's checks at commit keep one marker per order or SKU and firing (migration 13) and clear other
// transactions' markers on about 1 % of calls. Over 2,000 calls the clean-up runs (all but certainly):
// it must work, and a marker of this transaction must survive it.
TEST_F(MigrationPgTest, CheckMarkersAreKeptOncePerFiringAndCleanedUp)
{
    Database &database = admin().database();
    ASSERT_TRUE(database.execute(u"INSERT INTO shipshape_checked VALUES (1, now(), 'an old transaction')"_s));
    ASSERT_TRUE(database.execute(u"BEGIN"_s));
    EXPECT_EQ(
            scalar(database,
                    u"SELECT COUNT(*) FROM generate_series(1, 2000) g WHERE shipshape_first_check('subject ' || g)"_s),
            2000);
    EXPECT_EQ(scalar(database,
                      u"SELECT COUNT(*) FROM generate_series(1, 2000) g "
                      "WHERE shipshape_first_check('subject ' || g)"_s),
            2000)
            << "a later statement is a later firing: every subject is checked again";
    EXPECT_EQ(
            scalar(database, u"SELECT COUNT(*) FROM (VALUES (1), (2)) v(n) WHERE shipshape_first_check('twice')"_s), 1)
            << "within one firing, a subject is checked once";
    EXPECT_EQ(scalar(database, u"SELECT COUNT(*) FROM shipshape_checked WHERE subject = 'an old transaction'"_s), 0);
    ASSERT_TRUE(database.execute(u"COMMIT"_s));
}

TEST_F(MigrationPgTest, StaffLoginsCannotMigrateButOpenAnUpToDateDatabase)
{
    addStaff(u"mig_"_s + databaseName().right(8).toLower(), u"support"_s);
    auto session = openAs(u"mig_"_s + databaseName().right(8).toLower(), u"s3cret-pass"_s);
    ASSERT_TRUE(session) << session.error().message.toStdString();
    Migrator migrator((*session)->database());
    auto down = migrator.migrateTo(4);
    ASSERT_FALSE(down);
}

} // namespace
