#include "customers/CustomerTags.h"

#include "common/Clock.h"
#include "customers/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/TransactionRunner.h"
#include "storage/UnitOfWork.h"
#include "tags/TagStore.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<qint64> CustomerTags::resolve(const QString &customerReference)
{
    auto found = CustomerRepository(m_database).findByReference(customerReference);
    if (!found)
        return fail(found.error());
    if (!found->has_value()) {
        return fail(Error::notFound(u"customer"_s, customerReference,
                tr("No customer \"%1\" (give the customer's ID from customers list, or their email).")
                        .arg(customerReference)));
    }
    return (*found)->rowId;
}

Result<QStringList> CustomerTags::add(const QString &customerReference, const QStringList &tags)
{
    return change(customerReference, tags, true);
}

Result<QStringList> CustomerTags::remove(const QString &customerReference, const QStringList &tags)
{
    return change(customerReference, tags, false);
}

Result<QStringList> CustomerTags::change(const QString &customerReference, const QStringList &tags, bool adding)
{
    // Checked before the database is touched: bad input writes nothing.
    auto parsed = Tags::parseAll(u"tag"_s, tags);
    if (!parsed)
        return fail(parsed.error());
    return TransactionRunner::run(m_database, [&]() -> Result<QStringList> {
        auto unit = UnitOfWork::begin(m_database);
        if (!unit)
            return fail(unit.error());
        auto customer = resolve(customerReference);
        if (!customer)
            return fail(customer.error());
        TagStore store(m_database, TagOwner::Customer);
        auto changed = adding ? store.add(*customer, *parsed, m_database.actor(), m_clock.now())
                              : store.remove(*customer, *parsed);
        if (!changed)
            return fail(changed.error());
        auto now = store.tagsOf(*customer);
        if (!now)
            return fail(now.error());
        if (auto committed = unit->commit(); !committed)
            return fail(committed.error());
        return *now;
    });
}

Result<QStringList> CustomerTags::tagsOf(const QString &customerReference)
{
    auto customer = resolve(customerReference);
    if (!customer)
        return fail(customer.error());
    return TagStore(m_database, TagOwner::Customer).tagsOf(*customer);
}

Result<QStringList> CustomerTags::inUse(int limit)
{
    return TagStore(m_database, TagOwner::Customer).inUse(limit);
}

} // namespace shipshape
