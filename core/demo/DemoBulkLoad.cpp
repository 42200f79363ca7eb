#include "demo/DemoBulkLoad.h"

#include "dashboard/DailyAggregates.h"
#include "storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

DemoBulkLoad::DemoBulkLoad(Database &database) : m_database(database), m_sqlite(database.dialect().isSqlite()) {}

DemoBulkLoad::~DemoBulkLoad()
{
    if (m_begun)
        (void) finish();
}

Status DemoBulkLoad::begin()
{
    if (!m_sqlite)
        return {};
    m_begun = true;
    (void) m_database.execute(u"PRAGMA synchronous=OFF"_s);
    (void) m_database.execute(u"PRAGMA cache_size=-524288"_s);
    // payment_attempts keeps its indexes: it is small, and the placement log is filled by a join on it.
    auto indexes = m_database.query(
            u"SELECT name, sql, type FROM sqlite_master WHERE sql IS NOT NULL AND ("
            "(type = 'index' AND tbl_name IN ('orders', 'order_lines', 'order_events', "
            "'payments', 'placement_log', 'stock_movements')) OR (type = 'trigger' AND "
            "tbl_name IN ('orders', 'order_lines', 'payment_attempts', 'placement_log', 'shipments', 'shipment_lines', "
            "'returns', 'return_lines')))"_s);
    if (!indexes)
        return fail(indexes.error());
    QStringList drops;
    while (indexes->next()) {
        const bool trigger = indexes->text(u"type") == u"trigger"_s;
        // Names come from sqlite_master, i.e. from our own migrations.
        drops << (trigger ? u"DROP TRIGGER "_s : u"DROP INDEX "_s) + indexes->text(u"name");
        (trigger ? m_triggers : m_indexes) << indexes->text(u"sql");
    }
    if (auto read = indexes->status(); !read)
        return fail(read.error());
    m_database.finishStatements();
    for (const QString &drop : std::as_const(drops)) {
        if (auto dropped = m_database.execute(drop); !dropped)
            return fail(dropped.error());
    }
    return {};
}

Status DemoBulkLoad::finish()
{
    if (!m_begun)
        return {};
    m_begun = false;
    Status result;
    for (const QString &definition : std::as_const(m_indexes)) {
        if (auto created = m_database.execute(definition); !created && result)
            result = created;
    }
    m_indexes.clear();
    if (!m_triggers.isEmpty()) {
        for (const QString &definition : std::as_const(m_triggers)) {
            if (auto created = m_database.execute(definition); !created && result)
                result = created;
        }
        m_triggers.clear();
        if (auto rebuilt = DailyAggregates::rebuild(m_database); !rebuilt && result)
            result = rebuilt;
    }
    // The order-count triggers were off during the load (also when it failed half-way).
    if (auto counted
            = m_database.execute(u"UPDATE counters SET value = (SELECT COUNT(*) FROM orders) WHERE name = 'orders'"_s);
            !counted && result)
        result = counted;
    (void) m_database.execute(u"PRAGMA cache_size=-65536"_s);
    (void) m_database.execute(u"PRAGMA synchronous=FULL"_s);
    return result;
}

} // namespace shipshape
