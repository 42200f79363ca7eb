#include "PristineCopy.h"

#include "AttackCatalogue.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::test {
namespace {

const QString kSchema = u"attack_pristine"_s;

std::expected<void, QString> exec(const QSqlDatabase &connection, const QString &sql)
{
    QSqlQuery query(connection);
    if (!query.exec(sql))
        return std::unexpected(query.lastError().text() + u" in "_s + sql.left(300));
    return {};
}

QString qualified(const QString &schema, const QString &table)
{
    return sqlIdentifier(schema) + u'.' + sqlIdentifier(table);
}

} // namespace

const QStringList &PristineCopy::historyTables()
{
    static const QStringList tables{u"order_events"_s, u"stock_movements"_s, u"payments"_s, u"refunds"_s};
    return tables;
}

std::expected<PristineCopy, QString> PristineCopy::take(const QSqlDatabase &superuser)
{
    PristineCopy copy(superuser);
    QSqlQuery tables(superuser);
    if (!tables.exec(u"SELECT c.relname, "
                     "ARRAY(SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                     "      AND a.attnum = ANY (i.indkey) WHERE i.indrelid = c.oid AND i.indisprimary "
                     "      ORDER BY array_position(i.indkey::INT2[], a.attnum))::TEXT, "
                     "ARRAY(SELECT a.attname FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 "
                     "      AND NOT a.attisdropped AND a.attname IN ('actor', 'created_by', 'updated_by') "
                     "      ORDER BY a.attnum)::TEXT "
                     "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                     "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname"_s))
        return std::unexpected(tables.lastError().text());
    const auto names = [](QString array) { return array.remove(u'{').remove(u'}').split(u',', Qt::SkipEmptyParts); };
    while (tables.next())
        copy.m_tables.append(
                {tables.value(0).toString(), names(tables.value(1).toString()), names(tables.value(2).toString())});

    if (auto made = exec(superuser, u"DROP SCHEMA IF EXISTS %1 CASCADE"_s.arg(kSchema)); !made)
        return std::unexpected(made.error());
    if (auto made = exec(superuser, u"CREATE SCHEMA %1"_s.arg(kSchema)); !made)
        return std::unexpected(made.error());
    for (const TableInfo &table : std::as_const(copy.m_tables)) {
        if (auto made = exec(superuser,
                    u"CREATE TABLE %1 AS SELECT * FROM %2"_s.arg(
                            qualified(kSchema, table.name), qualified(u"public"_s, table.name)));
                !made)
            return std::unexpected(made.error());
    }
    QStringList all;
    for (const TableInfo &table : std::as_const(copy.m_tables))
        all << table.name;
    QSqlQuery fingerprints(superuser);
    if (!fingerprints.exec(copy.fingerprintQuery(kSchema, all)))
        return std::unexpected(fingerprints.lastError().text());
    while (fingerprints.next())
        copy.m_fingerprints.insert(fingerprints.value(0).toString(), fingerprints.value(1).toString());

    QStringList markParts;
    for (const QString &table : std::as_const(all)) {
        markParts << u"SELECT %1, COUNT(*) || '/' || COALESCE(MAX(xmin::TEXT::BIGINT), 0) FROM %2"_s.arg(
                sqlLiteral(table), qualified(u"public"_s, table));
    }
    copy.m_markQuery = std::make_shared<QSqlQuery>(superuser);
    if (!copy.m_markQuery->prepare(markParts.join(u" UNION ALL "_s)))
        return std::unexpected(copy.m_markQuery->lastError().text());
    auto marks = copy.marks();
    if (!marks)
        return std::unexpected(marks.error());
    copy.m_marks = *marks;

    QSqlQuery sequences(superuser);
    if (!sequences.exec(u"SELECT sequencename FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1"_s))
        return std::unexpected(sequences.lastError().text());
    QStringList sequenceNames;
    while (sequences.next())
        sequenceNames << sequences.value(0).toString();
    for (const QString &sequence : std::as_const(sequenceNames)) {
        QSqlQuery position(superuser);
        if (!position.exec(u"SELECT last_value, is_called FROM "_s + qualified(u"public"_s, sequence))
                || !position.next())
            return std::unexpected(position.lastError().text());
        copy.m_sequenceResets << u"SELECT setval('%1', %2, %3)"_s.arg(qualified(u"public"_s, sequence),
                position.value(0).toString(), position.value(1).toBool() ? u"true"_s : u"false"_s);
    }
    return copy;
}

QString PristineCopy::fingerprintQuery(const QString &schema, const QStringList &tables) const
{
    QStringList parts;
    for (const QString &table : tables) {
        parts << u"SELECT %1, (SELECT md5(COALESCE(string_agg(x::TEXT, '|' ORDER BY x::TEXT), '')) FROM %2 x)"_s.arg(
                sqlLiteral(table), qualified(schema, table));
    }
    return parts.join(u" UNION ALL "_s);
}

std::expected<QHash<QString, QString>, QString> PristineCopy::marks() const
{
    QSqlQuery &query = *m_markQuery;
    if (!query.exec())
        return std::unexpected(query.lastError().text());
    QHash<QString, QString> marks;
    while (query.next())
        marks.insert(query.value(0).toString(), query.value(1).toString());
    query.finish();
    return marks;
}

std::expected<QStringList, QString> PristineCopy::changedTables() const
{
    auto now = marks();
    if (!now)
        return std::unexpected(now.error());
    QStringList changed;
    for (const TableInfo &table : m_tables) {
        if (now->value(table.name) != m_marks.value(table.name))
            changed << table.name;
    }
    return changed;
}

std::expected<void, QString> PristineCopy::restore(const QStringList &tables)
{
    if (tables.isEmpty())
        return {};
    // Only the rows that differ go and come back (whole tables would leave thousands of dead row
    // versions behind over a run, and every later scan would wade through them); one round trip.
    QStringList statements{u"BEGIN"_s, u"SET LOCAL session_replication_role = replica"_s};
    for (const QString &table : tables) {
        const QString live = qualified(u"public"_s, table);
        const QString copy = qualified(kSchema, table);
        statements << u"DELETE FROM %1 n WHERE NOT EXISTS (SELECT FROM %2 p WHERE p::TEXT = n::TEXT)"_s.arg(live, copy);
        statements << u"INSERT INTO %1 OVERRIDING SYSTEM VALUE SELECT * FROM %2 p "
                      "WHERE NOT EXISTS (SELECT FROM %1 n WHERE n::TEXT = p::TEXT)"_s.arg(live, copy);
    }
    statements << m_sequenceResets;
    statements << u"COMMIT"_s;
    if (auto done = exec(m_superuser, statements.join(u";\n"_s)); !done) {
        (void) exec(m_superuser, u"ROLLBACK"_s);
        return done;
    }
    QSqlQuery fingerprints(m_superuser);
    if (!fingerprints.exec(fingerprintQuery(u"public"_s, tables)))
        return std::unexpected(fingerprints.lastError().text());
    while (fingerprints.next()) {
        if (m_fingerprints.value(fingerprints.value(0).toString()) != fingerprints.value(1).toString())
            return std::unexpected(u"restoring did not bring back "_s + fingerprints.value(0).toString());
    }
    auto marks = this->marks();
    if (!marks)
        return std::unexpected(marks.error());
    m_marks = *marks;
    return {};
}

std::expected<QList<InvariantViolation>, QString> PristineCopy::untracedChanges(
        const QString &login, const QStringList &changedTables) const
{
    std::shared_ptr<QSqlQuery> &prepared = m_untraced[login + u':' + changedTables.join(u',')];
    if (!prepared) {
        QStringList parts = untracedChecks(login, changedTables);
        if (parts.isEmpty())
            return QList<InvariantViolation>();
        prepared = std::make_shared<QSqlQuery>(m_superuser);
        const QString sql = parts.join(u"\nUNION ALL\n"_s) + u"\nORDER BY 1, 2, 3"_s;
        if (!prepared->prepare(sql)) {
            const QString problem = prepared->lastError().text() + u" in "_s + sql;
            prepared.reset();
            return std::unexpected(problem);
        }
    }
    QSqlQuery &query = *prepared;
    if (!query.exec())
        return std::unexpected(query.lastError().text());
    QList<InvariantViolation> violations;
    while (query.next())
        violations.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    query.finish();
    return violations;
}

QStringList PristineCopy::untracedChecks(const QString &login, const QStringList &changedTables) const
{
    QStringList parts;
    // An order (its row, its lines or its tags) changed, appeared or vanished while its timeline did not grow.
    if (changedTables.contains(u"orders"_s) || changedTables.contains(u"order_lines"_s)
            || changedTables.contains(u"order_tags"_s)) {
        parts << uR"(SELECT 'order_changes_leave_timeline_rows', 'order ' || k.number,
               CASE WHEN n.h IS NULL THEN 'the order vanished'
                    WHEN p.h IS NULL THEN 'the order appeared'
                    ELSE 'the order changed' END
               || format(' and its timeline went from %s to %s rows', COALESCE(pe.n, 0), COALESCE(ne.n, 0))
        FROM (SELECT number FROM public.orders UNION SELECT number FROM %1.orders
              UNION SELECT order_number FROM public.order_lines UNION SELECT order_number FROM %1.order_lines
              UNION SELECT order_number FROM public.order_tags UNION SELECT order_number FROM %1.order_tags) k
        LEFT JOIN (SELECT number, md5(o::TEXT) AS h FROM public.orders o) n ON n.number = k.number
        LEFT JOIN (SELECT number, md5(o::TEXT) AS h FROM %1.orders o) p ON p.number = k.number
        LEFT JOIN (SELECT order_number, string_agg(l::TEXT, '|' ORDER BY l.position) AS h FROM public.order_lines l
                   GROUP BY 1) nl ON nl.order_number = k.number
        LEFT JOIN (SELECT order_number, string_agg(l::TEXT, '|' ORDER BY l.position) AS h FROM %1.order_lines l
                   GROUP BY 1) pl ON pl.order_number = k.number
        LEFT JOIN (SELECT order_number, string_agg(t::TEXT, '|' ORDER BY t.tag_key) AS h FROM public.order_tags t
                   GROUP BY 1) nt ON nt.order_number = k.number
        LEFT JOIN (SELECT order_number, string_agg(t::TEXT, '|' ORDER BY t.tag_key) AS h FROM %1.order_tags t
                   GROUP BY 1) pt ON pt.order_number = k.number
        LEFT JOIN (SELECT order_number, COUNT(*) AS n FROM public.order_events GROUP BY 1) ne ON ne.order_number = k.number
        LEFT JOIN (SELECT order_number, COUNT(*) AS n FROM %1.order_events GROUP BY 1) pe ON pe.order_number = k.number
        WHERE (n.h IS DISTINCT FROM p.h OR nl.h IS DISTINCT FROM pl.h OR nt.h IS DISTINCT FROM pt.h) AND COALESCE(ne.n, 0) <= COALESCE(pe.n, 0))"_s
                         .arg(kSchema);
    }
    for (const TableInfo &table : m_tables) {
        if (table.primaryKey.isEmpty() || !changedTables.contains(table.name))
            continue;
        QStringList join;
        QStringList key;
        for (const QString &column : table.primaryKey) {
            join << u"n.%1 = p.%1"_s.arg(sqlIdentifier(column));
            key << u"p.%1::TEXT"_s.arg(sqlIdentifier(column));
        }
        if (historyTables().contains(table.name)) {
            // History is only ever appended to.
            parts << uR"(SELECT 'history_is_append_only', %1 || ' ' || concat_ws('/', %2),
                       CASE WHEN n.%3 IS NULL THEN 'deleted' ELSE 'rewritten: ' || p::TEXT || ' -> ' || n::TEXT END
                FROM %4 p LEFT JOIN %5 n ON %6 WHERE n.%3 IS NULL OR n::TEXT <> p::TEXT)"_s.arg(sqlLiteral(table.name),
                    key.join(u", "_s), sqlIdentifier(table.primaryKey.first()), qualified(kSchema, table.name),
                    qualified(u"public"_s, table.name), join.join(u" AND "_s));
        }
        for (const QString &writer : table.writerColumns) {
            // A row written now names its writer: the login, never someone else.
            QStringList newKey;
            for (const QString &column : table.primaryKey)
                newKey << u"n.%1::TEXT"_s.arg(sqlIdentifier(column));
            parts << uR"(SELECT 'rows_name_their_writer', %1 || ' ' || concat_ws('/', %2),
                       format('%3 = %s, written by %s', n.%4, %5)
                FROM %6 n LEFT JOIN %7 p ON %8
                WHERE n.%4 IS DISTINCT FROM p.%4 AND n.%4 IS DISTINCT FROM %5)"_s.arg(sqlLiteral(table.name),
                    newKey.join(u", "_s), writer, sqlIdentifier(writer), sqlLiteral(login),
                    qualified(u"public"_s, table.name), qualified(kSchema, table.name), join.join(u" AND "_s));
        }
    }
    return parts;
}

} // namespace shipshape::test
