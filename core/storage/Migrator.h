#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace shipshape {

class Database;

struct MigrationReport {
    int fromVersion = 0;
    int toVersion = 0;
    QString backupPath; // empty when no backup was needed
};

// Brings a database to a schema version, one migration per transaction, recording each in
// schema_migrations with the checksum of its frozen text. Refuses databases newer than this build, a
// database that received a migration this build does not have or has with other text, and backs a file
// up before changing it.
class Migrator {
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    explicit Migrator(Database &database) : m_database(database) {}

    Result<int> currentVersion();
    // Fails without changing anything when the database is newer than this build understands.
    Status checkCompatible();
    Result<MigrationReport> migrateTo(int targetVersion);
    Result<MigrationReport> migrateToLatest();

private:
    struct AppliedMigration {
        int version = 0;
        QString name;
        QString checksum; // empty: applied before migrations were frozen text
    };
    Status ensureVersionTable();
    Result<bool> hasChecksumColumn();
    Result<QList<AppliedMigration>> appliedMigrations();
    // Adds the checksum column if missing and records the frozen checksum of every migration applied
    // before there were checksums (owner only: in a transaction of its own).
    Status recordLegacyChecksums();
    Result<MigrationReport> legacyChecksumsRecorded(const MigrationReport &report);
    Result<bool> ownsSchema();
    Result<QString> backup(int fromVersion);
    // PostgreSQL: attaches the replica change log's trigger to tables that lack it (migration 26).
    Status followNewTables();

    Database &m_database;
};

} // namespace shipshape
