// Backup and restore of the SQLite database (shipshape-cli backup/restore): an online copy verified by
// integrity_check and row counts, and a restore that refuses a corrupt, foreign, newer or differently
// migrated file, or a database another connection holds open, and keeps the database as it was.

#include "Helpers.h"

#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/Migrator.h"
#include "storage/SqliteBackup.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

qint64 rowsOf(const QList<TableRowCount> &counts, const QString &table)
{
    for (const TableRowCount &count : counts) {
        if (count.table == table)
            return count.rows;
    }
    return -1;
}

class SqliteBackupTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (db.isPostgres())
            GTEST_SKIP() << "SQLite files only; PostgreSQL is pg_dump's";
        addProduct(db.session(), u"MUG-1"_s, u"12.50"_s, 20);
        for (int i = 0; i < 3; ++i)
            ASSERT_TRUE(db.session().orders().place(placeRequest({{u"MUG-1"_s, 2}})));
    }

    QString file(const QString &name) const { return scratch.filePath(name); }

    // Another file holding a migrated, empty Shipshape database.
    QString freshDatabase(const QString &name)
    {
        auto opened = Database::open(DatabaseUrl::sqliteFile(file(name)));
        EXPECT_TRUE(opened);
        if (opened) {
            EXPECT_TRUE(Migrator(**opened).migrateToLatest());
        }
        return file(name);
    }

    static void execute(const QString &path, const QString &sql)
    {
        auto opened = Database::open(DatabaseUrl::sqliteFile(path));
        ASSERT_TRUE(opened) << describe(opened.error());
        ASSERT_TRUE((*opened)->execute(sql)) << sql.toStdString();
    }

    TestDatabase db;
    QTemporaryDir scratch;
};

TEST_F(SqliteBackupTest, ABackupIsVerifiedAndRestoresTheOrders)
{
    Database &database = db.session().database();
    const auto backup = SqliteBackup::backup(database, file(u"shop.backup"_s));
    ASSERT_TRUE(backup) << describe(backup.error());
    EXPECT_EQ(backup->file, QFileInfo(file(u"shop.backup"_s)).absoluteFilePath());
    EXPECT_GT(backup->bytes, 0);
    EXPECT_EQ(backup->schemaVersion, latestSchemaVersion());
    EXPECT_EQ(rowsOf(backup->tables, u"orders"_s), 3);
    EXPECT_EQ(rowsOf(backup->tables, u"products"_s), 1);
    EXPECT_EQ(backup->tables, *SqliteBackup::rowCounts(database));
    // Nothing left beside it but the backup itself.
    EXPECT_EQ(QDir(scratch.path()).entryList(QDir::Files), QStringList{u"shop.backup"_s});

    // A fourth order after the backup; the restore brings the three back.
    ASSERT_TRUE(db.session().orders().place(placeRequest({{u"MUG-1"_s, 1}})));
    const QString before = dumpDatabase(database);
    const DatabaseUrl url = db.url();
    // The session's own connection holds the file open: refused, nothing changed.
    const auto refused = SqliteBackup::restore(url, backup->file);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(refused.error().message.contains(u"open in another program"_s)) << describe(refused.error());
    EXPECT_EQ(dumpDatabase(database), before);

    // A database restored while nobody has it open: a closed copy of the four orders stands in for it.
    QTemporaryDir other;
    const QString target = other.filePath(u"restored.sqlite"_s);
    ASSERT_TRUE(SqliteBackup::backup(database, target));
    const auto restored = SqliteBackup::restore(DatabaseUrl::sqliteFile(target), backup->file);
    ASSERT_TRUE(restored) << describe(restored.error());
    EXPECT_EQ(rowsOf(restored->tables, u"orders"_s), 3);
    EXPECT_EQ(restored->previousCopy, target + u".before-restore"_s);
    auto reopened = Database::open(DatabaseUrl::sqliteFile(target));
    ASSERT_TRUE(reopened);
    EXPECT_EQ(scalar(**reopened, u"SELECT COUNT(*) FROM orders"_s), 3);
    EXPECT_TRUE(SqliteBackup::checkIntegrity(**reopened));
    auto previous = Database::open(DatabaseUrl::sqliteFile(restored->previousCopy));
    ASSERT_TRUE(previous);
    EXPECT_EQ(scalar(**previous, u"SELECT COUNT(*) FROM orders"_s), 4);
    // The backup file itself is left as it was.
    EXPECT_EQ(QFileInfo(backup->file).size(), backup->bytes);
}

// Online: another connection in the middle of a write transaction (the app placing an order) neither
// blocks the backup nor gets its uncommitted rows into it.
TEST_F(SqliteBackupTest, ABackupWhileAnotherConnectionWritesHoldsOnlyCommittedRows)
{
    auto other = Database::open(db.url());
    ASSERT_TRUE(other);
    ASSERT_TRUE((*other)->execute(u"BEGIN IMMEDIATE"_s));
    ASSERT_TRUE((*other)->execute(u"CREATE TABLE scratch (x INTEGER)"_s));
    ASSERT_TRUE((*other)->execute(u"INSERT INTO scratch (x) VALUES (1)"_s));
    const auto backup = SqliteBackup::backup(db.session().database(), file(u"online.backup"_s));
    ASSERT_TRUE(backup) << describe(backup.error());
    EXPECT_EQ(rowsOf(backup->tables, u"orders"_s), 3);
    EXPECT_EQ(rowsOf(backup->tables, u"scratch"_s), -1);
    ASSERT_TRUE((*other)->execute(u"COMMIT"_s));
    // Committed now, and in the next backup.
    const auto next = SqliteBackup::backup(db.session().database(), file(u"online2.backup"_s));
    ASSERT_TRUE(next) << describe(next.error());
    EXPECT_EQ(rowsOf(next->tables, u"scratch"_s), 1);
}

TEST_F(SqliteBackupTest, AnExistingTargetIsNeverOverwritten)
{
    QFile existing(file(u"taken"_s));
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("mine");
    existing.close();
    const auto refused = SqliteBackup::backup(db.session().database(), existing.fileName());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    ASSERT_TRUE(existing.open(QIODevice::ReadOnly));
    EXPECT_EQ(existing.readAll(), "mine");
}

TEST_F(SqliteBackupTest, ACorruptFileIsRefusedAndTheDatabaseKept)
{
    const auto backup = SqliteBackup::backup(db.session().database(), file(u"good.backup"_s));
    ASSERT_TRUE(backup);
    // Overwrite pages in the middle of the file: SQLite still opens it, integrity_check does not pass.
    QFile corrupt(file(u"good.backup"_s));
    ASSERT_TRUE(corrupt.open(QIODevice::ReadWrite));
    const qint64 size = corrupt.size();
    ASSERT_GT(size, 8192);
    corrupt.seek(4096);
    corrupt.write(QByteArray(int(size - 8192), '\x5a'));
    corrupt.close();

    QTemporaryDir other;
    const QString target = other.filePath(u"shop.sqlite"_s);
    QFile::copy(db.path(), target);
    const QByteArray original = [&] {
        QFile f(target);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    const auto refused = SqliteBackup::restore(DatabaseUrl::sqliteFile(target), corrupt.fileName());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput) << describe(refused.error());
    QFile after(target);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), original);
    EXPECT_FALSE(QFileInfo::exists(target + u".before-restore"_s));
    // No candidate copy left behind.
    EXPECT_EQ(QDir(other.path()).entryList(QDir::Files), QStringList{u"shop.sqlite"_s});

    // Not SQLite at all.
    QFile text(file(u"notes.txt"_s));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write(QByteArray(10000, 'x'));
    text.close();
    const auto notSqlite = SqliteBackup::restore(DatabaseUrl::sqliteFile(target), text.fileName());
    ASSERT_FALSE(notSqlite);
    EXPECT_EQ(notSqlite.error().code, ErrorCode::InvalidInput) << describe(notSqlite.error());
}

TEST_F(SqliteBackupTest, AnotherApplicationsDatabaseIsRefused)
{
    const QString foreign = file(u"other-app.sqlite"_s);
    execute(foreign, u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s);
    QTemporaryDir other;
    const auto refused = SqliteBackup::restore(DatabaseUrl::sqliteFile(other.filePath(u"shop.sqlite"_s)), foreign);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(refused.error().message.contains(u"not a Shipshape database"_s)) << describe(refused.error());
    EXPECT_FALSE(QFileInfo::exists(other.filePath(u"shop.sqlite"_s)));
}

TEST_F(SqliteBackupTest, ANewerSchemaOrOtherMigrationTextIsRefused)
{
    const QString newer = freshDatabase(u"newer.sqlite"_s);
    execute(newer,
            u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (%1, 'future', 0)"_s.arg(
                    latestSchemaVersion() + 1));
    QTemporaryDir other;
    const DatabaseUrl target = DatabaseUrl::sqliteFile(other.filePath(u"shop.sqlite"_s));
    const auto refusedNewer = SqliteBackup::restore(target, newer);
    ASSERT_FALSE(refusedNewer);
    EXPECT_EQ(refusedNewer.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(refusedNewer.error().message.contains(u"Install a newer Shipshape"_s))
            << describe(refusedNewer.error());

    const QString changed = freshDatabase(u"changed.sqlite"_s);
    execute(changed, u"UPDATE schema_migrations SET checksum = 'not-the-frozen-text' WHERE version = 3"_s);
    const auto refusedChecksum = SqliteBackup::restore(target, changed);
    ASSERT_FALSE(refusedChecksum);
    EXPECT_EQ(refusedChecksum.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(refusedChecksum.error().message.contains(u"different migration 3"_s))
            << describe(refusedChecksum.error());
    EXPECT_FALSE(QFileInfo::exists(target.path()));

    // An older schema is fine: it is migrated when next opened.
    const QString older = file(u"older.sqlite"_s);
    {
        auto opened = Database::open(DatabaseUrl::sqliteFile(older));
        ASSERT_TRUE(opened);
        ASSERT_TRUE(Migrator(**opened).migrateTo(12));
    }
    const auto restoredOlder = SqliteBackup::restore(target, older);
    ASSERT_TRUE(restoredOlder) << describe(restoredOlder.error());
    EXPECT_EQ(restoredOlder->schemaVersion, 12);
    EXPECT_TRUE(restoredOlder->previousCopy.isEmpty()); // there was no database yet
}

} // namespace
