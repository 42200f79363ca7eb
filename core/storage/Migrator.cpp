#include "storage/Migrator.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QFile>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Status Migrator::ensureVersionTable()
{
    {
        // Staff logins may not create tables; PostgreSQL checks that even for IF NOT EXISTS. A read-only
        // SQLite connection (an archive) refuses it too.
        auto exists = m_database.query(m_database.dialect().isSqlite()
                        ? u"SELECT COUNT(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"_s
                        : u"SELECT to_regclass('schema_migrations') IS NOT NULL"_s);
        if (!exists)
            return fail(exists.error());
        const bool found = exists->next() && exists->single().toBool();
        if (found)
            return {};
    }
    return m_database.execute(uR"(CREATE TABLE IF NOT EXISTS schema_migrations (
        version BIGINT PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at BIGINT NOT NULL,
        checksum TEXT))"_s);
}

Result<bool> Migrator::hasChecksumColumn()
{
    // Databases migrated before migrations were frozen text have no checksum column yet.
    auto column = m_database.dialect().isSqlite()
            ? m_database.query(u"SELECT COUNT(*) FROM pragma_table_info('schema_migrations') WHERE name = 'checksum'"_s)
            : m_database.query(u"SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = current_schema() "
                               "AND table_name = 'schema_migrations' AND column_name = 'checksum'"_s);
    if (!column)
        return fail(column.error());
    const bool found = column->next() && column->singleInteger() > 0;
    return found;
}

Result<int> Migrator::currentVersion()
{
    if (auto status = ensureVersionTable(); !status)
        return fail(status.error());
    auto query = m_database.query(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s);
    if (!query)
        return fail(query.error());
    const int version = query->next() ? int(query->singleInteger()) : 0;
    return version;
}

Result<QList<Migrator::AppliedMigration>> Migrator::appliedMigrations()
{
    auto withChecksums = hasChecksumColumn();
    if (!withChecksums)
        return fail(withChecksums.error());
    auto applied = m_database.query(*withChecksums
                    ? u"SELECT version, name, checksum FROM schema_migrations ORDER BY version"_s
                    : u"SELECT version, name, NULL AS checksum FROM schema_migrations ORDER BY version"_s);
    if (!applied)
        return fail(applied.error());
    QList<AppliedMigration> rows;
    while (applied->next()) {
        rows << AppliedMigration{int(applied->integer(u"version")), applied->text(u"name"), applied->text(u"checksum")};
    }
    if (auto read = applied->status(); !read)
        return fail(read.error());
    return rows;
}

Status Migrator::checkCompatible()
{
    auto version = currentVersion();
    if (!version)
        return fail(version.error());
    if (*version > latestSchemaVersion()) {
        return fail(Error::conflict(
                tr("The database %1 has schema version %2, but this Shipshape understands only up to version %3. "
                   "Install a newer Shipshape to open it.")
                        .arg(m_database.url().displayName())
                        .arg(*version)
                        .arg(latestSchemaVersion())));
    }
    auto applied = appliedMigrations();
    if (!applied)
        return fail(applied.error());
    const QList<Migration> &migrations = allMigrations();
    for (const AppliedMigration &row : std::as_const(*applied)) {
        if (row.version < 1 || row.version > migrations.size()
                || migrations.at(row.version - 1).version != row.version) {
            return fail(Error::conflict(tr("The database %1 records a schema migration %2 that this Shipshape does "
                                           "not know.")
                                                .arg(m_database.url().displayName())
                                                .arg(row.version)));
        }
        const Migration &migration = migrations.at(row.version - 1);
        // Migrations applied before they were frozen carry no checksum: Migrator records it when the owner
        // next migrates (and migration 10 brings their dashboard triggers to the frozen text).
        const QString expected = migration.script(m_database.url().kind()).checksum;
        if (!row.checksum.isEmpty() && row.checksum != expected) {
            return fail(Error::conflict(
                    tr("The database %1 received a different migration %2 (%3) than this Shipshape has: its schema "
                       "was changed by another build. Restore a backup, or open it with the build that migrated it.")
                            .arg(m_database.url().displayName())
                            .arg(row.version)
                            .arg(migration.name)));
        }
    }
    // Every migration up to the recorded version must have been applied: a database that skipped one
    // (made by a build whose migrations were not yet complete) would otherwise never receive it.
    for (const Migration &migration : migrations) {
        if (migration.version > *version)
            break;
        const bool recorded = std::any_of(applied->cbegin(), applied->cend(),
                [&](const AppliedMigration &row) { return row.version == migration.version; });
        if (!recorded) {
            return fail(Error::conflict(
                    tr("The database %1 records schema version %2 but lacks migration %3 (%4). Restore a backup "
                       "made before it was opened by that build, or recreate the database.")
                            .arg(m_database.url().displayName())
                            .arg(*version)
                            .arg(migration.version)
                            .arg(migration.name)));
        }
    }
    return {};
}

Status Migrator::recordLegacyChecksums()
{
    auto withChecksums = hasChecksumColumn();
    if (!withChecksums)
        return fail(withChecksums.error());
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    if (!*withChecksums) {
        if (auto added = m_database.execute(u"ALTER TABLE schema_migrations ADD COLUMN checksum TEXT"_s); !added)
            return added;
    }
    for (const Migration &migration : allMigrations()) {
        auto recorded = m_database.query(
                u"UPDATE schema_migrations SET checksum = ? WHERE version = ? AND checksum IS NULL"_s,
                {migration.script(m_database.url().kind()).checksum, migration.version});
        if (!recorded)
            return fail(recorded.error());
    }
    return transaction->commit();
}

Result<MigrationReport> Migrator::migrateToLatest()
{
    return migrateTo(latestSchemaVersion());
}

Result<MigrationReport> Migrator::migrateTo(int targetVersion)
{
    if (targetVersion < 0 || targetVersion > latestSchemaVersion()) {
        return fail(Error::invalid(u"to"_s, QString::number(targetVersion),
                tr("Schema version %1 does not exist (this Shipshape knows 0 to %2).")
                        .arg(targetVersion)
                        .arg(latestSchemaVersion())));
    }
    if (auto compatible = checkCompatible(); !compatible)
        return fail(compatible.error());
    auto from = currentVersion();
    if (!from)
        return fail(from.error());

    MigrationReport report{*from, *from, {}};
    if (*from == targetVersion)
        return legacyChecksumsRecorded(report);

    if (*from > 0) {
        auto backupPath = backup(*from);
        if (!backupPath)
            return fail(backupPath.error());
        report.backupPath = *backupPath;
    }

    if (auto recorded = recordLegacyChecksums(); !recorded)
        return fail(recorded.error());
    const auto now = QDateTime::currentMSecsSinceEpoch();
    const bool upward = targetVersion > *from;
    const QList<Migration> &migrations = allMigrations();
    for (qsizetype step = 0; step < migrations.size(); ++step) {
        const qsizetype index = upward ? step : migrations.size() - 1 - step;
        const Migration &migration = migrations.at(index);
        const bool applies = upward ? (migration.version > *from && migration.version <= targetVersion)
                                    : (migration.version <= *from && migration.version > targetVersion);
        if (!applies)
            continue;

        auto transaction = Transaction::begin(m_database);
        if (!transaction)
            return fail(transaction.error());
        // Cached statements may refer to tables a migration drops or changes.
        m_database.finishStatements();
        const MigrationScript &script = migration.script(m_database.url().kind());
        for (const QString &statement : upward ? script.up : script.down) {
            if (auto status = m_database.execute(statement); !status) {
                return fail(Error::internal(tr("Migration %1 (%2) failed: %3")
                                                    .arg(migration.version)
                                                    .arg(migration.name, status.error().message)));
            }
        }
        auto recorded = upward
                ? m_database.query(u"INSERT INTO schema_migrations (version, name, applied_at, checksum) "
                                   "VALUES (?, ?, ?, ?)"_s,
                        {migration.version, migration.name, now, script.checksum})
                : m_database.query(u"DELETE FROM schema_migrations WHERE version = ?"_s, {migration.version});
        if (!recorded)
            return fail(recorded.error());
        if (auto committed = transaction->commit(); !committed)
            return fail(committed.error());
        // Versions ascend but need not be consecutive: reverting one lands on the one before it.
        report.toVersion = upward ? migration.version : (index > 0 ? migrations.at(index - 1).version : 0);
        qCInfo(lcStorage) << (upward ? "Applied" : "Reverted") << "migration" << migration.version << migration.name;
    }
    if (upward) {
        if (auto followed = followNewTables(); !followed)
            return fail(followed.error());
    }
    return report;
}

Status Migrator::followNewTables()
{
    // Desktop replicas follow every table of a PostgreSQL schema through its change log (migration 26,
    // docs/replica.md): a table a later migration adds gets the log's trigger here, with no new sync code.
    if (m_database.dialect().isSqlite())
        return {};
    auto exists = m_database.query(u"SELECT to_regprocedure('shipshape_replica_follow_tables()') IS NOT NULL"_s);
    if (!exists)
        return fail(exists.error());
    if (!exists->next() || !exists->single().toBool())
        return {};
    auto followed = m_database.query(u"SELECT shipshape_replica_follow_tables()"_s);
    if (!followed)
        return fail(Error::internal(
                tr("Could not attach the replica change log to new tables: %1").arg(followed.error().message)));
    if (followed->next() && followed->singleInteger() > 0)
        qCInfo(lcStorage) << "The replica change log follows" << followed->singleInteger() << "more table(s)";
    return {};
}

Result<MigrationReport> Migrator::legacyChecksumsRecorded(const MigrationReport &report)
{
    // Only the owner of the schema may write schema_migrations; another login leaves legacy rows as they are.
    auto applied = appliedMigrations();
    if (!applied)
        return fail(applied.error());
    const bool legacy = std::any_of(
            applied->cbegin(), applied->cend(), [](const AppliedMigration &row) { return row.checksum.isEmpty(); });
    if (!legacy)
        return report;
    auto owner = ownsSchema();
    if (!owner)
        return fail(owner.error());
    if (*owner) {
        if (auto recorded = recordLegacyChecksums(); !recorded)
            return fail(recorded.error());
    }
    return report;
}

Result<bool> Migrator::ownsSchema()
{
    if (m_database.dialect().isSqlite())
        return true;
    auto owner = m_database.query(u"SELECT pg_has_role(current_user, (SELECT tableowner FROM pg_tables WHERE "
                                  "schemaname = current_schema() AND tablename = 'schema_migrations'), 'MEMBER')"_s);
    if (!owner)
        return fail(owner.error());
    const bool owns = owner->next() && owner->single().toBool();
    return owns;
}

Result<QString> Migrator::backup(int fromVersion)
{
    if (!m_database.dialect().isSqlite())
        return QString(); // a server's backups are the operator's (pg_dump), not a desktop's
    const QString path = u"%1.v%2-%3.bak"_s.arg(m_database.url().path())
                                 .arg(fromVersion)
                                 .arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmsszzz"_s));
    // VACUUM INTO writes a consistent copy even while WAL frames are not yet checkpointed.
    auto query = m_database.query(u"VACUUM INTO ?"_s, {path});
    if (!query)
        return fail(Error::unavailable(
                tr("Could not back up the database before migrating: %1").arg(query.error().message)));
    qCInfo(lcStorage) << "Backed up database to" << path;
    return path;
}

} // namespace shipshape
