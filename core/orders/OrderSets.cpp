#include "orders/OrderSets.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

QList<OrderSet> OrderSets::all()
{
    return {OrderSet::HoldsStock, OrderSet::ToShip, OrderSet::Unpaid, OrderSet::Paid, OrderSet::Sold,
            OrderSet::NotCancelled};
}

QString OrderSets::key(OrderSet set)
{
    switch (set) {
    case OrderSet::HoldsStock:
        return u"holds_stock"_s;
    case OrderSet::ToShip:
        return u"to_ship"_s;
    case OrderSet::Unpaid:
        return u"unpaid"_s;
    case OrderSet::Paid:
        return u"paid"_s;
    case OrderSet::Sold:
        return u"sold"_s;
    case OrderSet::NotCancelled:
        return u"not_cancelled"_s;
    }
    return {};
}

std::optional<OrderSet> OrderSets::fromKey(const QString &key)
{
    for (OrderSet set : all()) {
        if (OrderSets::key(set) == key)
            return set;
    }
    return std::nullopt;
}

QStringList OrderSets::keys()
{
    QStringList result;
    for (OrderSet set : all())
        result << key(set);
    return result;
}

QString OrderSets::label(OrderSet set)
{
    switch (set) {
    case OrderSet::HoldsStock:
        return tr("Holds stock");
    case OrderSet::ToShip:
        return tr("To ship");
    case OrderSet::Unpaid:
        return tr("Unpaid");
    case OrderSet::Paid:
        return tr("Paid in full");
    case OrderSet::Sold:
        return tr("Sold");
    case OrderSet::NotCancelled:
        return tr("Not cancelled");
    }
    return {};
}

QString OrderSets::description(OrderSet set)
{
    switch (set) {
    case OrderSet::HoldsStock:
        return tr("Pending or confirmed: their lines' stock is reserved.");
    case OrderSet::ToShip:
        return tr("Confirmed (paid) and not shipped yet.");
    case OrderSet::Unpaid:
        return tr("Not cancelled, and nothing paid yet.");
    case OrderSet::Paid:
        return tr("Paid in full, nothing refunded.");
    case OrderSet::Sold:
        return tr("Confirmed, shipped or delivered: paid for and not cancelled.");
    case OrderSet::NotCancelled:
        return tr("Pending, confirmed, shipped or delivered.");
    }
    return {};
}

OrderFilter OrderSets::filter(OrderSet set)
{
    OrderFilter filter;
    switch (set) {
    case OrderSet::HoldsStock:
        // Stock is reserved at placement, released on cancellation and consumed on shipment: exactly the
        // orders still pending or confirmed hold it.
        filter.statuses = {OrderStatus::Pending, OrderStatus::Confirmed};
        break;
    case OrderSet::ToShip:
        // Confirmation is payment: a confirmed order is paid and waits for its shipment.
        filter.statuses = {OrderStatus::Confirmed};
        break;
    case OrderSet::Unpaid:
        filter.paymentState = PaymentState::Unpaid;
        filter.statuses = {OrderStatus::Pending, OrderStatus::Confirmed, OrderStatus::Shipped, OrderStatus::Delivered};
        break;
    case OrderSet::Paid:
        // A cancelled order that kept its money owes a refund: it is never in the paid state.
        filter.paymentState = PaymentState::Paid;
        break;
    case OrderSet::Sold:
        filter.statuses = {OrderStatus::Confirmed, OrderStatus::Shipped, OrderStatus::Delivered};
        break;
    case OrderSet::NotCancelled:
        filter.statuses = {OrderStatus::Pending, OrderStatus::Confirmed, OrderStatus::Shipped, OrderStatus::Delivered};
        break;
    }
    return filter;
}

} // namespace shipshape
