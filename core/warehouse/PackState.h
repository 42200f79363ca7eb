#pragma once

#include "orders/OrderStatus.h"

#include <QList>
#include <QString>

namespace shipshape {

// One line of an order being packed: what is left to ship of it and how much of that is in the box.
struct PackLine {
    QString sku;
    QString productName;
    QString barcode; // the product's GTIN, empty when it has none
    qint64 toPack = 0; // the line's units left to ship
    qint64 packed = 0; // stored progress, never more than toPack (the schema keeps it so)

    [[nodiscard]] bool isComplete() const { return packed >= toPack; }
};

// An order at the packing station, as stored: every line with units left to ship, in the order's line order.
struct PackState {
    qint64 orderNumber = 0;
    OrderStatus status = OrderStatus::Confirmed;
    QString lastCarrier; // the latest parcel's carrier, to suggest for this one
    QList<PackLine> lines;

    [[nodiscard]] qint64 unitsToPack() const
    {
        qint64 units = 0;
        for (const PackLine &line : lines)
            units += line.toPack;
        return units;
    }
    [[nodiscard]] qint64 unitsPacked() const
    {
        qint64 units = 0;
        for (const PackLine &line : lines)
            units += line.packed;
        return units;
    }
    [[nodiscard]] bool isComplete() const { return !lines.isEmpty() && unitsPacked() == unitsToPack(); }
    [[nodiscard]] bool isStarted() const { return unitsPacked() > 0; }
};

// What a scan did: opened an order (its barcode, `#1042`) or put one more unit of a line in the box.
enum class PackScanKind {
    OrderOpened,
    ItemPacked
};

struct PackScan {
    PackScanKind kind = PackScanKind::OrderOpened;
    QString code; // as scanned
    QString sku; // the line it counted (ItemPacked)
    PackState state; // the order after the scan
};

// An order someone has started packing and not shipped yet (to resume, here or on another desktop).
struct PackInProgress {
    qint64 orderNumber = 0;
    qint64 unitsPacked = 0;
    qint64 unitsToPack = 0;
    QString lastPackedBy;
};

} // namespace shipshape
