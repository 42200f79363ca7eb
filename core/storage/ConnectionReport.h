#pragma once

#include "common/Result.h"
#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QString>

namespace shipshape {

class Database;

// What "Test connection" tells a person about a database: which engine and server version answered,
// the schema version there against the one this build expects, and the login that changes are
// recorded under. Reading it changes nothing but the (empty) version table on a brand-new SQLite file.
struct ConnectionReport {
    Q_DECLARE_TR_FUNCTIONS(ConnectionReport)

public:
    DatabaseUrl url;
    QString engine; // "SQLite 3.40.1", "PostgreSQL 15.5"
    int schemaVersion = 0;
    int expectedSchemaVersion = 0; // the version this build brings a database to
    QString login;

    static Result<ConnectionReport> describe(Database &database);
    // One or two lines for people, e.g. "SQLite 3.40.1 · schema version 6 of 6 · login anna".
    [[nodiscard]] QString summary() const;
};

} // namespace shipshape
