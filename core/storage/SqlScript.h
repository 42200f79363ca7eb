#pragma once

#include <QString>
#include <QStringList>

namespace shipshape {

// Splits a file of SQL statements, each ended by a semicolon, into single statements (QtSql executes one
// statement per call). Semicolons inside quoted text and identifiers, comments, PostgreSQL dollar-quoted
// bodies ($$ … $$, $tag$ … $tag$) and SQLite trigger bodies (BEGIN … END, with CASE … END inside) do not
// end a statement. Comments between statements are dropped; the statements keep their text as written,
// without the terminating semicolon, so that SQLite stores a CREATE statement exactly as the file has it.
class SqlScript {
public:
    static QStringList split(const QString &script);
};

} // namespace shipshape
