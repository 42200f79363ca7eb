#pragma once

#include "common/Result.h"
#include "orders/LineItem.h"
#include "orders/OrderRequests.h"

#include <QCoreApplication>

namespace shipshape {

class Database;

// An order's lines priced from the catalogue: every SKU known, every quantity in range, one currency, and
// a price the caller expected must be today's (else "stale price"). A line already on the order keeps
// the price it was sold at.
class OrderPricing {
    Q_DECLARE_TR_FUNCTIONS(OrderPricing)

public:
    explicit OrderPricing(Database &database) : m_database(database) {}

    Result<QList<LineItem>> priceLines(const QList<OrderItemRequest> &items, const QList<LineItem> &existing = {});

private:
    Database &m_database;
};

} // namespace shipshape
