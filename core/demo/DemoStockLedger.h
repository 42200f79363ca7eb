#pragma once

#include "common/Result.h"
#include "demo/DemoReturns.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <vector>

namespace shipshape {

class Database;

// The demo shop's stock ledger, row for row what StockReservations writes: a placement reserves each line, a
// parcel consumes its units, a cancel releases the reservation, a return's receipt restocks or writes off
// (DemoReturns). The rows are kept until the whole history is known and then written in time order, from a
// starting stock that covers the lowest point of the history, so nothing is ever oversold.
class DemoStockLedger {
    Q_DECLARE_TR_FUNCTIONS(DemoStockLedger)

public:
    enum Kind : quint8 {
        Reserve,
        Release,
        Consume
    };
    using Quantities = QList<std::pair<int, qint64>>; // product index, units

    explicit DemoStockLedger(qint64 expectedOrders);

    // One change of one order: its rows SKU by SKU (the order products are locked in).
    void add(qint64 at, qint64 orderNumber, Quantities quantities, Kind kind);

    // Writes the ledger and each product's on hand and reserved: `spare[i]` units beyond its open reservations
    // are left on product i's shelf (more if the history needs a larger start).
    Status write(Database &database, const QStringList &skus, const QList<qint64> &spare,
            const QList<DemoReturnMovement> &receipts, const QString &actor, const QString &history, qint64 startMs,
            qint64 nowMs);

private:
    struct Entry {
        qint64 at = 0;
        qint64 orderNumber = 0;
        qint32 product = 0;
        qint32 quantity = 0; // for a receipt: its index among the receipts
        quint8 kind = Reserve;
    };
    static constexpr quint8 kReceipt = 3;

    std::vector<Entry> m_entries;
};

} // namespace shipshape
