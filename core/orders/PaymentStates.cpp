#include "orders/PaymentStates.h"

#include "orders/Order.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

QList<PaymentState> PaymentStates::all()
{
    return {PaymentState::Unpaid, PaymentState::PartlyPaid, PaymentState::Paid, PaymentState::Refunded,
            PaymentState::RefundOwed, PaymentState::Credit};
}

QString PaymentStates::key(PaymentState state)
{
    switch (state) {
    case PaymentState::Unpaid:
        return u"unpaid"_s;
    case PaymentState::PartlyPaid:
        return u"partly_paid"_s;
    case PaymentState::Paid:
        return u"paid"_s;
    case PaymentState::Refunded:
        return u"refunded"_s;
    case PaymentState::RefundOwed:
        return u"refund_owed"_s;
    case PaymentState::Credit:
        return u"credit"_s;
    }
    return {};
}

std::optional<PaymentState> PaymentStates::fromKey(const QString &key)
{
    for (PaymentState state : all()) {
        if (PaymentStates::key(state) == key)
            return state;
    }
    return std::nullopt;
}

QString PaymentStates::displayName(PaymentState state)
{
    switch (state) {
    case PaymentState::Unpaid:
        return tr("Unpaid");
    case PaymentState::PartlyPaid:
        return tr("Partly paid");
    case PaymentState::Paid:
        return tr("Paid");
    case PaymentState::Refunded:
        return tr("Refunded");
    case PaymentState::RefundOwed:
        return tr("Refund owed");
    case PaymentState::Credit:
        return tr("Credit");
    }
    return {};
}

PaymentState PaymentStates::of(
        const Money &total, const Money &paid, const Money &refunded, const Money &credit, OrderStatus status)
{
    return of(total, paid, refunded, credit, Money::zero(total.currency()), status);
}

PaymentState PaymentStates::of(const Money &total, const Money &paid, const Money &refunded, const Money &credit,
        const Money &returnCredit, OrderStatus status)
{
    // What the customer owes: the total less what returns gave back (the schema keeps it within the total).
    const qint64 due = total.minorUnits() - returnCredit.minorUnits();
    const qint64 owed = status == OrderStatus::Cancelled ? 0 : due;
    if (paid.minorUnits() - refunded.minorUnits() - credit.minorUnits() > owed)
        return PaymentState::RefundOwed;
    if (refunded.minorUnits() > 0)
        return PaymentState::Refunded;
    if (credit.minorUnits() > 0)
        return PaymentState::Credit;
    if (paid.minorUnits() == 0)
        return PaymentState::Unpaid;
    if (paid.minorUnits() < due)
        return PaymentState::PartlyPaid;
    return PaymentState::Paid;
}

PaymentState PaymentStates::of(const Order &order)
{
    return of(order.total, order.paid, order.refunded, order.credit, order.returnCredit, order.status);
}

PaymentState PaymentStates::of(const OrderSummary &summary)
{
    return of(summary.total, summary.paid, summary.refunded, summary.credit, summary.returnCredit, summary.status);
}

} // namespace shipshape
