#pragma once

#include "common/Money.h"
#include "orders/Order.h"
#include "orders/OrderQuery.h"
#include "staff/Permissions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace shipshape {

// What staff can do to an order. The list is the vocabulary the order detail, the bulk actions and the
// CLI share.
enum class OrderAction {
    MarkPaid, // a manual payment arrived
    Ship,
    Deliver,
    Cancel,
    CancelLines, // take unshipped units off a pending or confirmed order (OrderFulfillment::cancelLines)
    RefundCard, // through the card provider
    RecordRefund, // made outside Shipshape (manual methods)
    KeepAsCredit, // turn a refund owed into credit kept for the customer
    SendPaymentLink,
    Modify,
    AddNote,
    ResendEmail,
};

// Which actions this order and this login allow, decided once, in core: views enable their buttons from it
// and the CLI and the services refuse with its reasons. The services check the same rules again inside
// their transaction (the order may have changed since it was read); both read them from here and from
// OrderLifecycle.
class OrderPolicy {
    Q_DECLARE_TR_FUNCTIONS(OrderPolicy)

public:
    static QList<OrderAction> allActions();

    // Empty when `action` is allowed; otherwise why not, in words for a tooltip or an error message.
    [[nodiscard]] static std::optional<QString> whyNot(
            OrderAction action, const Order &order, const Permissions &permissions);
    [[nodiscard]] static bool allows(OrderAction action, const Order &order, const Permissions &permissions)
    {
        return !whyNot(action, order, permissions).has_value();
    }

    // Whether the login may ever take `action` (whatever the order): views hide what it may never do.
    [[nodiscard]] static bool permits(OrderAction action, const Permissions &permissions);
    // Why a login that is not permitted `action` may not take it ("Your login may not refund.").
    [[nodiscard]] static QString notPermitted(OrderAction action);
    // The actions a list row (OrderSummary: no lines, payment attempts or links) decides as the loaded
    // order would: the lifecycle (mark paid, ship, deliver, cancel, modify) and notes and emails.
    [[nodiscard]] static bool isDecidedByListRow(OrderAction action);
    // whyNot for a list row (bulk actions); `action` must be isDecidedByListRow.
    [[nodiscard]] static std::optional<QString> whyNot(
            OrderAction action, const OrderSummary &row, const Permissions &permissions);

    // What a card refund can still give back: the charges that succeeded, minus refunds made and refunds
    // in flight (started, processing or of unknown outcome), in the order's currency.
    [[nodiscard]] static Money refundableByCard(const Order &order);
    // What a refund recorded by hand can give back: paid minus refunded minus credit kept.
    [[nodiscard]] static Money refundableByHand(const Order &order);
};

} // namespace shipshape
