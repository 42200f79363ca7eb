#pragma once

#include "common/Result.h"

#include <QDate>
#include <QStringList>

namespace shipshape {

class Database;

// The dashboard's daily aggregates: per UTC day (and currency where money is involved) what the orders,
// card charges, placement log, customer emails, parcels and returns add up to. Database triggers keep them in step with
// every change, in the change's own transaction, on both engines (docs/dashboard.md explains why
// triggers and not writes in the repositories). The triggers are frozen text in migrations 6, 10, 17 and 29
// (resources/migrations); each aggregate's full recomputation is defined here, as a contribution per
// source row, and a test compares the two after every kind of change (differences()).
class DailyAggregates {
public:
    // Throws the aggregates away and recomputes them from the source rows, in one transaction.
    // For bulk loads that run with the triggers dropped (demo data on SQLite).
    static Status rebuild(Database &database);
    // The statements of rebuild(), without the transaction (the migration runs them in its own).
    static QStringList rebuildStatements();

    // Compares the stored aggregates with a full recomputation; returns one line per difference
    // (empty: they agree). A test and diagnostics hook, not for the hot path.
    static Result<QStringList> differences(Database &database);

    // Aggregates are keyed by whole days since 1970-01-01 UTC.
    static qint64 dayNumber(QDate day);
    static QDate dateOfDay(qint64 dayNumber);
};

} // namespace shipshape
