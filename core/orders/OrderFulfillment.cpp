#include "orders/OrderFulfillment.h"

#include "common/TextField.h"
#include "inventory/StockReservations.h"
#include "orders/OrderEdits.h"
#include "orders/OrderSettings.h"
#include "orders/ShipmentStore.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

QJsonArray linesJson(const QList<ShipmentLine> &lines)
{
    QJsonArray array;
    for (const ShipmentLine &line : lines)
        array.append(QJsonObject{{u"sku"_s, line.sku}, {u"quantity"_s, line.quantity}});
    return array;
}

LineItem *lineFor(Order &order, const QString &sku)
{
    for (LineItem &line : order.lines) {
        if (line.sku == sku)
            return &line;
    }
    return nullptr;
}

} // namespace

Result<ShipmentLine> OrderFulfillment::parseLine(const QString &field, const QString &text)
{
    static const QRegularExpression pattern(u"^\\s*([^:\\s]+)\\s*:\\s*(\\d{1,9})\\s*$"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return fail(Error::invalid(
                field, text, tr("\"%1\" is not a line: give SKU:QUANTITY, for example MUG-1:2.").arg(text)));
    }
    return ShipmentLine{match.captured(1), match.captured(2).toLongLong()};
}

Result<QList<ShipmentLine>> OrderFulfillment::checkedLines(
        const Order &order, const QList<ShipmentLine> &lines, const QString &verb) const
{
    // Merged per SKU and in SKU order: the order in which products are locked (StockReservations).
    QMap<QString, qint64> wanted;
    for (const ShipmentLine &line : lines) {
        const QString field = u"line"_s;
        const QString value = u"%1:%2"_s.arg(line.sku).arg(line.quantity);
        if (line.quantity <= 0 || line.quantity > OrderServiceSettings::kMaxQuantity) {
            return fail(Error::invalid(field, value,
                    tr("Line %1: a quantity to %2 must be from 1 to %3.")
                            .arg(line.sku, verb)
                            .arg(OrderServiceSettings::kMaxQuantity)));
        }
        const auto found = std::find_if(
                order.lines.cbegin(), order.lines.cend(), [&](const LineItem &item) { return item.sku == line.sku; });
        if (found == order.lines.cend()) {
            return fail(Error::invalid(
                    field, value, tr("Line %1: %1 is not on order %2.").arg(line.sku).arg(order.number)));
        }
        wanted[line.sku] += line.quantity;
        if (wanted.value(line.sku) > found->unshipped()) {
            return fail(Error::invalid(field, value,
                    tr("Line %1: order %2 has %3 of %1 left to ship (%4 ordered, %5 shipped); cannot %6 %7.")
                            .arg(line.sku)
                            .arg(order.number)
                            .arg(found->unshipped())
                            .arg(found->quantity)
                            .arg(found->shippedQuantity)
                            .arg(verb)
                            .arg(wanted.value(line.sku))));
        }
    }
    QList<ShipmentLine> merged;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
        merged.append(ShipmentLine{it.key(), it.value()});
    return merged;
}

Result<Order> OrderFulfillment::ship(const QString &orderReference, const QString &trackingNumber,
        const QString &carrier, const QList<ShipmentLine> &lines)
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
        if (order.status != OrderStatus::Confirmed) {
            Order probe = order;
            if (auto moved = OrderChanges::transition(probe, OrderStatus::Shipped, tr("ship")); !moved)
                return moved;
        }
        QList<ShipmentLine> parcel;
        if (lines.isEmpty()) {
            for (const LineItem &line : StockReservations::bySku(order.lines)) {
                if (line.unshipped() > 0)
                    parcel.append(ShipmentLine{line.sku, line.unshipped()});
            }
        } else {
            auto checked = checkedLines(order, lines, tr("ship"));
            if (!checked)
                return fail(checked.error());
            parcel = *checked;
        }
        if (parcel.isEmpty())
            return fail(Error::conflict(tr("Order %1 has nothing left to ship.").arg(order.number)));
        ShipmentStore store(m_context.database);
        for (const ShipmentLine &line : std::as_const(parcel)) {
            if (auto consumed = m_stock.consume(order, line.sku, line.quantity, change); !consumed)
                return consumed;
            if (auto added = store.addShipped(order.number, line.sku, line.quantity); !added)
                return added;
            LineItem *item = lineFor(order, line.sku);
            if (!item) // checkedLines() found it; never without a line
                return fail(Error::internal(u"order %1 has no line %2"_s.arg(order.number).arg(line.sku)));
            item->shippedQuantity += line.quantity;
        }
        Shipment shipment{0, *cleanCarrier, *tracking, parcel, m_context.clock.now(), m_context.database.actor(),
                std::nullopt, {}};
        auto id = store.insert(order.number, shipment);
        if (!id)
            return fail(id.error());
        // The order's own tracking number is its latest parcel's (the list shows and searches it).
        order.trackingNumber = *tracking;
        order.carrier = *cleanCarrier;
        if (order.unshippedUnits() == 0) {
            if (auto moved = OrderChanges::transition(order, OrderStatus::Shipped, tr("ship")); !moved)
                return moved;
        }
        const QJsonObject details{{u"shipmentId"_s, *id}, {u"trackingNumber"_s, *tracking},
                {u"carrier"_s, *cleanCarrier}, {u"lines"_s, linesJson(parcel)},
                {u"complete"_s, order.status == OrderStatus::Shipped}};
        change.timeline.append(m_changes.entry(u"OrderShipped"_s, from, order.status, {}, details));
        change.events.prepend(m_changes.event(u"OrderShipped"_s, order, details));
        return {};
    });
}

Result<Order> OrderFulfillment::deliver(const QString &orderReference, std::optional<qint64> shipmentId)
{
    return m_changes.apply(orderReference, [&](Order &order, OrderChange &change) -> Status {
        ShipmentStore store(m_context.database);
        auto shipments = store.forOrder(order.number);
        if (!shipments)
            return fail(shipments.error());
        order.shipments = *shipments;
        QList<qsizetype> parcels;
        if (shipmentId) {
            const QString value = QString::number(*shipmentId);
            qsizetype at = -1;
            for (qsizetype i = 0; i < order.shipments.size(); ++i) {
                if (order.shipments.at(i).id == *shipmentId)
                    at = i;
            }
            if (at < 0) {
                return fail(Error::invalid(
                        u"shipment"_s, value, tr("Order %1 has no shipment %2.").arg(order.number).arg(*shipmentId)));
            }
            if (order.shipments.at(at).isDelivered()) {
                return fail(Error::invalid(u"shipment"_s, value,
                        tr("Shipment %1 of order %2 is already delivered.").arg(*shipmentId).arg(order.number)));
            }
            parcels.append(at);
        } else {
            for (qsizetype i = 0; i < order.shipments.size(); ++i) {
                if (!order.shipments.at(i).isDelivered())
                    parcels.append(i);
            }
        }
        if (parcels.isEmpty()) {
            // Nothing on its way: the lifecycle says why ("it is confirmed", "it is delivered").
            Order probe = order;
            if (auto moved = OrderChanges::transition(probe, OrderStatus::Delivered, tr("deliver")); !moved)
                return moved;
            return fail(Error::conflict(tr("Order %1 has no parcel on its way.").arg(order.number)));
        }
        const QDateTime now = m_context.clock.now();
        for (qsizetype at : std::as_const(parcels)) {
            Shipment &shipment = order.shipments[at];
            if (auto delivered = store.markDelivered(order.number, shipment.id, now, m_context.database.actor());
                    !delivered)
                return delivered;
            shipment.deliveredAt = now;
            shipment.deliveredBy = m_context.database.actor();
        }
        const bool allDelivered = std::all_of(order.shipments.cbegin(), order.shipments.cend(),
                [](const Shipment &shipment) { return shipment.isDelivered(); });
        for (qsizetype i = 0; i < parcels.size(); ++i) {
            const Shipment &shipment = order.shipments.at(parcels.at(i));
            const OrderStatus from = order.status;
            // The last parcel of a wholly shipped order delivers the order.
            if (i == parcels.size() - 1 && allDelivered && order.status == OrderStatus::Shipped) {
                if (auto moved = OrderChanges::transition(order, OrderStatus::Delivered, tr("deliver")); !moved)
                    return moved;
            }
            const QJsonObject details{{u"shipmentId"_s, shipment.id}, {u"trackingNumber"_s, shipment.trackingNumber},
                    {u"carrier"_s, shipment.carrier}, {u"lines"_s, linesJson(shipment.lines)}};
            change.timeline.append(m_changes.entry(u"OrderDelivered"_s, from, order.status, {}, details));
            change.events.append(m_changes.event(u"OrderDelivered"_s, order, details));
        }
        return {};
    });
}

Result<Order> OrderFulfillment::cancelLines(
        const QString &orderReference, const QList<ShipmentLine> &lines, CancelReason reason, const QString &note)
{
    auto mutation = cancelLinesMutation(lines, reason, note);
    if (!mutation)
        return fail(mutation.error());
    return m_changes.apply(orderReference, *mutation);
}

Result<OrderEditPreview> OrderFulfillment::previewCancelLines(
        const QString &orderReference, const QList<ShipmentLine> &lines, CancelReason reason)
{
    auto mutation = cancelLinesMutation(lines, reason, {});
    if (!mutation)
        return fail(mutation.error());
    auto changed = m_changes.dryRun(orderReference, *mutation);
    if (!changed)
        return fail(changed.error());
    return OrderEdits::previewOf(changed->before, changed->after);
}

Result<OrderMutation> OrderFulfillment::cancelLinesMutation(
        const QList<ShipmentLine> &lines, CancelReason reason, const QString &note)
{
    auto cleanNote = TextField::multiLine(u"note"_s, note, 2000);
    if (!cleanNote)
        return fail(cleanNote.error());
    if (lines.isEmpty())
        return fail(Error::invalid(u"line"_s, {}, tr("Give the lines to cancel as SKU:QUANTITY.")));
    if (reason == CancelReason::Expired || reason == CancelReason::Declined) {
        return fail(Error::invalid(u"reason"_s, CancelReasons::key(reason),
                tr("\"%1\" is a reason Shipshape gives itself; choose another.").arg(CancelReasons::key(reason))));
    }
    return OrderMutation([this, lines, reason, cleanNote = *cleanNote](Order &order, OrderChange &change) -> Status {
        if (!OrderLifecycle::holdsReservation(order.status)) {
            return fail(Error::conflict(tr("Order %1 is %2: only a pending or confirmed order has units to cancel.")
                                                .arg(order.number)
                                                .arg(OrderLifecycle::displayName(order.status).toLower()),
                    u"status"_s, OrderLifecycle::key(order.status)));
        }
        auto checked = checkedLines(order, lines, tr("cancel"));
        if (!checked)
            return fail(checked.error());
        qint64 cancelling = 0;
        for (const ShipmentLine &line : std::as_const(*checked))
            cancelling += line.quantity;
        if (order.shippedUnits() == 0 && cancelling == order.unshippedUnits()) {
            return fail(Error::invalid(u"line"_s, {},
                    tr("That cancels every unit of order %1: cancel the order instead.").arg(order.number)));
        }
        const OrderStatus from = order.status;
        const Money totalBefore = order.total;
        const Money owedBefore = order.refundOwed();
        for (const ShipmentLine &line : std::as_const(*checked)) {
            if (auto released = m_stock.adjust(order, line.sku, -line.quantity, change); !released)
                return released;
            LineItem *item = lineFor(order, line.sku);
            if (!item)
                return fail(Error::internal(u"order %1 has no line %2"_s.arg(order.number).arg(line.sku)));
            item->quantity -= line.quantity;
            item->cancelledQuantity += line.quantity;
        }
        // A line with nothing left goes, and so does a discount on it alone.
        order.lines.removeIf([](const LineItem &line) { return line.quantity == 0; });
        order.discounts.removeIf([&order](const Discount &discount) {
            return !discount.sku.isEmpty()
                    && std::none_of(order.lines.cbegin(), order.lines.cend(),
                            [&](const LineItem &line) { return line.sku == discount.sku; });
        });
        if (auto priced = order.reprice(); !priced)
            return priced;
        change.linesChanged = true;
        QString why = CancelReasons::displayName(reason);
        if (!cleanNote.isEmpty())
            why += u": "_s + cleanNote;
        const Money owed = order.refundOwed();
        QJsonObject details{{u"lines"_s, linesJson(*checked)}, {u"reason"_s, CancelReasons::key(reason)},
                {u"note"_s, cleanNote}, {u"totalBefore"_s, totalBefore.toDecimalString()},
                {u"total"_s, order.total.toDecimalString()},
                {u"refundOwed"_s,
                        Money(owed.minorUnits() - owedBefore.minorUnits(), owed.currency()).toDecimalString()},
                {u"currency"_s, order.total.currency().code()}};
        // What is left is all shipped: the order is shipped (and delivered if every parcel already is).
        if (order.status == OrderStatus::Confirmed && order.unshippedUnits() == 0) {
            if (auto moved = OrderChanges::transition(order, OrderStatus::Shipped, tr("ship")); !moved)
                return moved;
        }
        change.timeline.append(m_changes.entry(u"OrderLinesCancelled"_s, from, order.status, why, details));
        change.events.prepend(m_changes.event(u"OrderLinesCancelled"_s, order, details));
        if (order.status == OrderStatus::Shipped) {
            auto shipments = ShipmentStore(m_context.database).forOrder(order.number);
            if (!shipments)
                return fail(shipments.error());
            const bool allDelivered = std::all_of(shipments->cbegin(), shipments->cend(),
                    [](const Shipment &shipment) { return shipment.isDelivered(); });
            if (allDelivered) {
                if (auto moved = OrderChanges::transition(order, OrderStatus::Delivered, tr("deliver")); !moved)
                    return moved;
                change.timeline.append(m_changes.entry(u"OrderDelivered"_s, OrderStatus::Shipped,
                        OrderStatus::Delivered, tr("Every parcel was already delivered."), {}));
            }
        }
        return {};
    });
}

} // namespace shipshape
