#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "events/DomainEvent.h"
#include "notification/EmailComposer.h"
#include "notification/NotificationDetails.h"
#include "notification/OutboxEntry.h"
#include "notification/SmsComposer.h"
#include "orders/Order.h"

#include <QCoreApplication>

#include <optional>

namespace shipshape {

class Database;

// The transactional outbox for customer emails. enqueue…() writes a rendered email as a row inside the
// caller's transaction (the order change and its email commit or roll back together; nothing is sent
// from inside a transaction). The dispatcher side claims due rows one at a time and records the
// provider's answer, each in its own short transaction, with EmailSent/EmailFailed on the timeline.
class NotificationOutbox {
    Q_DECLARE_TR_FUNCTIONS(NotificationOutbox)

public:
    using Channels = OutboxChannels;
    enum class RecipientOptedOut {
        No,
        Yes
    };

    NotificationOutbox(Database &database, const Clock &clock, EmailComposer composer);
    // SMS status messages (docs/notifications.md, "SMS"): while enabled, every status email also queues an SMS in
    // the same transaction when the order's customer has a phone and has not opted out. Off by default.
    void setSms(SmsComposer composer, bool enabled);
    [[nodiscard]] bool smsEnabled() const { return m_smsEnabled; }
    [[nodiscard]] const SmsComposer &smsComposer() const { return m_smsComposer; }

    // --- inside the caller's transaction ---
    // A template that fails to render never blocks the order: the row is stored as failed with the
    // reason, where staff see it. Only a database failure fails (and so rolls back the caller).
    Status enqueue(const Order &order, NotificationEvent event, const NotificationDetails &details = {});
    // Enqueues the email a domain event asks for, if any (see NotificationEvents::forDomainEvent).
    Status enqueueFor(const DomainEvent &event, const Order &order);

    // --- staff ---
    Result<QList<OutboxEntry>> list(
            std::optional<OutboxStatus> status, int limit = 200, std::optional<DeliveryState> delivery = std::nullopt);
    Result<std::optional<OutboxEntry>> find(qint64 id);
    // "Retry now" (the Outbox page and `outbox retry`): a failed email goes back to pending for another
    // full round of attempts (the total attempt count is kept); one waiting for its next attempt after a
    // transient failure (retry) stays in its round and becomes due now. A pending, sending or sent email
    // is a conflict whose message says why and what to do instead.
    Result<OutboxEntry> retry(qint64 id);
    // Queues a fresh copy of the order's most recent email; returns the new row's id.
    Result<qint64> resend(const QString &orderReference);
    // --- the outbox screen ---
    // Newest first and without the bodies (they can be large; find() has them): rows with
    // afterId < id < beforeId, optionally of one status. Paging walks down the ids (keyset paging).
    // `delivery` keeps only the emails SendGrid reported in that state.
    Result<QList<OutboxEntry>> browse(std::optional<OutboxStatus> status, qint64 afterId, qint64 beforeId, int limit,
            std::optional<DeliveryState> delivery = std::nullopt);
    // The rows with these ids as they are now, without bodies, in no particular order (missing ids are skipped).
    Result<QList<OutboxEntry>> summaries(const QList<qint64> &ids);
    Result<qint64> count(std::optional<OutboxStatus> status, std::optional<DeliveryState> delivery = std::nullopt);
    // Queues a fresh copy of one sent email (same recipient, subject and bodies); returns the new row's id.
    Result<qint64> resendCopy(qint64 id);

    // Renders what the email for `event` would look like for the order as it is now.
    Result<RenderedEmail> preview(
            const QString &orderReference, NotificationEvent event, const NotificationDetails &details = {});

    // --- dispatcher ---
    // Claims the most overdue row that is due (pending/retry with next_attempt_at <= now) or whose
    // claim has expired (a dispatcher died mid-send). Counts the attempt. Empty when nothing is due.
    Result<std::optional<OutboxEntry>> claimNext(
            const QString &claimant, const QDateTime &claimUntil, Channels channels = {});
    // Rows that cannot be sent because no provider is configured: say so on each due row, without
    // claiming it or counting an attempt. Returns how many rows are waiting.
    Result<int> noteWaiting(const QString &reason, OutboxChannel channel = OutboxChannel::Email);
    // The outcome of a claimed row; each ignores a row whose claim was taken over by someone else.
    Status recordSent(const OutboxEntry &entry, const QString &claimant, const QString &providerMessageId);
    Status recordRetry(
            const OutboxEntry &entry, const QString &claimant, const QString &reason, const QDateTime &nextAttemptAt);
    // With RecipientOptedOut::Yes (an SMS Twilio refused with 21610), the number is opted out (SmsOptOuts::stop:
    // every customer with it is marked, every other queued SMS to it fails), in the same transaction.
    Status recordFailed(const OutboxEntry &entry, const QString &claimant, const QString &reason,
            RecipientOptedOut optedOut = RecipientOptedOut::No);

    // --- SendGrid's Event Webhook (SendGridWebhookEvents), inside the caller's transaction ---
    // The sent email SendGrid answered with this X-Message-Id, without bodies; empty when none is.
    Result<std::optional<OutboxEntry>> findSent(const QString &providerMessageId);
    // Records what SendGrid reported (its reason, its time) on the email and, in the same transaction, the
    // order's timeline row (EmailBounced…: "Email “Order shipped” bounced: mailbox full"). The state changes
    // only when the report is not older than the one the email has; the timeline row is written either way.
    // True when it became the email's state.
    Result<bool> recordDelivery(
            const OutboxEntry &entry, DeliveryState state, const QString &reason, const QDateTime &at);

    [[nodiscard]] const EmailComposer &composer() const { return m_composer; }

private:
    Status enqueueSms(const Order &order, NotificationEvent event, const NotificationDetails &details);
    Status insert(const Order &order, NotificationEvent event, const RenderedEmail &email, OutboxStatus status,
            const QString &lastError);
    Result<Order> loadOrder(const QString &orderReference);
    Error notRetryable(qint64 id, const OutboxEntry &entry) const;

    Database &m_database;
    const Clock &m_clock;
    EmailComposer m_composer;
    SmsComposer m_smsComposer;
    bool m_smsEnabled = false;
};

} // namespace shipshape
