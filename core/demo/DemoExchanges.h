#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "demo/DemoReturns.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRandomGenerator>

#include <deque>

namespace shipshape {

class BulkInserter;
class DemoStockLedger;
struct DemoDataReport;

// A return waiting for the order that replaces it: the first order placed after `wantedMs` is it.
struct DemoPendingExchange {
    DemoReturnPlan plan;
    qint64 wantedMs = 0;
    qint64 customerId = 0;
    QString customerName;
    QString customerEmail;
    QVariantList address; // street, city, state, zip
};

// The rows of the demo generator's current batch a replacement order goes into.
struct DemoOrderRows {
    BulkInserter &orders;
    BulkInserter &lines;
    BulkInserter &events;
    BulkInserter &shipments;
    BulkInserter &shipmentLines;
};

// The demo shop's exchanges (OrderExchanges::exchange): returns waiting for their replacement, and the
// replacement itself: the returned units again (another size, one that works), placed for the original's
// customer and address, paid in full by the return's credit and so confirmed at once ("Paid by the credit of
// return R"), then shipped and delivered like any order. The return is written with it, linked both ways.
class DemoExchanges {
    Q_DECLARE_TR_FUNCTIONS(DemoExchanges)

public:
    // `catalogue` is every product as an order line of one unit, in the generator's product order.
    DemoExchanges(QRandomGenerator &random, const QList<DemoOrderLine> &catalogue, qint64 nowMs, const QString &actor);

    // Keeps them in the order of their exchanges.
    void schedule(DemoPendingExchange pending);
    [[nodiscard]] bool due(qint64 placedMs) const
    {
        return !m_waiting.empty() && m_waiting.front().wantedMs <= placedMs;
    }
    [[nodiscard]] qsizetype waiting() const { return qsizetype(m_waiting.size()); }
    // Those no order came late enough to replace; they stay open returns.
    std::deque<DemoPendingExchange> takeWaiting();

    // Places the first due replacement as order `number` at `placedMs`; returns its original order and the time
    // of the original's last timeline row (the exchange, or the receipt after it).
    Result<std::pair<qint64, qint64>> placeNext(qint64 number, qint64 placedMs, DemoOrderRows rows,
            DemoReturns &returns, DemoStockLedger &ledger, qint64 &nextShipmentId, DemoDataReport &report);

private:
    QRandomGenerator &m_random;
    QList<DemoOrderLine> m_catalogue;
    QHash<QString, int> m_productBySku;
    qint64 m_nowMs = 0;
    QString m_actor;
    Currency m_usd;
    std::deque<DemoPendingExchange> m_waiting;
};

} // namespace shipshape
