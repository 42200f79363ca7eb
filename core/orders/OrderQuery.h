#pragma once

#include "common/Money.h"
#include "orders/CancelReason.h"
#include "orders/FulfillmentState.h"
#include "orders/OrderStatus.h"
#include "payment/PaymentMethod.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shipshape {

// Where an order stands with its money (paid and refunded against its total).
enum class PaymentState {
    Unpaid, // nothing paid
    PartlyPaid, // some paid, less than the total
    Paid, // paid in full, nothing refunded
    Refunded, // some or all of what was paid went back
    RefundOwed, // the shop holds more than the order costs (cancelled and not yet refunded, or lowered)
    Credit // paid money kept as the customer's credit
};

// What a list of orders shows: filters are applied by SQL on indexes, never in memory.
struct OrderFilter {
    QList<OrderStatus> statuses; // empty: any
    QString customerId; // customer UUID; empty: any
    QString search; // order number, customer name/email, SKU, tracking number
    std::optional<QDateTime> from; // placed at or after
    std::optional<QDateTime> until; // placed before
    std::optional<PaymentState> paymentState;
    QList<CancelReason> cancelReasons; // empty: any (only cancelled orders have one)
    // Only orders numbered below this one: the next page of a newest-first list read by keyset (the API's
    // cursor), which stays right while new orders arrive, unlike an offset.
    std::optional<qint64> numberBelow;
    QString tag; // orders carrying this tag, in any case (Tags); empty: any
    QList<FulfillmentState> fulfillmentStates; // empty: any (docs/fulfillment.md)

    friend bool operator==(const OrderFilter &, const OrderFilter &) = default;
};

enum class OrderSortKey {
    Number,
    PlacedAt,
    Customer,
    State,
    Total
};

struct OrderSort {
    OrderSortKey key = OrderSortKey::Number;
    bool descending = true; // newest first by default

    friend bool operator==(const OrderSort &, const OrderSort &) = default;
};

// One row of an order list: what tables show without loading lines or timelines.
struct OrderSummary {
    qint64 number = 0;
    QString id;
    QDateTime placedAt;
    QString customerName;
    QString customerEmail;
    OrderStatus status = OrderStatus::Pending;
    Money total;
    qint64 lineCount = 0;
    PaymentMethodType paymentMethod = PaymentMethodType::Invoice;
    Money paid;
    Money refunded;
    Money credit;
    // What its refunded returns gave back of its total (Order::returnCredit; orders.return_credit_minor).
    Money returnCredit;
    QString trackingNumber;
    QStringList tags; // sorted (Tags::sort)
};

} // namespace shipshape
