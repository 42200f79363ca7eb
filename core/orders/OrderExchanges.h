#pragma once

#include "common/Result.h"
#include "orders/OrderChanges.h"
#include "orders/OrderRequests.h"

#include <QByteArray>
#include <QCoreApplication>

namespace shipshape {

class OrderPlacement;

// What an exchange would do or did: the return's units are worth `value` (what they really cost, the same
// running share as a return's refund); `credit` of it pays for the replacement (at most its total), the
// customer still pays `due` on the replacement, and `refundOwed` comes back to them on the original order.
struct ExchangeMoney {
    Money value;
    Money replacementTotal;
    Money credit;
    Money due;
    Money refundOwed;
};

struct ExchangeOutcome {
    Order original;
    Order replacement;
    OrderReturn orderReturn;
    ExchangeMoney money;
};

// Exchanges on returns (docs/fulfillment.md, "Exchanges"): a requested or received return, not rejected,
// refunded or exchanged before, is exchanged once for a replacement order placed through the ordinary
// placement (stock reserved, never oversold), in one unit of work with the link both ways, the money, a
// timeline row on each order and the customer's email. The returned units' value pays for the replacement;
// what it costs beyond is owed on the replacement (a payment link or mark-paid of the remainder), what it
// costs less is owed back on the original order (the ordinary refund path). A replacement paid in full by
// the credit is confirmed at once.
class OrderExchanges {
    Q_DECLARE_TR_FUNCTIONS(OrderExchanges)

public:
    OrderExchanges(OrderContext &context, OrderChanges &changes, OrderPlacement &placement)
        : m_context(context), m_changes(changes), m_placement(placement)
    {}

    // The replacement as given in the order request JSON (OrderRequestJson), with the customer, shipping
    // address and payment method of the return's order where the JSON leaves them out.
    Result<PlaceOrderRequest> replacementRequest(qint64 returnId, const QByteArray &json);
    // The defaults above, for a dialog that builds the request itself.
    Result<PlaceOrderRequest> replacementDefaults(qint64 returnId);
    // The money of the exchange without writing anything (the desktop shows it before staff confirm).
    Result<ExchangeMoney> preview(qint64 returnId, const PlaceOrderRequest &replacement);
    Result<ExchangeOutcome> exchange(qint64 returnId, const PlaceOrderRequest &replacement);

private:
    // The order return `returnId` belongs to.
    Result<Order> originalOf(qint64 returnId);
    Result<ExchangeOutcome> exchangeOnce(qint64 returnId, const PlaceOrderRequest &replacement);
    // The return, refused unless it can be exchanged, with its value on `order`.
    Result<std::pair<OrderReturn, Money>> exchangeable(const Order &order, qint64 returnId);
    static Result<PlaceOrderRequest> checkedRequest(const PlaceOrderRequest &replacement);
    static ExchangeMoney moneyOf(const Order &original, const Money &value, const Money &replacementTotal);

    OrderContext &m_context;
    OrderChanges &m_changes;
    OrderPlacement &m_placement;
};

} // namespace shipshape
