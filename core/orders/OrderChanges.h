#pragma once

#include "common/Result.h"
#include "events/DomainEvent.h"
#include "orders/Order.h"
#include "orders/OrderContext.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace shipshape {

// What a change of one order adds besides the order row itself: its timeline entries (every change has at
// least one), the domain events to publish once it is durable (the outbox turns some into customer emails),
// and whether its lines were rewritten.
struct OrderChange {
    QList<TimelineEntry> timeline;
    QList<DomainEvent> events;
    bool linesChanged = false;
};

// An order as it is and as a change would leave it (OrderChanges::dryRun).
struct OrderBeforeAfter {
    Order before;
    Order after;
};

// A change applied to an order loaded and locked for it; it moves the status with transition() and
// records what happened in the OrderChange.
using OrderMutation = std::function<Status(Order &order, OrderChange &change)>;

// How every order changes: load the order row-locked, let the mutation change it, check the order's
// invariants, write it only if its version is unchanged, append its timeline, queue its emails, and publish
// its events once the outermost unit of work commits. The one place that knows the lifecycle is
// OrderLifecycle; transition() applies it.
class OrderChanges {
    Q_DECLARE_TR_FUNCTIONS(OrderChanges)

public:
    explicit OrderChanges(OrderContext &context) : m_context(context) {}

    // One unit of work (retried on serialization failures and deadlocks; joins the caller's if one is
    // open). skipIfLocked: background work claims the order with SKIP LOCKED (Conflict if another client
    // holds it) instead of waiting.
    Result<Order> apply(const QString &orderReference, const OrderMutation &mutation, bool skipIfLocked = false);
    // Inside the caller's unit of work; returns the events that will be published when it commits.
    Result<QList<DomainEvent>> applyWithin(qint64 number, const OrderMutation &mutation);
    // Applies the change in a unit of work that is never committed and returns the order before and after
    // it: a preview cannot disagree with the change itself. Writes nothing; publishes nothing.
    Result<OrderBeforeAfter> dryRun(const QString &orderReference, const OrderMutation &mutation);

    // Moves the order along the lifecycle or refuses, naming the action ("cancel", "ship"…).
    static Status transition(Order &order, OrderStatus to, const QString &action);
    [[nodiscard]] TimelineEntry entry(const QString &event, std::optional<OrderStatus> from,
            std::optional<OrderStatus> to, const QString &reason, const QJsonObject &details = {}) const;
    [[nodiscard]] DomainEvent event(const QString &name, const Order &order, const QJsonObject &payload = {}) const;
    // Publishes once the outermost unit of work on the connection commits (at once outside one).
    void publishAfterCommit(const QList<DomainEvent> &events) const;
    Result<qint64> resolveExisting(const QString &orderReference) const;

private:
    Result<Order> applyOnce(const QString &orderReference, const OrderMutation &mutation, bool skipIfLocked);

    OrderContext &m_context;
};

} // namespace shipshape
