#pragma once

#include "events/DomainEvent.h"

#include <QList>
#include <QObject>

namespace shipshape {

// In-process publication of committed domain events. Models and views subscribe to the typed
// signals to refresh only what changed.
class DomainEventBus : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    void publish(const QList<DomainEvent> &events);

Q_SIGNALS:
    void published(const shipshape::DomainEvent &event);
    void orderChanged(qint64 orderNumber);
    void stockChanged(const QString &sku);
};

} // namespace shipshape
