#pragma once

#include "common/Result.h"

#include <QStringList>

namespace shipshape {

class Database;

// How the demo data loads fast on SQLite: demo data is disposable, so the per-commit fsync is skipped while
// generating. Building the secondary indexes once at the end (sorted) is several times cheaper than keeping
// them up to date row by row, so they are dropped and re-created from their own definitions in sqlite_master
// (the migrations stay the only place that defines them). The triggers on those tables go too: the order count
// and the dashboard's daily aggregates they keep are computed once at the end, the aggregates from the same
// definitions the triggers use. On PostgreSQL nothing changes.
class DemoBulkLoad {
public:
    explicit DemoBulkLoad(Database &database);
    DemoBulkLoad(const DemoBulkLoad &) = delete;
    DemoBulkLoad &operator=(const DemoBulkLoad &) = delete;
    // Restores what finish() did not (after an error): the error already being returned wins.
    ~DemoBulkLoad();

    Status begin();
    // The indexes, triggers, counts and aggregates back, and the usual settings.
    Status finish();

private:
    Database &m_database;
    bool m_sqlite = false;
    bool m_begun = false;
    QStringList m_indexes;
    QStringList m_triggers;
};

} // namespace shipshape
