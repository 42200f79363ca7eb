#pragma once

#include "common/Result.h"
#include "storage/BulkInserter.h"

#include <QCoreApplication>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace shipshape {

class Database;

// One line of a delivered order as the demo data wrote it.
struct DemoOrderLine {
    QString sku;
    QString name;
    qint64 quantity = 0;
    qint64 unitPriceMinor = 0;
};

struct DemoReturnLine {
    QString sku;
    qint64 unitPriceMinor = 0;
    QString reason; // ReturnReasons key
    QString note;
    qint64 quantity = 0;
    qint64 restocked = 0;
    qint64 writtenOff = 0;
};

// What happened to one return of the demo shop: opened, then received, rejected or refunded, or exchanged
// for a replacement order. Times are storage milliseconds; 0 means "did not happen".
struct DemoReturnPlan {
    qint64 orderNumber = 0;
    QString orderStatus;
    QString paymentMethod;
    QList<DemoReturnLine> lines;
    qint64 openedMs = 0;
    qint64 receivedMs = 0;
    qint64 rejectedMs = 0;
    QString rejectReason;
    qint64 refundedMs = 0;
    qint64 exchangedMs = 0;
    qint64 replacementOrder = 0;

    [[nodiscard]] QString state() const;
    [[nodiscard]] qint64 refundMinor() const; // what a refund gives back: every unit received, at its price
    [[nodiscard]] qint64 returnedValueMinor() const; // what every unit of the return is worth (an exchange)
};

// A stock ledger row a receipt wrote (`returned` for restocked units, `damaged` for written-off ones).
struct DemoReturnMovement {
    QString sku;
    qint64 orderNumber = 0;
    qint64 returnId = 0;
    qint64 restocked = 0;
    qint64 writtenOff = 0;
    QString reason;
    qint64 at = 0;
};

// Writes returns, their lines, the refunds recorded by hand for them and their timeline rows exactly as
// OrderReturns, ManualRefunds and OrderExchanges write them, in bulk. The stock ledger rows of the receipts are
// collected (movements()) for the generator's stock pass, which writes the whole ledger per product.
class DemoReturns {
    Q_DECLARE_TR_FUNCTIONS(DemoReturns)

public:
    DemoReturns(Database &database, const QString &actor);

    // Draws a return of a delivered order's lines (opened after `deliveredMs`, before `nowMs`), its lines,
    // reasons and what became of it. A card order's return is never refunded here (its money would go back
    // through Stripe). `exchange` leaves it requested for the exchange to decide the rest.
    static DemoReturnPlan plan(QRandomGenerator &random, qint64 orderNumber, const QString &paymentMethod,
            const QList<DemoOrderLine> &lines, qint64 deliveredMs, qint64 nowMs, bool exchange);
    // Once its replacement is placed: the exchanged return is received a few days later, when time allows.
    static void receiveExchanged(QRandomGenerator &random, DemoReturnPlan &plan, qint64 nowMs);

    // The rows of one return and its order's timeline rows; returns the time of the last timeline row.
    // `timelineEntries` counts the rows written. Exchange rows need the replacement order written first.
    Result<qint64> write(const DemoReturnPlan &plan, BulkInserter &events, qint64 &timelineEntries);
    // Refunds before returns before return lines, for the foreign keys.
    Status flush();

    [[nodiscard]] const QList<DemoReturnMovement> &movements() const { return m_movements; }
    [[nodiscard]] qint64 lastReturnId() const { return m_nextReturnId - 1; }
    [[nodiscard]] qint64 lastRefundId() const { return m_nextRefundId - 1; }

private:
    QString m_actor;
    BulkInserter m_refunds;
    BulkInserter m_returns;
    BulkInserter m_lines;
    QList<DemoReturnMovement> m_movements;
    qint64 m_nextReturnId = 1;
    qint64 m_nextRefundId = 1;
};

} // namespace shipshape
