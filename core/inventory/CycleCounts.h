#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "inventory/CycleCount.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace shipshape {

class Database;
class DomainEventBus;

// Cycle counts (docs/warehouse.md): staff count a set of products on the shelf, each count entered (typed or
// scanned) against the stock as it is at that moment, so a shipment during the count is accounted, not
// reported as variance; an admin approves, which posts one `correction` ledger row per product whose count
// differs, with the count's reference as its reason, in one unit of work. A product is in one open count at
// a time. On PostgreSQL the server enforces the same rules and that only an admin approves (migration 37).
class CycleCounts {
    Q_DECLARE_TR_FUNCTIONS(CycleCounts)

public:
    CycleCounts(Database &database, const Clock &clock, DomainEventBus *events = nullptr);

    // Opens a count of the products `codes` name (SKU in any case or GTIN; each product once, at most
    // kMaxLines), each line expecting the product's on-hand now. Refused, nothing written: a code that is no
    // product's (Invalid), a product already in another open count (Conflict).
    Result<CycleCount> start(const QStringList &codes, const QString &note = {});
    // Opens a count of the products due (see due()), at most `limit`; Conflict when none is.
    Result<CycleCount> startDue(int days, int limit, const QString &note = {});
    // What the shelf holds of the product `code` names (SKU in any case or its GTIN), replacing an earlier entry.
    Result<CycleCountLine> enter(qint64 countId, const QString &code, qint64 counted);
    // A scan: `quantity` more units of the product `code` names than counted so far; refused (Conflict) when the
    // product's stock was corrected by hand since its first units were counted (enter the whole count again).
    Result<CycleCountLine> add(qint64 countId, const QString &code, qint64 quantity = 1);
    // Posts the differences and closes the count. Refused, nothing written: a line not counted, a product
    // corrected by hand since it was counted (count it again), a correction that would leave less on hand
    // than open orders reserve.
    Result<CycleCount> approve(qint64 countId);
    // Closes the count without changing stock.
    Result<CycleCount> cancel(qint64 countId);

    Result<CycleCount> count(qint64 countId);
    Result<QList<CycleCountSummary>> list(std::optional<CycleCountState> state = std::nullopt, int limit = 100);
    // Products not counted (in an approved count) for `days` days and in no open count, never counted ones first.
    Result<QList<CountSuggestion>> due(int days, int limit = 100);

    // "count #12": how the ledger and messages name a count.
    static QString reference(qint64 countId);

    static constexpr int kMaxLines = 5000;
    static constexpr qint64 kMaxCounted = 1'000'000'000;

private:
    Result<CycleCountLine> record(qint64 countId, const QString &code, qint64 quantity, bool add);
    // The count's state, locked; NotFound for no such count, Conflict unless it is open.
    Status lockOpen(qint64 countId);
    void publish(const QString &name, qint64 countId, const QJsonObject &payload) const;

    Database &m_database;
    const Clock &m_clock;
    DomainEventBus *m_events;
};

} // namespace shipshape
