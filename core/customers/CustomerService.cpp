#include "customers/CustomerService.h"

#include "customers/CustomerRepository.h"
#include "customers/PhoneNumbers.h"
#include "orders/OrderRepository.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<QList<CustomerSummary>> CustomerService::search(const QString &text, int limit, int offset)
{
    if (limit < 1 || limit > kMaxPageSize) {
        return fail(Error::invalid(u"limit"_s, QString::number(limit),
                tr("The limit must be between 1 and %1 (got %2).").arg(kMaxPageSize).arg(limit)));
    }
    if (offset < 0) {
        return fail(Error::invalid(
                u"offset"_s, QString::number(offset), tr("The offset cannot be negative (got %1).").arg(offset)));
    }
    return CustomerRepository(m_database).searchWithTotals(text.trimmed(), limit, offset);
}

Result<qint64> CustomerService::count(const QString &text)
{
    return CustomerRepository(m_database).count(text.trimmed());
}

Result<Customer> CustomerService::customer(const QString &customerId)
{
    auto found = CustomerRepository(m_database).findById(customerId.trimmed());
    if (!found)
        return fail(found.error());
    if (!found->has_value()) {
        return fail(
                Error::notFound(u"customer"_s, customerId, tr("There is no customer with the ID %1.").arg(customerId)));
    }
    return **found;
}

Result<Customer> CustomerService::setPhone(const QString &customerReference, const QString &phoneText)
{
    QString phone;
    if (!phoneText.trimmed().isEmpty()) {
        auto normalised = PhoneNumbers::normalise(u"phone"_s, phoneText, PhoneNumbers::configuredRegion());
        if (!normalised)
            return fail(normalised.error());
        phone = *normalised;
    }
    CustomerRepository customers(m_database);
    auto found = customers.findByReference(customerReference);
    if (!found)
        return fail(found.error());
    if (!found->has_value()) {
        return fail(Error::notFound(u"customer"_s, customerReference,
                tr("No customer \"%1\" (give the customer's ID from customers list, or their email).")
                        .arg(customerReference)));
    }
    Customer customer = **found;
    // One UPDATE by the row's key: nothing to race with.
    if (auto changed = customers.setPhone(customer.rowId, phone); !changed)
        return fail(changed.error());
    customer.phone = phone;
    return customer;
}

Result<CustomerOrderTotals> CustomerService::orderTotals(const QString &customerId)
{
    auto found = customer(customerId);
    if (!found)
        return fail(found.error());
    return CustomerRepository(m_database).orderTotals(found->rowId);
}

Result<CustomerOrderPage> CustomerService::orderHistory(const QString &customerId, int page, int pageSize)
{
    if (pageSize < 1 || pageSize > kMaxPageSize) {
        return fail(Error::invalid(u"pageSize"_s, QString::number(pageSize),
                tr("The page size must be between 1 and %1 (got %2).").arg(kMaxPageSize).arg(pageSize)));
    }
    if (page < 1)
        return fail(
                Error::invalid(u"page"_s, QString::number(page), tr("Pages are numbered from 1 (got %1).").arg(page)));
    auto found = customer(customerId);
    if (!found)
        return fail(found.error());
    CustomerOrderPage result;
    result.customer = *found;
    result.pageSize = pageSize;
    auto totals = CustomerRepository(m_database).orderTotals(found->rowId);
    if (!totals)
        return fail(totals.error());
    result.totals = *totals;
    const qint64 pages = std::max<qint64>(1, (totals->orders + pageSize - 1) / pageSize);
    result.pageCount = int(std::min<qint64>(pages, std::numeric_limits<int>::max()));
    if (page > result.pageCount) {
        return fail(Error::invalid(u"page"_s, QString::number(page),
                tr("Page %1 does not exist: this customer's orders fill %n page(s).", nullptr, result.pageCount)
                        .arg(page)));
    }
    result.page = page;

    OrderFilter filter;
    filter.customerId = found->id;
    // Order numbers are handed out in placement order, so the number index gives newest first.
    const OrderSort newestFirst{OrderSortKey::Number, true};
    auto orders = OrderRepository(m_database).list(filter, newestFirst, pageSize, (page - 1) * pageSize);
    if (!orders)
        return fail(orders.error());
    result.orders = std::move(*orders);
    return result;
}

} // namespace shipshape
