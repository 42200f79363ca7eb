#pragma once

#include "common/Result.h"
#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace shipshape {

class Database;

struct TableRowCount {
    QString table;
    qint64 rows = 0;

    friend bool operator==(const TableRowCount &, const TableRowCount &) = default;
};

// What a backup or a restore did, once it was verified.
struct SqliteBackupReport {
    QString file; // the backup written, or the database restored
    qint64 bytes = 0;
    int schemaVersion = 0;
    // Every table's rows, the same in the copy as in what it was copied from.
    QList<TableRowCount> tables;
    QString previousCopy; // restore: the database as it was (<file>.before-restore), empty when there was none
};

// Backup and restore of the embedded SQLite database (`shipshape-cli backup` / `restore`).
//
// A backup is taken online, while the app, a worker or the API server may be writing: `VACUUM INTO` a
// temporary file beside the target (QtSql does not expose SQLite's backup API; VACUUM INTO reads one
// consistent snapshot, WAL frames included), then `PRAGMA integrity_check` on the copy and every table's
// row count compared with the source's, and only then the rename to the target. PRAGMA data_version tells
// whether another connection committed between counting the source and copying it; the copy is then
// taken again (a few times at most).
//
// A restore refuses a file that fails integrity_check, is not a Shipshape database, is newer than this
// build or received migrations this build has with other text (Migrator::checkCompatible), and refuses
// while another connection has the database open (the app, a worker or the API server): it must take the
// database's exclusive lock. The current database is kept as <file>.before-restore.
class SqliteBackup {
    Q_DECLARE_TR_FUNCTIONS(SqliteBackup)

public:
    // `target` must not exist yet; its folder must.
    static Result<SqliteBackupReport> backup(Database &database, const QString &target);
    // Puts the verified contents of `source` in place of the database at `url` (which need not exist).
    static Result<SqliteBackupReport> restore(const DatabaseUrl &url, const QString &source);

    // Each table's rows (SQLite's own tables aside), by name.
    static Result<QList<TableRowCount>> rowCounts(Database &database);
    // "ok", or integrity_check's first complaint as an error naming the file.
    static Status checkIntegrity(Database &database);
};

} // namespace shipshape
