#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "orders/Order.h"
#include "warehouse/PackState.h"

#include <QCoreApplication>

#include <optional>

namespace shipshape {

class Database;
class OrderService;

// Whether a parcel may leave with less than the whole order packed.
enum class PackShipping {
    CompleteOnly, // every unit left to ship is in the box
    AsPacked, // what is in the box, as a partial shipment (OrderFulfillment ships by line and quantity)
};

// Scan-to-pack (docs/warehouse.md): a keyboard-wedge scanner types an order's barcode (`#1042`, as on pick
// lists and packing slips) to open it, then each item's SKU or GTIN to count it into the box. Progress is
// stored (`pack_progress`), so packing survives the process and another desktop resumes it. A refused scan
// (an unknown code, an item not on the order, one too many, an order that cannot ship) is an error naming
// the scan and writes nothing. The parcel leaves through OrderFulfillment — the one shipping rule — with
// exactly the packed units, and the progress goes in the same unit of work.
class PackingStation {
    Q_DECLARE_TR_FUNCTIONS(PackingStation)

public:
    PackingStation(Database &database, OrderService &orders, const Clock &clock);

    // Opens an order to pack (its number, `#number` or id): refused unless it is confirmed with units to ship.
    Result<PackState> open(const QString &orderReference);
    // One scan: an order's barcode opens that order (`openOrder` is then ignored), anything else is an item
    // of `openOrder` and counts one unit of its line. Refusals: Invalid for a code that names nothing,
    // Conflict for a rule (no order open, item not on the order, one too many, an order that cannot ship).
    Result<PackScan> scan(std::optional<qint64> openOrder, const QString &code);
    // The order's stored progress, as open() shows it (without refusing an order that cannot ship).
    Result<PackState> state(qint64 orderNumber);
    // Ships the packed units as one parcel through OrderService::ship and clears the progress, in one unit
    // of work. CompleteOnly refuses (Conflict) while a unit is left out.
    Result<Order> ship(qint64 orderNumber, const QString &trackingNumber, const QString &carrier,
            PackShipping shipping = PackShipping::CompleteOnly);
    // Empties the box: the order's progress is forgotten (packing starts again).
    Status restart(qint64 orderNumber);
    // Orders with stored progress, the most recently scanned first.
    Result<QList<PackInProgress>> inProgress(int limit = 50);

    // A scan that is an order's barcode: `#` and the order number.
    static bool isOrderCode(const QString &code);

private:
    Result<PackState> checkedState(qint64 orderNumber, const QString &code);
    Result<PackScan> packItem(qint64 orderNumber, const QString &code);

    Database &m_database;
    OrderService &m_orders;
    const Clock &m_clock;
};

} // namespace shipshape
