#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>

namespace shipshape {

class Database;

// What an opt-out or opt-in changed.
struct SmsOptOutChange {
    qint64 customers = 0; // customers whose opt-out was recorded (stop) or cleared (start)
    qint64 droppedMessages = 0; // SMS queued to the number that failed instead of being sent (stop)
};

// The one place for the SMS opt-out rule (docs/notifications.md, "Opt-out"). Twilio's opt-out is per number:
// once a number said STOP, no SMS reaches it from this shop until it says START. So a STOP, whether seen as
// Twilio's error 21610 on a send or as an inbound STOP on the Twilio webhook, marks every customer with that
// phone, and the SMS already queued to it fail now instead of each asking Twilio; a START clears the mark of
// every customer with that phone. Both run inside the caller's unit of work. On PostgreSQL only an admin may
// clear an opt-out, or a login that records the inbound START in the same transaction (migration 34).
class SmsOptOuts {
public:
    explicit SmsOptOuts(Database &database) : m_database(database) {}

    // `reason` becomes the dropped messages' last error.
    Result<SmsOptOutChange> stop(const QString &phone, const QDateTime &at, const QString &reason);
    Result<SmsOptOutChange> start(const QString &phone);

private:
    Database &m_database;
};

} // namespace shipshape
