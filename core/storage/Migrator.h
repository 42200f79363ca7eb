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
// schema_migrations. Refuses databases newer than this build and backs a file up before changing it.
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
    Status ensureVersionTable();
    Result<QString> backup(int fromVersion);

    Database &m_database;
};

} // namespace shipshape
