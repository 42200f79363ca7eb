#pragma once

#include "common/Result.h"
#include "orders/Order.h"
#include "orders/OrderQuery.h"

#include <QCoreApplication>

#include <optional>

namespace shipshape {

class Database;

// Reading orders: one order with everything about it (lines, timeline, payments, refunds, attempts,
// payment links), the list's pages and counts, and the order an idempotent placement made.
class OrderQueries {
    Q_DECLARE_TR_FUNCTIONS(OrderQueries)

public:
    explicit OrderQueries(Database &database) : m_database(database) {}

    Result<Order> find(const QString &orderReference);
    Result<QList<OrderSummary>> list(const OrderFilter &filter, const OrderSort &sort, int limit, int offset);
    Result<qint64> count(const OrderFilter &filter);
    // min(count(filter), cap + 1), without reading past the (cap + 1)th match: a result above `cap`
    // means "more than cap". For the order list's first page at large search results.
    Result<qint64> countUpTo(const OrderFilter &filter, qint64 cap);
    // The order an idempotent placement (PlaceOrderRequest::idempotencyKey) created, if any.
    Result<std::optional<qint64>> orderPlacedWithKey(const QString &idempotencyKey);

private:
    Database &m_database;
};

} // namespace shipshape
