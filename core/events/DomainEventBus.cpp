#include "events/DomainEventBus.h"

#include <QSet>

namespace shipshape {

void DomainEventBus::publish(const QList<DomainEvent> &events)
{
    QSet<qint64> orders;
    QSet<QString> skus;
    for (const DomainEvent &event : events) {
        Q_EMIT published(event);
        if (event.orderNumber != 0 && !orders.contains(event.orderNumber)) {
            orders.insert(event.orderNumber);
            Q_EMIT orderChanged(event.orderNumber);
        }
        if (!event.sku.isEmpty() && !skus.contains(event.sku)) {
            skus.insert(event.sku);
            Q_EMIT stockChanged(event.sku);
        }
    }
}

} // namespace shipshape
