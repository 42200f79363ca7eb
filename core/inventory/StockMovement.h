#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace shipshape {

enum class StockMovementKind {
    Initial,
    Reserve,
    Release,
    Consume,
    Replenish,
    Correction,
    Returned, // a returned unit back on hand
    Damaged, // a returned unit written off: nothing back on hand (the row says how many, migration 21)
    Purged // the rows of purged orders, folded: their summed deltas, no order (migration 33)
};

// One ledger row: every change to a product's stock, with who did it and why.
struct StockMovement {
    qint64 id = 0;
    QString sku;
    StockMovementKind kind = StockMovementKind::Correction;
    qint64 onHandDelta = 0;
    qint64 reservedDelta = 0;
    qint64 onHandAfter = 0;
    qint64 reservedAfter = 0;
    std::optional<qint64> orderNumber;
    QString actor;
    QString reason;
    QDateTime at;
    // Not stored: the product's low-stock threshold when the caller already holds it (StockLevel), which
    // spares the stock.low webhook check a read; nullopt makes the check read it.
    std::optional<qint64> lowStockThreshold = std::nullopt;
};

class StockMovementKinds {
    Q_DECLARE_TR_FUNCTIONS(StockMovementKinds)

public:
    static QString key(StockMovementKind kind);
    static std::optional<StockMovementKind> fromKey(const QString &key);
    static QString displayName(StockMovementKind kind);
};

} // namespace shipshape
