#pragma once

#include "orders/Order.h"

#include <QCoreApplication>
#include <QString>

namespace shipshape {

// The money part of the order detail, in words: payment state and method, the parts of the total, the
// amounts (paid, refunded, credit, balance due, refund owed as core computes them), each payment and
// refund with its reference, and the latest payment link.
class OrderPaymentSummary {
    Q_DECLARE_TR_FUNCTIONS(OrderPaymentSummary)

public:
    // One fact a line.
    [[nodiscard]] static QString describe(const Order &order);
};

} // namespace shipshape
