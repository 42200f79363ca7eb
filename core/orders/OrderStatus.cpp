#include "orders/OrderStatus.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

QList<OrderStatus> OrderLifecycle::allStatuses()
{
    return {OrderStatus::Pending, OrderStatus::Confirmed, OrderStatus::Shipped, OrderStatus::Delivered,
            OrderStatus::Cancelled};
}

QList<OrderStatus> OrderLifecycle::allowedNext(OrderStatus from)
{
    switch (from) {
    case OrderStatus::Pending:
        return {OrderStatus::Confirmed, OrderStatus::Cancelled};
    case OrderStatus::Confirmed:
        return {OrderStatus::Shipped, OrderStatus::Cancelled};
    case OrderStatus::Shipped:
        return {OrderStatus::Delivered};
    case OrderStatus::Delivered:
    case OrderStatus::Cancelled:
        return {};
    }
    return {};
}

bool OrderLifecycle::canTransition(OrderStatus from, OrderStatus to)
{
    return allowedNext(from).contains(to);
}

bool OrderLifecycle::isModifiable(OrderStatus status)
{
    return status == OrderStatus::Pending || status == OrderStatus::Confirmed;
}

bool OrderLifecycle::holdsReservation(OrderStatus status)
{
    return status == OrderStatus::Pending || status == OrderStatus::Confirmed;
}

QString OrderLifecycle::key(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Pending:
        return u"pending"_s;
    case OrderStatus::Confirmed:
        return u"confirmed"_s;
    case OrderStatus::Shipped:
        return u"shipped"_s;
    case OrderStatus::Delivered:
        return u"delivered"_s;
    case OrderStatus::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

std::optional<OrderStatus> OrderLifecycle::fromKey(const QString &key)
{
    for (OrderStatus status : allStatuses()) {
        if (OrderLifecycle::key(status) == key)
            return status;
    }
    return std::nullopt;
}

QString OrderLifecycle::displayName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Pending:
        return tr("Pending");
    case OrderStatus::Confirmed:
        return tr("Confirmed");
    case OrderStatus::Shipped:
        return tr("Shipped");
    case OrderStatus::Delivered:
        return tr("Delivered");
    case OrderStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

} // namespace shipshape
