#pragma once

#include "common/Money.h"
#include "pricing/Rate.h"

#include <QString>

namespace shipshape {

// One line of an order. The customer is charged for the line net (lineTotal − discount), plus its tax when
// the shop's prices exclude tax; PriceCalculator computes discount and tax, and the schema checks the rest.
struct LineItem {
    QString sku;
    QString productName;
    qint64 quantity = 0;
    Money unitPrice;
    Money lineTotal; // unitPrice × quantity, checked when computed and by the schema
    Money discount; // this line's discounts plus its share of the order-wide ones
    Money tax;
    // The tax rate copied onto the order when the line was priced: a later change of the shop's rates
    // never changes an order already placed.
    Rate taxRate;
    QString taxName;
    // Fulfillment (docs/fulfillment.md): how many of `quantity` are in parcels already, and how many were
    // taken off the line by a line cancel (`quantity` is what the customer still buys).
    qint64 shippedQuantity = 0;
    qint64 cancelledQuantity = 0;

    [[nodiscard]] qint64 unshipped() const { return quantity - shippedQuantity; }
    [[nodiscard]] Money net() const
    {
        return Money(lineTotal.minorUnits() - discount.minorUnits(), lineTotal.currency());
    }
};

} // namespace shipshape
