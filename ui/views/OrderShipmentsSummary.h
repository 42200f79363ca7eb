#pragma once

#include "orders/Order.h"

#include <QCoreApplication>
#include <QStringList>

namespace shipshape {

// The parcels part of the order detail, in words (docs/fulfillment.md): how far along shipping is, then each
// parcel with its carrier, tracking number, contents and whether it arrived. Read-only.
class OrderShipmentsSummary {
    Q_DECLARE_TR_FUNCTIONS(OrderShipmentsSummary)

public:
    // One fact a line; nothing for an order with no parcel.
    [[nodiscard]] static QStringList describe(const Order &order);
};

} // namespace shipshape
