#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace shipshape {

enum class OrderStatus {
    Pending,
    Confirmed,
    Shipped,
    Delivered,
    Cancelled
};

// The order lifecycle, defined once: which status may follow which, and what each allows.
class OrderLifecycle {
    Q_DECLARE_TR_FUNCTIONS(OrderLifecycle)

public:
    static QList<OrderStatus> allStatuses();
    static QList<OrderStatus> allowedNext(OrderStatus from);
    static bool canTransition(OrderStatus from, OrderStatus to);
    // Lines and address may change only before shipment.
    static bool isModifiable(OrderStatus status);
    // Pending and confirmed orders hold stock reservations.
    static bool holdsReservation(OrderStatus status);

    static QString key(OrderStatus status); // "pending": stored and in JSON
    static std::optional<OrderStatus> fromKey(const QString &key);
    static QString displayName(OrderStatus status); // translated, for people
};

} // namespace shipshape
