#pragma once

#include "common/Money.h"
#include "orders/OrderQuery.h"
#include "orders/OrderStatus.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace shipshape {

struct Order;

// Stable keys (CLI, settings, saved filters) and display names for PaymentState, and which state an
// order's amounts are in: `of` is the rule the order list filters on in SQL (OrderRepository's
// payment-state expression and the orders_payment_state index of migration 25). A refund owed comes
// first, then money returned ("refunded"), then money kept as credit.
class PaymentStates {
    Q_DECLARE_TR_FUNCTIONS(PaymentStates)

public:
    static QList<PaymentState> all();
    static QString key(PaymentState state);
    static std::optional<PaymentState> fromKey(const QString &key);
    static QString displayName(PaymentState state);
    static PaymentState of(
            const Money &total, const Money &paid, const Money &refunded, const Money &credit, OrderStatus status);
    // `returnCredit`: what refunded returns gave back of the total; the customer no longer owes it
    // (Order::amountOwedByCustomer), so it lowers the amount a payment is measured against.
    static PaymentState of(const Money &total, const Money &paid, const Money &refunded, const Money &credit,
            const Money &returnCredit, OrderStatus status);
    static PaymentState of(const Order &order);
    static PaymentState of(const OrderSummary &summary);
};

} // namespace shipshape
