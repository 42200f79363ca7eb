#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace shipshape {

// The moments a customer hears from the shop. Each has one email template.
enum class NotificationEvent {
    Placed,
    Confirmed,
    Shipped,
    Delivered,
    Cancelled,
    Refunded,
    PaymentLink, // a link to pay the order by card (a Stripe Checkout Session)
    ReturnOpened, // a return was opened: what to send back
    ReturnReceived, // the returned goods arrived at the warehouse
    ReturnExchanged // a return was exchanged for a replacement order
};

class NotificationEvents {
    Q_DECLARE_TR_FUNCTIONS(NotificationEvents)

public:
    // Stable key used in the database, templates and the CLI: "placed", "confirmed", ...
    static QString key(NotificationEvent event);
    static std::optional<NotificationEvent> fromKey(const QString &key);
    static QStringList keys();
    // For people: "Order placed", "Payment received", ...
    static QString displayName(NotificationEvent event);
    // The notification a domain event asks for, if any (OrderModified and stock events ask for none).
    static std::optional<NotificationEvent> forDomainEvent(const QString &domainEventName);
};

} // namespace shipshape
