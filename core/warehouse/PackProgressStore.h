#pragma once

#include "common/Result.h"
#include "warehouse/PackState.h"

#include <QDateTime>

#include <optional>

namespace shipshape {

class Database;

// The SQL of scan-to-pack progress (`pack_progress`, migration 30). The rules are PackingStation's; the
// schema repeats the one that matters (a row grows only within what its confirmed order's line has left).
class PackProgressStore {
public:
    explicit PackProgressStore(Database &database) : m_database(database) {}

    // The order's lines left to ship with their progress, or nullopt when no such order exists.
    Result<std::optional<PackState>> state(qint64 orderNumber);
    // One more unit of the line in the box, only while the order is confirmed and the line has it left to
    // ship, in one statement (no read-then-write race). The new count, or nullopt when the condition failed.
    Result<std::optional<qint64>> addOne(
            qint64 orderNumber, const QString &sku, const QString &actor, const QDateTime &at);
    // Takes the order's row lock (PostgreSQL) so that no scan of it commits while it is being shipped.
    Status lockOrder(qint64 orderNumber);
    Status clear(qint64 orderNumber);
    Result<QList<PackInProgress>> inProgress(int limit);

private:
    Database &m_database;
};

} // namespace shipshape
