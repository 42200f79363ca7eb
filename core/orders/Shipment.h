#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shipshape {

// So many units of one order line in a parcel.
struct ShipmentLine {
    QString sku;
    qint64 quantity = 0;

    friend bool operator==(const ShipmentLine &, const ShipmentLine &) = default;
};

// One parcel of an order (docs/fulfillment.md): what it holds, how it travels, and when it arrived.
struct Shipment {
    qint64 id = 0;
    QString carrier;
    QString trackingNumber;
    QList<ShipmentLine> lines;
    QDateTime shippedAt;
    QString shippedBy;
    std::optional<QDateTime> deliveredAt;
    QString deliveredBy;

    [[nodiscard]] bool isDelivered() const { return deliveredAt.has_value(); }
};

} // namespace shipshape
