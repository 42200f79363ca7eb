#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace shipshape {

// Something that happened in the domain, published after its transaction committed.
// Names follow the seed design: OrderPlaced, OrderModified, OrderCancelled, OrderShipped, OrderDelivered,
// StockReserved, StockReleased, StockReplenished, PaymentProcessed, ...
struct DomainEvent {
    QString name;
    qint64 orderNumber = 0; // 0 when the event is not about an order
    QString sku; // empty when the event is not about a product
    QDateTime at;
    QString actor;
    QJsonObject payload;
};

} // namespace shipshape

Q_DECLARE_METATYPE(shipshape::DomainEvent)
