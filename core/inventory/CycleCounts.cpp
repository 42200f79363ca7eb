#include "inventory/CycleCounts.h"

#include "common/Logging.h"
#include "common/TextField.h"
#include "events/DomainEventBus.h"
#include "inventory/CycleCountStore.h"
#include "inventory/InventoryRepository.h"
#include "storage/Database.h"
#include "storage/UnitOfWork.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

const QString kCountField = u"count"_s;

Error noSuchCount(qint64 countId)
{
    return Error::notFound(
            kCountField, QString::number(countId), CycleCounts::tr("There is no count #%1.").arg(countId));
}

} // namespace

CycleCounts::CycleCounts(Database &database, const Clock &clock, DomainEventBus *events)
    : m_database(database), m_clock(clock), m_events(events)
{}

QString CycleCounts::reference(qint64 countId)
{
    return tr("count #%1").arg(countId);
}

void CycleCounts::publish(const QString &name, qint64 countId, const QJsonObject &payload) const
{
    // No SKU on the event: a count changes no stock until its approval, which says so per product itself.
    QJsonObject withCount = payload;
    withCount.insert(u"count"_s, countId);
    if (m_events)
        m_events->publish({DomainEvent{name, 0, {}, m_clock.now(), m_database.actor(), withCount}});
}

Result<CycleCount> CycleCounts::start(const QStringList &codes, const QString &note)
{
    auto cleanNote = TextField::singleLine(u"note"_s, note, 500, false);
    if (!cleanNote)
        return fail(cleanNote.error());
    if (codes.isEmpty())
        return fail(Error::invalid(u"sku"_s, QString(), tr("A count needs at least one product.")));
    if (codes.size() > kMaxLines) {
        return fail(Error::invalid(u"sku"_s, QString::number(codes.size()),
                tr("A count holds at most %1 products; %2 were given.").arg(kMaxLines).arg(codes.size())));
    }
    auto unit = UnitOfWork::begin(m_database);
    if (!unit)
        return fail(unit.error());
    const QDateTime now = m_clock.now();
    CycleCountStore store(m_database);
    InventoryRepository inventory(m_database);
    // A product may be named by its SKU in any case or by its barcode, as a scanner types it.
    QStringList sorted;
    QSet<QString> seen;
    for (const QString &code : codes) {
        auto sku = inventory.skuForCode(code.trimmed());
        if (!sku)
            return fail(sku.error());
        if (!sku->has_value())
            return fail(Error::invalid(u"sku"_s, code, tr("\"%1\" is no product's SKU or barcode.").arg(code)));
        if (seen.contains(**sku)) {
            return fail(Error::invalid(
                    u"sku"_s, code, tr("%1 is named twice; a count holds each product once.").arg(**sku)));
        }
        seen.insert(**sku);
        sorted << **sku;
    }
    auto id = store.insertCount(*cleanNote, m_database.actor(), now);
    if (!id)
        return fail(id.error());
    // Products are locked in SKU order, as every multi-product change locks them, so two counts never deadlock.
    std::sort(sorted.begin(), sorted.end());
    for (const QString &sku : std::as_const(sorted)) {
        auto snapshot = inventory.lockedSnapshot(sku);
        if (!snapshot)
            return fail(snapshot.error());
        auto open = store.openCountsWith(sku);
        if (!open)
            return fail(open.error());
        if (!open->isEmpty()) {
            return fail(
                    Error::conflict(tr("%1 is being counted in count #%2 already; approve or cancel that count first.")
                                            .arg(sku)
                                            .arg(open->constFirst()),
                            u"sku"_s, sku));
        }
        if (auto added = store.insertLine(*id, sku, snapshot->level.onHand); !added)
            return fail(added.error());
    }
    const qint64 countId = *id;
    unit->afterCommit([this, countId, lines = sorted.size()] {
        publish(u"CycleCountStarted"_s, countId, {{u"lines"_s, lines}});
    });
    if (auto committed = unit->commit(); !committed)
        return fail(committed.error());
    qCInfo(lcInventory) << "Count" << countId << "started with" << sorted.size() << "products";
    return count(countId);
}

Result<CycleCount> CycleCounts::startDue(int days, int limit, const QString &note)
{
    // The products due and the count of them in one unit of work: none can join another count in between.
    auto unit = UnitOfWork::begin(m_database);
    if (!unit)
        return fail(unit.error());
    auto products = due(days, limit);
    if (!products)
        return fail(products.error());
    if (products->isEmpty()) {
        return fail(Error::conflict(tr("Every product was counted in the last %n day(s) or is being counted: nothing "
                                       "to count.",
                                            nullptr, days),
                u"days"_s, QString::number(days)));
    }
    QStringList skus;
    for (const CountSuggestion &product : std::as_const(*products))
        skus << product.sku;
    auto count = start(skus, note);
    if (!count)
        return fail(count.error());
    if (auto committed = unit->commit(); !committed)
        return fail(committed.error());
    return count;
}

Status CycleCounts::lockOpen(qint64 countId)
{
    auto state = CycleCountStore(m_database).lockState(countId);
    if (!state)
        return fail(state.error());
    if (!state->has_value())
        return fail(noSuchCount(countId));
    if (**state != CycleCountState::Open) {
        return fail(Error::conflict(tr("Count #%1 is %2: a closed count does not change.")
                                            .arg(countId)
                                            .arg(CycleCountStates::displayName(**state).toLower()),
                kCountField, QString::number(countId)));
    }
    return {};
}

Result<CycleCountLine> CycleCounts::enter(qint64 countId, const QString &code, qint64 counted)
{
    if (counted < 0 || counted > kMaxCounted) {
        return fail(Error::invalid(u"counted"_s, QString::number(counted),
                tr("A count is a number of units from 0 to %1.").arg(kMaxCounted)));
    }
    return record(countId, code, counted, false);
}

Result<CycleCountLine> CycleCounts::add(qint64 countId, const QString &code, qint64 quantity)
{
    if (quantity < 1 || quantity > kMaxCounted) {
        return fail(Error::invalid(
                u"quantity"_s, QString::number(quantity), tr("A scan adds from 1 to %1 units.").arg(kMaxCounted)));
    }
    return record(countId, code, quantity, true);
}

Result<CycleCountLine> CycleCounts::record(qint64 countId, const QString &code, qint64 quantity, bool add)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return fail(Error::invalid(u"sku"_s, code, tr("Name the product counted: its SKU or barcode.")));
    auto unit = UnitOfWork::begin(m_database);
    if (!unit)
        return fail(unit.error());
    if (auto open = lockOpen(countId); !open)
        return fail(open.error());
    InventoryRepository inventory(m_database);
    auto sku = inventory.skuForCode(trimmed);
    if (!sku)
        return fail(sku.error());
    if (!sku->has_value())
        return fail(Error::invalid(u"sku"_s, trimmed, tr("\"%1\" is no product's SKU or barcode.").arg(trimmed)));
    CycleCountStore store(m_database);
    auto before = store.line(countId, **sku);
    if (!before)
        return fail(before.error());
    if (!before->has_value()) {
        return fail(Error::conflict(
                tr("%1 is not in count #%2: nothing was counted.").arg(**sku).arg(countId), u"sku"_s, trimmed));
    }
    // The product is locked before it is judged, so no correction or shipment slips in between.
    auto snapshot = inventory.lockedSnapshot(**sku);
    if (!snapshot)
        return fail(snapshot.error());
    const CycleCountLine &counted = **before;
    if (add && counted.isCounted()) {
        if (*counted.counted + quantity > kMaxCounted) {
            return fail(Error::invalid(u"quantity"_s, QString::number(quantity),
                    tr("A count is a number of units from 0 to %1.").arg(kMaxCounted)));
        }
        // Units scanned before a correction by hand and after it would be judged against the stock after it.
        auto corrected = store.correctedAfter(**sku, counted.lastMovementId.value_or(0));
        if (!corrected)
            return fail(corrected.error());
        if (*corrected) {
            return fail(Error::conflict(tr("The stock of %1 was corrected since its first units were counted: count "
                                           "it again and enter the whole number.")
                                                .arg(**sku),
                    u"sku"_s, trimmed));
        }
    }
    if (auto entered = store.enter(countId, **sku, quantity, add, *snapshot, m_database.actor(), m_clock.now());
            !entered)
        return fail(entered.error());
    auto after = store.line(countId, **sku);
    if (!after)
        return fail(after.error());
    if (!after->has_value())
        return fail(noSuchCount(countId));
    const CycleCountLine result = **after;
    unit->afterCommit([this, countId, result] {
        publish(u"StockCounted"_s, countId, {{u"sku"_s, result.sku}, {u"counted"_s, result.counted.value_or(0)}});
    });
    if (auto committed = unit->commit(); !committed)
        return fail(committed.error());
    return result;
}

Result<CycleCount> CycleCounts::approve(qint64 countId)
{
    auto unit = UnitOfWork::begin(m_database);
    if (!unit)
        return fail(unit.error());
    if (auto open = lockOpen(countId); !open)
        return fail(open.error());
    CycleCountStore store(m_database);
    auto found = store.find(countId);
    if (!found)
        return fail(found.error());
    if (!found->has_value())
        return fail(noSuchCount(countId));
    const CycleCount &count = **found;
    QStringList uncounted;
    for (const CycleCountLine &line : count.lines) {
        if (!line.isCounted())
            uncounted << line.sku;
    }
    if (!uncounted.isEmpty()) {
        return fail(Error::conflict(
                tr("Count #%1 cannot be approved: %n product(s) not counted yet (%2).", nullptr, int(uncounted.size()))
                        .arg(countId)
                        .arg(uncounted.mid(0, 5).join(u", "_s)),
                kCountField, QString::number(countId)));
    }
    // A correction by hand since a product was counted already says what the shelf holds; posting the count's
    // difference on top of it would correct twice (the schema refuses it too).
    auto correctedByHand = store.correctedSinceCounted(countId);
    if (!correctedByHand)
        return fail(correctedByHand.error());
    if (!correctedByHand->isEmpty()) {
        return fail(Error::conflict(tr("Count #%1 cannot be approved: the stock of %2 was corrected after it was "
                                       "counted. Count it again.")
                                            .arg(countId)
                                            .arg(correctedByHand->join(u", "_s)),
                u"sku"_s, correctedByHand->constFirst()));
    }
    const QDateTime now = m_clock.now();
    const QString actor = m_database.actor();
    InventoryRepository inventory(m_database);
    QJsonArray corrected;
    // Products are locked in the order placement and shipping lock them (QString order), so an approval and an
    // order never wait for each other in opposite orders.
    QList<CycleCountLine> lines = count.lines;
    std::sort(
            lines.begin(), lines.end(), [](const CycleCountLine &a, const CycleCountLine &b) { return a.sku < b.sku; });
    for (const CycleCountLine &line : std::as_const(lines)) {
        const qint64 variance = line.variance().value_or(0);
        if (variance == 0)
            continue;
        auto level = inventory.adjustOnHand(line.sku, variance, now);
        if (!level) {
            if (level.error().code != ErrorCode::Conflict)
                return fail(level.error());
            return fail(Error::conflict(
                    tr("Count #%1 cannot be approved: correcting %2 by %3 would leave less on hand than open orders "
                       "reserve. Cancel or edit those orders, or count %2 again.")
                            .arg(countId)
                            .arg(line.sku)
                            .arg(variance),
                    u"sku"_s, line.sku));
        }
        QString reason = tr("Cycle count #%1: counted %2 where the stock said %3")
                                 .arg(countId)
                                 .arg(*line.counted)
                                 .arg(*line.onHandAtCount);
        if (!count.note.isEmpty())
            reason += u" — "_s + count.note;
        auto movement = inventory.record(StockMovement{0, line.sku, StockMovementKind::Correction, variance, 0,
                level->onHand, level->reserved, std::nullopt, actor, reason.left(500), now, level->lowStockThreshold});
        if (!movement)
            return fail(movement.error());
        if (auto linked = store.setCorrection(countId, line.sku, *movement); !linked)
            return fail(linked.error());
        corrected.append(QJsonObject{{u"sku"_s, line.sku}, {u"delta"_s, variance}});
    }
    if (auto closed = store.close(countId, CycleCountState::Approved, actor, now); !closed)
        return fail(closed.error());
    unit->afterCommit([this, countId, corrected] {
        publish(u"CycleCountApproved"_s, countId, {{u"corrected"_s, corrected}});
        for (const QJsonValue &each : corrected) {
            const QJsonObject line = each.toObject();
            if (m_events) {
                m_events->publish({DomainEvent{u"StockCorrected"_s, 0, line.value(u"sku"_s).toString(), m_clock.now(),
                        m_database.actor(), {{u"count"_s, countId}, {u"delta"_s, line.value(u"delta"_s)}}}});
            }
        }
    });
    if (auto committed = unit->commit(); !committed)
        return fail(committed.error());
    qCInfo(lcInventory) << "Count" << countId << "approved:" << corrected.size() << "products corrected";
    return this->count(countId);
}

Result<CycleCount> CycleCounts::cancel(qint64 countId)
{
    auto unit = UnitOfWork::begin(m_database);
    if (!unit)
        return fail(unit.error());
    if (auto open = lockOpen(countId); !open)
        return fail(open.error());
    if (auto closed
            = CycleCountStore(m_database).close(countId, CycleCountState::Cancelled, m_database.actor(), m_clock.now());
            !closed)
        return fail(closed.error());
    unit->afterCommit([this, countId] { publish(u"CycleCountCancelled"_s, countId, {}); });
    if (auto committed = unit->commit(); !committed)
        return fail(committed.error());
    return count(countId);
}

Result<CycleCount> CycleCounts::count(qint64 countId)
{
    auto found = CycleCountStore(m_database).find(countId);
    if (!found)
        return fail(found.error());
    if (!found->has_value())
        return fail(noSuchCount(countId));
    return **found;
}

Result<QList<CycleCountSummary>> CycleCounts::list(std::optional<CycleCountState> state, int limit)
{
    return CycleCountStore(m_database).list(state, qBound(1, limit, 10000));
}

Result<QList<CountSuggestion>> CycleCounts::due(int days, int limit)
{
    if (days < 0 || days > 3650)
        return fail(Error::invalid(u"days"_s, QString::number(days), tr("Days are from 0 to 3650.")));
    return CycleCountStore(m_database).dueSince(m_clock.now().addDays(-days), qBound(1, limit, kMaxLines));
}

} // namespace shipshape
