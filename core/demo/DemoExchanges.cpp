#include "demo/DemoExchanges.h"

#include "common/Time.h"
#include "common/Uuid.h"
#include "demo/DemoDataGenerator.h"
#include "demo/DemoParcels.h"
#include "demo/DemoStockLedger.h"
#include "storage/BulkInserter.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

constexpr qint64 hourMs = qint64(3600) * 1000;

QVariant nullValue()
{
    return QVariant(QMetaType::fromType<QString>());
}

// A step `wantedMs` after `fromMs`, or half the time left before `nowMs` if that is less.
qint64 later(qint64 fromMs, qint64 nowMs, qint64 wantedMs)
{
    return fromMs + qMax<qint64>(1, qMin(wantedMs, (nowMs - fromMs) / 2));
}

} // namespace

DemoExchanges::DemoExchanges(
        QRandomGenerator &random, const QList<DemoOrderLine> &catalogue, qint64 nowMs, const QString &actor)
    : m_random(random), m_catalogue(catalogue), m_nowMs(nowMs), m_actor(actor), m_usd(*Currency::fromCode(u"USD"_s))
{
    for (qsizetype i = 0; i < catalogue.size(); ++i)
        m_productBySku.insert(catalogue.at(i).sku, int(i));
}

void DemoExchanges::schedule(DemoPendingExchange pending)
{
    auto at = std::upper_bound(m_waiting.begin(), m_waiting.end(), pending.wantedMs,
            [](qint64 wanted, const DemoPendingExchange &other) { return wanted < other.wantedMs; });
    m_waiting.insert(at, std::move(pending));
}

std::deque<DemoPendingExchange> DemoExchanges::takeWaiting()
{
    return std::exchange(m_waiting, {});
}

Result<std::pair<qint64, qint64>> DemoExchanges::placeNext(qint64 number, qint64 placedMs, DemoOrderRows rows,
        DemoReturns &returns, DemoStockLedger &ledger, qint64 &nextShipmentId, DemoDataReport &report)
{
    DemoPendingExchange pending = std::move(m_waiting.front());
    m_waiting.pop_front();
    DemoReturnPlan &plan = pending.plan;
    plan.exchangedMs = placedMs;
    plan.replacementOrder = number;
    DemoReturns::receiveExchanged(m_random, plan, m_nowMs);
    const qint64 returnId = returns.lastReturnId() + 1;
    const qint64 ageMs = m_nowMs - placedMs;
    const QString status = ageMs < 24 * hourMs ? u"confirmed"_s
            : ageMs < 5 * 24 * hourMs          ? (m_random.bounded(2u) ? u"shipped"_s : u"confirmed"_s)
                                               : u"delivered"_s;
    const bool inParcel = status != u"confirmed"_s;
    const qint64 shipmentId = inParcel ? nextShipmentId++ : 0;
    qint64 total = 0;
    DemoParcel parcel;
    for (const DemoReturnLine &line : std::as_const(plan.lines)) {
        const DemoOrderLine &product = m_catalogue.at(m_productBySku.value(line.sku));
        const qint64 lineTotal = line.quantity * product.unitPriceMinor;
        total += lineTotal;
        if (auto added = rows.lines.add({number, qint64(parcel.size() + 1), product.sku, product.name, line.quantity,
                    product.unitPriceMinor, lineTotal, inParcel ? line.quantity : 0});
                !added)
            return fail(added.error());
        if (inParcel) {
            if (auto added = rows.shipmentLines.add({shipmentId, number, product.sku, line.quantity}); !added)
                return fail(added.error());
        }
        parcel.append({line.sku, line.quantity});
    }
    DemoStockLedger::Quantities held;
    for (const auto &[sku, quantity] : std::as_const(parcel))
        held.append({m_productBySku.value(sku), quantity});
    ledger.add(placedMs, number, held, DemoStockLedger::Reserve);
    const QString totalText = Money(total, m_usd).toDecimalString();
    const QString zero = Money(0, m_usd).toDecimalString();
    const auto event = [&](qint64 at, const QString &name, const QVariant &from, const QString &to,
                               const QString &reason, const QString &details) {
        ++report.timelineEntries;
        return rows.events.add({number, at, m_actor, name, from, to, reason, details});
    };
    if (auto added = event(placedMs, u"OrderPlaced"_s, nullValue(), u"pending"_s, u""_s, u"{}"_s); !added)
        return fail(added.error());
    if (auto added = event(placedMs, u"ReplacementPlaced"_s, u"pending"_s, u"pending"_s,
                QCoreApplication::translate("OrderExchanges", "Replacement for return %1 of order %2")
                        .arg(returnId)
                        .arg(plan.orderNumber),
                u"{\"credit\":\"%1\",\"currency\":\"USD\",\"due\":\"%2\",\"originalOrder\":%3,"
                "\"returnId\":%4}"_s.arg(totalText, zero)
                        .arg(plan.orderNumber)
                        .arg(returnId));
            !added)
        return fail(added.error());
    if (auto added = event(placedMs, u"PaymentProcessed"_s, u"pending"_s, u"confirmed"_s,
                QCoreApplication::translate("OrderExchanges", "Paid by the credit of return %1").arg(returnId),
                u"{\"amount\":\"%1\",\"currency\":\"USD\",\"method\":\"exchange\",\"returnId\":%2}"_s.arg(zero).arg(
                        returnId));
            !added)
        return fail(added.error());
    qint64 updatedMs = placedMs;
    QVariant carrier = nullValue();
    QVariant tracking = nullValue();
    if (inParcel) {
        const QString parcelCarrier = DemoParcels::carrier(m_random);
        const QString parcelTracking = DemoParcels::trackingNumber(parcelCarrier, m_random);
        carrier = parcelCarrier;
        tracking = parcelTracking;
        const qint64 shippedMs = later(placedMs, m_nowMs, qint64(m_random.bounded(2, 48)) * hourMs);
        const bool delivered = status == u"delivered"_s;
        const qint64 deliveredMs = later(shippedMs, m_nowMs, qint64(m_random.bounded(24, 120)) * hourMs);
        updatedMs = delivered ? deliveredMs : shippedMs;
        ledger.add(shippedMs, number, held, DemoStockLedger::Consume);
        if (auto added = event(shippedMs, u"OrderShipped"_s, u"confirmed"_s, u"shipped"_s, u""_s,
                    DemoParcels::details(shipmentId, parcelCarrier, parcelTracking, parcel, true));
                !added)
            return fail(added.error());
        if (delivered) {
            if (auto added = event(deliveredMs, u"OrderDelivered"_s, u"shipped"_s, u"delivered"_s, u""_s,
                        DemoParcels::details(shipmentId, parcelCarrier, parcelTracking, parcel, std::nullopt));
                    !added)
                return fail(added.error());
        }
        if (auto added = rows.shipments.add({shipmentId, number, parcelCarrier, parcelTracking, shippedMs, m_actor,
                    delivered ? QVariant(deliveredMs) : QVariant(QMetaType::fromType<qint64>()),
                    delivered ? QVariant(m_actor) : nullValue()});
                !added)
            return fail(added.error());
    }
    if (auto added = rows.orders.add({number, makeUuidV7(fromStorage(placedMs), m_random), pending.customerId,
                pending.customerName, pending.customerEmail, status, u"USD"_s, total, qint64(parcel.size()), 0, 0, 0,
                plan.paymentMethod, pending.address.value(0), pending.address.value(1), pending.address.value(2),
                pending.address.value(3), u"US"_s, carrier, tracking, nullValue(),
                QVariant(QMetaType::fromType<qint64>()), placedMs, updatedMs, 1});
            !added)
        return fail(added.error());
    report.lines += parcel.size();
    auto last = returns.write(plan, rows.events, report.timelineEntries);
    if (!last)
        return fail(last.error());
    ++report.returns;
    ++report.exchanges;
    return std::pair{plan.orderNumber, *last};
}

} // namespace shipshape
