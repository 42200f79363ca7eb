#pragma once

#include "storage/DatabaseUrl.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace shipshape {

// One dialect's text of a migration, as frozen in resources/migrations/NNNN-name.DIALECT.sql.
struct MigrationScript {
    QStringList up;
    QStringList down;
    // SHA-256 (hex) of the up part exactly as the file has it: recorded in schema_migrations when the
    // migration is applied, and compared whenever a database is opened.
    QString checksum;
};

// One versioned schema change, written once per dialect as literal SQL: what a database received when it
// was migrated never depends on code that may change later. `down` undoes `up` exactly.
struct Migration {
    int version = 0;
    QString name;
    MigrationScript sqlite;
    MigrationScript postgresql;

    [[nodiscard]] const MigrationScript &script(DatabaseKind kind) const
    {
        return kind == DatabaseKind::Sqlite ? sqlite : postgresql;
    }
};

// All migrations, in version order, read once from the resources compiled into core. The last one's
// version is the schema this build understands.
const QList<Migration> &allMigrations();
int latestSchemaVersion();

} // namespace shipshape
