#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace shipshape {

class Database;

// How an order placement that got past input validation ended.
enum class PlacementOutcome {
    Confirmed, // the order exists and is paid (a card charged during placement)
    Pending, // the order exists and waits for payment (manual methods, or a card whose answer is open)
    Declined, // the card was declined: the order was cancelled straight away
    OutOfStock, // refused: a line could not be reserved
    Conflict, // refused: another conflict, such as a stale price
    Failed, // refused by an error of the system (database, provider unreachable)
};

namespace PlacementOutcomes {
QString key(PlacementOutcome outcome);
} // namespace PlacementOutcomes

struct PlacementRecord {
    QDateTime at;
    QString currency;
    PlacementOutcome outcome = PlacementOutcome::Pending;
    qint64 durationMs = 0;
    std::optional<qint64> orderNumber;
    QString paymentMethod;
    QString error;
};

// The placement log behind the dashboard's success rate and placement times. Rows are written inside
// the caller's transaction; triggers keep the daily aggregates in step (see docs/dashboard.md).
class PlacementLog {
public:
    explicit PlacementLog(Database &database) : m_database(database) {}

    Status record(const PlacementRecord &record);
    // A refused placement rolled its own transaction back: its attempt is logged afterwards in a short
    // transaction of its own. The currency is that of the first line's product (none: nothing logged).
    Status recordRefused(const PlacementRecord &record, const QString &firstSku);
    // The card answer settles a placement that was logged as pending, inside the answer's transaction.
    Status settle(qint64 orderNumber, PlacementOutcome outcome, qint64 durationMs);

private:
    Database &m_database;
};

} // namespace shipshape
