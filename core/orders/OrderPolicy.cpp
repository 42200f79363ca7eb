#include "orders/OrderPolicy.h"

#include "payment/PaymentMethod.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

bool chargeInFlight(const Order &order)
{
    for (const PaymentAttempt &attempt : order.paymentAttempts) {
        if (attempt.kind == PaymentAttemptKind::Charge && attempt.isOpen())
            return true;
    }
    return false;
}

QString statusWord(const Order &order)
{
    return OrderLifecycle::displayName(order.status).toLower();
}

} // namespace

QList<OrderAction> OrderPolicy::allActions()
{
    return {OrderAction::MarkPaid, OrderAction::Ship, OrderAction::Deliver, OrderAction::Cancel,
            OrderAction::CancelLines, OrderAction::RefundCard, OrderAction::RecordRefund, OrderAction::KeepAsCredit,
            OrderAction::SendPaymentLink, OrderAction::Modify, OrderAction::AddNote, OrderAction::ResendEmail};
}

bool OrderPolicy::permits(OrderAction action, const Permissions &may)
{
    switch (action) {
    case OrderAction::MarkPaid:
    case OrderAction::RefundCard:
    case OrderAction::RecordRefund:
    case OrderAction::KeepAsCredit:
    case OrderAction::SendPaymentLink:
        return may.markPaidAndRefund;
    case OrderAction::Ship:
    case OrderAction::Deliver:
        return may.shipAndDeliver;
    case OrderAction::Cancel:
    case OrderAction::CancelLines:
        return may.cancelOrders;
    case OrderAction::Modify:
        return may.placeOrders;
    case OrderAction::AddNote:
    case OrderAction::ResendEmail:
        return may.addNotes;
    }
    return false;
}

bool OrderPolicy::isDecidedByListRow(OrderAction action)
{
    switch (action) {
    case OrderAction::MarkPaid:
    case OrderAction::Ship:
    case OrderAction::Deliver:
    case OrderAction::Cancel:
    case OrderAction::Modify:
    case OrderAction::AddNote:
    case OrderAction::ResendEmail:
        return true;
    case OrderAction::RefundCard:
    case OrderAction::RecordRefund:
    case OrderAction::KeepAsCredit:
    case OrderAction::SendPaymentLink:
        return false; // they look at payment attempts and links, which a row does not carry
    case OrderAction::CancelLines:
        return false; // it looks at the lines' shipped units
    }
    return false;
}

std::optional<QString> OrderPolicy::whyNot(OrderAction action, const OrderSummary &row, const Permissions &may)
{
    Q_ASSERT(isDecidedByListRow(action));
    // The row carries every field these actions read; the rules stay the loaded order's.
    Order order;
    order.number = row.number;
    order.id = row.id;
    order.status = row.status;
    order.paymentMethod = row.paymentMethod;
    order.total = row.total;
    order.paid = row.paid;
    order.refunded = row.refunded;
    order.credit = row.credit;
    order.trackingNumber = row.trackingNumber;
    return whyNot(action, order, may);
}

Money OrderPolicy::refundableByCard(const Order &order)
{
    const Currency currency = order.total.currency();
    qint64 charged = 0;
    qint64 refunding = 0;
    for (const PaymentAttempt &attempt : order.paymentAttempts) {
        if (attempt.kind == PaymentAttemptKind::Charge && attempt.status == PaymentAttemptStatus::Succeeded)
            charged += attempt.amount.minorUnits();
        // A refund counts from the moment it is started: until its answer is known it may have happened.
        if (attempt.kind == PaymentAttemptKind::Refund && attempt.status != PaymentAttemptStatus::Failed)
            refunding += attempt.amount.minorUnits();
    }
    return Money(qMax<qint64>(0, charged - refunding), currency);
}

Money OrderPolicy::refundableByHand(const Order &order)
{
    return Money(qMax<qint64>(0, order.paid.minorUnits() - order.refunded.minorUnits() - order.credit.minorUnits()),
            order.total.currency());
}

QString OrderPolicy::notPermitted(OrderAction action)
{
    switch (action) {
    case OrderAction::MarkPaid:
        return tr("Your login may not record payments.");
    case OrderAction::Ship:
        return tr("Your login may not ship orders.");
    case OrderAction::Deliver:
        return tr("Your login may not record deliveries.");
    case OrderAction::Cancel:
    case OrderAction::CancelLines:
        return tr("Your login may not cancel orders.");
    case OrderAction::RefundCard:
        return tr("Your login may not refund.");
    case OrderAction::RecordRefund:
        return tr("Your login may not refund.");
    case OrderAction::KeepAsCredit:
        return tr("Your login may not settle money.");
    case OrderAction::SendPaymentLink:
        return tr("Your login may not take payments.");
    case OrderAction::Modify:
        return tr("Your login may not change orders.");
    case OrderAction::AddNote:
        return tr("Your login may not add notes.");
    case OrderAction::ResendEmail:
        return tr("Your login may not send customer emails.");
    }
    return tr("Your login may not do that.");
}

std::optional<QString> OrderPolicy::whyNot(OrderAction action, const Order &order, const Permissions &may)
{
    if (!permits(action, may))
        return may.readOnlyReason.isEmpty() ? notPermitted(action) : may.readOnlyReason;
    const bool manual = PaymentMethods::isManual(order.paymentMethod);
    switch (action) {
    case OrderAction::MarkPaid:
        if (!manual)
            return tr("Order %1 is paid by card; the card provider confirms its payment.").arg(order.number);
        if (order.status != OrderStatus::Pending)
            return tr("Order %1 is %2, not waiting for payment.").arg(order.number).arg(statusWord(order));
        return std::nullopt;
    case OrderAction::Ship:
        if (!OrderLifecycle::canTransition(order.status, OrderStatus::Shipped))
            return tr("Order %1 is %2; only a confirmed order ships.").arg(order.number).arg(statusWord(order));
        return std::nullopt;
    case OrderAction::Deliver:
        // A partly shipped order has parcels on their way too.
        if (!OrderLifecycle::canTransition(order.status, OrderStatus::Delivered)
                && !(order.status == OrderStatus::Confirmed && order.shippedUnits() > 0))
            return tr("Order %1 is %2; only a shipped order is delivered.").arg(order.number).arg(statusWord(order));
        return std::nullopt;
    case OrderAction::Cancel:
        if (!OrderLifecycle::canTransition(order.status, OrderStatus::Cancelled))
            return tr("Order %1 is %2 and can no longer be cancelled.").arg(order.number).arg(statusWord(order));
        if (order.shippedUnits() > 0)
            return tr("Order %1 is partly shipped; cancel its unshipped lines instead.").arg(order.number);
        return std::nullopt;
    case OrderAction::CancelLines:
        // The same refusals as OrderFulfillment::cancelLines, decided before any line is chosen.
        if (!OrderLifecycle::holdsReservation(order.status))
            return tr("Order %1 is %2: only a pending or confirmed order has units to cancel.")
                    .arg(order.number)
                    .arg(statusWord(order));
        if (order.unshippedUnits() == 0)
            return tr("Order %1 has no unshipped unit to cancel.").arg(order.number);
        if (order.shippedUnits() == 0 && order.unshippedUnits() == 1)
            return tr("Order %1 has a single unit: cancel the order instead.").arg(order.number);
        return std::nullopt;
    case OrderAction::RefundCard:
        if (manual)
            return tr("Order %1 was paid by %2: record a refund made outside Shipshape instead.")
                    .arg(order.number)
                    .arg(PaymentMethods::displayName(order.paymentMethod).toLower());
        if (refundableByCard(order).minorUnits() <= 0)
            return tr("Order %1 has nothing left to refund (refunds in progress count).").arg(order.number);
        return std::nullopt;
    case OrderAction::RecordRefund:
        if (!manual)
            return tr("Order %1 was paid by card: refund it through the card provider.").arg(order.number);
        if (refundableByHand(order).minorUnits() <= 0)
            return tr("Order %1 has nothing left to refund.").arg(order.number);
        return std::nullopt;
    case OrderAction::KeepAsCredit:
        if (order.refundOwed().minorUnits() <= 0)
            return tr("Order %1 owes the customer no refund.").arg(order.number);
        return std::nullopt;
    case OrderAction::SendPaymentLink:
        if (manual)
            return tr("Order %1 is paid by %2; payment links are for card payments.")
                    .arg(order.number)
                    .arg(PaymentMethods::displayName(order.paymentMethod).toLower());
        if (order.status != OrderStatus::Pending && order.status != OrderStatus::Confirmed)
            return tr("Order %1 is %2: there is nothing to pay by link.").arg(order.number).arg(statusWord(order));
        if (order.balanceDue().minorUnits() <= 0)
            return tr("Order %1 has nothing left to pay.").arg(order.number);
        if (chargeInFlight(order))
            return tr("Order %1 has a card payment in progress; wait until it is settled.").arg(order.number);
        if (order.livePaymentLink())
            return tr("Order %1 already has a payment link that can be paid.").arg(order.number);
        return std::nullopt;
    case OrderAction::Modify:
        if (!OrderLifecycle::isModifiable(order.status))
            return tr("Order %1 is %2 and can no longer be modified.").arg(order.number).arg(statusWord(order));
        return std::nullopt;
    case OrderAction::AddNote:
        return std::nullopt;
    case OrderAction::ResendEmail:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace shipshape
