#pragma once

#include "storage/DatabaseUrl.h"

#include <QString>

namespace shipshape {

// Every difference between SQLite and PostgreSQL that the SQL in core's queries has to know about lives
// here, so that queries are written once. (Migrations are frozen text per dialect: resources/migrations.)
class SqlDialect {
public:
    explicit SqlDialect(DatabaseKind kind) : m_kind(kind) {}

    [[nodiscard]] DatabaseKind kind() const { return m_kind; }
    [[nodiscard]] bool isSqlite() const { return m_kind == DatabaseKind::Sqlite; }

    // Starts a transaction that will write: SQLite must take the write lock up front, or two
    // readers that both decide to write deadlock into SQLITE_BUSY.
    [[nodiscard]] QString beginWriteStatement() const;
    [[nodiscard]] QString qtDriverName() const;

    // Appended to a SELECT inside a write transaction: row locks on PostgreSQL (SQLite's write
    // transaction already holds the whole database).
    [[nodiscard]] QString lockForUpdate() const;
    // Same, but rows another client holds are skipped instead of waited for: background work that many
    // desktops run (reservation expiry) claims rows this way so that no two process the same one.
    [[nodiscard]] QString lockForUpdateSkipLocked() const;
    // Appended to a SELECT of work-queue rows inside a write transaction: PostgreSQL locks the rows it
    // returns and skips rows other workers hold; SQLite (one writer at a time) needs nothing.
    [[nodiscard]] QString skipLockedSuffix() const;

private:
    DatabaseKind m_kind;
};

} // namespace shipshape
