#include "customers/CustomerRepository.h"

#include "common/Time.h"
#include "storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

Customer customerFromRow(const Rows &row)
{
    Customer customer{row.integer(u"id"), row.text(u"uuid"), row.text(u"name"), row.text(u"email"),
            fromStorage(row.value(u"created_at")), row.text(u"phone"), std::nullopt};
    if (!row.isNull(u"sms_opted_out_at"))
        customer.smsOptedOutAt = fromStorage(row.value(u"sms_opted_out_at"));
    return customer;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

// Only a fixed condition reaches the SQL text; the search text is bound. Without a search there is no
// condition at all, so counting everyone needs no scan of names and emails.
QString matchClause(const QString &text, QVariantList &values)
{
    if (text.isEmpty())
        return {};
    const QString pattern = likePattern(text);
    values << pattern << pattern;
    return u" WHERE (lower(name) LIKE lower(?) ESCAPE '\\' OR lower(email) LIKE lower(?) ESCAPE '\\')"_s;
}

// Spend leaves out cancelled orders and what was refunded (see CustomerOrderTotals). The aggregates are
// named: each engine names an unnamed one its own way.
const QString kTotalsColumns
        = u"o.currency, COUNT(o.number) AS order_count, "
          "COALESCE(SUM(CASE WHEN o.status = 'cancelled' THEN 1 ELSE 0 END), 0) AS cancelled_count, "
          "COALESCE(SUM(CASE WHEN o.status = 'cancelled' THEN 0 "
          "ELSE o.total_minor - o.refunded_minor END), 0) AS spend_minor"_s;

// Adds one (currency, count, cancelled, spend) group to the totals; a NULL currency means no orders.
Status addTotals(CustomerOrderTotals &totals, const Rows &row)
{
    const std::optional<QString> code = row.optionalText(u"currency");
    if (!code)
        return row.status();
    auto currency = Currency::fromCode(*code);
    if (!currency)
        return fail(currency.error());
    totals.orders += row.integer(u"order_count");
    totals.cancelled += row.integer(u"cancelled_count");
    totals.spend.append(Money(row.integer(u"spend_minor"), *currency));
    return row.status();
}

} // namespace

Result<std::optional<Customer>> CustomerRepository::findOne(const QString &where, const QVariant &value)
{
    auto query = m_database.query(
            u"SELECT id, uuid, name, email, created_at, phone, sms_opted_out_at FROM customers WHERE "_s + where,
            {value});
    if (!query)
        return fail(query.error());
    std::optional<Customer> customer;
    if (query->next())
        customer = customerFromRow(*query);
    if (auto read = query->status(); !read)
        return fail(read.error());
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
    auto query = m_database.query(
            u"INSERT INTO customers (uuid, name, email, created_at, phone) VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
            {customer.id, customer.name, customer.email, toStorage(customer.createdAt),
                    customer.phone.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(customer.phone)});
    if (!query)
        return fail(query.error());
    if (query->next())
        customer.rowId = query->integer(u"id");
    return customer;
}

Result<std::optional<Customer>> CustomerRepository::findByReference(const QString &reference)
{
    const QString trimmed = reference.trimmed();
    return trimmed.contains(u'@') ? findByEmail(trimmed) : findById(trimmed);
}

Status CustomerRepository::setPhone(qint64 rowId, const QString &e164Phone)
{
    auto query = m_database.query(u"UPDATE customers SET phone = ? WHERE id = ?"_s,
            {e164Phone.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(e164Phone), rowId});
    if (!query)
        return fail(query.error());
    return {};
}

Result<QList<Customer>> CustomerRepository::search(const QString &text, int limit, int offset)
{
    const QString pattern = likePattern(text);
    auto query = m_database.query(
            u"SELECT id, uuid, name, email, created_at, phone, sms_opted_out_at FROM customers "
            "WHERE lower(name) LIKE lower(?) ESCAPE '\\' OR lower(email) LIKE lower(?) ESCAPE '\\' ORDER BY name, id LIMIT ? OFFSET ?"_s,
            {pattern, pattern, limit, offset});
    if (!query)
        return fail(query.error());
    QList<Customer> customers;
    while (query->next())
        customers.append(customerFromRow(*query));
    if (auto read = query->status(); !read)
        return fail(read.error());
    return customers;
}

Result<QList<CustomerSummary>> CustomerRepository::searchWithTotals(const QString &text, int limit, int offset)
{
    // The page of customers first (index on name), then their orders through (customer_id, number):
    // the cost follows the page, not the size of the orders table.
    QVariantList values;
    const QString where = matchClause(text, values);
    values << limit << offset;
    auto query = m_database.query(u"SELECT c.id, c.uuid, c.name, c.email, c.created_at, c.phone, c.sms_opted_out_at, "_s
                    + kTotalsColumns
                    + u" FROM (SELECT id, uuid, name, email, created_at, phone, sms_opted_out_at FROM customers"_s
                    + where
                    + u" ORDER BY name, id LIMIT ? OFFSET ?) c LEFT JOIN orders o ON o.customer_id = c.id "
                      "GROUP BY c.id, c.uuid, c.name, c.email, c.created_at, c.phone, c.sms_opted_out_at, o.currency "
                      "ORDER BY c.name, c.id, o.currency"_s,
            values);
    if (!query)
        return fail(query.error());
    QList<CustomerSummary> customers;
    while (query->next()) {
        const qint64 rowId = query->integer(u"id");
        if (customers.isEmpty() || customers.constLast().customer.rowId != rowId)
            customers.append(CustomerSummary{customerFromRow(*query), {}});
        if (auto added = addTotals(customers.last().totals, *query); !added)
            return fail(added.error());
    }
    return customers;
}

Result<qint64> CustomerRepository::count(const QString &text)
{
    QVariantList values;
    auto query = m_database.query(u"SELECT COUNT(*) FROM customers"_s + matchClause(text, values), values);
    if (!query)
        return fail(query.error());
    const qint64 count = query->next() ? query->singleInteger() : 0;
    return count;
}

Result<CustomerOrderTotals> CustomerRepository::orderTotals(qint64 customerRowId)
{
    auto query = m_database.query(u"SELECT "_s + kTotalsColumns
                    + u" FROM orders o WHERE o.customer_id = ? GROUP BY o.currency ORDER BY o.currency"_s,
            {customerRowId});
    if (!query)
        return fail(query.error());
    CustomerOrderTotals totals;
    while (query->next()) {
        if (auto added = addTotals(totals, *query); !added)
            return fail(added.error());
    }
    return totals;
}

} // namespace shipshape
