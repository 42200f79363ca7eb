#pragma once

#include "orders/Order.h"

#include <QCoreApplication>
#include <QStringList>

namespace shipshape {

// The returns part of the order detail, in words (docs/fulfillment.md, "Returns"): each return with its
// state, its lines and why they came back, what was restocked or written off once received, and its refund
// once closed. Read-only.
class OrderReturnsSummary {
    Q_DECLARE_TR_FUNCTIONS(OrderReturnsSummary)

public:
    // One return a line; nothing for an order with no return.
    [[nodiscard]] static QStringList describe(const Order &order);
};

} // namespace shipshape
