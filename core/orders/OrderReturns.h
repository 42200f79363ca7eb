#pragma once

#include "common/Result.h"
#include "orders/OrderChanges.h"
#include "orders/OrderRequests.h"
#include "orders/OrderReturn.h"
#include "orders/ReturnFilter.h"
#include "orders/Shipment.h"
#include "payment/PaymentAttempt.h"

#include <QCoreApplication>

#include <optional>

namespace shipshape {

class ManualRefunds;
class PaymentLedger;
class StockReservations;

// How a return is refunded: an optional restocking fee kept by the shop, whether the shipping fee goes back
// too, and for an order paid by a manual method how the money went back (bank transfer, cash, other).
struct ReturnRefundRequest {
    std::optional<Money> restockingFee;
    bool includeShipping = false;
    std::optional<ManualRefundRequest> manual;
};

// What refunding a return did: the order and return afterwards, the money that goes back to the customer
// now (the rest of the return's refund lowered a balance still due) and, for a card order, the Stripe
// refund attempts to send (PaymentWorkflow::refundReturn sends them).
struct ReturnRefundOutcome {
    Order order;
    OrderReturn orderReturn;
    Money moneyBack;
    QList<PaymentAttempt> attempts;
};

// Returns (RMA, docs/fulfillment.md "Returns"): opened on shipped units with a reason per line, received
// once (each unit restocked or written off through StockReservations), refunded once (what the units really
// cost after discounts with their tax, less a restocking fee, plus the shipping when asked, through the
// existing refund paths), or rejected. Every step is a change of the order (OrderChanges): one unit of work
// with its timeline entry, and the customer's email when a return is opened or received.
class OrderReturns {
    Q_DECLARE_TR_FUNCTIONS(OrderReturns)

public:
    OrderReturns(OrderContext &context, OrderChanges &changes, StockReservations &stock, ManualRefunds &refunds,
            PaymentLedger &ledger)
        : m_context(context), m_changes(changes), m_stock(stock), m_refunds(refunds), m_ledger(ledger)
    {}

    // Opens a return of shipped units: never more of a SKU than shipped less what other returns (not
    // rejected) already hold.
    Result<OrderReturn> open(const QString &orderReference, const QList<ReturnRequestLine> &lines, const QString &note);
    // Receives a requested return: per SKU, units back on hand and units written off (together at most what
    // the return holds). A received return with units not yet accounted for can be received again for those
    // (a late receipt) until it is refunded; never more than it holds in total.
    Result<OrderReturn> receive(
            qint64 returnId, const QList<ShipmentLine> &restock, const QList<ShipmentLine> &writeOff);
    Result<OrderReturn> reject(qint64 returnId, const QString &reason);
    // Refunds a received return once and closes it.
    Result<ReturnRefundOutcome> refund(qint64 returnId, const ReturnRefundRequest &request);

    Result<OrderReturn> find(qint64 returnId);
    Result<QList<OrderReturn>> list(std::optional<ReturnState> state, int limit);
    Result<QList<OrderReturn>> list(const ReturnFilter &filter, int limit);

    // "SKU:QTY:REASON" as typed on the command line (field names the option, e.g. "line").
    static Result<ReturnRequestLine> parseLine(const QString &field, const QString &text);
    // What each received line of `orderReturn` gives back: its share of what the order line really cost
    // (Order::costOf), rounded so that the returns of every unit of a line give back exactly that cost.
    // `earlier` are the order's other returns.
    static Result<QList<std::pair<QString, Money>>> lineRefunds(
            const Order &order, const OrderReturn &orderReturn, const QList<OrderReturn> &earlier);
    // What the units of `orderReturn` are worth when it is exchanged (OrderExchanges): the same running share
    // as lineRefunds, for every unit the return holds (an exchange does not wait for them to arrive), added up.
    static Result<Money> exchangeValue(
            const Order &order, const OrderReturn &orderReturn, const QList<OrderReturn> &earlier);

private:
    Result<OrderReturn> changeReturn(qint64 returnId, const std::function<Status(Order &, OrderChange &)> &mutation);

    OrderContext &m_context;
    OrderChanges &m_changes;
    StockReservations &m_stock;
    ManualRefunds &m_refunds;
    PaymentLedger &m_ledger;
};

} // namespace shipshape
