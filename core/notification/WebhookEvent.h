#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace shipshape {

// What a webhook endpoint can subscribe to (docs/notifications.md, "Webhooks"). The keys are the wire names
// receivers see in the payload's `type` and the values of webhook_endpoint_events.event (CHECKed in the schema).
enum class WebhookEventType {
    OrderCreated,
    OrderStatusChanged,
    OrderRefunded,
    StockLow
};

class WebhookEventTypes {
    Q_DECLARE_TR_FUNCTIONS(WebhookEventTypes)

public:
    static QString key(WebhookEventType type);
    static std::optional<WebhookEventType> fromKey(const QString &key);
    static QList<WebhookEventType> all();
    static QStringList keys();
    // "order.created,stock.low" → the types, each once, in all()'s order. An unknown or empty name fails
    // naming `field` and the name.
    static Result<QList<WebhookEventType>> parseList(const QString &field, const QString &text);
};

} // namespace shipshape
