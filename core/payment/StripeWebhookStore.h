#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace shipshape {

class Database;

// The Stripe events already processed (stripe_webhook_events, migration 20): an event delivered again is
// acknowledged and changes nothing. Callers own the transaction: the claim is written with the event's
// effect, so an event is either applied and recorded or neither.
class StripeWebhookStore {
public:
    explicit StripeWebhookStore(Database &database) : m_database(database) {}

    [[nodiscard]] Result<bool> seen(const QString &eventId);
    // Records the event as processed; false when it already was (another delivery won the race).
    [[nodiscard]] Result<bool> claim(const QString &eventId, const QString &type, std::optional<qint64> orderNumber,
            const QDateTime &receivedAt);
    // The order an event touched, when it touched one (tests and support).
    [[nodiscard]] Result<std::optional<qint64>> orderOf(const QString &eventId);

private:
    Database &m_database;
};

} // namespace shipshape
