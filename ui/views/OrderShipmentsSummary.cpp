#include "views/OrderShipmentsSummary.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

QStringList OrderShipmentsSummary::describe(const Order &order)
{
    QStringList lines;
    if (order.shipments.isEmpty())
        return lines;
    lines << tr("Fulfillment: %1").arg(FulfillmentStates::displayName(order.fulfillmentState()));
    const QLocale locale;
    for (const Shipment &shipment : order.shipments) {
        QStringList contents;
        for (const ShipmentLine &line : shipment.lines)
            contents << tr("%1 × %2").arg(locale.toString(line.quantity), line.sku);
        const QString arrival = shipment.deliveredAt
                ? tr("delivered %1").arg(locale.toString(shipment.deliveredAt->toLocalTime(), QLocale::ShortFormat))
                : tr("on its way");
        lines << tr("Parcel %1: %2 — %3 — %4")
                         .arg(shipment.id)
                         .arg(u"%1 %2"_s.arg(shipment.carrier, shipment.trackingNumber).simplified(),
                                 contents.join(u", "_s), arrival);
    }
    return lines;
}

} // namespace shipshape
