#pragma once

#include "common/Result.h"
#include "customers/CustomerQuery.h"

#include <QCoreApplication>

namespace shipshape {

class Database;

// Customer use cases for people looking things up: the customer list with what each has ordered, and
// one customer's order history page by page. Read-only; customers are created by placing orders.
class CustomerService {
    Q_DECLARE_TR_FUNCTIONS(CustomerService)

public:
    static constexpr int kDefaultHistoryPageSize = 25;
    static constexpr int kMaxPageSize = 1000;

    explicit CustomerService(Database &database) : m_database(database) {}

    // Customers whose name or email contains `text` (empty: all), by name.
    Result<QList<CustomerSummary>> search(const QString &text, int limit, int offset);
    Result<qint64> count(const QString &text);
    // By the customer's UUID.
    Result<Customer> customer(const QString &customerId);
    Result<CustomerOrderTotals> orderTotals(const QString &customerId);
    // Page `page` (1-based) of the customer's orders, newest first, with totals over all of them.
    Result<CustomerOrderPage> orderHistory(const QString &customerId, int page, int pageSize = kDefaultHistoryPageSize);

private:
    Database &m_database;
};

} // namespace shipshape
