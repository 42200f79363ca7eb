#pragma once

#include "common/Result.h"
#include "customers/Customer.h"
#include "orders/OrderChanges.h"
#include "orders/OrderRequests.h"

#include <QCoreApplication>

namespace shipshape {

class OrderPricing;
class PaymentLedger;
class StockReservations;

// Placing an order: validate what can be checked without the database, then in one unit of work resolve
// the customer, price the lines, take the next number, insert the order and its lines, reserve the stock,
// write the timeline and the customer's email, open the card charge's attempt, and log the placement for
// the dashboard. A placement with an idempotency key that was already used returns the order it made.
// A refused placement (out of stock, a conflict, a failure; not bad input) is logged in a short
// transaction of its own.
class OrderPlacement {
    Q_DECLARE_TR_FUNCTIONS(OrderPlacement)

public:
    OrderPlacement(OrderContext &context, OrderChanges &changes, OrderPricing &pricing, StockReservations &stock,
            PaymentLedger &ledger)
        : m_context(context), m_changes(changes), m_pricing(pricing), m_stock(stock), m_ledger(ledger)
    {}

    Result<Order> place(const PlaceOrderRequest &request);
    // The order `request` would place, priced (lines, discounts, shipping, tax, total) but not stored: what
    // placement prices, for a caller that shows the money first (an exchange's preview).
    Result<Order> price(const PlaceOrderRequest &request, const Address &destination);

private:
    Result<Order> placeOnce(const PlaceOrderRequest &request, qint64 startedMs);
    Result<Customer> resolveCustomer(const CustomerReference &reference);

    OrderContext &m_context;
    OrderChanges &m_changes;
    OrderPricing &m_pricing;
    StockReservations &m_stock;
    PaymentLedger &m_ledger;
};

} // namespace shipshape
