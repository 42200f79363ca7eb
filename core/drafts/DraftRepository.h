#pragma once

#include "common/Result.h"
#include "drafts/DraftOrder.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace shipshape {

class Database;

// SQL for drafts and their lines. Callers own the transaction.
class DraftRepository {
    Q_DECLARE_TR_FUNCTIONS(DraftRepository)

public:
    explicit DraftRepository(Database &database) : m_database(database) {}

    Status insert(const DraftOrder &draft);
    // Writes every column of the draft row if it is still at `expectedVersion` (which then becomes
    // expectedVersion + 1); false when the row is gone or another client saved it first.
    Result<bool> update(const DraftOrder &draft, qint64 expectedVersion);
    Status replaceLines(const QString &draftId, const QList<DraftLine> &lines);
    Status replaceDiscounts(const QString &draftId, const QList<DiscountRequest> &discounts);
    Result<std::optional<DraftOrder>> load(const QString &draftId);
    Result<QList<DraftSummary>> list(int limit);
    Result<bool> remove(const QString &draftId);
    // Moves the draft to its next placement attempt if it is still at `attempt`.
    Result<bool> advancePlacementAttempt(const QString &draftId, qint64 attempt);

private:
    Database &m_database;
};

} // namespace shipshape
