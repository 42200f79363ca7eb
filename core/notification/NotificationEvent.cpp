#include "notification/NotificationEvent.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

QString NotificationEvents::key(NotificationEvent event)
{
    switch (event) {
    case NotificationEvent::Placed:
        return u"placed"_s;
    case NotificationEvent::Confirmed:
        return u"confirmed"_s;
    case NotificationEvent::Shipped:
        return u"shipped"_s;
    case NotificationEvent::Delivered:
        return u"delivered"_s;
    case NotificationEvent::Cancelled:
        return u"cancelled"_s;
    case NotificationEvent::Refunded:
        return u"refunded"_s;
    case NotificationEvent::PaymentLink:
        return u"payment_link"_s;
    case NotificationEvent::ReturnOpened:
        return u"return_opened"_s;
    case NotificationEvent::ReturnReceived:
        return u"return_received"_s;
    case NotificationEvent::ReturnExchanged:
        return u"return_exchanged"_s;
    }
    return {};
}

QString NotificationEvents::displayName(NotificationEvent event)
{
    switch (event) {
    case NotificationEvent::Placed:
        return tr("Order placed");
    case NotificationEvent::Confirmed:
        return tr("Payment received");
    case NotificationEvent::Shipped:
        return tr("Shipped");
    case NotificationEvent::Delivered:
        return tr("Delivered");
    case NotificationEvent::Cancelled:
        return tr("Cancelled");
    case NotificationEvent::Refunded:
        return tr("Refunded");
    case NotificationEvent::PaymentLink:
        return tr("Payment link");
    case NotificationEvent::ReturnOpened:
        return tr("Return opened");
    case NotificationEvent::ReturnReceived:
        return tr("Return received");
    case NotificationEvent::ReturnExchanged:
        return tr("Return exchanged");
    }
    return {};
}

QStringList NotificationEvents::keys()
{
    return {u"placed"_s, u"confirmed"_s, u"shipped"_s, u"delivered"_s, u"cancelled"_s, u"refunded"_s, u"payment_link"_s,
            u"return_opened"_s, u"return_received"_s, u"return_exchanged"_s};
}

std::optional<NotificationEvent> NotificationEvents::fromKey(const QString &key)
{
    for (auto event : {NotificationEvent::Placed, NotificationEvent::Confirmed, NotificationEvent::Shipped,
                 NotificationEvent::Delivered, NotificationEvent::Cancelled, NotificationEvent::Refunded,
                 NotificationEvent::PaymentLink, NotificationEvent::ReturnOpened, NotificationEvent::ReturnReceived,
                 NotificationEvent::ReturnExchanged}) {
        if (NotificationEvents::key(event) == key)
            return event;
    }
    return std::nullopt;
}

std::optional<NotificationEvent> NotificationEvents::forDomainEvent(const QString &domainEventName)
{
    if (domainEventName == u"OrderPlaced"_s)
        return NotificationEvent::Placed;
    if (domainEventName == u"PaymentProcessed"_s)
        return NotificationEvent::Confirmed;
    if (domainEventName == u"OrderShipped"_s)
        return NotificationEvent::Shipped;
    if (domainEventName == u"OrderDelivered"_s)
        return NotificationEvent::Delivered;
    if (domainEventName == u"OrderCancelled"_s)
        return NotificationEvent::Cancelled;
    // Money returned, through Stripe or recorded by staff (RefundIssued); the other two names are
    // accepted for events published elsewhere.
    if (domainEventName == u"RefundIssued"_s || domainEventName == u"OrderRefunded"_s
            || domainEventName == u"PaymentRefunded"_s)
        return NotificationEvent::Refunded;
    if (domainEventName == u"PaymentLinkSent"_s)
        return NotificationEvent::PaymentLink;
    if (domainEventName == u"ReturnOpened"_s)
        return NotificationEvent::ReturnOpened;
    if (domainEventName == u"ReturnReceived"_s)
        return NotificationEvent::ReturnReceived;
    if (domainEventName == u"ReturnExchanged"_s)
        return NotificationEvent::ReturnExchanged;
    return std::nullopt;
}

} // namespace shipshape
