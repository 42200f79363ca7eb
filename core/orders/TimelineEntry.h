#pragma once

#include "orders/OrderStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace shipshape {

// One row of an order's status timeline: when, who, what (event and status change), why.
struct TimelineEntry {
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString event; // domain event name, e.g. "OrderPlaced"
    std::optional<OrderStatus> fromStatus;
    std::optional<OrderStatus> toStatus;
    QString reason;
    QJsonObject details;
};

} // namespace shipshape
