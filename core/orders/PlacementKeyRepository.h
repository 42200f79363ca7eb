#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace shipshape {

class Database;

// Which order an idempotent placement created (order_placements). The key is the table's primary key,
// so two clients racing with the same key cannot both record an order. Callers own the transaction.
class PlacementKeyRepository {
public:
    explicit PlacementKeyRepository(Database &database) : m_database(database) {}

    Result<std::optional<qint64>> orderFor(const QString &key);
    Status record(const QString &key, qint64 orderNumber, const QDateTime &at);

private:
    Database &m_database;
};

} // namespace shipshape
