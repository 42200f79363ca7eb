#include "customers/CustomerRepository.h"

#include "common/Time.h"
#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

Customer customerFromRow(const QSqlQuery &query)
{
    return Customer{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), fromStorage(query.value(4))};
}

} // namespace

Result<std::optional<Customer>> CustomerRepository::findOne(const QString &where, const QVariant &value)
{
    auto query = m_database.run(u"SELECT id, uuid, name, email, created_at FROM customers WHERE "_s + where, {value});
    if (!query)
        return fail(query.error());
    std::optional<Customer> customer;
    if ((*query)->next())
        customer = customerFromRow(**query);
    (*query)->finish();
    return customer;
}

Result<std::optional<Customer>> CustomerRepository::findById(const QString &uuid)
{
    return findOne(u"uuid = ?"_s, uuid.toLower());
}

Result<std::optional<Customer>> CustomerRepository::findByEmail(const QString &email)
{
    return findOne(u"lower(email) = lower(?)"_s, email);
}

Result<Customer> CustomerRepository::insert(Customer customer)
{
    auto query = m_database.run(
            u"INSERT INTO customers (uuid, name, email, created_at) VALUES (?, ?, ?, ?) RETURNING id"_s,
            {customer.id, customer.name, customer.email, toStorage(customer.createdAt)});
    if (!query)
        return fail(query.error());
    if ((*query)->next())
        customer.rowId = (*query)->value(0).toLongLong();
    (*query)->finish();
    return customer;
}

Result<QList<Customer>> CustomerRepository::search(const QString &text, int limit, int offset)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    const QString pattern = u'%' + escaped + u'%';
    auto query = m_database.run(
            u"SELECT id, uuid, name, email, created_at FROM customers "
            "WHERE lower(name) LIKE lower(?) ESCAPE '\\' OR lower(email) LIKE lower(?) ESCAPE '\\' ORDER BY name, id LIMIT ? OFFSET ?"_s,
            {pattern, pattern, limit, offset});
    if (!query)
        return fail(query.error());
    QList<Customer> customers;
    while ((*query)->next())
        customers.append(customerFromRow(**query));
    (*query)->finish();
    return customers;
}

} // namespace shipshape
