#include "warehouse/PackingStation.h"

#include "common/Logging.h"
#include "inventory/InventoryRepository.h"
#include "orders/OrderRepository.h"
#include "orders/OrderService.h"
#include "storage/Database.h"
#include "storage/UnitOfWork.h"
#include "warehouse/PackProgressStore.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

const QString kScanField = u"scan"_s;

// The line a scanned code names: its SKU in any case, or its product's whole GTIN.
const PackLine *lineFor(const PackState &state, const QString &code)
{
    for (const PackLine &line : state.lines) {
        if (line.sku.compare(code, Qt::CaseInsensitive) == 0 || (!line.barcode.isEmpty() && line.barcode == code))
            return &line;
    }
    return nullptr;
}

} // namespace

PackingStation::PackingStation(Database &database, OrderService &orders, const Clock &clock)
    : m_database(database), m_orders(orders), m_clock(clock)
{}

bool PackingStation::isOrderCode(const QString &code)
{
    static const QRegularExpression pattern(u"^#\\s*\\d{1,18}$"_s);
    return pattern.match(code.trimmed()).hasMatch();
}

Result<PackState> PackingStation::state(qint64 orderNumber)
{
    auto state = PackProgressStore(m_database).state(orderNumber);
    if (!state)
        return fail(state.error());
    if (!state->has_value()) {
        const QString value = u"#%1"_s.arg(orderNumber);
        return fail(Error::notFound(u"order"_s, value, tr("No order %1.").arg(value)));
    }
    return std::move(**state);
}

Result<PackState> PackingStation::checkedState(qint64 orderNumber, const QString &code)
{
    auto state = this->state(orderNumber);
    if (!state)
        return state;
    if (state->status != OrderStatus::Confirmed) {
        const QString why = state->status == OrderStatus::Pending
                ? tr("Order #%1 is not confirmed yet (unpaid): it cannot be packed.").arg(orderNumber)
                : tr("Order #%1 is %2: only a confirmed order is packed.")
                          .arg(orderNumber)
                          .arg(OrderLifecycle::displayName(state->status).toLower());
        return fail(Error::conflict(why, kScanField, code));
    }
    if (state->lines.isEmpty()) {
        return fail(Error::conflict(tr("Order #%1 has nothing left to ship.").arg(orderNumber), kScanField, code));
    }
    return state;
}

Result<PackState> PackingStation::open(const QString &orderReference)
{
    QString reference = orderReference.trimmed();
    auto number = OrderRepository(m_database).resolveExisting(reference);
    if (!number)
        return fail(number.error());
    return checkedState(*number, orderReference);
}

Result<PackScan> PackingStation::scan(std::optional<qint64> openOrder, const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return fail(Error::invalid(kScanField, code, tr("The scan is empty.")));
    if (isOrderCode(trimmed)) {
        auto opened = open(trimmed);
        if (!opened)
            return fail(opened.error());
        return PackScan{PackScanKind::OrderOpened, trimmed, {}, std::move(*opened)};
    }
    if (!openOrder) {
        return fail(Error::conflict(
                tr("No order is open: scan the order's barcode (for example #1042) first, then its items."), kScanField,
                trimmed));
    }
    return packItem(*openOrder, trimmed);
}

Result<PackScan> PackingStation::packItem(qint64 orderNumber, const QString &code)
{
    auto unit = UnitOfWork::begin(m_database);
    if (!unit)
        return fail(unit.error());
    PackProgressStore store(m_database);
    // The order row first, as a shipment or cancel of it does: a scan and a shipment of the same order then
    // wait for each other in one order instead of deadlocking over its progress rows (PostgreSQL).
    if (auto locked = store.lockOrder(orderNumber); !locked)
        return fail(locked.error());
    auto state = checkedState(orderNumber, code);
    if (!state)
        return fail(state.error());
    const PackLine *line = lineFor(*state, code);
    if (!line) {
        auto product = InventoryRepository(m_database).skuForCode(code);
        if (!product)
            return fail(product.error());
        if (!product->has_value()) {
            return fail(Error::invalid(
                    kScanField, code, tr("\"%1\" is no product's SKU or barcode: nothing was counted.").arg(code)));
        }
        return fail(Error::conflict(
                tr("Wrong item: %1 is not on order #%2 (or all of it has shipped): nothing was counted.")
                        .arg(**product)
                        .arg(orderNumber),
                kScanField, code));
    }
    if (line->isComplete()) {
        return fail(
                Error::conflict(tr("One too many: all %1 of %2 for order #%3 are packed already: nothing was counted.")
                                        .arg(line->toPack)
                                        .arg(line->sku)
                                        .arg(orderNumber),
                        kScanField, code));
    }
    const QString sku = line->sku;
    auto added = store.addOne(orderNumber, sku, m_database.actor(), m_clock.now());
    if (!added)
        return fail(added.error());
    if (!added->has_value()) {
        // Another desktop packed the last unit, or shipped or cancelled the order, since the state was read.
        return fail(Error::conflict(
                tr("One too many: order #%1 has no more %2 left to pack (packed elsewhere meanwhile): nothing was "
                   "counted.")
                        .arg(orderNumber)
                        .arg(sku),
                kScanField, code));
    }
    for (PackLine &packed : state->lines) {
        if (packed.sku == sku)
            packed.packed = **added;
    }
    if (auto committed = unit->commit(); !committed)
        return fail(committed.error());
    return PackScan{PackScanKind::ItemPacked, code, sku, std::move(*state)};
}

Result<Order> PackingStation::ship(
        qint64 orderNumber, const QString &trackingNumber, const QString &carrier, PackShipping shipping)
{
    auto unit = UnitOfWork::begin(m_database);
    if (!unit)
        return fail(unit.error());
    PackProgressStore store(m_database);
    // Locked first: no scan of this order commits between reading the box and shipping it.
    if (auto locked = store.lockOrder(orderNumber); !locked)
        return fail(locked.error());
    const QString reference = u"#%1"_s.arg(orderNumber);
    auto state = checkedState(orderNumber, reference);
    if (!state)
        return fail(state.error());
    if (!state->isStarted()) {
        return fail(Error::conflict(tr("Nothing of order #%1 is packed yet: scan its items first.").arg(orderNumber),
                u"order"_s, reference));
    }
    if (shipping == PackShipping::CompleteOnly && !state->isComplete()) {
        QStringList missing;
        for (const PackLine &line : std::as_const(state->lines)) {
            if (!line.isComplete())
                missing << tr("%1 %2 of %3").arg(line.sku).arg(line.packed).arg(line.toPack);
        }
        return fail(Error::conflict(tr("Order #%1 is not completely packed (%2 of %3 units; %4).")
                                            .arg(orderNumber)
                                            .arg(state->unitsPacked())
                                            .arg(state->unitsToPack())
                                            .arg(missing.join(u", "_s)),
                u"order"_s, reference));
    }
    QList<ShipmentLine> parcel;
    for (const PackLine &line : std::as_const(state->lines)) {
        if (line.packed > 0)
            parcel.append(ShipmentLine{line.sku, line.packed});
    }
    auto shipped = m_orders.ship(QString::number(orderNumber), trackingNumber, carrier, parcel);
    if (!shipped)
        return fail(shipped.error());
    if (auto cleared = store.clear(orderNumber); !cleared)
        return fail(cleared.error());
    if (auto committed = unit->commit(); !committed)
        return fail(committed.error());
    qCInfo(lcInventory) << "Packed order" << orderNumber << "shipped:" << state->unitsPacked() << "units,"
                        << (state->isComplete() ? "complete" : "partial");
    return shipped;
}

Status PackingStation::restart(qint64 orderNumber)
{
    return PackProgressStore(m_database).clear(orderNumber);
}

Result<QList<PackInProgress>> PackingStation::inProgress(int limit)
{
    if (limit < 1 || limit > 1000) {
        return fail(Error::invalid(
                u"limit"_s, QString::number(limit), tr("Between 1 and 1000 orders in progress are listed.")));
    }
    return PackProgressStore(m_database).inProgress(limit);
}

} // namespace shipshape
