#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace shipshape {

class Database;

// Which order an imported external order became (order_imports, migration 32). (source, external id) is unique
// in the schema, so two imports racing with the same file cannot both place an order. Callers own the
// transaction.
class OrderImportRecords {
public:
    explicit OrderImportRecords(Database &database) : m_database(database) {}

    Result<std::optional<qint64>> orderFor(const QString &source, const QString &externalId);
    // Every external id already imported from `source`, with its order's number (one read for a whole file).
    Result<QHash<QString, qint64>> importedFrom(const QString &source);
    Status record(qint64 orderNumber, const QString &source, const QString &externalId,
            const std::optional<QDateTime> &placedAt, const QDateTime &importedAt);

private:
    Database &m_database;
};

} // namespace shipshape
