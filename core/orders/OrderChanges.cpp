#include "orders/OrderChanges.h"

#include "events/DomainEventBus.h"
#include "notification/NotificationOutbox.h"
#include "notification/WebhookOutbox.h"
#include "orders/OrderQueries.h"
#include "orders/OrderRepository.h"
#include "storage/Database.h"
#include "storage/TransactionRunner.h"
#include "storage/UnitOfWork.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

TimelineEntry OrderChanges::entry(const QString &event, std::optional<OrderStatus> from, std::optional<OrderStatus> to,
        const QString &reason, const QJsonObject &details) const
{
    TimelineEntry result;
    result.at = m_context.clock.now();
    result.actor = m_context.database.actor();
    result.event = event;
    result.fromStatus = from;
    result.toStatus = to;
    result.reason = reason;
    result.details = details;
    return result;
}

DomainEvent OrderChanges::event(const QString &name, const Order &order, const QJsonObject &payload) const
{
    return DomainEvent{name, order.number, {}, m_context.clock.now(), m_context.database.actor(), payload};
}

void OrderChanges::publishAfterCommit(const QList<DomainEvent> &events) const
{
    if (!m_context.events || events.isEmpty())
        return;
    DomainEventBus *bus = m_context.events;
    m_context.database.afterCommit([bus, events] { bus->publish(events); });
}

Result<qint64> OrderChanges::resolveExisting(const QString &orderReference) const
{
    return OrderRepository(m_context.database).resolveExisting(orderReference);
}

Status OrderChanges::transition(Order &order, OrderStatus to, const QString &action)
{
    if (!OrderLifecycle::canTransition(order.status, to)) {
        return fail(Error::conflict(tr("Cannot %1 order %2: it is %3.")
                                            .arg(action)
                                            .arg(order.number)
                                            .arg(OrderLifecycle::displayName(order.status).toLower()),
                u"status"_s, OrderLifecycle::key(order.status)));
    }
    order.status = to;
    // Only a pending order waits for payment; every later status ends the hold.
    order.reservationExpiresAt.reset();
    return {};
}

Result<Order> OrderChanges::apply(const QString &orderReference, const OrderMutation &mutation, bool skipIfLocked)
{
    return TransactionRunner::run(
            m_context.database, [&] { return applyOnce(orderReference, mutation, skipIfLocked); });
}

Result<Order> OrderChanges::applyOnce(const QString &orderReference, const OrderMutation &mutation, bool skipIfLocked)
{
    auto unit = UnitOfWork::begin(m_context.database);
    if (!unit)
        return fail(unit.error());
    auto number = resolveExisting(orderReference);
    if (!number)
        return fail(number.error());
    if (skipIfLocked) {
        auto claimed = OrderRepository(m_context.database).claim(*number);
        if (!claimed)
            return fail(claimed.error());
        if (!*claimed)
            return fail(Error::conflict(tr("Order %1 is being changed by another client.").arg(*number)));
    }
    auto events = applyWithin(*number, mutation);
    if (!events)
        return fail(events.error());
    if (auto committed = unit->commit(); !committed)
        return fail(committed.error());
    return OrderQueries(m_context.database).find(QString::number(*number));
}

Result<OrderBeforeAfter> OrderChanges::dryRun(const QString &orderReference, const OrderMutation &mutation)
{
    // The unit's destructor rolls every write back; its events are never published.
    auto unit = UnitOfWork::begin(m_context.database);
    if (!unit)
        return fail(unit.error());
    auto number = resolveExisting(orderReference);
    if (!number)
        return fail(number.error());
    OrderQueries queries(m_context.database);
    auto before = queries.find(QString::number(*number));
    if (!before)
        return fail(before.error());
    if (auto applied = applyWithin(*number, mutation); !applied)
        return fail(applied.error());
    auto after = queries.find(QString::number(*number));
    if (!after)
        return fail(after.error());
    return OrderBeforeAfter{std::move(*before), std::move(*after)};
}

Result<QList<DomainEvent>> OrderChanges::applyWithin(qint64 number, const OrderMutation &mutation)
{
    OrderRepository orders(m_context.database);
    auto loaded = orders.load(number, false, true);
    if (!loaded)
        return fail(loaded.error());
    if (!loaded->has_value())
        return fail(Error::notFound(u"order"_s, QString::number(number), tr("No order %1.").arg(number)));
    Order order = std::move(**loaded);
    const qint64 version = order.version;

    const Order before = order;
    OrderChange change;
    if (auto changed = mutation(order, change); !changed)
        return fail(changed.error());
    // Every change of an order leaves its timeline row (the server refuses one that does not); a mutation
    // that only wrote elsewhere (a payment link's state) leaves the order row, and its version, alone.
    if (change.timeline.isEmpty()) {
        if (change.linesChanged || !OrderRepository::sameStoredState(before, order))
            return fail(Error::internal(u"order %1 was changed without a timeline entry"_s.arg(order.number)));
    } else {
        order.updatedAt = m_context.clock.now();
        if (auto checked = order.checkInvariants(); !checked)
            return fail(checked.error());
        if (auto updated = orders.update(order, version); !updated)
            return fail(updated.error());
        if (change.linesChanged) {
            if (auto replaced = orders.replaceLines(order.number, order.lines, order.discounts); !replaced)
                return fail(replaced.error());
        }
        for (const TimelineEntry &timelineEntry : std::as_const(change.timeline)) {
            if (auto logged = orders.appendTimeline(order.number, timelineEntry); !logged)
                return fail(logged.error());
        }
    }
    for (const DomainEvent &domainEvent : std::as_const(change.events)) {
        if (auto queued = m_context.outbox ? m_context.outbox->enqueueFor(domainEvent, order) : Status(); !queued)
            return fail(queued.error());
    }
    // Outbound webhooks of the change (order.status_changed, order.refunded), in its transaction. Only a change
    // that wrote the order's timeline can have any (the server checks the two go together).
    if (!change.timeline.isEmpty()) {
        if (auto queued = WebhookOutbox(m_context.database, m_context.clock)
                                  .enqueueOrderChange(order, before.status, change.events);
                !queued)
            return fail(queued.error());
    }
    publishAfterCommit(change.events);
    return change.events;
}

} // namespace shipshape
