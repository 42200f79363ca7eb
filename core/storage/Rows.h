#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QSqlQuery;

namespace shipshape {

class Database;

// One execution of a statement (Database::query) and the rows it returned. The handle has its prepared
// query to itself: a second live handle of the same SQL prepares or checks out another one, so two results
// never clobber each other. Destroying the handle finishes the query (no read snapshot or SQLite read lock
// outlives it) and hands the prepared statement back to the connection for the next execution.
//
// Rows are read by column name, as the statement names them (`o.status` is "status"). Each name is looked
// up in the result's columns once and remembered, so a read by name costs a short comparison more than one
// by position. A name the result does not have (or has twice) is a programming error: the read gives a null
// value, next() stops, and status() reports an internal error naming the column and the SQL; a handle
// destroyed with such an error unread logs it and, in debug builds, stops the program.
class Rows {
public:
    Rows(Rows &&other) noexcept;
    Rows &operator=(Rows &&other) = delete;
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;
    ~Rows();

    // Moves to the next row; false at the end, after Database::finishStatements(), or after a misread.
    bool next();

    // The current row's value of `column`.
    [[nodiscard]] QVariant value(QStringView column) const;
    [[nodiscard]] QString text(QStringView column) const;
    [[nodiscard]] qint64 integer(QStringView column) const;
    [[nodiscard]] std::optional<qint64> optionalInteger(QStringView column) const;
    [[nodiscard]] std::optional<QString> optionalText(QStringView column) const;
    [[nodiscard]] bool boolean(QStringView column) const;
    [[nodiscard]] bool isNull(QStringView column) const;

    // The value of a result with exactly one column (COUNT(*), RETURNING value), whatever each engine
    // calls that column ("COUNT(*)" on SQLite, "count" on PostgreSQL).
    [[nodiscard]] QVariant single() const;
    [[nodiscard]] qint64 singleInteger() const;

    // For code that does not know the statement (dumps, reports of arbitrary SQL): the column names in
    // order and a value by position. Code that knows its columns reads them by name.
    [[nodiscard]] QStringList columns() const;
    [[nodiscard]] QVariant valueAt(int column) const;

    // Rows changed by an INSERT, UPDATE or DELETE.
    [[nodiscard]] int rowsAffected() const;
    // SQLite's rowid of the row just inserted (PostgreSQL has none for identity columns: use RETURNING).
    [[nodiscard]] QVariant lastInsertId() const;

    // The first misread (unknown or ambiguous column name), or success.
    [[nodiscard]] Status status() const;
    [[nodiscard]] const QString &sql() const { return m_sql; }

private:
    friend class Database;
    Rows(Database &database, QString sql, std::unique_ptr<QSqlQuery> query, quint64 connection);

    int indexOf(QStringView column) const;
    void misread(const QString &problem) const;

    Database *m_database = nullptr;
    QString m_sql;
    std::unique_ptr<QSqlQuery> m_query;
    quint64 m_connection = 0;
    // The result's column names, read once; and the names already resolved, with their index.
    mutable std::optional<QStringList> m_columns;
    mutable std::vector<std::pair<QString, int>> m_resolved;
    mutable qsizetype m_nextProbe = 0;
    mutable std::optional<Error> m_misread;
    mutable bool m_misreadReported = false;
};

} // namespace shipshape
