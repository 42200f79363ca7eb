#include "orders/OrderTransitions.h"

#include "common/Logging.h"
#include "common/TextField.h"
#include "inventory/StockReservations.h"
#include "orders/OrderCancellation.h"
#include "orders/OrderPricing.h"
#include "orders/OrderRepository.h"
#include "storage/Database.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<Order> OrderTransitions::modify(const QString &orderReference, const ModifyOrderRequest &request)
{
    if (!request.items && !request.shippingAddress)
        return fail(Error::invalid(u"items"_s, {}, tr("Nothing to modify: give items or a shipping address.")));
    std::optional<Address> address;
    if (request.shippingAddress) {
        auto validated = Address::validated(*request.shippingAddress);
        if (!validated)
            return fail(validated.error());
        address = *validated;
    }
    auto note = TextField::multiLine(u"note"_s, request.note, 2000);
    if (!note)
        return fail(note.error());

    return m_changes.apply(orderReference, [&](Order &order, OrderChange &change) -> Status {
        if (!OrderLifecycle::isModifiable(order.status)) {
            return fail(Error::conflict(tr("Order %1 is %2 and can no longer be modified.")
                                                .arg(order.number)
                                                .arg(OrderLifecycle::displayName(order.status).toLower()),
                    u"status"_s, OrderLifecycle::key(order.status)));
        }
        QJsonObject details;
        if (request.items) {
            auto lines = m_pricing.priceLines(*request.items, order.lines);
            if (!lines)
                return fail(lines.error());
            QHash<QString, qint64> before;
            for (const LineItem &line : order.lines)
                before.insert(line.sku, line.quantity);
            QHash<QString, qint64> after;
            for (const LineItem &line : *lines)
                after.insert(line.sku, line.quantity);
            QJsonArray changes;
            if (auto moved = m_stock.moveTo(order, *lines, change); !moved)
                return moved;
            for (const LineItem &line : order.lines) {
                if (after.value(line.sku) != line.quantity) {
                    changes.append(QJsonObject{
                            {u"sku"_s, line.sku}, {u"from"_s, line.quantity}, {u"to"_s, after.value(line.sku)}});
                }
            }
            for (const LineItem &line : *lines) {
                if (!before.contains(line.sku))
                    changes.append(QJsonObject{{u"sku"_s, line.sku}, {u"from"_s, 0}, {u"to"_s, line.quantity}});
            }
            auto total = Order::totalOf(*lines);
            if (!total)
                return fail(total.error());
            if (!changes.isEmpty()) {
                details.insert(u"items"_s, changes);
                details.insert(u"totalBefore"_s, order.total.toDecimalString());
                details.insert(u"totalAfter"_s, total->toDecimalString());
            }
            order.lines = *lines;
            order.total = *total;
            change.linesChanged = true;
        }
        if (address && !(*address == order.shippingAddress)) {
            details.insert(u"shippingAddress"_s,
                    QJsonObject{{u"from"_s, order.shippingAddress.singleLine()}, {u"to"_s, address->singleLine()}});
            order.shippingAddress = *address;
        }
        if (details.isEmpty())
            return fail(Error::invalid(u"items"_s, {}, tr("The request does not change order %1.").arg(order.number)));
        change.timeline.append(m_changes.entry(u"OrderModified"_s, order.status, order.status, *note, details));
        change.events.prepend(m_changes.event(u"OrderModified"_s, order, details));
        return {};
    });
}

Result<Order> OrderTransitions::ship(
        const QString &orderReference, const QString &trackingNumber, const QString &carrier)
{
    auto tracking = TextField::singleLine(u"tracking"_s, trackingNumber, 64);
    if (!tracking)
        return fail(tracking.error());
    static const QRegularExpression trackingPattern(u"^[A-Za-z0-9][A-Za-z0-9 ._/-]*$"_s);
    if (!trackingPattern.match(*tracking).hasMatch()) {
        return fail(Error::invalid(u"tracking"_s, trackingNumber,
                tr("\"%1\" is not a tracking number (letters, digits, spaces, . _ / -).").arg(trackingNumber)));
    }
    auto cleanCarrier = TextField::singleLine(u"carrier"_s, carrier, 64, false);
    if (!cleanCarrier)
        return fail(cleanCarrier.error());
    return m_changes.apply(orderReference, [&](Order &order, OrderChange &change) -> Status {
        const OrderStatus from = order.status;
        if (auto moved = OrderChanges::transition(order, OrderStatus::Shipped, tr("ship")); !moved)
            return moved;
        if (auto consumed = m_stock.consumeAll(order, change); !consumed)
            return consumed;
        order.trackingNumber = *tracking;
        order.carrier = *cleanCarrier;
        const QJsonObject details{{u"trackingNumber"_s, *tracking}, {u"carrier"_s, *cleanCarrier}};
        change.timeline.append(m_changes.entry(u"OrderShipped"_s, from, OrderStatus::Shipped, {}, details));
        change.events.prepend(m_changes.event(u"OrderShipped"_s, order, details));
        return {};
    });
}

Result<Order> OrderTransitions::deliver(const QString &orderReference)
{
    return m_changes.apply(orderReference, [&](Order &order, OrderChange &change) -> Status {
        const OrderStatus from = order.status;
        if (auto moved = OrderChanges::transition(order, OrderStatus::Delivered, tr("deliver")); !moved)
            return moved;
        change.timeline.append(m_changes.entry(u"OrderDelivered"_s, from, OrderStatus::Delivered, {}));
        change.events.prepend(m_changes.event(u"OrderDelivered"_s, order));
        return {};
    });
}

Result<Order> OrderTransitions::addNote(const QString &orderReference, const QString &note)
{
    auto text = TextField::multiLine(u"note"_s, note, 2000);
    if (!text)
        return fail(text.error());
    if (text->isEmpty())
        return fail(Error::invalid(u"note"_s, note, tr("The note is empty.")));
    return m_changes.apply(orderReference, [&](Order &order, OrderChange &change) -> Status {
        change.timeline.append(m_changes.entry(u"NoteAdded"_s, std::nullopt, std::nullopt, *text));
        change.events.append(m_changes.event(u"NoteAdded"_s, order, QJsonObject{{u"note"_s, *text}}));
        return {};
    });
}

Result<int> OrderTransitions::expireReservations()
{
    int expired = 0;
    const QDateTime now = m_context.clock.now();
    for (;;) {
        OrderRepository orders(m_context.database);
        auto due = orders.expiredReservations(now, 200);
        if (!due)
            return fail(due.error());
        if (due->isEmpty())
            break;
        int progressed = 0;
        for (qint64 number : std::as_const(*due)) {
            auto cancelled = m_changes.apply(
                    QString::number(number),
                    [&](Order &order, OrderChange &change) -> Status {
                        // Re-checked under the write lock: someone may have paid or cancelled it meanwhile.
                        if (order.status != OrderStatus::Pending || !order.reservationExpiresAt
                                || *order.reservationExpiresAt > now)
                            return fail(Error::conflict(tr("Order %1 no longer needs to expire.").arg(order.number)));
                        return m_cancellation.cancelWithin(order, change, CancelReason::Expired,
                                CancelReasons::displayName(CancelReason::Expired),
                                {{u"holdMinutes"_s, m_context.settings.reservationHoldMinutes}});
                    },
                    true);
            if (cancelled) {
                ++expired;
                ++progressed;
            } else if (cancelled.error().code != ErrorCode::Conflict) {
                return fail(cancelled.error());
            }
        }
        if (progressed == 0)
            break;
    }
    if (expired > 0)
        qCInfo(lcOrders) << "Expired" << expired << "unpaid reservations";
    return expired;
}

} // namespace shipshape
