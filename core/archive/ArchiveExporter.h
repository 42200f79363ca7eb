#pragma once

#include "archive/ArchiveManifest.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <functional>

namespace shipshape {

class Database;

struct ArchiveExportOptions {
    QDate from; // orders placed from this day (UTC) ...
    QDate to; // ... through this one, both included
    QString file; // must not exist yet; its folder must
    bool redactCustomers = false;
    QDateTime now; // the manifest's creation time (the session's clock)
    QString appVersion;
};

// Writes a verified, self-contained, read-only archive of one period's orders: a new SQLite file in
// Shipshape's own schema (created by running this build's migrations through Migrator), holding the
// orders placed in the period and every row a reviewer needs about them (ArchiveTables), plus a manifest
// with the rows' SHA-256 (ArchiveDigest). The source (SQLite or PostgreSQL) is read in one snapshot and
// never written. The file appears under its name only once complete; it is left read-only (0444), in
// rollback-journal mode (so read-only opens need no -wal/-shm files) and vacuumed (no free pages keep
// what redaction replaced).
class ArchiveExporter {
    Q_DECLARE_TR_FUNCTIONS(ArchiveExporter)

public:
    using Progress = std::function<void(qint64 ordersWritten, qint64 ordersTotal)>;

    static Result<ArchiveManifest> exportPeriod(
            Database &source, const ArchiveExportOptions &options, const Progress &progress = {});
};

} // namespace shipshape
