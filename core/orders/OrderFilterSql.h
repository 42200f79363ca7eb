#pragma once

#include "common/Result.h"
#include "orders/OrderQuery.h"

#include <QCoreApplication>
#include <QVariantList>

namespace shipshape {

class Database;

// The WHERE clause of an order list for a filter and a search (docs/search.md): which index answers
// each part, and which kinds of search can match at all. The order list's queries (OrderRepository)
// put it after their FROM.
class OrderFilterSql {
    Q_DECLARE_TR_FUNCTIONS(OrderFilterSql)

public:
    explicit OrderFilterSql(Database &database) : m_database(database) {}

    // The WHERE clause for a filter over `orders o`, its values appended to `values`; may ask the
    // database which kinds of search can match at all (see OrderSearchTerm).
    Result<QString> whereClause(const OrderFilter &filter, QVariantList &values);

private:
    // Whether the SKUs containing the text (a LIKE pattern) are on so many orders' lines that the
    // search should walk the orders rather than collect the lines first.
    Result<bool> skuMatchesAreBroad(const QString &containsPattern);

    Database &m_database;
};

} // namespace shipshape
