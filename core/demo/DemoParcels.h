#pragma once

#include "demo/DemoReturns.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace shipshape {

// A parcel's units per SKU, in the order of the order's lines.
using DemoParcel = QList<std::pair<QString, qint64>>;

// The demo shop's parcels (OrderFulfillment::ship and deliver): which units go in which parcel, their
// tracking numbers and the details of their timeline rows.
class DemoParcels {
public:
    // The first `shipped` units of the lines, in line order: the first `firstParcel` of them in one parcel, the
    // rest (if any) in a second.
    static QList<DemoParcel> split(const QList<DemoOrderLine> &lines, qint64 shipped, qint64 firstParcel);

    static QString carrier(QRandomGenerator &random);
    // A tracking number the way the carrier writes them (UPS: 1Z and 16 characters; others 12 digits).
    static QString trackingNumber(const QString &carrier, QRandomGenerator &random);

    // The details OrderFulfillment gives a parcel's OrderShipped (with `complete`) and OrderDelivered rows, as
    // QJsonDocument writes them (keys sorted, compact); built by hand because nearly every order has them.
    static QString details(qint64 shipmentId, const QString &carrier, const QString &tracking, const DemoParcel &parcel,
            std::optional<bool> complete);
};

} // namespace shipshape
