#pragma once

#include "common/Result.h"
#include "orders/Order.h"
#include "orders/OrderQuery.h"

#include <QCoreApplication>

#include <optional>

namespace shipshape {

class Database;

// SQL for orders and their timelines; their lines and discounts through OrderLineStore, the list's
// filters through OrderFilterSql. Callers own the transaction.
class OrderRepository {
    Q_DECLARE_TR_FUNCTIONS(OrderRepository)

public:
    explicit OrderRepository(Database &database) : m_database(database) {}

    // Atomically takes the next order number (one UPDATE … RETURNING, no read-then-write).
    Result<qint64> allocateNumber();
    Status insert(const Order &order);
    // Accepts "1042", "#1042" or the order's UUID.
    Result<std::optional<qint64>> resolve(const QString &reference);
    // As resolve(), but a reference to no order is an error (NotFound).
    Result<qint64> resolveExisting(const QString &reference);
    // lock: on PostgreSQL takes the row lock (SELECT … FOR UPDATE) for the rest of the transaction.
    Result<std::optional<Order>> load(qint64 number, bool withTimeline, bool lock = false);
    // Writes the order's mutable columns only if nobody changed it since `expectedVersion`.
    Status update(const Order &order, qint64 expectedVersion);
    // Whether update() would write the same values for both (the columns a change may alter).
    static bool sameStoredState(const Order &a, const Order &b);
    // The order's lines and discounts, written together since pricing sets both (OrderLineStore).
    Status replaceLines(qint64 number, const QList<LineItem> &lines, const QList<Discount> &discounts);
    Status appendTimeline(qint64 number, const TimelineEntry &entry);

    Result<QList<OrderSummary>> list(const OrderFilter &filter, const OrderSort &sort, int limit, int offset);
    Result<qint64> count(const OrderFilter &filter);
    // min(count(filter), cap + 1): stops reading after cap + 1 matches, so a search that matches
    // half the table answers as fast as its first page. A result above `cap` means "more than cap".
    Result<qint64> countUpTo(const OrderFilter &filter, qint64 cap);
    // Inside a write transaction: locks the order unless another client holds it (PostgreSQL
    // FOR UPDATE SKIP LOCKED; false then). Always true on SQLite, whose write transaction is exclusive.
    Result<bool> claim(qint64 number);
    // Pending orders whose reservation hold has run out at `now`, oldest first (rows another client
    // is changing right now are skipped on PostgreSQL).
    Result<QList<qint64>> expiredReservations(const QDateTime &now, int limit);

private:
    Result<QList<TimelineEntry>> loadTimeline(qint64 number);

    Database &m_database;
};

} // namespace shipshape
