#include "replica/ReplicaTables.h"

#include "common/Logging.h"
#include "storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<QList<ReplicaTable>> ReplicaTables::followed(Database &server, Database &replica)
{
    QList<ReplicaTable> tables;
    {
        auto rows = server.query(
                u"SELECT c.relname AS table_name, "
                "(SELECT string_agg(a.attname, ',' ORDER BY k.position) FROM pg_index i "
                " CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position) "
                " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
                " WHERE i.indrelid = c.oid AND i.indisprimary) AS key_columns, "
                "(SELECT string_agg(a.attname, ',' ORDER BY a.attnum) FROM pg_attribute a "
                " WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns, "
                "greatest(c.reltuples, 0)::BIGINT AS estimated_rows "
                "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid "
                "AND t.tgname = 'replica_changes_logged') ORDER BY c.relname"_s);
        if (!rows)
            return fail(rows.error());
        while (rows->next()) {
            tables << ReplicaTable{rows->text(u"table_name"), rows->text(u"key_columns").split(u','),
                    rows->text(u"columns").split(u','), rows->integer(u"estimated_rows")};
        }
        if (auto read = rows->status(); !read)
            return fail(read.error());
    }
    if (tables.isEmpty()) {
        return fail(Error::conflict(tr("The server %1 keeps no change log for replicas: migrate it to this "
                                       "Shipshape's schema first (shipshape-cli db migrate).")
                                            .arg(server.url().displayName())));
    }
    QList<ReplicaTable> shared;
    for (ReplicaTable &table : tables) {
        auto rows = replica.query(u"SELECT name FROM pragma_table_info(?)"_s, {table.name});
        if (!rows)
            return fail(rows.error());
        QStringList local;
        while (rows->next())
            local << rows->text(u"name");
        if (auto read = rows->status(); !read)
            return fail(read.error());
        if (local.isEmpty()) {
            qCWarning(lcReplica) << "The server's table" << table.name << "has no SQLite counterpart; not replicated";
            continue;
        }
        QStringList columns;
        for (const QString &column : std::as_const(table.columns)) {
            if (local.contains(column))
                columns << column;
        }
        const bool keyed = std::all_of(table.keyColumns.cbegin(), table.keyColumns.cend(),
                [&columns](const QString &key) { return columns.contains(key); });
        if (!keyed) {
            qCWarning(lcReplica) << "The key of" << table.name << "is not in its SQLite counterpart; not replicated";
            continue;
        }
        table.columns = columns;
        shared << table;
    }
    return shared;
}

} // namespace shipshape
