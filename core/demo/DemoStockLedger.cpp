#include "demo/DemoStockLedger.h"

#include "storage/BulkInserter.h"
#include "storage/Database.h"

#include <QHash>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {
constexpr int kRowsPerFlush = 8192;
} // namespace

DemoStockLedger::DemoStockLedger(qint64 expectedOrders)
{
    // About two lines an order, each reserved and then consumed or released.
    m_entries.reserve(std::size_t(qMax<qint64>(expectedOrders, 0)) * 4);
}

void DemoStockLedger::add(qint64 at, qint64 orderNumber, Quantities quantities, Kind kind)
{
    std::sort(quantities.begin(), quantities.end());
    for (const auto &[product, quantity] : std::as_const(quantities))
        m_entries.push_back({at, orderNumber, qint32(product), qint32(quantity), kind});
}

Status DemoStockLedger::write(Database &database, const QStringList &skus, const QList<qint64> &spare,
        const QList<DemoReturnMovement> &receipts, const QString &actor, const QString &history, qint64 startMs,
        qint64 nowMs)
{
    QHash<QString, int> productBySku;
    for (qsizetype i = 0; i < skus.size(); ++i)
        productBySku.insert(skus.at(i), int(i));
    for (qsizetype r = 0; r < receipts.size(); ++r) {
        m_entries.push_back({receipts.at(r).at, receipts.at(r).orderNumber, productBySku.value(receipts.at(r).sku),
                qint32(r), kReceipt});
    }
    // Time order; a stable sort keeps each change's rows in the order it wrote them.
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) { return a.at < b.at; });
    const auto moves = [&](const Entry &entry) -> std::pair<qint64, qint64> {
        switch (entry.kind) {
        case Reserve:
            return {0, entry.quantity};
        case Release:
            return {0, -entry.quantity};
        case Consume:
            return {-entry.quantity, -entry.quantity};
        default:
            return {receipts.at(entry.quantity).restocked, 0};
        }
    };
    // How far each shelf went below its start, less what was reserved at that moment.
    QList<qint64> onHandNow(skus.size(), 0);
    QList<qint64> reservedNow(skus.size(), 0);
    QList<qint64> lowest(skus.size(), 0);
    for (const Entry &entry : m_entries) {
        const auto [onHand, reserved] = moves(entry);
        onHandNow[entry.product] += onHand;
        reservedNow[entry.product] += reserved;
        lowest[entry.product] = qMin(lowest[entry.product], onHandNow[entry.product] - reservedNow[entry.product]);
    }

    BulkInserter rows(database, u"stock_movements"_s,
            {u"sku"_s, u"kind"_s, u"on_hand_delta"_s, u"reserved_delta"_s, u"on_hand_after"_s, u"reserved_after"_s,
                    u"actor"_s, u"reason"_s, u"at"_s, u"order_number"_s, u"return_id"_s, u"written_off"_s},
            64);
    const QVariant noNumber(QMetaType::fromType<qint64>());
    for (qsizetype i = 0; i < skus.size(); ++i) {
        // What is left covers every open reservation and the spare; the start covers the lowest point.
        const qint64 initial = qMax(reservedNow.at(i) + spare.at(i) - onHandNow.at(i), -lowest.at(i));
        if (auto stocked
                = database.query(u"UPDATE products SET on_hand = ?, reserved = ?, updated_at = ? WHERE sku = ?"_s,
                        {initial + onHandNow.at(i), reservedNow.at(i), nowMs, skus.at(i)});
                !stocked)
            return fail(stocked.error());
        if (auto added = rows.add(
                    {skus.at(i), u"initial"_s, initial, 0, initial, 0, actor, history, startMs, noNumber, noNumber, 0});
                !added)
            return added;
        onHandNow[i] = initial;
        reservedNow[i] = 0;
    }
    static const std::array<QString, 3> kKinds{u"reserve"_s, u"release"_s, u"consume"_s};
    const QString noReason = u""_s;
    for (const Entry &entry : m_entries) {
        const auto [onHand, reserved] = moves(entry);
        qint64 &level = onHandNow[entry.product];
        qint64 &held = reservedNow[entry.product];
        level += onHand;
        held += reserved;
        const QString &sku = skus.at(entry.product);
        Status added;
        if (entry.kind == kReceipt) {
            // What StockReservations::restock (`returned`) and writeOff (`damaged`) write for a receipt.
            const DemoReturnMovement &receipt = receipts.at(entry.quantity);
            added = rows.add({sku, receipt.restocked > 0 ? u"returned"_s : u"damaged"_s, onHand, 0, level, held, actor,
                    receipt.reason, entry.at, entry.orderNumber, receipt.returnId, receipt.writtenOff});
        } else {
            added = rows.add({sku, kKinds.at(entry.kind), onHand, reserved, level, held, actor, noReason, entry.at,
                    entry.orderNumber, noNumber, 0});
        }
        if (!added)
            return added;
        // Rows are bound and written as they go: ten million orders' ledger as bound values would not fit in
        // memory (the compact entries sorted above do).
        if (rows.pendingRows() >= kRowsPerFlush) {
            if (auto flushed = rows.flush(); !flushed)
                return flushed;
        }
    }
    std::vector<Entry>().swap(m_entries);
    return rows.flush();
}

} // namespace shipshape
