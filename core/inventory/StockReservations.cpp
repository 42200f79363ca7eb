#include "inventory/StockReservations.h"

#include "inventory/InventoryRepository.h"
#include "storage/Database.h"

#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

QList<LineItem> StockReservations::bySku(QList<LineItem> lines)
{
    std::sort(lines.begin(), lines.end(), [](const LineItem &a, const LineItem &b) { return a.sku < b.sku; });
    return lines;
}

Status StockReservations::adjust(const Order &order, const QString &sku, qint64 delta, OrderChange &change)
{
    if (delta == 0)
        return {};
    Database &database = m_context.database;
    InventoryRepository inventory(database);
    const QDateTime now = m_context.clock.now();
    auto level = delta > 0 ? inventory.reserve(sku, delta, now) : inventory.release(sku, -delta, now);
    if (!level) {
        if (level.error().code == ErrorCode::Conflict && delta > 0) {
            auto product = inventory.find(sku);
            const qint64 available = (product && product->has_value()) ? (*product)->available() : 0;
            return fail(Error::conflict(
                    tr("Out of stock: %1 has %2 available, %3 requested.").arg(sku).arg(available).arg(delta), u"sku"_s,
                    sku));
        }
        return fail(level.error());
    }
    const StockMovementKind kind = delta > 0 ? StockMovementKind::Reserve : StockMovementKind::Release;
    StockMovement movement{0, sku, kind, 0, delta, level->onHand, level->reserved, order.number, database.actor(), {},
            now, level->lowStockThreshold};
    if (auto recorded = inventory.record(movement); !recorded)
        return fail(recorded.error());
    DomainEvent stockEvent{delta > 0 ? u"StockReserved"_s : u"StockReleased"_s, order.number, sku, now,
            database.actor(), QJsonObject{{u"quantity"_s, delta > 0 ? delta : -delta}}};
    change.events.append(stockEvent);
    return {};
}

Status StockReservations::reserveAll(const Order &order, OrderChange &change)
{
    for (const LineItem &line : bySku(order.lines)) {
        if (auto reserved = adjust(order, line.sku, line.quantity, change); !reserved)
            return reserved;
    }
    return {};
}

Status StockReservations::releaseAll(const Order &order, OrderChange &change)
{
    for (const LineItem &line : bySku(order.lines)) {
        if (auto released = adjust(order, line.sku, -line.quantity, change); !released)
            return released;
    }
    return {};
}

Status StockReservations::consumeAll(const Order &order, OrderChange &change)
{
    for (const LineItem &line : bySku(order.lines)) {
        if (auto consumed = consume(order, line.sku, line.quantity, change); !consumed)
            return consumed;
    }
    return {};
}

Status StockReservations::consume(const Order &order, const QString &sku, qint64 quantity, OrderChange &change)
{
    if (quantity == 0)
        return {};
    Database &database = m_context.database;
    InventoryRepository inventory(database);
    const QDateTime now = m_context.clock.now();
    auto level = inventory.consume(sku, quantity, now);
    if (!level)
        return fail(level.error());
    if (auto recorded = inventory.record(StockMovement{0, sku, StockMovementKind::Consume, -quantity, -quantity,
                level->onHand, level->reserved, order.number, database.actor(), {}, now});
            !recorded)
        return fail(recorded.error());
    change.events.append(DomainEvent{
            u"StockConsumed"_s, order.number, sku, now, database.actor(), QJsonObject{{u"quantity"_s, quantity}}});
    return {};
}

Status StockReservations::restock(
        const Order &order, const QString &sku, qint64 quantity, qint64 returnId, OrderChange &change)
{
    if (quantity == 0)
        return {};
    Database &database = m_context.database;
    InventoryRepository inventory(database);
    const QDateTime now = m_context.clock.now();
    auto level = inventory.replenish(sku, quantity, now);
    if (!level)
        return fail(level.error());
    StockMovement movement{0, sku, StockMovementKind::Returned, quantity, 0, level->onHand, level->reserved,
            order.number, database.actor(), tr("Return %1").arg(returnId), now};
    if (auto recorded = inventory.record(movement, returnId); !recorded)
        return fail(recorded.error());
    change.events.append(DomainEvent{
            u"StockReturned"_s, order.number, sku, now, database.actor(), QJsonObject{{u"quantity"_s, quantity}}});
    return {};
}

Status StockReservations::writeOff(const Order &order, const QString &sku, qint64 quantity, qint64 returnId,
        const QString &reason, OrderChange &change)
{
    if (quantity == 0)
        return {};
    Database &database = m_context.database;
    InventoryRepository inventory(database);
    const QDateTime now = m_context.clock.now();
    // Nothing comes back on hand, but the row still carries the product's level: lock it first.
    auto level = inventory.lockLevel(sku, now);
    if (!level)
        return fail(level.error());
    StockMovement movement{0, sku, StockMovementKind::Damaged, 0, 0, level->onHand, level->reserved, order.number,
            database.actor(), tr("Return %1: %2").arg(returnId).arg(reason), now};
    if (auto recorded = inventory.record(movement, returnId, quantity); !recorded)
        return fail(recorded.error());
    change.events.append(DomainEvent{u"StockWrittenOff"_s, order.number, sku, now, database.actor(),
            QJsonObject{{u"quantity"_s, quantity}, {u"reason"_s, reason}}});
    return {};
}

Status StockReservations::moveTo(const Order &order, const QList<LineItem> &lines, OrderChange &change)
{
    QHash<QString, qint64> before;
    for (const LineItem &line : order.lines)
        before.insert(line.sku, line.quantity);
    QHash<QString, qint64> after;
    for (const LineItem &line : lines)
        after.insert(line.sku, line.quantity);
    for (const LineItem &line : bySku(order.lines)) {
        const qint64 delta = after.value(line.sku) - line.quantity;
        if (delta < 0) {
            if (auto adjusted = adjust(order, line.sku, delta, change); !adjusted)
                return adjusted;
        }
    }
    for (const LineItem &line : bySku(lines)) {
        const qint64 delta = line.quantity - before.value(line.sku);
        if (delta > 0) {
            if (auto adjusted = adjust(order, line.sku, delta, change); !adjusted)
                return adjusted;
        }
    }
    return {};
}

} // namespace shipshape
