#pragma once

#include "common/Money.h"
#include "customers/Customer.h"
#include "orders/OrderQuery.h"

#include <QList>

namespace shipshape {

// What a customer's orders add up to. Spend is what the orders came to, net of refunds, leaving out
// cancelled orders; one amount per currency the customer ordered in (amounts are never converted).
struct CustomerOrderTotals {
    qint64 orders = 0; // every order, cancelled ones included
    qint64 cancelled = 0;
    QList<Money> spend; // sorted by currency code
};

// One row of the customer list.
struct CustomerSummary {
    Customer customer;
    CustomerOrderTotals totals;
};

// One page of a customer's order history, newest first, with the totals over all their orders.
struct CustomerOrderPage {
    Customer customer;
    QList<OrderSummary> orders;
    int page = 1; // 1-based
    int pageCount = 1; // at least 1, even without orders
    int pageSize = 25;
    CustomerOrderTotals totals;
};

} // namespace shipshape
