#pragma once

#include "common/Result.h"
#include "orders/FulfillmentState.h"
#include "orders/Shipment.h"

#include <QCoreApplication>
#include <QList>

namespace shipshape {

class Database;

// SQL for an order's parcels (the shipments and shipment_lines rows of migration 19) and its lines'
// shipped quantities. Callers own the transaction and hold the order's lock.
class ShipmentStore {
    Q_DECLARE_TR_FUNCTIONS(ShipmentStore)

public:
    explicit ShipmentStore(Database &database) : m_database(database) {}

    // Inserts the parcel and its lines; returns its id.
    Result<qint64> insert(qint64 orderNumber, const Shipment &shipment);
    // Marks an undelivered parcel of the order delivered; Conflict if it already is.
    Status markDelivered(qint64 orderNumber, qint64 shipmentId, const QDateTime &at, const QString &by);
    // Adds to a line's shipped quantity, never beyond the line's quantity (Conflict otherwise).
    Status addShipped(qint64 orderNumber, const QString &sku, qint64 quantity);
    // The order's parcels with their lines, oldest first.
    Result<QList<Shipment>> forOrder(qint64 orderNumber);
    // The order list's condition for orders in any of these fulfillment states (orders aliased `o`); fixed
    // SQL, nothing bound.
    static QString fulfillmentCondition(const QList<FulfillmentState> &states);

private:
    Database &m_database;
};

} // namespace shipshape
