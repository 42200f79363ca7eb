#pragma once

#include "common/Result.h"
#include "inventory/CycleCount.h"
#include "inventory/InventoryRepository.h"

#include <QCoreApplication>

namespace shipshape {

class Database;

// SQL for cycle counts (migration 37). Callers own the unit of work; the schema refuses what breaks a rule
// (a closed count is history, an approval needs every line counted and each difference posted).
class CycleCountStore {
    Q_DECLARE_TR_FUNCTIONS(CycleCountStore)

public:
    explicit CycleCountStore(Database &database) : m_database(database) {}

    Result<qint64> insertCount(const QString &note, const QString &actor, const QDateTime &at);
    Status insertLine(qint64 countId, const QString &sku, qint64 expected);
    // The count's state, its row locked for the rest of the transaction (nullopt: no such count).
    Result<std::optional<CycleCountState>> lockState(qint64 countId);
    // counted := quantity (or counted + quantity with `add`) for the line of `sku`, against the stock as it is
    // now; false if the count has no such line.
    Result<bool> enter(qint64 countId, const QString &sku, qint64 quantity, bool add, const StockSnapshot &now,
            const QString &actor, const QDateTime &at);
    Status setCorrection(qint64 countId, const QString &sku, qint64 movementId);
    Status close(qint64 countId, CycleCountState state, const QString &actor, const QDateTime &at);

    Result<std::optional<CycleCount>> find(qint64 countId);
    // One line of a count (nullopt: the count has no line of `sku`).
    Result<std::optional<CycleCountLine>> line(qint64 countId, const QString &sku);
    // Whether `sku` has a `correction` ledger row after the row `movementId`.
    Result<bool> correctedAfter(const QString &sku, qint64 movementId);
    // Newest first; `state` nullopt: every state.
    Result<QList<CycleCountSummary>> list(std::optional<CycleCountState> state, int limit);
    // Products with no approved count since `since` and in no open count, the longest uncounted first (never
    // counted before all). An approved count's time is its approval's.
    Result<QList<CountSuggestion>> dueSince(const QDateTime &since, int limit);
    // The count's products whose stock was corrected (a `correction` ledger row) after their count was entered.
    Result<QStringList> correctedSinceCounted(qint64 countId);
    // The open counts that already hold `sku`.
    Result<QList<qint64>> openCountsWith(const QString &sku);

private:
    Database &m_database;
};

} // namespace shipshape
