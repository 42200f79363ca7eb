#pragma once

#include "common/Result.h"
#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>

namespace shipshape {

class Database;

// The SQLite file of a desktop replica (docs/replica.md): Shipshape's own SQLite schema, made by this
// build's Migrator, plus the replica's bookkeeping (replica_meta, replica_copy_progress), one file per
// server and database in the data folder. It is a cache, never a source of truth: whatever is wrong with
// it (corrupt, another server, an older schema) is answered by removing and rebuilding it.
//
// Derived data: the server holds the dashboard's daily aggregates and the order counter itself and logs
// their changes like any row, so the replica copies them and SQLite's triggers that would compute them a
// second time are dropped. What only SQLite has (the customer search index) keeps its triggers and is
// built from the copied rows. The replica's own writer turns foreign keys off: rows arrive table by table
// and the server has checked them.
class ReplicaFile {
    Q_DECLARE_TR_FUNCTIONS(ReplicaFile)

public:
    ~ReplicaFile();

    // <AppDataLocation>/replicas: where the app and the CLI keep replicas.
    static QString defaultFolder();
    // One file per server and database: a hash of host, port and database name (the login does not
    // matter: every login reads the same rows).
    static QString pathFor(const DatabaseUrl &server, const QString &folder);
    // Opens an existing replica to write to it; fails (Conflict) when it is not a sound SQLite file of
    // this build's schema, which callers answer by rebuilding.
    static Result<std::unique_ptr<ReplicaFile>> open(const QString &path);
    // Removes any file at `path` and makes a new, empty replica there.
    static Result<std::unique_ptr<ReplicaFile>> create(const QString &path);
    static void remove(const QString &path);
    // How the app reads a replica: SQLITE_OPEN_READONLY and query_only, so every write is an error.
    static Result<std::unique_ptr<Database>> openReadOnly(const QString &path);

    [[nodiscard]] Database &database() { return *m_database; }
    [[nodiscard]] const QString &path() const { return m_path; }

    Result<QHash<QString, QString>> meta();
    // Within the caller's transaction, so that bookkeeping commits with the rows it describes.
    Status setMeta(const QString &key, const QString &value);

private:
    ReplicaFile(QString path, std::unique_ptr<Database> database);
    Status prepareWriter();
    Status dropDerivingTriggers();

    QString m_path;
    std::unique_ptr<Database> m_database;
};

} // namespace shipshape
