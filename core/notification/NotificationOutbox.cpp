#include "notification/NotificationOutbox.h"

#include "common/Logging.h"
#include "common/Time.h"
#include "customers/SmsOptOuts.h"
#include "orders/OrderRepository.h"
#include "storage/Database.h"
#include "storage/StoredValue.h"
#include "storage/Transaction.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

const QString kEntryColumns
        = u"n.id, n.order_number, o.uuid, n.event, n.channel, n.recipient_email, n.recipient_phone, "
          "n.recipient_name, n.subject, "
          "n.body_text, n.body_html, n.status, n.attempts, n.round_attempts, n.next_attempt_at, "
          "n.claimed_by, n.claimed_until, n.last_error, n.provider_message_id, n.created_at, "
          "n.updated_at, n.sent_at, n.delivery_state, n.delivery_reason, n.delivery_at "
          "FROM notification_outbox n JOIN orders o ON o.number = n.order_number"_s;

// The same columns with empty bodies: lists show many rows and never the bodies.
const QString kSummaryColumns = u"n.id, n.order_number, o.uuid, n.event, n.channel, n.recipient_email, "
                                "n.recipient_phone, n.recipient_name, "
                                "n.subject, '', '', n.status, n.attempts, n.round_attempts, n.next_attempt_at, "
                                "n.claimed_by, n.claimed_until, n.last_error, n.provider_message_id, n.created_at, "
                                "n.updated_at, n.sent_at, n.delivery_state, n.delivery_reason, n.delivery_at "
                                "FROM notification_outbox n JOIN orders o ON o.number = n.order_number"_s;

// Whether a row carries the bodies (kEntryColumns) or only their empty stand-ins (kSummaryColumns).
enum class Bodies {
    Read,
    Skip
};

// summaries() binds this many ids per statement (unused places get 0, which no row has), so one
// prepared statement serves every call.
constexpr qsizetype kIdsPerStatement = 50;

Result<OutboxEntry> entryFrom(const Rows &row, Bodies bodies)
{
    OutboxEntry entry;
    entry.id = row.integer(u"id");
    entry.orderNumber = row.integer(u"order_number");
    entry.orderId = row.text(u"uuid");
    auto eventStored = StoredValue::decode(NotificationEvents::fromKey(row.text(u"event")), u"notification_outbox"_s,
            row.text(u"id"), u"event"_s, row.text(u"event"));
    if (!eventStored)
        return fail(eventStored.error());
    entry.event = *eventStored;
    entry.channel = row.text(u"channel") == u"sms"_s ? OutboxChannel::Sms : OutboxChannel::Email;
    entry.recipientEmail = row.text(u"recipient_email");
    entry.recipientPhone = row.text(u"recipient_phone");
    entry.recipientName = row.text(u"recipient_name");
    entry.subject = row.text(u"subject");
    if (bodies == Bodies::Read) {
        entry.bodyText = row.text(u"body_text");
        entry.bodyHtml = row.text(u"body_html");
    }
    auto statusStored = StoredValue::decode(OutboxStatuses::fromKey(row.text(u"status")), u"notification_outbox"_s,
            row.text(u"id"), u"status"_s, row.text(u"status"));
    if (!statusStored)
        return fail(statusStored.error());
    entry.status = *statusStored;
    entry.attempts = row.value(u"attempts").toInt();
    entry.roundAttempts = row.value(u"round_attempts").toInt();
    entry.nextAttemptAt = fromStorage(row.value(u"next_attempt_at"));
    entry.claimedBy = row.text(u"claimed_by");
    if (!row.isNull(u"claimed_until"))
        entry.claimedUntil = fromStorage(row.value(u"claimed_until"));
    entry.lastError = row.text(u"last_error");
    entry.providerMessageId = row.text(u"provider_message_id");
    entry.createdAt = fromStorage(row.value(u"created_at"));
    entry.updatedAt = fromStorage(row.value(u"updated_at"));
    if (!row.isNull(u"sent_at"))
        entry.sentAt = fromStorage(row.value(u"sent_at"));
    if (!row.isNull(u"delivery_state")) {
        auto delivery = StoredValue::decode(DeliveryStates::fromKey(row.text(u"delivery_state")),
                u"notification_outbox"_s, row.text(u"id"), u"delivery_state"_s, row.text(u"delivery_state"));
        if (!delivery)
            return fail(delivery.error());
        entry.deliveryState = *delivery;
        entry.deliveryAt = fromStorage(row.value(u"delivery_at"));
    }
    entry.deliveryReason = row.text(u"delivery_reason");
    if (auto read = row.status(); !read)
        return fail(read.error());
    return entry;
}

// The WHERE conditions (fixed text only) and values of the outbox screen's filters.
std::pair<QString, QVariantList> filterSql(std::optional<OutboxStatus> status, std::optional<DeliveryState> delivery)
{
    QString sql;
    QVariantList values;
    if (status) {
        sql += u" AND n.status = ?"_s;
        values.append(OutboxStatuses::key(*status));
    }
    if (delivery) {
        sql += u" AND n.delivery_state = ?"_s;
        values.append(DeliveryStates::key(*delivery));
    }
    return {sql, values};
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

// "Email 'Order shipped' bounced", worded whole per state so that translations need not bend a word.
QString deliverySentence(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Delivered:
        return NotificationOutbox::tr("Email '%1' delivered");
    case DeliveryState::Bounced:
        return NotificationOutbox::tr("Email '%1' bounced");
    case DeliveryState::Dropped:
        return NotificationOutbox::tr("Email '%1' dropped by SendGrid");
    case DeliveryState::SpamReport:
        return NotificationOutbox::tr("Email '%1' marked as spam by the recipient");
    }
    return NotificationOutbox::tr("Email '%1'");
}

} // namespace

NotificationOutbox::NotificationOutbox(Database &database, const Clock &clock, EmailComposer composer)
    : m_database(database), m_clock(clock), m_composer(std::move(composer))
{}

Status NotificationOutbox::insert(const Order &order, NotificationEvent event, const RenderedEmail &email,
        OutboxStatus status, const QString &lastError)
{
    const qint64 now = toStorage(m_clock.now());
    auto query = m_database.query(u"INSERT INTO notification_outbox (order_number, event, recipient_email, "
                                  u"recipient_name, subject, body_text, "
                                  "body_html, status, next_attempt_at, last_error, created_at, updated_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {order.number, NotificationEvents::key(event), order.customer.email, nonNullText(order.customer.name),
                    nonNullText(email.subject), nonNullText(email.text), nonNullText(email.html),
                    OutboxStatuses::key(status), now, nonNullText(lastError), now, now});
    if (!query)
        return fail(query.error());
    return {};
}

Status NotificationOutbox::enqueue(const Order &order, NotificationEvent event, const NotificationDetails &details)
{
    auto email = m_composer.compose(order, event, details);
    if (!email) {
        qCWarning(lcNotifications) << "Cannot render the" << NotificationEvents::key(event) << "email for order"
                                   << order.number << ":" << email.error().message;
        return insert(order, event, RenderedEmail{}, OutboxStatus::Failed,
                tr("The email could not be rendered: %1").arg(email.error().message));
    }
    if (auto inserted = insert(order, event, *email, OutboxStatus::Pending, {}); !inserted)
        return inserted;
    return enqueueSms(order, event, details);
}

Status NotificationOutbox::enqueueSms(const Order &order, NotificationEvent event, const NotificationDetails &details)
{
    if (!m_smsEnabled || !SmsComposer::covers(event))
        return {};
    // The customer as they are now (not the order's snapshot): a phone added or an opt-out recorded since the
    // order was placed counts.
    auto customer = m_database.query(u"SELECT c.phone FROM customers c JOIN orders o ON o.customer_id = c.id "
                                     "WHERE o.number = ? AND c.phone IS NOT NULL AND c.sms_opted_out_at IS NULL"_s,
            {order.number});
    if (!customer)
        return fail(customer.error());
    if (!customer->next())
        return {};
    const QString phone = customer->text(u"phone");
    const auto text = m_smsComposer.compose(order, event, details);
    if (!text || text->isEmpty())
        return {};
    const qint64 now = toStorage(m_clock.now());
    auto query = m_database.query(u"INSERT INTO notification_outbox (order_number, event, channel, recipient_email, "
                                  "recipient_phone, recipient_name, subject, body_text, body_html, status, "
                                  "next_attempt_at, last_error, created_at, updated_at) "
                                  "VALUES (?, ?, 'sms', ?, ?, ?, '', ?, '', 'pending', ?, '', ?, ?)"_s,
            {order.number, NotificationEvents::key(event), order.customer.email, phone,
                    nonNullText(order.customer.name), *text, now, now, now});
    if (!query)
        return fail(query.error());
    return {};
}

void NotificationOutbox::setSms(SmsComposer composer, bool enabled)
{
    m_smsComposer = std::move(composer);
    m_smsEnabled = enabled;
}

Status NotificationOutbox::enqueueFor(const DomainEvent &event, const Order &order)
{
    const auto notification = NotificationEvents::forDomainEvent(event.name);
    if (!notification)
        return {};
    NotificationDetails details;
    const QJsonObject &payload = event.payload;
    details.cancelNote = payload.value(u"note"_s).toString();
    const auto amountIn = [&](const QString &field) -> std::optional<Money> {
        const QString currencyCode = payload.value(u"currency"_s).toString(order.total.currency().code());
        auto currency = Currency::fromCode(currencyCode);
        if (!currency || !payload.value(field).isString())
            return std::nullopt;
        auto amount = Money::parse(payload.value(field).toString(), *currency);
        return amount ? std::optional<Money>(*amount) : std::nullopt;
    };
    if (*notification == NotificationEvent::Refunded) {
        details.refundAmount = amountIn(u"amount"_s);
        if (const auto method = RefundMethods::fromKey(payload.value(u"method"_s).toString());
                method && *method != RefundMethod::Card)
            details.refundMethod = RefundMethods::displayName(*method);
        details.refundReference = payload.value(u"reference"_s).toString();
    }
    if (*notification == NotificationEvent::Cancelled)
        details.creditKept = amountIn(u"credit"_s);
    if (*notification == NotificationEvent::Shipped || *notification == NotificationEvent::Delivered
            || *notification == NotificationEvent::ReturnOpened || *notification == NotificationEvent::ReturnReceived
            || *notification == NotificationEvent::ReturnExchanged) {
        const QJsonArray lines = payload.value(u"lines"_s).toArray();
        for (const QJsonValue &line : lines) {
            details.parcelLines.append(ShipmentLine{
                    line.toObject().value(u"sku"_s).toString(), line.toObject().value(u"quantity"_s).toInteger()});
        }
        details.parcelCarrier = payload.value(u"carrier"_s).toString(order.carrier);
        details.parcelTracking = payload.value(u"trackingNumber"_s).toString(order.trackingNumber);
        details.returnId = payload.value(u"returnId"_s).toInteger();
        details.restocked = payload.value(u"restocked"_s).toInteger();
        details.writtenOff = payload.value(u"writtenOff"_s).toInteger();
        details.replacementOrder = payload.value(u"replacementOrder"_s).toInteger();
        details.exchangeDue = amountIn(u"due"_s);
        details.exchangeRefund = amountIn(u"refundOwed"_s);
    }
    if (*notification == NotificationEvent::PaymentLink) {
        details.paymentUrl = payload.value(u"url"_s).toString();
        const QDateTime expires = QDateTime::fromString(payload.value(u"expiresAt"_s).toString(), Qt::ISODateWithMs);
        if (expires.isValid())
            details.paymentLinkExpiresAt = expires;
    }
    return enqueue(order, *notification, details);
}

Result<QList<OutboxEntry>> NotificationOutbox::list(
        std::optional<OutboxStatus> status, int limit, std::optional<DeliveryState> delivery)
{
    auto [conditions, values] = filterSql(status, delivery);
    values << limit;
    auto query = m_database.query(
            u"SELECT "_s + kEntryColumns + u" WHERE 1 = 1"_s + conditions + u" ORDER BY n.id DESC LIMIT ?"_s, values);
    if (!query)
        return fail(query.error());
    QList<OutboxEntry> entries;
    while (query->next()) {
        auto entry = entryFrom(*query, Bodies::Read);
        if (!entry)
            return fail(entry.error());
        entries.append(*entry);
    }
    return entries;
}

Result<QList<OutboxEntry>> NotificationOutbox::browse(std::optional<OutboxStatus> status, qint64 afterId,
        qint64 beforeId, int limit, std::optional<DeliveryState> delivery)
{
    if (limit < 1 || limit > 10000)
        return fail(Error::invalid(u"limit"_s, QString::number(limit), tr("The page size must be 1 to 10000.")));
    auto [conditions, values] = filterSql(status, delivery);
    values << afterId << beforeId << limit;
    auto query = m_database.query(u"SELECT "_s + kSummaryColumns + u" WHERE 1 = 1"_s + conditions
                    + u" AND n.id > ? AND n.id < ? ORDER BY n.id DESC LIMIT ?"_s,
            values);
    if (!query)
        return fail(query.error());
    QList<OutboxEntry> entries;
    while (query->next()) {
        auto entry = entryFrom(*query, Bodies::Skip);
        if (!entry)
            return fail(entry.error());
        entries.append(*entry);
    }
    return entries;
}

Result<QList<OutboxEntry>> NotificationOutbox::summaries(const QList<qint64> &ids)
{
    QString placeholders = u"?"_s;
    for (qsizetype i = 1; i < kIdsPerStatement; ++i)
        placeholders += u", ?"_s;
    const QString sql = u"SELECT "_s + kSummaryColumns + u" WHERE n.id IN ("_s + placeholders + u")"_s;
    QList<OutboxEntry> entries;
    for (qsizetype start = 0; start < ids.size(); start += kIdsPerStatement) {
        QVariantList values;
        for (qsizetype i = 0; i < kIdsPerStatement; ++i)
            values.append(start + i < ids.size() ? ids.at(start + i) : qint64(0));
        auto query = m_database.query(sql, values);
        if (!query)
            return fail(query.error());
        while (query->next()) {
            auto entry = entryFrom(*query, Bodies::Skip);
            if (!entry)
                return fail(entry.error());
            entries.append(*entry);
        }
    }
    return entries;
}

Result<qint64> NotificationOutbox::count(std::optional<OutboxStatus> status, std::optional<DeliveryState> delivery)
{
    const auto [conditions, values] = filterSql(status, delivery);
    auto query = m_database.query(u"SELECT COUNT(*) FROM notification_outbox n WHERE 1 = 1"_s + conditions, values);
    if (!query)
        return fail(query.error());
    const qint64 rows = query->next() ? query->singleInteger() : 0;
    return rows;
}

Error NotificationOutbox::notRetryable(qint64 id, const OutboxEntry &entry) const
{
    QString why;
    switch (entry.status) {
    case OutboxStatus::Pending:
        why = tr("Email %1 is already waiting to be sent; it goes out at the next opportunity.").arg(id);
        break;
    case OutboxStatus::Sending:
        why = tr("Email %1 is being sent right now; wait for the provider's answer.").arg(id);
        break;
    case OutboxStatus::Sent:
        why = tr("Email %1 was already sent; send a fresh copy instead if the customer needs it again.").arg(id);
        break;
    case OutboxStatus::Retry:
    case OutboxStatus::Failed:
        // Taken over by a dispatcher between the update and this read.
        why = tr("Email %1 changed while it was being retried; look at it again.").arg(id);
        break;
    }
    return Error::conflict(why, u"status"_s, OutboxStatuses::key(entry.status));
}

Result<OutboxEntry> NotificationOutbox::retry(qint64 id)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    const qint64 now = toStorage(m_clock.now());
    // One conditional UPDATE decides, so a dispatcher claiming the row meanwhile wins cleanly. A failed
    // email starts a new round (the attempt limit applies per round; the total is kept); one waiting for
    // its backoff stays in its round and only becomes due now.
    auto updated = m_database.query(
            u"UPDATE notification_outbox SET status = CASE WHEN status = 'failed' THEN 'pending' ELSE status END, "
            "round_attempts = CASE WHEN status = 'failed' THEN 0 ELSE round_attempts END, "
            "next_attempt_at = ?, updated_at = ? WHERE id = ? AND status IN ('failed', 'retry')"_s,
            {now, now, id});
    if (!updated)
        return fail(updated.error());
    const bool changed = updated->rowsAffected() == 1;
    auto entry = find(id);
    if (!entry)
        return fail(entry.error());
    if (!entry->has_value())
        return fail(Error::notFound(u"id"_s, QString::number(id), tr("No email %1 in the outbox.").arg(id)));
    if (!changed)
        return fail(notRetryable(id, **entry));
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    qCInfo(lcNotifications) << "Email" << id << "due again now (staff)";
    return **entry;
}

Result<qint64> NotificationOutbox::resendCopy(qint64 id)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    const qint64 now = toStorage(m_clock.now());
    auto copied = m_database.query(
            u"INSERT INTO notification_outbox (order_number, event, channel, recipient_email, recipient_phone, "
            "recipient_name, subject, body_text, body_html, status, next_attempt_at, last_error, created_at, "
            "updated_at) "
            "SELECT n.order_number, n.event, n.channel, n.recipient_email, n.recipient_phone, n.recipient_name, "
            "n.subject, n.body_text, n.body_html, 'pending', ?, '', ?, ? FROM notification_outbox n "
            "WHERE n.id = ? AND n.status = 'sent' AND n.body_text <> '' AND (n.channel = 'email' OR EXISTS ("
            "SELECT 1 FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.number = n.order_number "
            "AND c.phone = n.recipient_phone AND c.sms_opted_out_at IS NULL)) RETURNING id"_s,
            {now, now, now, id});
    if (!copied)
        return fail(copied.error());
    // RETURNING instead of lastInsertId(): the PostgreSQL driver has no last insert id for identity columns.
    const qint64 newId = copied->next() ? copied->integer(u"id") : 0;
    if (newId == 0) {
        auto existing = find(id);
        if (!existing)
            return fail(existing.error());
        if (!existing->has_value())
            return fail(Error::notFound(u"id"_s, QString::number(id), tr("No email %1 in the outbox.").arg(id)));
        return fail(Error::conflict(tr("Email %1 is %2; only a sent email can be sent again.")
                                            .arg(id)
                                            .arg(OutboxStatuses::displayName((*existing)->status).toLower()),
                u"status"_s, OutboxStatuses::key((*existing)->status)));
    }
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    qCInfo(lcNotifications) << "Email" << id << "queued again as" << newId << "(staff)";
    return newId;
}

Result<std::optional<OutboxEntry>> NotificationOutbox::find(qint64 id)
{
    auto query = m_database.query(u"SELECT "_s + kEntryColumns + u" WHERE n.id = ?"_s, {id});
    if (!query)
        return fail(query.error());
    std::optional<OutboxEntry> entry;
    if (query->next()) {
        auto read = entryFrom(*query, Bodies::Read);
        if (!read)
            return fail(read.error());
        entry = *read;
    }
    return entry;
}

Result<Order> NotificationOutbox::loadOrder(const QString &orderReference)
{
    OrderRepository orders(m_database);
    auto number = orders.resolveExisting(orderReference);
    if (!number)
        return fail(number.error());
    auto loaded = orders.load(*number, false);
    if (!loaded)
        return fail(loaded.error());
    if (!loaded->has_value())
        return fail(Error::notFound(u"order"_s, orderReference, tr("No order %1.").arg(orderReference)));
    return std::move(**loaded);
}

Result<qint64> NotificationOutbox::resend(const QString &orderReference)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    auto order = loadOrder(orderReference);
    if (!order)
        return fail(order.error());
    const qint64 now = toStorage(m_clock.now());
    auto copied = m_database.query(
            u"INSERT INTO notification_outbox (order_number, event, recipient_email, recipient_name, subject, "
            u"body_text, "
            "body_html, status, next_attempt_at, last_error, created_at, updated_at) "
            "SELECT order_number, event, recipient_email, recipient_name, subject, body_text, body_html, 'pending', ?, "
            "'', "
            "?, ? FROM notification_outbox WHERE order_number = ? AND channel = 'email' AND body_text <> '' "
            "ORDER BY id DESC LIMIT 1"_s,
            {now, now, now, order->number});
    if (!copied)
        return fail(copied.error());
    if (copied->rowsAffected() != 1) {
        return fail(Error::notFound(
                u"order"_s, orderReference, tr("Order %1 has no email to send again.").arg(order->number)));
    }
    const qint64 id = copied->lastInsertId().toLongLong();
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    qCInfo(lcNotifications) << "Email for order" << order->number << "queued again as" << id;
    return id;
}

Result<RenderedEmail> NotificationOutbox::preview(
        const QString &orderReference, NotificationEvent event, const NotificationDetails &details)
{
    auto order = loadOrder(orderReference);
    if (!order)
        return fail(order.error());
    return m_composer.compose(*order, event, details);
}

Result<std::optional<OutboxEntry>> NotificationOutbox::claimNext(
        const QString &claimant, const QDateTime &claimUntil, Channels channels)
{
    const int emails = channels.email ? 1 : 0;
    const int sms = channels.sms ? 1 : 0;
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    const qint64 now = toStorage(m_clock.now());
    // On PostgreSQL the SELECT locks the candidate and skips rows another dispatcher holds; on SQLite the
    // write transaction already serialises claimers. The conditional UPDATE re-checks either way.
    auto candidate = m_database.query(
            u"SELECT id FROM notification_outbox WHERE ((status IN ('pending', 'retry') AND next_attempt_at <= ?) "
            "OR (status = 'sending' AND claimed_until <= ?)) "
            "AND ((channel = 'email' AND ? = 1) OR (channel = 'sms' AND ? = 1)) ORDER BY next_attempt_at, id LIMIT 1"_s
                    + m_database.dialect().skipLockedSuffix(),
            {now, now, emails, sms});
    if (!candidate)
        return fail(candidate.error());
    if (!candidate->next()) {
        return std::optional<OutboxEntry>();
    }
    const qint64 id = candidate->integer(u"id");
    auto claimed
            = m_database.query(u"UPDATE notification_outbox SET status = 'sending', claimed_by = ?, claimed_until = ?, "
                               "attempts = attempts + 1, round_attempts = round_attempts + 1, updated_at = ? "
                               "WHERE id = ? AND ((status IN ('pending', 'retry') AND next_attempt_at <= ?) "
                               "OR (status = 'sending' AND claimed_until <= ?))"_s,
                    {claimant, toStorage(claimUntil), now, id, now, now});
    if (!claimed)
        return fail(claimed.error());
    if (claimed->rowsAffected() != 1)
        return std::optional<OutboxEntry>();
    auto entry = find(id);
    if (!entry)
        return fail(entry.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return *entry;
}

Result<int> NotificationOutbox::noteWaiting(const QString &reason, OutboxChannel channel)
{
    const qint64 now = toStorage(m_clock.now());
    const QString channelKey = channel == OutboxChannel::Sms ? u"sms"_s : u"email"_s;
    auto updated = m_database.query(
            u"UPDATE notification_outbox SET last_error = ?, updated_at = ? "
            "WHERE status IN ('pending', 'retry') AND next_attempt_at <= ? AND last_error <> ? AND channel = ?"_s,
            {reason, now, now, reason, channelKey});
    if (!updated)
        return fail(updated.error());
    auto waiting = m_database.query(u"SELECT COUNT(*) FROM notification_outbox "
                                    "WHERE status IN ('pending', 'retry') AND next_attempt_at <= ? AND channel = ?"_s,
            {now, channelKey});
    if (!waiting)
        return fail(waiting.error());
    const int count = waiting->next() ? waiting->single().toInt() : 0;
    return count;
}

Status NotificationOutbox::recordSent(
        const OutboxEntry &entry, const QString &claimant, const QString &providerMessageId)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    const QDateTime now = m_clock.now();
    auto updated = m_database.query(
            u"UPDATE notification_outbox SET status = 'sent', sent_at = ?, provider_message_id = ?, last_error = '', "
            "claimed_by = NULL, claimed_until = NULL, updated_at = ? WHERE id = ? AND status = 'sending' AND claimed_by = ?"_s,
            {toStorage(now), providerMessageId.isEmpty() ? nullText() : QVariant(providerMessageId), toStorage(now),
                    entry.id, claimant});
    if (!updated)
        return fail(updated.error());
    if (updated->rowsAffected() != 1) {
        qCWarning(lcNotifications) << "Email" << entry.id << "was sent but its claim had been taken over";
        return {};
    }
    TimelineEntry timeline;
    timeline.at = now;
    timeline.actor = m_database.actor();
    timeline.event = entry.isSms() ? u"SMSSent"_s : u"EmailSent"_s;
    timeline.details = QJsonObject{{u"notificationId"_s, entry.id}, {u"event"_s, NotificationEvents::key(entry.event)},
            {u"recipient"_s, entry.recipient()}, {u"providerMessageId"_s, providerMessageId}};
    if (auto logged = OrderRepository(m_database).appendTimeline(entry.orderNumber, timeline); !logged)
        return logged;
    return transaction->commit();
}

Status NotificationOutbox::recordRetry(
        const OutboxEntry &entry, const QString &claimant, const QString &reason, const QDateTime &nextAttemptAt)
{
    const qint64 now = toStorage(m_clock.now());
    auto updated = m_database.query(
            u"UPDATE notification_outbox SET status = 'retry', next_attempt_at = ?, last_error = ?, claimed_by = NULL, "
            "claimed_until = NULL, updated_at = ? WHERE id = ? AND status = 'sending' AND claimed_by = ?"_s,
            {toStorage(nextAttemptAt), reason, now, entry.id, claimant});
    if (!updated)
        return fail(updated.error());
    return {};
}

Status NotificationOutbox::recordFailed(
        const OutboxEntry &entry, const QString &claimant, const QString &reason, RecipientOptedOut optedOut)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    const QDateTime now = m_clock.now();
    auto updated = m_database.query(u"UPDATE notification_outbox SET status = 'failed', last_error = ?, claimed_by = "
                                    u"NULL, claimed_until = NULL, "
                                    "updated_at = ? WHERE id = ? AND status = 'sending' AND claimed_by = ?"_s,
            {reason, toStorage(now), entry.id, claimant});
    if (!updated)
        return fail(updated.error());
    if (updated->rowsAffected() != 1)
        return {};
    TimelineEntry timeline;
    timeline.at = now;
    timeline.actor = m_database.actor();
    timeline.event = entry.isSms() ? u"SMSFailed"_s : u"EmailFailed"_s;
    timeline.reason = reason;
    timeline.details = QJsonObject{{u"notificationId"_s, entry.id}, {u"event"_s, NotificationEvents::key(entry.event)},
            {u"recipient"_s, entry.recipient()}, {u"attempts"_s, entry.attempts}};
    if (auto logged = OrderRepository(m_database).appendTimeline(entry.orderNumber, timeline); !logged)
        return logged;
    if (optedOut == RecipientOptedOut::Yes && entry.isSms()) {
        // The number said STOP: no SMS to it again, from this order or any other, until it says START.
        if (auto stopped = SmsOptOuts(m_database).stop(entry.recipientPhone, now, reason); !stopped)
            return fail(stopped.error());
    }
    return transaction->commit();
}

Result<std::optional<OutboxEntry>> NotificationOutbox::findSent(const QString &providerMessageId)
{
    if (providerMessageId.isEmpty())
        return std::optional<OutboxEntry>();
    auto query = m_database.query(u"SELECT "_s + kSummaryColumns
                    + u" WHERE n.provider_message_id = ? AND n.status = 'sent' ORDER BY n.id DESC LIMIT 1"_s,
            {providerMessageId});
    if (!query)
        return fail(query.error());
    std::optional<OutboxEntry> entry;
    if (query->next()) {
        auto read = entryFrom(*query, Bodies::Skip);
        if (!read)
            return fail(read.error());
        entry = *read;
    }
    return entry;
}

Result<bool> NotificationOutbox::recordDelivery(
        const OutboxEntry &entry, DeliveryState state, const QString &reason, const QDateTime &at)
{
    // A report older than the one the email already has is history, not its state: SendGrid sends events in
    // batches and not always in order (a spam report can arrive before the delivery it follows).
    auto updated = m_database.query(
            u"UPDATE notification_outbox SET delivery_state = ?, delivery_reason = ?, delivery_at = ?, updated_at = ? "
            "WHERE id = ? AND status = 'sent' AND (delivery_at IS NULL OR delivery_at <= ?)"_s,
            {DeliveryStates::key(state), nonNullText(reason.left(1000)), toStorage(at), toStorage(m_clock.now()),
                    entry.id, toStorage(at)});
    if (!updated)
        return fail(updated.error());
    const bool current = updated->rowsAffected() == 1;
    TimelineEntry timeline;
    timeline.at = m_clock.now();
    timeline.actor = m_database.actor();
    timeline.event = DeliveryStates::timelineEvent(state);
    const QString sentence = deliverySentence(state).arg(NotificationEvents::displayName(entry.event));
    timeline.reason = reason.isEmpty() ? sentence : tr("%1: %2").arg(sentence, reason.left(1000));
    timeline.details = QJsonObject{{u"notificationId"_s, entry.id}, {u"event"_s, NotificationEvents::key(entry.event)},
            {u"recipient"_s, entry.recipientEmail}, {u"state"_s, DeliveryStates::key(state)},
            {u"reason"_s, reason.left(1000)}, {u"at"_s, at.toString(Qt::ISODateWithMs)}, {u"current"_s, current}};
    if (auto logged = OrderRepository(m_database).appendTimeline(entry.orderNumber, timeline); !logged)
        return fail(logged.error());
    return current;
}

} // namespace shipshape
