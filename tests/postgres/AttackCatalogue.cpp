#include "AttackCatalogue.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::test {
namespace {

constexpr int kMaxRepresentativeRows = 8;
constexpr qint64 kDayMs = 86'400'000;

QList<int> parseSmallIntArray(const QString &text)
{
    QList<int> numbers;
    const QString inner = text.trimmed().remove(u'{').remove(u'}');
    for (const QString &part : inner.split(u',', Qt::SkipEmptyParts))
        numbers.append(part.trimmed().toInt());
    return numbers;
}

std::expected<QList<QStringList>, QString> select(const QSqlDatabase &connection, const QString &sql)
{
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return std::unexpected(query.lastError().text() + u" in "_s + sql);
    QList<QStringList> rows;
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < query.record().count(); ++i)
            row << (query.value(i).isNull() ? QString() : query.value(i).toString());
        rows.append(row);
    }
    return rows;
}

} // namespace

QString sqlLiteral(const std::optional<QString> &value)
{
    if (!value)
        return u"NULL"_s;
    QString quoted = *value;
    quoted.replace(u'\'', u"''"_s);
    return u'\'' + quoted + u'\'';
}

QString sqlIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

std::expected<AttackCatalogue, QString> AttackCatalogue::read(const QSqlDatabase &connection)
{
    AttackCatalogue catalogue;
    auto tables = select(connection,
            u"SELECT c.oid::BIGINT, c.relname FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname"_s);
    if (!tables)
        return std::unexpected(tables.error());
    for (const QStringList &tableRow : std::as_const(*tables)) {
        const QString oid = QString::number(tableRow.at(0).toLongLong()); // a number from the catalogue
        Table table;
        table.name = tableRow.at(1);

        auto columns = select(connection,
                u"SELECT a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), a.attidentity FROM pg_attribute a "
                "WHERE a.attrelid = %1 AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' "
                "ORDER BY a.attnum"_s.arg(oid));
        if (!columns)
            return std::unexpected(columns.error());
        QHash<int, int> indexOfAttnum;
        for (const QStringList &columnRow : std::as_const(*columns)) {
            Column column;
            column.name = columnRow.at(1);
            const QString type = columnRow.at(2);
            column.isInteger = type == u"bigint"_s || type == u"integer"_s || type == u"smallint"_s;
            column.isText = type == u"text"_s || type.startsWith(u"character"_s);
            column.isBoolean = type == u"boolean"_s;
            column.overridingIdentity = columnRow.at(3) == u"a"_s;
            indexOfAttnum.insert(columnRow.at(0).toInt(), int(table.columns.size()));
            table.columns.append(column);
        }
        const auto columnIndexes = [&](const QString &attnums) {
            QList<int> indexes;
            for (int attnum : parseSmallIntArray(attnums)) {
                if (indexOfAttnum.contains(attnum))
                    indexes.append(indexOfAttnum.value(attnum));
            }
            return indexes;
        };

        // Unique keys, the primary key first; columns of expression indexes (lower(email)) by name.
        auto keys = select(connection,
                u"SELECT i.indisprimary, i.indkey::INT2[]::TEXT, pg_get_indexdef(i.indexrelid) FROM pg_index i "
                "WHERE i.indrelid = %1 AND i.indisunique ORDER BY i.indisprimary DESC, i.indexrelid"_s.arg(oid));
        if (!keys)
            return std::unexpected(keys.error());
        for (const QStringList &keyRow : std::as_const(*keys)) {
            QList<int> key = columnIndexes(keyRow.at(1));
            if (parseSmallIntArray(keyRow.at(1)).contains(0)) {
                const QString definition = keyRow.at(2).section(u" USING "_s, 1).section(u" WHERE "_s, 0, 0);
                for (int i = 0; i < table.columns.size(); ++i) {
                    const QRegularExpression word(
                            u"\\b"_s + QRegularExpression::escape(table.columns.at(i).name) + u"\\b"_s);
                    if (word.match(definition).hasMatch() && !key.contains(i))
                        key.append(i);
                }
            }
            if (keyRow.at(0) == u"true"_s && table.primaryKey.isEmpty())
                table.primaryKey = key;
            table.uniqueKeys.append(key);
        }

        // CHECK constraints: the values an enumerated column allows, and columns checked together.
        auto checks = select(connection,
                u"SELECT conkey::TEXT, pg_get_constraintdef(oid) FROM pg_constraint "
                "WHERE conrelid = %1 AND contype = 'c' ORDER BY oid"_s.arg(oid));
        if (!checks)
            return std::unexpected(checks.error());
        static const QRegularExpression literal(u"'((?:[^']|'')*)'::(?:text|character varying)"_s);
        for (const QStringList &checkRow : std::as_const(*checks)) {
            const QList<int> constrained = columnIndexes(checkRow.at(0));
            if (constrained.size() == 1) {
                if (!checkRow.at(1).contains(u"ANY (ARRAY["_s))
                    continue;
                for (auto match = literal.globalMatch(checkRow.at(1)); match.hasNext();) {
                    const QString value = match.next().captured(1).replace(u"''"_s, u"'"_s);
                    table.columns[constrained.first()].allowedValues.append(value);
                }
                continue;
            }
            // Merge with every group that shares a column.
            QList<int> merged = constrained;
            for (auto it = table.checkGroups.begin(); it != table.checkGroups.end();) {
                if (std::any_of(it->begin(), it->end(), [&](int c) { return merged.contains(c); })) {
                    for (int c : std::as_const(*it)) {
                        if (!merged.contains(c))
                            merged.append(c);
                    }
                    it = table.checkGroups.erase(it);
                } else {
                    ++it;
                }
            }
            std::sort(merged.begin(), merged.end());
            table.checkGroups.append(merged);
        }

        auto foreignKeys = select(connection,
                u"SELECT conkey::TEXT, confrelid::REGCLASS::TEXT, (SELECT attname FROM pg_attribute "
                "WHERE attrelid = confrelid AND attnum = confkey[1]) FROM pg_constraint "
                "WHERE conrelid = %1 AND contype = 'f' AND array_length(conkey, 1) = 1 ORDER BY oid"_s.arg(oid));
        if (!foreignKeys)
            return std::unexpected(foreignKeys.error());
        for (const QStringList &keyRow : std::as_const(*foreignKeys)) {
            const QList<int> constrained = columnIndexes(keyRow.at(0));
            if (constrained.size() != 1)
                continue;
            Column &column = table.columns[constrained.first()];
            column.parentTable = keyRow.at(1).startsWith(u"public."_s) ? keyRow.at(1).mid(7) : keyRow.at(1);
            column.parentColumn = keyRow.at(2);
        }

        // The rows, as text, in key order (every column when there is no key).
        QStringList selectList;
        QStringList orderList;
        for (const Column &column : std::as_const(table.columns))
            selectList << sqlIdentifier(column.name) + u"::TEXT"_s;
        for (int c : std::as_const(table.primaryKey))
            orderList << sqlIdentifier(table.columns.at(c).name);
        if (orderList.isEmpty())
            orderList = selectList;
        QSqlQuery rows(connection);
        rows.setForwardOnly(true);
        const QString rowsSql = u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(
                selectList.join(u", "_s), sqlIdentifier(table.name), orderList.join(u", "_s));
        if (!rows.exec(rowsSql))
            return std::unexpected(rows.lastError().text() + u" in "_s + rowsSql);
        while (rows.next()) {
            QList<Value> values;
            for (int i = 0; i < table.columns.size(); ++i)
                values.append(rows.value(i).isNull() ? Value() : Value(rows.value(i).toString()));
            table.rows.append(values);
        }
        catalogue.m_tables.append(table);
    }
    return catalogue;
}

QStringList AttackCatalogue::tables() const
{
    QStringList names;
    for (const Table &table : m_tables)
        names << table.name;
    return names;
}

QStringList AttackCatalogue::tablesWithoutRows() const
{
    QStringList names;
    for (const Table &table : m_tables) {
        if (table.rows.isEmpty())
            names << table.name;
    }
    return names;
}

const AttackCatalogue::Table *AttackCatalogue::table(const QString &name) const
{
    for (const Table &candidate : m_tables) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

QList<int> AttackCatalogue::representativeRows(const Table &table) const
{
    QList<int> chosen;
    for (int c = 0; c < table.columns.size(); ++c) {
        if (table.columns.at(c).allowedValues.isEmpty())
            continue;
        QSet<QString> seen;
        for (int r = 0; r < table.rows.size(); ++r) {
            const QString value = table.rows.at(r).at(c).value_or(u"\x01null"_s);
            if (seen.contains(value))
                continue;
            seen.insert(value);
            if (!chosen.contains(r))
                chosen.append(r);
        }
    }
    if (chosen.isEmpty() && !table.rows.isEmpty())
        chosen.append(0);
    std::sort(chosen.begin(), chosen.end());
    return chosen.mid(0, kMaxRepresentativeRows);
}

QList<AttackCatalogue::Value> AttackCatalogue::parentKeys(const Column &column) const
{
    QList<Value> keys;
    const Table *parent = table(column.parentTable);
    if (!parent)
        return keys;
    int index = -1;
    for (int c = 0; c < parent->columns.size(); ++c) {
        if (parent->columns.at(c).name == column.parentColumn)
            index = c;
    }
    if (index < 0)
        return keys;
    for (const QList<Value> &row : parent->rows) {
        if (row.at(index) && !keys.contains(row.at(index)))
            keys.append(row.at(index));
    }
    return keys;
}

QList<AttackCatalogue::HostileValue> AttackCatalogue::hostileValues(
        const Table &table, int columnIndex, const Value &current) const
{
    const Column &column = table.columns.at(columnIndex);
    QList<HostileValue> values;
    if (column.isInteger) {
        if (current) {
            const qint64 number = current->toLongLong();
            values.append({u"+1000"_s, QString::number(number + 1000)});
            if (column.name.endsWith(u"_at"_s))
                values.append({u"a day earlier"_s, QString::number(number - kDayMs)});
        }
        values.append({u"-1"_s, u"-1"_s});
        values.append({u"0"_s, u"0"_s});
    } else if (column.isText) {
        values.append({u"''"_s, QString()});
        for (const QString &allowed : column.allowedValues)
            values.append({u"'"_s + allowed + u"'"_s, allowed});
        if (column.allowedValues.isEmpty() && column.parentTable.isEmpty()) {
            values.append({u"'attack'"_s, u"attack"_s});
            // Same length, another text: passes length CHECKs (a currency, a country, a UUID).
            if (current && !current->isEmpty()) {
                QString altered = *current;
                altered[0] = altered.at(0) == u'X' ? u'Y' : u'X';
                values.append({u"altered first character"_s, altered});
            }
        }
    } else if (column.isBoolean && current) {
        values.append({u"negated"_s, *current == u"true"_s ? u"false"_s : u"true"_s});
    }
    // Another row's key or value: an order's line moved to another order, a payment to another order…
    const QList<Value> others = column.parentTable.isEmpty() ? [&] {
        QList<Value> fromRows;
        for (const QList<Value> &row : table.rows) {
            if (row.at(columnIndex) && !fromRows.contains(row.at(columnIndex)))
                fromRows.append(row.at(columnIndex));
        }
        return fromRows;
    }()
                                                             : parentKeys(column);
    for (const Value &other : others) {
        if (other != current) {
            values.append({u"another row's value "_s + sqlLiteral(other), other});
            break;
        }
    }
    values.append({u"NULL"_s, std::nullopt});

    QList<HostileValue> distinct;
    for (const HostileValue &value : std::as_const(values)) {
        if (value.value == current)
            continue;
        if (std::any_of(
                    distinct.begin(), distinct.end(), [&](const HostileValue &v) { return v.value == value.value; }))
            continue;
        distinct.append(value);
    }
    return distinct;
}

QString AttackCatalogue::freshText(const QString &text) const
{
    ++m_sequence;
    static const QRegularExpression uuid(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    if (uuid.match(text).hasMatch())
        return u"a77ac000-0000-4000-8000-%1"_s.arg(m_sequence, 12, 10, QChar(u'0'));
    return u"atk%1-"_s.arg(m_sequence) + text;
}

// A copy of `row` that no unique key refuses: for each key it would repeat, one column changes: a
// plain number goes past the largest, a plain text gets a prefix, a reference points at another
// parent row the key does not use yet. `keepColumn` keeps its value (it is the one under attack).
QList<AttackCatalogue::Value> AttackCatalogue::freshCopy(
        const Table &table, const QList<Value> &row, int keepColumn) const
{
    QList<Value> values = row;
    const auto taken = [&](const QList<int> &key, const QList<Value> &candidate) {
        return std::any_of(table.rows.begin(), table.rows.end(), [&](const QList<Value> &existing) {
            return std::all_of(key.begin(), key.end(), [&](int c) {
                return existing.at(c) && candidate.at(c) && existing.at(c)->toLower() == candidate.at(c)->toLower();
            });
        });
    };
    for (const QList<int> &key : table.uniqueKeys) {
        if (!taken(key, values))
            continue;
        bool changed = false;
        for (int pass = 0; pass < 3 && !changed; ++pass) {
            for (int c : key) {
                const Column &column = table.columns.at(c);
                if (c == keepColumn || changed)
                    continue;
                const bool plain = column.parentTable.isEmpty() && column.allowedValues.isEmpty();
                if (pass == 0 && plain && column.isInteger) {
                    qint64 largest = 0;
                    for (const QList<Value> &existing : table.rows)
                        largest = std::max(largest, existing.at(c).value_or(u"0"_s).toLongLong());
                    values[c] = QString::number(largest + 1000 + ++m_sequence);
                    changed = true;
                } else if (pass == 1 && plain && column.isText && values.at(c)) {
                    values[c] = freshText(*values.at(c));
                    changed = true;
                } else if (pass == 2 && !column.parentTable.isEmpty()) {
                    for (const Value &parent : parentKeys(column)) {
                        QList<Value> candidate = values;
                        candidate[c] = parent;
                        if (!taken(key, candidate)) {
                            values = candidate;
                            changed = true;
                            break;
                        }
                    }
                }
            }
        }
    }
    return values;
}

QString AttackCatalogue::where(const Table &table, const QList<Value> &row)
{
    QStringList conditions;
    QList<int> key = table.primaryKey;
    if (key.isEmpty()) {
        key.resize(table.columns.size());
        std::iota(key.begin(), key.end(), 0);
    }
    for (int c : std::as_const(key)) {
        const QString name = sqlIdentifier(table.columns.at(c).name);
        conditions << (row.at(c) ? QString(name + u" = "_s + sqlLiteral(row.at(c))) : QString(name + u" IS NULL"_s));
    }
    return conditions.join(u" AND "_s);
}

QString AttackCatalogue::insert(const Table &table, const QList<Value> &values)
{
    QStringList names;
    QStringList literals;
    bool overriding = false;
    for (int c = 0; c < table.columns.size(); ++c) {
        names << sqlIdentifier(table.columns.at(c).name);
        literals << sqlLiteral(values.at(c));
        overriding = overriding || table.columns.at(c).overridingIdentity;
    }
    return u"INSERT INTO %1 (%2)%3 VALUES (%4)"_s.arg(sqlIdentifier(table.name), names.join(u", "_s),
            overriding ? u" OVERRIDING SYSTEM VALUE"_s : QString(), literals.join(u", "_s));
}

QString AttackCatalogue::rowLabel(const Table &table, int row) const
{
    QStringList parts;
    for (int c : table.primaryKey)
        parts << table.rows.at(row).at(c).value_or(u"NULL"_s);
    QString label = table.name + u' ' + parts.join(u'/');
    QStringList states;
    for (int c = 0; c < table.columns.size(); ++c) {
        if (!table.columns.at(c).allowedValues.isEmpty())
            states << table.rows.at(row).at(c).value_or(u"NULL"_s);
    }
    if (!states.isEmpty())
        label += u" ("_s + states.join(u", "_s) + u')';
    return label;
}

QList<Attack> AttackCatalogue::attacks() const
{
    m_sequence = 0;
    QList<Attack> result;
    for (const Table &table : m_tables) {
        const QList<int> representatives = representativeRows(table);
        if (representatives.isEmpty())
            continue;

        // INSERT: plausible copies, then copies of the first representative with one hostile column.
        const qsizetype plainCopy = result.size();
        for (int r : representatives) {
            result.append({u"INSERT"_s, table.name, u"*"_s, u"copy of "_s + rowLabel(table, r),
                    insert(table, freshCopy(table, table.rows.at(r), -1))});
        }
        const int model = representatives.first();
        for (int c = 0; c < table.columns.size(); ++c) {
            for (const HostileValue &hostile : hostileValues(table, c, table.rows.at(model).at(c))) {
                QList<Value> values = table.rows.at(model);
                values[c] = hostile.value;
                result.append({u"INSERT"_s, table.name, table.columns.at(c).name,
                        u"copy of %1 with %2 = %3"_s.arg(
                                rowLabel(table, model), table.columns.at(c).name, hostile.label),
                        insert(table, freshCopy(table, values, c)), plainCopy});
            }
        }

        // UPDATE: each column of each representative row.
        for (int r : representatives) {
            const QList<Value> &row = table.rows.at(r);
            for (int c = 0; c < table.columns.size(); ++c) {
                const QString name = table.columns.at(c).name;
                for (const HostileValue &hostile : hostileValues(table, c, row.at(c))) {
                    result.append({u"UPDATE"_s, table.name, name,
                            u"%1: %2 = %3"_s.arg(rowLabel(table, r), name, hostile.label),
                            u"UPDATE %1 SET %2 = %3 WHERE %4"_s.arg(sqlIdentifier(table.name), sqlIdentifier(name),
                                    sqlLiteral(hostile.value), where(table, row))});
                }
                // The columns a CHECK ties to this one, all taken from a row in another state.
                for (const QList<int> &group : table.checkGroups) {
                    if (!group.contains(c))
                        continue;
                    QSet<QString> donorValues;
                    for (int d = 0; d < table.rows.size(); ++d) {
                        const Value &donorValue = table.rows.at(d).at(c);
                        const QString seenKey = donorValue.value_or(u"\x01null"_s);
                        if (donorValue == row.at(c) || donorValues.contains(seenKey))
                            continue;
                        donorValues.insert(seenKey);
                        QStringList names;
                        QStringList literals;
                        for (int g : group) {
                            names << sqlIdentifier(table.columns.at(g).name);
                            literals << sqlLiteral(table.rows.at(d).at(g));
                        }
                        result.append({u"UPDATE"_s, table.name, name,
                                u"%1: %2 and what a CHECK ties to it as in %3"_s.arg(
                                        rowLabel(table, r), name, rowLabel(table, d)),
                                u"UPDATE %1 SET (%2) = (%3) WHERE %4"_s.arg(sqlIdentifier(table.name),
                                        names.join(u", "_s), literals.join(u", "_s), where(table, row))});
                    }
                }
            }
        }

        for (int r : representatives) {
            result.append({u"DELETE"_s, table.name, u"*"_s, rowLabel(table, r),
                    u"DELETE FROM %1 WHERE %2"_s.arg(sqlIdentifier(table.name), where(table, table.rows.at(r)))});
        }
    }
    return result;
}

} // namespace shipshape::test
