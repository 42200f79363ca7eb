#pragma once

#include "common/Result.h"
#include "orders/LineItem.h"
#include "pricing/Discount.h"

#include <QList>

namespace shipshape {

class Currency;
class Database;

// SQL for an order's priced lines and discounts (the order_lines and order_discounts rows), kept apart
// from the order row itself. Pricing sets both together, so they are written together. Callers own the
// transaction.
class OrderLineStore {
public:
    explicit OrderLineStore(Database &database) : m_database(database) {}

    // Replaces the order's discounts and lines with these, positions in list order.
    Status replace(qint64 number, const QList<LineItem> &lines, const QList<Discount> &discounts);
    // The order's lines and discounts in their positions; amounts in the order's currency.
    Result<QList<LineItem>> lines(qint64 number, const Currency &currency);
    Result<QList<Discount>> discounts(qint64 number, const Currency &currency);

private:
    Database &m_database;
};

} // namespace shipshape
