#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "events/DomainEvent.h"
#include "notification/WebhookDelivery.h"
#include "orders/Order.h"

#include <QCoreApplication>

#include <optional>

namespace shipshape {

class Database;
struct StockMovement;

// The transactional outbox of outbound webhooks (webhook_deliveries, migration 31). The enqueue…() calls run
// inside the caller's transaction and write one delivery per active endpoint subscribed to the event, all with
// the same event id, so the event and the change commit or roll back together. The dispatcher side
// (WebhookDispatcher) claims due rows one at a time and records each attempt, like NotificationOutbox's.
class WebhookOutbox {
    Q_DECLARE_TR_FUNCTIONS(WebhookOutbox)

public:
    WebhookOutbox(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

    // --- inside the caller's transaction ---
    // The webhooks of one change of an order: order.created for OrderPlaced, order.status_changed when the status
    // moved (`previousStatus` → order.status), order.refunded for a refund event. Called where the change's
    // events are recorded (OrderPlacement, OrderChanges), once per change.
    Status enqueueOrderChange(
            const Order &order, std::optional<OrderStatus> previousStatus, const QList<DomainEvent> &events);
    // stock.low when a ledger row leaves the product's available stock at or below its threshold and it was above
    // before (InventoryRepository::record, every stock change).
    Status enqueueStockMovement(const StockMovement &movement);
    // The body of an event: {"id", "type", "created", "data"}.
    static QByteArray payload(
            const QString &eventId, WebhookEventType type, const QDateTime &created, const QJsonObject &data);

    // --- staff ---
    // Newest first, without payloads; optionally one status.
    Result<QList<WebhookDelivery>> list(std::optional<OutboxStatus> status, int limit = 200, qint64 beforeId = 0);
    Result<std::optional<WebhookDelivery>> find(qint64 id);
    Result<QList<WebhookAttempt>> attempts(qint64 id);
    Result<qint64> count(std::optional<OutboxStatus> status);
    // As NotificationOutbox::retry: failed → pending with a new round; retry → due now; else a conflict.
    Result<WebhookDelivery> retry(qint64 id);

    // --- dispatcher ---
    Result<std::optional<WebhookDelivery>> claimNext(const QString &claimant, const QDateTime &claimUntil);
    // Each records the attempt in the log and the row's new state, in one transaction; a row whose claim was
    // taken over is left alone (the attempt is still logged).
    Status recordDelivered(const WebhookDelivery &delivery, const QString &claimant, const WebhookAttempt &attempt);
    Status recordRetry(const WebhookDelivery &delivery, const QString &claimant, const WebhookAttempt &attempt,
            const QDateTime &nextAttemptAt);
    Status recordFailed(const WebhookDelivery &delivery, const QString &claimant, const WebhookAttempt &attempt);

private:
    Status enqueue(WebhookEventType type, const QJsonObject &data, std::optional<qint64> orderNumber);
    Status record(const WebhookDelivery &delivery, const QString &claimant, const WebhookAttempt &attempt,
            const QString &sql, const QVariantList &values);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace shipshape
