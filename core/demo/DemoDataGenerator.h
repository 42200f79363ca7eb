#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace shipshape {

class Database;

struct DemoDataOptions {
    qint64 orders = 5000;
    int products = 250;
    int customers = 2000;
    quint32 seed = 1;
    QDateTime now; // the end of the 180-day history; the clock's time
    int holdMinutes = 15;
    // Issue 14's mix, in percent of all orders: confirmed orders with parcels sent and units still to ship,
    // delivered orders with a return (in every state), and returns exchanged for a replacement order (part of
    // the returned ones; each replacement is one of the orders).
    int partlyShippedPercent = 10;
    int returnedPercent = 5;
    int exchangedPercent = 1;
};

struct DemoDataReport {
    qint64 orders = 0;
    qint64 products = 0;
    qint64 customers = 0;
    qint64 lines = 0;
    qint64 timelineEntries = 0;
    qint64 partlyShipped = 0;
    qint64 returns = 0;
    qint64 exchanges = 0;
};

// Fills an empty database with a believable shop: a catalogue, customers, and orders spread over the
// last 180 days with a realistic status mix (recent orders still pending or confirmed, older ones
// delivered, some cancelled), orders partly shipped in several parcels, returns in every state (received with
// restock and write-off, refunded, rejected) and exchanges, complete timelines, payments, refunds and a stock
// ledger that balances: every row what the services (OrderFulfillment, OrderReturns, OrderExchanges) write.
// The same seed always gives the same shop (times are relative to `now`).
class DemoDataGenerator {
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    using Progress = std::function<void(qint64 ordersWritten, qint64 ordersTotal)>;

    static Result<DemoDataReport> generate(
            Database &database, const DemoDataOptions &options, const Progress &progress = {});

    // A database whose demo data is still being written (by another process) or whose generation was
    // interrupted holds a partial shop without its indexes and counts: refused here with a message that
    // says so (Conflict). Any other database passes, filled or not.
    static Status checkComplete(Database &database);
};

} // namespace shipshape
