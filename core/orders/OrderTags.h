#pragma once

#include "common/Result.h"
#include "orders/Order.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace shipshape {

class OrderChanges;
struct OrderContext;

// What a bulk tag action did to one order.
struct OrderTagOutcome {
    qint64 number = 0;
    Result<Order> order; // the order afterwards, or why it failed
};

// Tags on orders (free text, case-insensitive, many per order; see Tags). Adding or removing tags is a
// change of the order like any other: one unit of work through OrderChanges that writes the tag rows, moves
// the order's version and leaves a "TagsChanged" timeline row ("tagged: a, b" / "untagged: c") with the actor.
// Tags the order already has (in any case) or does not have are no change; when nothing changes, no timeline
// row is written and the order is left alone.
class OrderTags {
    Q_DECLARE_TR_FUNCTIONS(OrderTags)

public:
    static constexpr auto kTimelineEvent = "TagsChanged";

    OrderTags(OrderContext &context, OrderChanges &changes) : m_context(context), m_changes(changes) {}

    Result<Order> add(const QString &orderReference, const QStringList &tags);
    Result<Order> remove(const QString &orderReference, const QStringList &tags);
    // The same tags added to (or removed from) each order, each order in its own unit of work: one order's
    // failure (not found, refused) is reported with it and the others go on. Bad tags fail the whole call
    // before anything is written.
    Result<QList<OrderTagOutcome>> addToEach(const QList<qint64> &numbers, const QStringList &tags);
    Result<QList<OrderTagOutcome>> removeFromEach(const QList<qint64> &numbers, const QStringList &tags);
    // Every tag on some order, sorted (for completion in the order list's filter).
    Result<QStringList> inUse(int limit = 500);

private:
    enum class Edit {
        Add,
        Remove
    };
    Result<Order> change(const QString &orderReference, const QStringList &tags, Edit edit);
    Result<QList<OrderTagOutcome>> changeEach(const QList<qint64> &numbers, const QStringList &tags, Edit edit);

    OrderContext &m_context;
    OrderChanges &m_changes;
};

} // namespace shipshape
