#include "storage/Migrator.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Status Migrator::ensureVersionTable()
{
    if (!m_database.dialect().isSqlite()) {
        // Staff logins may not create tables; PostgreSQL checks that even for IF NOT EXISTS.
        auto exists = m_database.run(u"SELECT to_regclass('schema_migrations') IS NOT NULL"_s);
        if (!exists)
            return fail(exists.error());
        const bool found = (*exists)->next() && (*exists)->value(0).toBool();
        (*exists)->finish();
        if (found)
            return {};
    }
    return m_database.execute(uR"(CREATE TABLE IF NOT EXISTS schema_migrations (
        version BIGINT PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at BIGINT NOT NULL))"_s);
}

Result<int> Migrator::currentVersion()
{
    if (auto status = ensureVersionTable(); !status)
        return fail(status.error());
    auto query = m_database.run(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s);
    if (!query)
        return fail(query.error());
    const int version = (*query)->next() ? (*query)->value(0).toInt() : 0;
    (*query)->finish();
    return version;
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
    // Every migration up to the recorded version must have been applied: a database that skipped one
    // (made by a build whose migrations were not yet complete) would otherwise never receive it.
    auto applied = m_database.run(u"SELECT version FROM schema_migrations ORDER BY version"_s);
    if (!applied)
        return fail(applied.error());
    QList<int> recorded;
    while ((*applied)->next())
        recorded << (*applied)->value(0).toInt();
    (*applied)->finish();
    for (const Migration &migration : allMigrations()) {
        if (migration.version > *version)
            break;
        if (!recorded.contains(migration.version)) {
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
        return report;

    if (*from > 0) {
        auto backupPath = backup(*from);
        if (!backupPath)
            return fail(backupPath.error());
        report.backupPath = *backupPath;
    }

    const SqlDialect &dialect = m_database.dialect();
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
        for (const QString &statement : upward ? migration.up : migration.down) {
            if (!dialect.accepts(statement))
                continue; // e.g. roles and GRANTs exist only on PostgreSQL
            if (auto status = m_database.execute(dialect.expand(statement)); !status) {
                return fail(Error::internal(tr("Migration %1 (%2) failed: %3")
                                                    .arg(migration.version)
                                                    .arg(migration.name, status.error().message)));
            }
        }
        auto recorded = upward
                ? m_database.run(u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"_s,
                        {migration.version, migration.name, now})
                : m_database.run(u"DELETE FROM schema_migrations WHERE version = ?"_s, {migration.version});
        if (!recorded)
            return fail(recorded.error());
        if (auto committed = transaction->commit(); !committed)
            return fail(committed.error());
        // Versions ascend but need not be consecutive: reverting one lands on the one before it.
        report.toVersion = upward ? migration.version : (index > 0 ? migrations.at(index - 1).version : 0);
        qCInfo(lcStorage) << (upward ? "Applied" : "Reverted") << "migration" << migration.version << migration.name;
    }
    return report;
}

Result<QString> Migrator::backup(int fromVersion)
{
    if (!m_database.dialect().isSqlite())
        return QString(); // a server's backups are the operator's (pg_dump), not a desktop's
    const QString path = u"%1.v%2-%3.bak"_s.arg(m_database.url().path())
                                 .arg(fromVersion)
                                 .arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmsszzz"_s));
    // VACUUM INTO writes a consistent copy even while WAL frames are not yet checkpointed.
    auto query = m_database.run(u"VACUUM INTO ?"_s, {path});
    if (!query)
        return fail(Error::unavailable(
                tr("Could not back up the database before migrating: %1").arg(query.error().message)));
    (*query)->finish();
    qCInfo(lcStorage) << "Backed up database to" << path;
    return path;
}

} // namespace shipshape
