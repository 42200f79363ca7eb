#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

namespace shipshape::test {

// One statement a staff login tries, in a transaction of its own.
struct Attack {
    QString kind; // INSERT, UPDATE or DELETE
    QString table;
    QString column; // the column given a hostile value; "*" for a plain copy or a delete
    QString description; // which row and what value, for the report
    QString sql;
    // For a copy with one hostile column: the index (in attacks()) of the plain copy of the same row,
    // whose findings are the copy's and not the column's; -1 otherwise.
    qsizetype baseline = -1;

    // What the expected-violations list is keyed by: "UPDATE orders.status".
    [[nodiscard]] QString target() const { return kind + u' ' + table + u'.' + column; }
};

// Every write a login could try on a shop: read from pg_catalog (every table of schema public, so that
// tables and columns added by later migrations are attacked without changing this code) and from the
// shop's rows, which give plausible values, other rows' keys and donors for consistent-looking rows.
//
// For each table: INSERT a copy of a representative row with fresh keys, and copies with one column
// made hostile; UPDATE each column of each representative row to hostile values (numbers +1000, -1, 0;
// timestamps a day into the past; every other value a CHECK allows, so every other status; another
// row's key; empty text, other text and other text of the same length; NULL), and the columns a multi-column CHECK ties
// together all at once, copied from a row in another state (so that "back to pending" passes the CHECKs); DELETE each
// representative row. Representative rows: the first row of each value of each enumerated column
// (each status, kind, method…), so every order status is attacked.
class AttackCatalogue {
public:
    static std::expected<AttackCatalogue, QString> read(const QSqlDatabase &connection);

    [[nodiscard]] QStringList tables() const;
    [[nodiscard]] QStringList tablesWithoutRows() const;
    [[nodiscard]] QList<Attack> attacks() const;

private:
    using Value = std::optional<QString>; // a column's value as text; nullopt is NULL

    struct Column {
        QString name;
        bool isInteger = false;
        bool isText = false;
        bool isBoolean = false;
        bool overridingIdentity = false; // GENERATED ALWAYS AS IDENTITY
        QStringList allowedValues; // from a single-column CHECK (… IN (…))
        QString parentTable; // single-column FOREIGN KEY
        QString parentColumn;
    };
    struct Table {
        QString name;
        QList<Column> columns;
        QList<int> primaryKey;
        QList<QList<int>> uniqueKeys; // the primary key first
        QList<QList<int>> checkGroups; // columns one multi-column CHECK ties together (merged)
        QList<QList<Value>> rows; // in primary-key order
    };
    struct HostileValue {
        QString label;
        Value value;
    };

    [[nodiscard]] const Table *table(const QString &name) const;
    [[nodiscard]] QList<int> representativeRows(const Table &table) const;
    [[nodiscard]] QList<HostileValue> hostileValues(const Table &table, int column, const Value &current) const;
    [[nodiscard]] QList<Value> parentKeys(const Column &column) const;
    [[nodiscard]] QList<Value> freshCopy(const Table &table, const QList<Value> &row, int keepColumn) const;
    [[nodiscard]] QString rowLabel(const Table &table, int row) const;
    [[nodiscard]] static QString where(const Table &table, const QList<Value> &row);
    [[nodiscard]] static QString insert(const Table &table, const QList<Value> &values);
    [[nodiscard]] QString freshText(const QString &text) const;

    QList<Table> m_tables;
    mutable qint64 m_sequence = 0;
};

// SQL literal for a value read as text: NULL or a quoted string (PostgreSQL coerces it to the column's
// type, as it does for any untyped literal).
QString sqlLiteral(const std::optional<QString> &value);
QString sqlIdentifier(const QString &name);

} // namespace shipshape::test
