#pragma once

#include "orders/Order.h"
#include "orders/OrderReturn.h"

#include <QList>
#include <QString>

namespace shipshape {

// How many shipped units can still come back (docs/fulfillment.md, "Returns"): per SKU, shipped less what
// the order's other returns (not rejected) hold. OrderReturns::open refuses more; views offer no more.
class ReturnableUnits {
public:
    // Units of `sku` held by `returns` that are not rejected.
    [[nodiscard]] static qint64 underReturn(const QList<OrderReturn> &returns, const QString &sku);
    // Shipped units of `line` that can still come back (negative never: at least 0).
    [[nodiscard]] static qint64 of(const LineItem &line, const QList<OrderReturn> &returns);
    // Whether a return could be opened on `order` (as loaded with its returns, e.g. OrderService::find).
    [[nodiscard]] static bool any(const Order &order);
};

} // namespace shipshape
