#pragma once

#include "common/Result.h"
#include "customers/Customer.h"
#include "customers/CustomerQuery.h"

#include <QList>

#include <optional>

namespace shipshape {

class Database;

class CustomerRepository {
public:
    explicit CustomerRepository(Database &database) : m_database(database) {}

    Result<std::optional<Customer>> findById(const QString &uuid);
    Result<std::optional<Customer>> findByEmail(const QString &email);
    // By what people type: an email (it has an @) or the customer's UUID.
    Result<std::optional<Customer>> findByReference(const QString &reference);
    // Assigns rowId on success.
    Result<Customer> insert(Customer customer);
    // Sets (or, with an empty text, removes) the customer's phone; the caller normalised it (PhoneNumbers).
    Status setPhone(qint64 rowId, const QString &e164Phone);
    Result<QList<Customer>> search(const QString &text, int limit, int offset);
    // As search(), each with the totals of their orders, computed for that page only.
    Result<QList<CustomerSummary>> searchWithTotals(const QString &text, int limit, int offset);
    Result<qint64> count(const QString &text);
    Result<CustomerOrderTotals> orderTotals(qint64 customerRowId);

private:
    Result<std::optional<Customer>> findOne(const QString &where, const QVariant &value);

    Database &m_database;
};

} // namespace shipshape
