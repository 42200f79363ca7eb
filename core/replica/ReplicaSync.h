#pragma once

#include "common/Result.h"
#include "replica/ReplicaTables.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace shipshape {

class Database;
class ReplicaFile;

struct ReplicaProgress {
    enum class Phase {
        Copying,
        CatchingUp
    };
    Phase phase = Phase::Copying;
    QString table; // the table being copied
    qint64 rowsCopied = 0; // by the first sync so far, earlier interrupted runs included
    qint64 rowsEstimated = 0; // the server's statistics: a guide, not a promise
    qint64 changesApplied = 0; // change-log rows applied by this catch-up
};

struct ReplicaSyncReport {
    QString file;
    bool created = false; // a new replica file was made
    QString rebuiltBecause; // why an existing replica was thrown away; empty when it was trusted
    bool resumed = false; // an interrupted first sync went on where it stopped
    bool interrupted = false; // the progress callback asked to stop; the next sync resumes
    qint64 rowsCopied = 0; // by this run's first-sync copying
    qint64 changesApplied = 0; // change-log rows read by this run's catch-up
    qint64 rowsWritten = 0; // rows the catch-up re-read and wrote (or removed)
    qint64 lastSequence = 0;
};

struct ReplicaStatus {
    QString file;
    qint64 fileBytes = 0;
    QString serverId;
    QString database;
    int schemaVersion = 0;
    QString state; // "copying" (first sync not finished) or "live"
    qint64 lastSequence = 0;
    qint64 watermarkXid = 0;
    QDateTime lastChangeAt; // the newest change the replica holds
    QDateTime lastSyncAt;
    // From the server, when it answers: changes not yet in the replica, and how long the oldest of them
    // has waited (0 when none).
    std::optional<qint64> pendingChanges;
    std::optional<qint64> lagMs;
    QList<std::pair<QString, qint64>> rowCounts;
};

// Keeps a desktop's SQLite replica of a PostgreSQL database up to date (docs/replica.md).
//  - The first sync copies every followed table (ReplicaTables) in key ranges, one SQLite transaction per
//    range that also records the last key copied, so an interrupted copy resumes where it stopped. Before
//    copying it notes the server's oldest running transaction; everything changed from then on is in
//    the change log and fixed by the catch-up that follows.
//  - A catch-up reads, in one snapshot, the change-log rows of the transactions that ended since the
//    last one (by transaction id, never by sequence alone: see the migration's commit-order note), re-reads
//    each changed key's current row and writes or removes it, one SQLite transaction per batch, the
//    progress recorded with it.
//  - A replica that cannot be trusted is rebuilt: damaged (quick_check), another server or database, a
//    different schema version, a server older than the replica (restored), or one that missed changes the
//    server has pruned since.
// Owns the replica's writer connection; one per thread. Keeps the file open between syncs, so that only
// the first one pays for the integrity check.
class ReplicaSync {
    Q_DECLARE_TR_FUNCTIONS(ReplicaSync)

public:
    // Return false to stop; the replica stays consistent and the next sync resumes.
    using Progress = std::function<bool(const ReplicaProgress &)>;

    ReplicaSync(Database &server, QString path);
    ~ReplicaSync();

    [[nodiscard]] const QString &path() const { return m_path; }
    void setCopyBatchRows(int rows) { m_copyBatchRows = qMax(1, rows); }
    void setPullBatchChanges(int changes) { m_pullBatchChanges = qMax(1, changes); }

    // Makes or resumes the first sync, then catches up. The server must have this build's schema.
    Result<ReplicaSyncReport> sync(const Progress &progress = {});
    // Throws the replica away and makes it again.
    Result<ReplicaSyncReport> rebuild(const Progress &progress = {});
    // What the replica holds, and (when the server answers) how far behind it is.
    Result<ReplicaStatus> status() { return statusOf(m_path, &m_server); }
    // The same for a replica file, without a server (null) when it does not answer.
    static Result<ReplicaStatus> statusOf(const QString &path, Database *server);
    // Only what the replica says about itself (state, sequence, last change and sync times): no row
    // counts, no server. Cheap enough to ask after every sync.
    static Result<ReplicaStatus> summaryOf(const QString &path);
    // Closes the writer connection (the next sync reopens and checks the file).
    void close();

private:
    struct ServerState {
        QString id;
        QString database;
        int schemaVersion = 0;
        qint64 xmin = 0; // every transaction below this one has ended
        qint64 xmax = 0; // no transaction at or above this one had started
        qint64 prunedThroughXid = 0;
    };

    static Result<ReplicaStatus> readStatus(const QString &path, Database *server, bool countRows);
    Result<ServerState> readServerState();
    Status openOrCreate(const ServerState &server, ReplicaSyncReport &report);
    Status create(const ServerState &server, ReplicaSyncReport &report, const QString &reason);
    QString distrust(const QHash<QString, QString> &meta, const ServerState &server) const;
    Result<bool> copyTables(const Progress &progress, ReplicaSyncReport &report);
    Result<bool> copyTable(const ReplicaTable &table, qint64 &copiedSoFar, qint64 estimated, const Progress &progress,
            ReplicaSyncReport &report);
    Result<bool> catchUp(const Progress &progress, ReplicaSyncReport &report);
    Result<bool> catchUpInSnapshot(const Progress &progress, ReplicaSyncReport &report);
    Status writeRows(const ReplicaTable &table, const QList<QVariantList> &rows);
    Result<QList<ReplicaTable>> tables();

    Database &m_server;
    QString m_path;
    std::unique_ptr<ReplicaFile> m_file;
    QList<ReplicaTable> m_tables;
    int m_copyBatchRows = 20000;
    int m_pullBatchChanges = 5000;
};

} // namespace shipshape
