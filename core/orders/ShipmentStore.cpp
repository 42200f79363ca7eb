#include "orders/ShipmentStore.h"

#include "common/Time.h"
#include "storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<qint64> ShipmentStore::insert(qint64 orderNumber, const Shipment &shipment)
{
    auto inserted = m_database.query(
            u"INSERT INTO shipments (order_number, carrier, tracking_number, shipped_at, shipped_by) "
            "VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
            {orderNumber, nonNullText(shipment.carrier), nonNullText(shipment.trackingNumber),
                    toStorage(shipment.shippedAt), shipment.shippedBy});
    if (!inserted)
        return fail(inserted.error());
    if (!inserted->next())
        return fail(Error::internal(u"inserting a shipment of order %1 returned no id"_s.arg(orderNumber)));
    const qint64 id = inserted->integer(u"id");
    for (const ShipmentLine &line : shipment.lines) {
        auto added = m_database.query(
                u"INSERT INTO shipment_lines (shipment_id, order_number, sku, quantity) VALUES (?, ?, ?, ?)"_s,
                {id, orderNumber, line.sku, line.quantity});
        if (!added)
            return fail(added.error());
    }
    return id;
}

Status ShipmentStore::markDelivered(qint64 orderNumber, qint64 shipmentId, const QDateTime &at, const QString &by)
{
    auto updated = m_database.query(u"UPDATE shipments SET delivered_at = ?, delivered_by = ? "
                                    "WHERE id = ? AND order_number = ? AND delivered_at IS NULL"_s,
            {toStorage(at), by, shipmentId, orderNumber});
    if (!updated)
        return fail(updated.error());
    if (updated->rowsAffected() != 1) {
        return fail(
                Error::conflict(tr("Shipment %1 of order %2 is already delivered.").arg(shipmentId).arg(orderNumber),
                        u"shipment"_s, QString::number(shipmentId)));
    }
    return {};
}

Status ShipmentStore::addShipped(qint64 orderNumber, const QString &sku, qint64 quantity)
{
    auto updated = m_database.query(u"UPDATE order_lines SET shipped_quantity = shipped_quantity + ? "
                                    "WHERE order_number = ? AND sku = ? AND shipped_quantity + ? <= quantity"_s,
            {quantity, orderNumber, sku, quantity});
    if (!updated)
        return fail(updated.error());
    if (updated->rowsAffected() != 1) {
        return fail(Error::conflict(
                tr("Order %1 has fewer than %2 of %3 left to ship.").arg(orderNumber).arg(quantity).arg(sku), u"sku"_s,
                sku));
    }
    return {};
}

Result<QList<Shipment>> ShipmentStore::forOrder(qint64 orderNumber)
{
    auto parcels = m_database.query(u"SELECT id, carrier, tracking_number, shipped_at, shipped_by, delivered_at, "
                                    "delivered_by FROM shipments WHERE order_number = ? ORDER BY id"_s,
            {orderNumber});
    if (!parcels)
        return fail(parcels.error());
    QList<Shipment> shipments;
    while (parcels->next()) {
        const Rows &row = *parcels;
        Shipment shipment;
        shipment.id = row.integer(u"id");
        shipment.carrier = row.text(u"carrier");
        shipment.trackingNumber = row.text(u"tracking_number");
        shipment.shippedAt = fromStorage(row.value(u"shipped_at"));
        shipment.shippedBy = row.text(u"shipped_by");
        if (!row.isNull(u"delivered_at"))
            shipment.deliveredAt = fromStorage(row.value(u"delivered_at"));
        shipment.deliveredBy = row.optionalText(u"delivered_by").value_or(QString());
        shipments.append(shipment);
    }
    if (auto read = parcels->status(); !read)
        return fail(read.error());
    if (shipments.isEmpty())
        return shipments;
    auto lines = m_database.query(u"SELECT shipment_id, sku, quantity FROM shipment_lines "
                                  "WHERE order_number = ? ORDER BY shipment_id, sku"_s,
            {orderNumber});
    if (!lines)
        return fail(lines.error());
    // An order has a few parcels: finding each line's by id is cheaper than a hash.
    while (lines->next()) {
        const qint64 id = lines->integer(u"shipment_id");
        for (Shipment &shipment : shipments) {
            if (shipment.id == id)
                shipment.lines.append(ShipmentLine{lines->text(u"sku"), lines->integer(u"quantity")});
        }
    }
    if (auto read = lines->status(); !read)
        return fail(read.error());
    return shipments;
}

QString ShipmentStore::fulfillmentCondition(const QList<FulfillmentState> &states)
{
    // From the status and whether the order has parcels (delivered ones): shipments_order answers both.
    static const QString parcels = u"EXISTS (SELECT 1 FROM shipments s WHERE s.order_number = o.number"_s;
    QStringList conditions;
    for (FulfillmentState state : states) {
        switch (state) {
        case FulfillmentState::Unfulfilled:
            conditions << u"NOT "_s + parcels + u')';
            break;
        case FulfillmentState::PartiallyShipped:
            conditions << u"(o.status = 'confirmed' AND "_s + parcels + u"))"_s;
            break;
        case FulfillmentState::Shipped:
            conditions << u"(o.status = 'shipped' AND NOT "_s + parcels + u" AND s.delivered_at IS NOT NULL))"_s;
            break;
        case FulfillmentState::PartiallyDelivered:
            conditions << u"(o.status = 'shipped' AND "_s + parcels + u" AND s.delivered_at IS NOT NULL))"_s;
            break;
        case FulfillmentState::Delivered:
            conditions << u"o.status = 'delivered'"_s;
            break;
        }
    }
    return u'(' + conditions.join(u" OR "_s) + u')';
}

} // namespace shipshape
