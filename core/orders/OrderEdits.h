#pragma once

#include "common/Result.h"
#include "orders/Order.h"
#include "orders/OrderChanges.h"
#include "orders/OrderRequests.h"

#include <QCoreApplication>

namespace shipshape {

class OrderPricing;
class StockReservations;

// What an edit would do, computed by applying it and rolling it back: the order before and after (totals,
// lines, discounts, tax), the stock it would reserve (+) or release (−) per SKU, and what the customer
// would then owe or be owed.
struct OrderEditPreview {
    struct StockEffect {
        QString sku;
        qint64 reservedChange = 0;
    };
    Order before;
    Order after;
    QList<StockEffect> stock;
    Money balanceDue;
    Money refundOwed;
};

// Edits of a placed order that has not shipped (docs/pricing.md): lines, quantities, discounts, the
// shipping fee and the address, priced by PriceCalculator, with reservations moved by the difference
// only, and every changed field recorded old → new on the timeline. A preview runs the very same edit
// and rolls it back.
class OrderEdits {
    Q_DECLARE_TR_FUNCTIONS(OrderEdits)

public:
    OrderEdits(OrderContext &context, OrderChanges &changes, OrderPricing &pricing, StockReservations &stock)
        : m_context(context), m_changes(changes), m_pricing(pricing), m_stock(stock)
    {}

    Result<Order> modify(const QString &orderReference, const ModifyOrderRequest &request);
    // Writes nothing.
    Result<OrderEditPreview> preview(const QString &orderReference, const ModifyOrderRequest &request);
    // The preview of any change that left the order `after` (an edit, a line cancel).
    static OrderEditPreview previewOf(const Order &before, const Order &after);

private:
    // The order's new set of lines from `add`, `remove` and `quantities` applied to its current lines.
    static Result<QList<OrderItemRequest>> linesAfterChanges(const Order &order, const ModifyOrderRequest &request);
    // The edit as a mutation, after the request's own checks (address, note).
    Result<OrderMutation> mutationFor(const ModifyOrderRequest &request);

    OrderContext &m_context;
    OrderChanges &m_changes;
    OrderPricing &m_pricing;
    StockReservations &m_stock;
};

} // namespace shipshape
