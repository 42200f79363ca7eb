#include "storage/SqliteBackup.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/Migrator.h"
#include "storage/Rows.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// How often a backup is taken again when another connection committed while it was being taken.
constexpr int kCopyAttempts = 5;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A file with its -wal, -shm and -journal companions, removed when the guard goes unless released.
class FileGuard {
public:
    explicit FileGuard(QString path) : m_path(std::move(path)) {}
    ~FileGuard()
    {
        if (m_path.isEmpty())
            return;
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(m_path + suffix);
    }
    FileGuard(const FileGuard &) = delete;
    FileGuard &operator=(const FileGuard &) = delete;
    void release() { m_path.clear(); }

private:
    QString m_path;
};

Result<qint64> dataVersion(Database &database)
{
    auto rows = database.query(u"PRAGMA data_version"_s);
    if (!rows)
        return fail(rows.error());
    if (!rows->next())
        return fail(Error::internal(SqliteBackup::tr("SQLite did not report its data version.")));
    return rows->singleInteger();
}

Result<bool> hasTable(Database &database, const QString &table)
{
    auto rows = database.query(
            u"SELECT COUNT(*) AS tables FROM sqlite_master WHERE type = 'table' AND name = ?"_s, {table});
    if (!rows)
        return fail(rows.error());
    return rows->next() && rows->integer(u"tables") > 0;
}

// Renames over nothing: the target is checked before and the rename is one call (atomic on one file system).
Status renameFile(const QString &from, const QString &to)
{
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(from.toStdString()), std::filesystem::path(to.toStdString()), error);
    if (error)
        return fail(
                Error::unavailable(SqliteBackup::tr("Cannot rename %1 to %2: %3")
                                           .arg(native(from), native(to), QString::fromStdString(error.message()))));
    return {};
}

QString describeCounts(const QList<TableRowCount> &expected, const QList<TableRowCount> &actual)
{
    QStringList differences;
    for (qsizetype i = 0; i < qMax(expected.size(), actual.size()); ++i) {
        const TableRowCount want = expected.value(i);
        const TableRowCount have = actual.value(i);
        if (want != have)
            differences << u"%1 %2 → %3 %4"_s.arg(want.table).arg(want.rows).arg(have.table).arg(have.rows);
    }
    return differences.join(u", "_s);
}

// A restore candidate: a readable SQLite file of Shipshape's whose schema this build can open.
Result<int> checkRestorable(Database &candidate, const QString &source)
{
    if (auto intact = SqliteBackup::checkIntegrity(candidate); !intact)
        return fail(intact.error());
    for (const QString &table : {u"schema_migrations"_s, u"orders"_s, u"products"_s}) {
        auto has = hasTable(candidate, table);
        if (!has)
            return fail(has.error());
        if (!*has)
            return fail(Error::invalid(u"file"_s, source,
                    SqliteBackup::tr("%1 is not a Shipshape database (it has no %2 table).")
                            .arg(native(source), table)));
    }
    Migrator migrator(candidate);
    if (auto compatible = migrator.checkCompatible(); !compatible)
        return fail(Error::conflict(
                SqliteBackup::tr("%1 cannot be restored: %2").arg(native(source), compatible.error().message)));
    return migrator.currentVersion();
}

} // namespace

Result<QList<TableRowCount>> SqliteBackup::rowCounts(Database &database)
{
    auto tables = database.query(
            u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
            "ORDER BY name"_s);
    if (!tables)
        return fail(tables.error());
    QStringList names;
    while (tables->next())
        names << tables->text(u"name");
    if (auto status = tables->status(); !status)
        return fail(status.error());
    QList<TableRowCount> counts;
    for (const QString &name : std::as_const(names)) {
        // A table name cannot be bound; it comes from the file's own catalogue (a restore candidate may
        // be hostile), so it is quoted as an identifier with its quotes doubled.
        const QString quoted = u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
        auto rows = database.query(u"SELECT COUNT(*) AS row_count FROM "_s + quoted);
        if (!rows)
            return fail(rows.error());
        if (!rows->next())
            return fail(Error::internal(tr("SQLite did not count the rows of %1.").arg(name)));
        counts << TableRowCount{name, rows->integer(u"row_count")};
    }
    return counts;
}

Status SqliteBackup::checkIntegrity(Database &database)
{
    auto rows = database.query(u"PRAGMA integrity_check"_s);
    if (!rows)
        return fail(Error::invalid(u"file"_s, database.url().path(),
                tr("%1 cannot be checked: %2").arg(native(database.url().path()), rows.error().message)));
    QStringList problems;
    while (rows->next() && problems.size() < 3)
        problems << rows->valueAt(0).toString();
    if (problems == QStringList{u"ok"_s})
        return {};
    return fail(Error::invalid(u"file"_s, database.url().path(),
            tr("%1 fails SQLite's integrity check: %2").arg(native(database.url().path()), problems.join(u"; "_s))));
}

Result<SqliteBackupReport> SqliteBackup::backup(Database &database, const QString &target)
{
    if (!database.dialect().isSqlite())
        return fail(Error::invalid(u"database"_s, database.url().displayName(),
                tr("Only an SQLite database is backed up by Shipshape; use pg_dump for PostgreSQL.")));
    const QFileInfo targetInfo(target);
    const QString path = targetInfo.absoluteFilePath();
    if (targetInfo.exists() || targetInfo.isSymLink())
        return fail(Error::conflict(tr("%1 exists already: name a new file.").arg(native(path)), u"file"_s, target));
    if (!targetInfo.absoluteDir().exists())
        return fail(Error::invalid(
                u"file"_s, target, tr("The folder %1 does not exist.").arg(native(targetInfo.absolutePath()))));
    if (path == QFileInfo(database.url().path()).absoluteFilePath())
        return fail(Error::invalid(u"file"_s, target, tr("The backup cannot replace the database itself.")));

    const QString partial = u"%1.partial-%2-%3"_s.arg(path)
                                    .arg(QCoreApplication::applicationPid())
                                    .arg(QDateTime::currentMSecsSinceEpoch());
    FileGuard guard(partial);
    QList<TableRowCount> sourceCounts;
    bool consistent = false;
    for (int attempt = 0; attempt < kCopyAttempts && !consistent; ++attempt) {
        if (attempt > 0)
            QFile::remove(partial);
        // The counts and the copy describe the same data when no other connection committed in between.
        auto before = dataVersion(database);
        if (!before)
            return fail(before.error());
        auto counts = rowCounts(database);
        if (!counts)
            return fail(counts.error());
        if (auto copied = database.query(u"VACUUM INTO ?"_s, {partial}); !copied)
            return fail(Error::unavailable(
                    tr("Could not copy the database to %1: %2").arg(native(partial), copied.error().message)));
        auto after = dataVersion(database);
        if (!after)
            return fail(after.error());
        sourceCounts = *counts;
        consistent = *before == *after;
    }
    if (!consistent)
        return fail(Error::unavailable(
                tr("The database kept changing while it was being copied (%1 tries): try again in a quieter moment.")
                        .arg(kCopyAttempts)));

    SqliteBackupReport report;
    {
        auto copy = Database::open(DatabaseUrl::sqliteFile(partial));
        if (!copy)
            return fail(copy.error());
        if (auto intact = checkIntegrity(**copy); !intact)
            return fail(intact.error());
        auto copyCounts = rowCounts(**copy);
        if (!copyCounts)
            return fail(copyCounts.error());
        if (*copyCounts != sourceCounts)
            return fail(Error::internal(tr("The copy's rows differ from the database's: %1")
                                                .arg(describeCounts(sourceCounts, *copyCounts))));
        auto version = Migrator(**copy).currentVersion();
        if (!version)
            return fail(version.error());
        report.schemaVersion = *version;
        report.tables = *copyCounts;
    } // closed: its WAL is checkpointed into the file and removed
    if (auto renamed = renameFile(partial, path); !renamed)
        return fail(renamed.error());
    guard.release();
    report.file = path;
    report.bytes = QFileInfo(path).size();
    qCInfo(lcStorage) << "Backed up" << database.url().displayName() << "to" << path;
    return report;
}

Result<SqliteBackupReport> SqliteBackup::restore(const DatabaseUrl &url, const QString &source)
{
    if (url.kind() != DatabaseKind::Sqlite)
        return fail(Error::invalid(u"database"_s, url.displayName(),
                tr("Only an SQLite database is restored by Shipshape; use pg_restore for PostgreSQL.")));
    const QFileInfo sourceInfo(source);
    if (!sourceInfo.isFile())
        return fail(Error::notFound(u"file"_s, source, tr("There is no file %1.").arg(native(source))));
    const QString databasePath = QFileInfo(url.path()).absoluteFilePath();
    if (sourceInfo.absoluteFilePath() == databasePath)
        return fail(Error::invalid(u"file"_s, source, tr("That is the database itself.")));
    if (!QFileInfo(databasePath).absoluteDir().exists())
        return fail(Error::invalid(u"database"_s, url.displayName(),
                tr("The folder %1 does not exist.").arg(native(QFileInfo(databasePath).absolutePath()))));

    // The candidate is a copy beside the database (never the person's file: opening it may change its
    // header), checked, then renamed into place.
    const QString candidatePath = u"%1.restoring-%2-%3"_s.arg(databasePath)
                                          .arg(QCoreApplication::applicationPid())
                                          .arg(QDateTime::currentMSecsSinceEpoch());
    FileGuard candidateGuard(candidatePath);
    if (!QFile::copy(sourceInfo.absoluteFilePath(), candidatePath))
        return fail(Error::unavailable(
                tr("Cannot copy %1 beside the database to check it.").arg(native(sourceInfo.absoluteFilePath()))));
    QFile::setPermissions(candidatePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    SqliteBackupReport report;
    {
        auto candidate = Database::open(DatabaseUrl::sqliteFile(candidatePath));
        if (!candidate)
            return fail(Error::invalid(u"file"_s, source,
                    tr("%1 is not an SQLite database Shipshape can read: %2")
                            .arg(native(source), candidate.error().message)));
        auto version = checkRestorable(**candidate, source);
        if (!version)
            return fail(version.error());
        auto counts = rowCounts(**candidate);
        if (!counts)
            return fail(counts.error());
        report.schemaVersion = *version;
        report.tables = *counts;
    }

    if (QFileInfo::exists(databasePath)) {
        // The restored file is read and written by whoever uses the database now (a shared group, say).
        QFile::setPermissions(candidatePath, QFileInfo(databasePath).permissions());
        DatabaseOptions options;
        options.busyTimeoutMs = 0;
        auto current = Database::open(url, options);
        if (!current)
            return fail(current.error());
        // Any other connection (the app, a worker, the API server) keeps a lock that an exclusive one
        // cannot be taken past; holding it, nobody can open the database until this one closes.
        const Error inUse = Error::conflict(tr("The database %1 is open in another program (the app, "
                                               "shipshape-cli worker or serve): close it, then restore again.")
                                                    .arg(native(databasePath)));
        if (!(*current)->execute(u"PRAGMA locking_mode=EXCLUSIVE"_s))
            return fail(inUse);
        if (!(*current)->execute(u"BEGIN EXCLUSIVE"_s))
            return fail(inUse);
        if (auto ended = (*current)->execute(u"ROLLBACK"_s); !ended)
            return fail(ended.error());
        QString previous = databasePath + u".before-restore"_s;
        if (QFileInfo::exists(previous))
            previous += u"-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmsszzz"_s);
        if (auto kept = (*current)->query(u"VACUUM INTO ?"_s, {previous}); !kept)
            return fail(Error::unavailable(
                    tr("Could not keep the current database as %1: %2").arg(native(previous), kept.error().message)));
        report.previousCopy = previous;
        if (auto checkpoint = (*current)->execute(u"PRAGMA wal_checkpoint(TRUNCATE)"_s); !checkpoint)
            return fail(checkpoint.error());
    } // closed: the last connection removes the -wal and -shm files

    // A leftover WAL would be replayed into the restored file: it must be gone.
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(databasePath + suffix) && !QFile::remove(databasePath + suffix))
            return fail(Error::conflict(tr("Cannot remove %1: is the database open in another program?")
                                                .arg(native(databasePath + suffix))));
    }
    if (auto renamed = renameFile(candidatePath, databasePath); !renamed)
        return fail(renamed.error());
    candidateGuard.release();
    report.file = databasePath;
    report.bytes = QFileInfo(databasePath).size();
    qCInfo(lcStorage) << "Restored" << databasePath << "from" << sourceInfo.absoluteFilePath();
    return report;
}

} // namespace shipshape
