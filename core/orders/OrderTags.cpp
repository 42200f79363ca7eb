#include "orders/OrderTags.h"

#include "orders/OrderChanges.h"
#include "orders/OrderContext.h"
#include "storage/Database.h"
#include "tags/TagStore.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

const QString kField = u"tag"_s;

} // namespace

Result<Order> OrderTags::add(const QString &orderReference, const QStringList &tags)
{
    return change(orderReference, tags, Edit::Add);
}

Result<Order> OrderTags::remove(const QString &orderReference, const QStringList &tags)
{
    return change(orderReference, tags, Edit::Remove);
}

Result<QList<OrderTagOutcome>> OrderTags::addToEach(const QList<qint64> &numbers, const QStringList &tags)
{
    return changeEach(numbers, tags, Edit::Add);
}

Result<QList<OrderTagOutcome>> OrderTags::removeFromEach(const QList<qint64> &numbers, const QStringList &tags)
{
    return changeEach(numbers, tags, Edit::Remove);
}

Result<QStringList> OrderTags::inUse(int limit)
{
    return TagStore(m_context.database, TagOwner::Order).inUse(limit);
}

Result<QList<OrderTagOutcome>> OrderTags::changeEach(const QList<qint64> &numbers, const QStringList &tags, Edit edit)
{
    if (auto parsed = Tags::parseAll(kField, tags); !parsed)
        return fail(parsed.error());
    QList<OrderTagOutcome> outcomes;
    outcomes.reserve(numbers.size());
    for (qint64 number : numbers)
        outcomes.append(OrderTagOutcome{number, change(QString::number(number), tags, edit)});
    return outcomes;
}

Result<Order> OrderTags::change(const QString &orderReference, const QStringList &tags, Edit edit)
{
    // Checked before the database is touched: bad input writes nothing.
    auto parsed = Tags::parseAll(kField, tags);
    if (!parsed)
        return fail(parsed.error());
    return m_changes.apply(orderReference, [&](Order &order, OrderChange &change) -> Status {
        TagStore store(m_context.database, TagOwner::Order);
        const auto changed = edit == Edit::Add
                ? store.add(order.number, *parsed, m_context.database.actor(), m_context.clock.now())
                : store.remove(order.number, *parsed);
        if (!changed)
            return fail(changed.error());
        if (changed->isEmpty())
            return {};
        const bool adding = edit == Edit::Add;
        // The reason is what people read on the timeline, as the other stored reasons are: kept in the
        // database's words; the details carry the tags for the views to word in their language.
        const QString reason = (adding ? u"tagged: "_s : u"untagged: "_s) + Tags::joined(*changed);
        const QJsonObject details{{adding ? u"added"_s : u"removed"_s, QJsonArray::fromStringList(*changed)}};
        change.timeline.append(
                m_changes.entry(QString::fromLatin1(kTimelineEvent), std::nullopt, std::nullopt, reason, details));
        change.events.append(m_changes.event(QString::fromLatin1(kTimelineEvent), order, details));
        return {};
    });
}

} // namespace shipshape
