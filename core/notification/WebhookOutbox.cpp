#include "notification/WebhookOutbox.h"

#include "common/Logging.h"
#include "common/Time.h"
#include "common/Uuid.h"
#include "inventory/StockMovement.h"
#include "storage/Database.h"
#include "storage/StoredValue.h"
#include "storage/Transaction.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

const QString kColumns = u"d.id, d.endpoint_id, e.url, d.event_id, d.event_type, d.order_number, %1, d.status, "
                         "d.attempts, d.round_attempts, d.next_attempt_at, d.claimed_by, d.last_error, d.http_status, "
                         "d.created_at, d.updated_at, d.delivered_at "
                         "FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id"_s;

QString columns(bool withPayload)
{
    return kColumns.arg(withPayload ? u"d.payload"_s : u"'' AS payload"_s);
}

Result<WebhookDelivery> deliveryFrom(const Rows &row)
{
    WebhookDelivery delivery;
    delivery.id = row.integer(u"id");
    delivery.endpointId = row.integer(u"endpoint_id");
    delivery.url = QUrl(row.text(u"url"));
    delivery.eventId = row.text(u"event_id");
    auto type = StoredValue::decode(WebhookEventTypes::fromKey(row.text(u"event_type")), u"webhook_deliveries"_s,
            row.text(u"id"), u"event_type"_s, row.text(u"event_type"));
    if (!type)
        return fail(type.error());
    delivery.type = *type;
    if (!row.isNull(u"order_number"))
        delivery.orderNumber = row.integer(u"order_number");
    delivery.payload = row.text(u"payload").toUtf8();
    auto status = StoredValue::decode(OutboxStatuses::fromKey(row.text(u"status")), u"webhook_deliveries"_s,
            row.text(u"id"), u"status"_s, row.text(u"status"));
    if (!status)
        return fail(status.error());
    delivery.status = *status;
    delivery.attempts = row.value(u"attempts").toInt();
    delivery.roundAttempts = row.value(u"round_attempts").toInt();
    delivery.nextAttemptAt = fromStorage(row.value(u"next_attempt_at"));
    delivery.claimedBy = row.text(u"claimed_by");
    delivery.lastError = row.text(u"last_error");
    if (!row.isNull(u"http_status"))
        delivery.httpStatus = row.value(u"http_status").toInt();
    delivery.createdAt = fromStorage(row.value(u"created_at"));
    delivery.updatedAt = fromStorage(row.value(u"updated_at"));
    if (!row.isNull(u"delivered_at"))
        delivery.deliveredAt = fromStorage(row.value(u"delivered_at"));
    if (auto read = row.status(); !read)
        return fail(read.error());
    return delivery;
}

QVariant nullable(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

bool isRefund(const QString &domainEventName)
{
    return domainEventName == u"RefundIssued"_s || domainEventName == u"OrderRefunded"_s
            || domainEventName == u"PaymentRefunded"_s;
}

} // namespace

QJsonObject WebhookDelivery::toJson() const
{
    return QJsonObject{{u"id"_s, id}, {u"endpointId"_s, endpointId}, {u"url"_s, url.toString()},
            {u"eventId"_s, eventId}, {u"type"_s, WebhookEventTypes::key(type)},
            {u"orderNumber"_s, orderNumber ? QJsonValue(*orderNumber) : QJsonValue(QJsonValue::Null)},
            {u"status"_s, OutboxStatuses::key(status)}, {u"attempts"_s, attempts}, {u"roundAttempts"_s, roundAttempts},
            {u"nextAttemptAt"_s, nextAttemptAt.toString(Qt::ISODateWithMs)}, {u"lastError"_s, lastError},
            {u"httpStatus"_s, httpStatus ? QJsonValue(*httpStatus) : QJsonValue(QJsonValue::Null)},
            {u"createdAt"_s, createdAt.toString(Qt::ISODateWithMs)},
            {u"deliveredAt"_s,
                    deliveredAt ? QJsonValue(deliveredAt->toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null)}};
}

QByteArray WebhookOutbox::payload(
        const QString &eventId, WebhookEventType type, const QDateTime &created, const QJsonObject &data)
{
    const QJsonObject body{{u"id"_s, eventId}, {u"type"_s, WebhookEventTypes::key(type)},
            {u"created"_s, created.toUTC().toString(Qt::ISODateWithMs)}, {u"data"_s, data}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Status WebhookOutbox::enqueue(WebhookEventType type, const QJsonObject &data, std::optional<qint64> orderNumber)
{
    const QDateTime now = m_clock.now();
    const QString eventId = makeUuidV7(now);
    const QByteArray body = payload(eventId, type, now, data);
    const qint64 at = toStorage(now);
    // One row per subscribed endpoint, in one statement; nothing when no endpoint wants the event. The casts
    // give the bound values their column's type in the SELECT list (PostgreSQL would take them for text).
    auto inserted = m_database.query(
            u"INSERT INTO webhook_deliveries (endpoint_id, event_id, event_type, order_number, payload, status, "
            "next_attempt_at, created_at, updated_at) SELECT e.id, CAST(? AS TEXT), CAST(? AS TEXT), "
            "CAST(? AS BIGINT), CAST(? AS TEXT), 'pending', CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT) "
            "FROM webhook_endpoints e JOIN webhook_endpoint_events s ON s.endpoint_id = e.id "
            "WHERE e.active = 1 AND s.event = ?"_s,
            {eventId, WebhookEventTypes::key(type),
                    orderNumber ? QVariant(*orderNumber) : QVariant(QMetaType::fromType<qint64>()),
                    QString::fromUtf8(body), at, at, at, WebhookEventTypes::key(type)});
    if (!inserted)
        return fail(inserted.error());
    if (inserted->rowsAffected() > 0)
        qCDebug(lcNotifications) << "Webhook" << WebhookEventTypes::key(type) << eventId << "queued for"
                                 << inserted->rowsAffected() << "endpoint(s)";
    return {};
}

Status WebhookOutbox::enqueueOrderChange(
        const Order &order, std::optional<OrderStatus> previousStatus, const QList<DomainEvent> &events)
{
    // What the order is now; the PostgreSQL guard checks number, status and total against the order row.
    const auto orderData = [&order] {
        return QJsonObject{{u"orderId"_s, order.id}, {u"number"_s, order.number},
                {u"status"_s, OrderLifecycle::key(order.status)}, {u"totalMinor"_s, order.total.minorUnits()},
                {u"currency"_s, order.total.currency().code()}};
    };
    for (const DomainEvent &event : events) {
        if (event.name == u"OrderPlaced"_s) {
            if (auto queued = enqueue(WebhookEventType::OrderCreated, orderData(), order.number); !queued)
                return queued;
        } else if (isRefund(event.name)) {
            QJsonObject data = orderData();
            data.insert(u"refundedMinor"_s, order.refunded.minorUnits());
            const auto currency
                    = Currency::fromCode(event.payload.value(u"currency"_s).toString(order.total.currency().code()));
            if (currency && event.payload.value(u"amount"_s).isString()) {
                if (auto amount = Money::parse(event.payload.value(u"amount"_s).toString(), *currency))
                    data.insert(u"amountMinor"_s, amount->minorUnits());
            }
            if (auto queued = enqueue(WebhookEventType::OrderRefunded, data, order.number); !queued)
                return queued;
        }
    }
    if (previousStatus && *previousStatus != order.status) {
        QJsonObject data = orderData();
        data.insert(u"previousStatus"_s, OrderLifecycle::key(*previousStatus));
        if (auto queued = enqueue(WebhookEventType::OrderStatusChanged, data, order.number); !queued)
            return queued;
    }
    return {};
}

Status WebhookOutbox::enqueueStockMovement(const StockMovement &movement)
{
    const qint64 availableAfter = movement.onHandAfter - movement.reservedAfter;
    const qint64 availableBefore = availableAfter - (movement.onHandDelta - movement.reservedDelta);
    if (availableAfter >= availableBefore)
        return {};
    qint64 threshold = 0;
    if (movement.lowStockThreshold) {
        threshold = *movement.lowStockThreshold;
    } else {
        auto product = m_database.query(u"SELECT low_stock_threshold FROM products WHERE sku = ?"_s, {movement.sku});
        if (!product)
            return fail(product.error());
        if (!product->next())
            return {};
        threshold = product->integer(u"low_stock_threshold");
    }
    if (availableAfter > threshold || availableBefore <= threshold)
        return {};
    const QJsonObject data{{u"sku"_s, movement.sku}, {u"onHand"_s, movement.onHandAfter},
            {u"reserved"_s, movement.reservedAfter}, {u"available"_s, availableAfter}, {u"threshold"_s, threshold}};
    return enqueue(WebhookEventType::StockLow, data, std::nullopt);
}

Result<QList<WebhookDelivery>> WebhookOutbox::list(std::optional<OutboxStatus> status, int limit, qint64 beforeId)
{
    if (limit < 1 || limit > 10000)
        return fail(Error::invalid(u"limit"_s, QString::number(limit), tr("The page size must be 1 to 10000.")));
    QString sql = u"SELECT "_s + columns(false) + u" WHERE d.id < ?"_s;
    QVariantList values{beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max()};
    if (status) {
        sql += u" AND d.status = ?"_s;
        values << OutboxStatuses::key(*status);
    }
    sql += u" ORDER BY d.id DESC LIMIT ?"_s;
    values << limit;
    auto rows = m_database.query(sql, values);
    if (!rows)
        return fail(rows.error());
    QList<WebhookDelivery> deliveries;
    while (rows->next()) {
        auto delivery = deliveryFrom(*rows);
        if (!delivery)
            return fail(delivery.error());
        deliveries << *delivery;
    }
    return deliveries;
}

Result<std::optional<WebhookDelivery>> WebhookOutbox::find(qint64 id)
{
    auto rows = m_database.query(u"SELECT "_s + columns(true) + u" WHERE d.id = ?"_s, {id});
    if (!rows)
        return fail(rows.error());
    if (!rows->next())
        return std::optional<WebhookDelivery>();
    auto delivery = deliveryFrom(*rows);
    if (!delivery)
        return fail(delivery.error());
    return std::optional<WebhookDelivery>(*delivery);
}

Result<QList<WebhookAttempt>> WebhookOutbox::attempts(qint64 id)
{
    auto rows = m_database.query(u"SELECT attempted_at, http_status, duration_ms, outcome, error "
                                 "FROM webhook_delivery_attempts WHERE delivery_id = ? ORDER BY id"_s,
            {id});
    if (!rows)
        return fail(rows.error());
    QList<WebhookAttempt> result;
    while (rows->next()) {
        WebhookAttempt attempt;
        attempt.at = fromStorage(rows->value(u"attempted_at"));
        if (!rows->isNull(u"http_status"))
            attempt.httpStatus = rows->value(u"http_status").toInt();
        attempt.durationMs = rows->integer(u"duration_ms");
        attempt.outcome = rows->text(u"outcome");
        attempt.error = rows->text(u"error");
        result << attempt;
    }
    return result;
}

Result<qint64> WebhookOutbox::count(std::optional<OutboxStatus> status)
{
    auto rows = status ? m_database.query(
                        u"SELECT COUNT(*) FROM webhook_deliveries WHERE status = ?"_s, {OutboxStatuses::key(*status)})
                       : m_database.query(u"SELECT COUNT(*) FROM webhook_deliveries"_s);
    if (!rows)
        return fail(rows.error());
    return rows->next() ? rows->single().toLongLong() : qint64(0);
}

Result<WebhookDelivery> WebhookOutbox::retry(qint64 id)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    const qint64 now = toStorage(m_clock.now());
    auto updated = m_database.query(
            u"UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = ?, updated_at = ?, "
            "round_attempts = CASE WHEN status = 'failed' THEN 0 ELSE round_attempts END "
            "WHERE id = ? AND status IN ('failed', 'retry') "
            "AND endpoint_id IN (SELECT id FROM webhook_endpoints WHERE active = 1)"_s,
            {now, now, id});
    if (!updated)
        return fail(updated.error());
    auto delivery = find(id);
    if (!delivery)
        return fail(delivery.error());
    if (!delivery->has_value())
        return fail(Error::notFound(u"id"_s, QString::number(id), tr("No webhook delivery %1.").arg(id)));
    if (updated->rowsAffected() != 1) {
        if ((*delivery)->status == OutboxStatus::Failed)
            return fail(Error::conflict(tr("Webhook delivery %1 cannot be retried: its endpoint was removed.").arg(id),
                    u"id"_s, QString::number(id)));
        return fail(Error::conflict(tr("Webhook delivery %1 is %2; only a failed or retrying one can be retried.")
                                            .arg(id)
                                            .arg(OutboxStatuses::displayName((*delivery)->status).toLower()),
                u"status"_s, OutboxStatuses::key((*delivery)->status)));
    }
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    qCInfo(lcNotifications) << "Webhook delivery" << id << "queued again (staff)";
    return **delivery;
}

Result<std::optional<WebhookDelivery>> WebhookOutbox::claimNext(const QString &claimant, const QDateTime &claimUntil)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    const qint64 now = toStorage(m_clock.now());
    const QString due = u"((status IN ('pending', 'retry') AND next_attempt_at <= ?) "
                        "OR (status = 'sending' AND claimed_until <= ?))"_s;
    auto candidate = m_database.query(u"SELECT id FROM webhook_deliveries WHERE "_s + due
                    + u" ORDER BY next_attempt_at, id LIMIT 1"_s + m_database.dialect().skipLockedSuffix(),
            {now, now});
    if (!candidate)
        return fail(candidate.error());
    if (!candidate->next())
        return std::optional<WebhookDelivery>();
    const qint64 id = candidate->integer(u"id");
    auto claimed = m_database.query(u"UPDATE webhook_deliveries SET status = 'sending', claimed_by = ?, "
                                    "claimed_until = ?, attempts = attempts + 1, round_attempts = round_attempts + 1, "
                                    "updated_at = ? WHERE id = ? AND "_s
                    + due,
            {claimant, toStorage(claimUntil), now, id, now, now});
    if (!claimed)
        return fail(claimed.error());
    if (claimed->rowsAffected() != 1)
        return std::optional<WebhookDelivery>();
    auto delivery = find(id);
    if (!delivery)
        return fail(delivery.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return *delivery;
}

Status WebhookOutbox::record(const WebhookDelivery &delivery, const QString &claimant, const WebhookAttempt &attempt,
        const QString &sql, const QVariantList &values)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    auto logged = m_database.query(u"INSERT INTO webhook_delivery_attempts (delivery_id, attempted_at, http_status, "
                                   "duration_ms, outcome, error) VALUES (?, ?, ?, ?, ?, ?)"_s,
            {delivery.id, toStorage(attempt.at), nullable(attempt.httpStatus), std::max<qint64>(0, attempt.durationMs),
                    attempt.outcome, nonNullText(attempt.error.left(1000))});
    if (!logged)
        return fail(logged.error());
    QVariantList bound = values;
    bound << delivery.id << claimant;
    auto updated = m_database.query(sql + u" WHERE id = ? AND status = 'sending' AND claimed_by = ?"_s, bound);
    if (!updated)
        return fail(updated.error());
    if (updated->rowsAffected() != 1)
        qCWarning(lcNotifications) << "Webhook delivery" << delivery.id
                                   << "was attempted but its claim had been taken over";
    return transaction->commit();
}

Status WebhookOutbox::recordDelivered(
        const WebhookDelivery &delivery, const QString &claimant, const WebhookAttempt &attempt)
{
    const qint64 now = toStorage(m_clock.now());
    return record(delivery, claimant, attempt,
            u"UPDATE webhook_deliveries SET status = 'sent', delivered_at = ?, http_status = ?, last_error = '', "
            "claimed_by = NULL, claimed_until = NULL, updated_at = ?"_s,
            {now, nullable(attempt.httpStatus), now});
}

Status WebhookOutbox::recordRetry(const WebhookDelivery &delivery, const QString &claimant,
        const WebhookAttempt &attempt, const QDateTime &nextAttemptAt)
{
    const qint64 now = toStorage(m_clock.now());
    return record(delivery, claimant, attempt,
            u"UPDATE webhook_deliveries SET status = 'retry', next_attempt_at = ?, http_status = ?, last_error = ?, "
            "claimed_by = NULL, claimed_until = NULL, updated_at = ?"_s,
            {toStorage(nextAttemptAt), nullable(attempt.httpStatus), nonNullText(attempt.error), now});
}

Status WebhookOutbox::recordFailed(
        const WebhookDelivery &delivery, const QString &claimant, const WebhookAttempt &attempt)
{
    const qint64 now = toStorage(m_clock.now());
    return record(delivery, claimant, attempt,
            u"UPDATE webhook_deliveries SET status = 'failed', http_status = ?, last_error = ?, claimed_by = NULL, "
            "claimed_until = NULL, updated_at = ?"_s,
            {nullable(attempt.httpStatus), nonNullText(attempt.error), now});
}

} // namespace shipshape
