#pragma once

#include "common/Money.h"
#include "orders/ReturnReason.h"
#include "orders/ReturnState.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shipshape {

// What the customer asks to send back of one order line: SKU, units and why.
struct ReturnRequestLine {
    QString sku;
    qint64 quantity = 0;
    ReturnReason reason = ReturnReason::Other;
    QString note; // required for ReturnReason::Other

    friend bool operator==(const ReturnRequestLine &, const ReturnRequestLine &) = default;
};

// One line of a return: what came back, and once received how many units went back on hand and how many
// were written off; once refunded what they gave back.
struct ReturnLine {
    QString sku;
    qint64 quantity = 0;
    ReturnReason reason = ReturnReason::Other;
    QString note;
    qint64 restocked = 0;
    qint64 writtenOff = 0;
    std::optional<Money> refund;

    [[nodiscard]] qint64 received() const { return restocked + writtenOff; }
    // Units the customer sent back that the warehouse has not accounted for yet (a later receipt may).
    [[nodiscard]] qint64 outstanding() const { return quantity - received(); }
};

// A return (RMA) of an order (docs/fulfillment.md, "Returns").
struct OrderReturn {
    qint64 id = 0;
    qint64 orderNumber = 0;
    ReturnState state = ReturnState::Requested;
    QString note;
    QList<ReturnLine> lines;
    QDateTime openedAt;
    QString openedBy;
    std::optional<QDateTime> receivedAt;
    QString receivedBy;
    std::optional<QDateTime> rejectedAt;
    QString rejectedBy;
    QString rejectReason;
    std::optional<QDateTime> refundedAt;
    QString refundedBy;
    // What the return gave back of the order's total (lines + shipping − restocking fee), once closed.
    std::optional<Money> refund;
    Money restockingFee;
    Money shippingRefund;
    std::optional<qint64> refundId; // a refund recorded by hand
    std::optional<qint64> refundAttemptId; // the first Stripe refund attempt it started
    // Once exchanged (OrderExchanges): the replacement order, what the returned units were worth (the same
    // running share a refund gives back), and the part of it that paid for the replacement; the rest lowers
    // what the customer owes on this order like a refund.
    std::optional<qint64> replacementOrder;
    std::optional<Money> exchangeValue;
    std::optional<Money> exchangeCredit;
    std::optional<QDateTime> exchangedAt;
    QString exchangedBy;

    [[nodiscard]] bool isExchanged() const { return replacementOrder.has_value(); }

    [[nodiscard]] const ReturnLine *line(const QString &sku) const
    {
        for (const ReturnLine &candidate : lines) {
            if (candidate.sku == sku)
                return &candidate;
        }
        return nullptr;
    }
    // Units of a received return still to be accounted for: it can be received again for them until it is
    // refunded (docs/fulfillment.md, "Late receipt").
    [[nodiscard]] qint64 outstanding() const
    {
        qint64 total = 0;
        for (const ReturnLine &candidate : lines)
            total += candidate.outstanding();
        return total;
    }
    [[nodiscard]] bool canBeReceived() const
    {
        return state == ReturnState::Requested || (state == ReturnState::Received && outstanding() > 0);
    }
    [[nodiscard]] qint64 units() const
    {
        qint64 total = 0;
        for (const ReturnLine &candidate : lines)
            total += candidate.quantity;
        return total;
    }
};

} // namespace shipshape
