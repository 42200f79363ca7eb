#pragma once

#include "notification/OutboxEntry.h"
#include "notification/WebhookEvent.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace shipshape {

// One event on its way to one endpoint (webhook_deliveries): the outbox row of a webhook, with the email's
// states and rounds (OutboxStatus).
struct WebhookDelivery {
    qint64 id = 0;
    qint64 endpointId = 0;
    QUrl url; // the endpoint's
    QString eventId; // the payload's id, also sent as Shipshape-Event-Id: the receiver's key to drop duplicates
    WebhookEventType type = WebhookEventType::OrderCreated;
    std::optional<qint64> orderNumber; // none for stock.low
    QByteArray payload; // the body, exactly as signed and sent
    OutboxStatus status = OutboxStatus::Pending;
    int attempts = 0;
    int roundAttempts = 0;
    QDateTime nextAttemptAt;
    QString claimedBy;
    QString lastError;
    std::optional<int> httpStatus; // of the last attempt that got an answer
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<QDateTime> deliveredAt;

    [[nodiscard]] QJsonObject toJson() const;
};

// One POST of a delivery (webhook_delivery_attempts).
struct WebhookAttempt {
    QDateTime at;
    std::optional<int> httpStatus;
    qint64 durationMs = 0;
    QString outcome; // delivered, retry, failed
    QString error;
};

} // namespace shipshape
