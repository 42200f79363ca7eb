#pragma once

#include "common/Result.h"
#include "customers/CustomerQuery.h"

#include <QCoreApplication>

namespace shipshape {

class Database;

// Customer use cases for people looking things up: the customer list with what each has ordered, and
// one customer's order history page by page; and the customer's phone for SMS status messages. Customers are
// created by placing orders.
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
    // Sets the phone of the customer named by ID or email: checked with libphonenumber in the shop's default
    // region and stored in E.164; empty text removes it. A bad number is refused naming `phone` and the text,
    // and nothing is written. An opt-out (STOP) stays as it is.
    Result<Customer> setPhone(const QString &customerReference, const QString &phoneText);
    // Page `page` (1-based) of the customer's orders, newest first, with totals over all of them.
    Result<CustomerOrderPage> orderHistory(const QString &customerId, int page, int pageSize = kDefaultHistoryPageSize);

private:
    Database &m_database;
};

} // namespace shipshape
