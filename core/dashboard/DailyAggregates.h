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
    // For bulk loads that run with the triggers dropped (demo data on SQLite). The days closed by a purge
    // (closedThroughDay()) are kept as they are: their orders are gone, their figures are history.
    static Status rebuild(Database &database);
    // The statements of rebuild() on a database that has never been purged, without the transaction.
    static QStringList rebuildStatements();

    // Compares the stored aggregates with a full recomputation; returns one line per difference
    // (empty: they agree). A test and diagnostics hook, not for the hot path. Days closed by a purge are
    // not compared.
    static Result<QStringList> differences(Database &database);

    // The last day whose figures a purge keeps as history (purges.history_through_day, migration 33): the
    // day of the last row of a purged order that counted in an aggregate. -1 when nothing was purged.
    static Result<qint64> closedThroughDay(Database &database);
    // The aggregate tables, which a purge keeps as they were.
    static QStringList tables();

    // Aggregates are keyed by whole days since 1970-01-01 UTC.
    static qint64 dayNumber(QDate day);
    static QDate dateOfDay(qint64 dayNumber);
};

} // namespace shipshape
