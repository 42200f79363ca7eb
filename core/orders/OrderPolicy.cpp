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
            OrderAction::RefundCard, OrderAction::RecordRefund, OrderAction::KeepAsCredit, OrderAction::SendPaymentLink,
            OrderAction::Modify, OrderAction::AddNote, OrderAction::ResendEmail};
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

std::optional<QString> OrderPolicy::whyNot(OrderAction action, const Order &order, const Permissions &may)
{
    const bool manual = PaymentMethods::isManual(order.paymentMethod);
    switch (action) {
    case OrderAction::MarkPaid:
        if (!may.markPaidAndRefund)
            return tr("Your login may not record payments.");
        if (!manual)
            return tr("Order %1 is paid by card; the card provider confirms its payment.").arg(order.number);
        if (order.status != OrderStatus::Pending)
            return tr("Order %1 is %2, not waiting for payment.").arg(order.number).arg(statusWord(order));
        return std::nullopt;
    case OrderAction::Ship:
        if (!may.shipAndDeliver)
            return tr("Your login may not ship orders.");
        if (!OrderLifecycle::canTransition(order.status, OrderStatus::Shipped))
            return tr("Order %1 is %2; only a confirmed order ships.").arg(order.number).arg(statusWord(order));
        return std::nullopt;
    case OrderAction::Deliver:
        if (!may.shipAndDeliver)
            return tr("Your login may not record deliveries.");
        if (!OrderLifecycle::canTransition(order.status, OrderStatus::Delivered))
            return tr("Order %1 is %2; only a shipped order is delivered.").arg(order.number).arg(statusWord(order));
        return std::nullopt;
    case OrderAction::Cancel:
        if (!may.cancelOrders)
            return tr("Your login may not cancel orders.");
        if (!OrderLifecycle::canTransition(order.status, OrderStatus::Cancelled))
            return tr("Order %1 is %2 and can no longer be cancelled.").arg(order.number).arg(statusWord(order));
        return std::nullopt;
    case OrderAction::RefundCard:
        if (!may.markPaidAndRefund)
            return tr("Your login may not refund.");
        if (manual)
            return tr("Order %1 was paid by %2: record a refund made outside Shipshape instead.")
                    .arg(order.number)
                    .arg(PaymentMethods::displayName(order.paymentMethod).toLower());
        if (refundableByCard(order).minorUnits() <= 0)
            return tr("Order %1 has nothing left to refund (refunds in progress count).").arg(order.number);
        return std::nullopt;
    case OrderAction::RecordRefund:
        if (!may.markPaidAndRefund)
            return tr("Your login may not refund.");
        if (!manual)
            return tr("Order %1 was paid by card: refund it through the card provider.").arg(order.number);
        if (refundableByHand(order).minorUnits() <= 0)
            return tr("Order %1 has nothing left to refund.").arg(order.number);
        return std::nullopt;
    case OrderAction::KeepAsCredit:
        if (!may.markPaidAndRefund)
            return tr("Your login may not settle money.");
        if (order.refundOwed().minorUnits() <= 0)
            return tr("Order %1 owes the customer no refund.").arg(order.number);
        return std::nullopt;
    case OrderAction::SendPaymentLink:
        if (!may.markPaidAndRefund)
            return tr("Your login may not take payments.");
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
        if (!may.placeOrders)
            return tr("Your login may not change orders.");
        if (!OrderLifecycle::isModifiable(order.status))
            return tr("Order %1 is %2 and can no longer be modified.").arg(order.number).arg(statusWord(order));
        return std::nullopt;
    case OrderAction::AddNote:
        if (!may.addNotes)
            return tr("Your login may not add notes.");
        return std::nullopt;
    case OrderAction::ResendEmail:
        if (!may.addNotes)
            return tr("Your login may not send customer emails.");
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace shipshape
