#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace shipshape {

class Database;

// The SendGrid events already processed (sendgrid_webhook_events, migration 28): an event delivered again
// is acknowledged and changes nothing. Callers own the transaction: the claim is written with the event's
// effect, so an event is either applied and recorded or neither.
class SendGridWebhookStore {
public:
    explicit SendGridWebhookStore(Database &database) : m_database(database) {}

    [[nodiscard]] Result<bool> seen(const QString &eventId);
    // Records the event as processed; false when it already was (another delivery won the race).
    [[nodiscard]] Result<bool> claim(const QString &eventId, const QString &event, std::optional<qint64> notificationId,
            const QDateTime &receivedAt);

private:
    Database &m_database;
};

} // namespace shipshape
