#pragma once

#include "storage/DatabaseUrl.h"

#include <QString>

namespace shipshape {

// Every difference between SQLite and PostgreSQL that the SQL in core has to know about lives here,
// so that migrations and queries are written once.
class SqlDialect {
public:
    explicit SqlDialect(DatabaseKind kind) : m_kind(kind) {}

    [[nodiscard]] DatabaseKind kind() const { return m_kind; }
    [[nodiscard]] bool isSqlite() const { return m_kind == DatabaseKind::Sqlite; }

    // Expands ${AUTO_ID} (generated 64-bit key) and ${ASSIGNED_ID} (64-bit key that we assign) in DDL.
    [[nodiscard]] QString expand(QString sql) const;
    // Starts a transaction that will write: SQLite must take the write lock up front, or two
    // readers that both decide to write deadlock into SQLITE_BUSY.
    [[nodiscard]] QString beginWriteStatement() const;
    [[nodiscard]] QString qtDriverName() const;

private:
    DatabaseKind m_kind;
};

} // namespace shipshape
