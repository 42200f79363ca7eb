#include "orders/OrderReturns.h"

#include "common/TextField.h"
#include "inventory/StockReservations.h"
#include "orders/OrderQueries.h"
#include "orders/OrderSettings.h"
#include "orders/ReturnStore.h"
#include "orders/ReturnableUnits.h"
#include "payment/ManualRefunds.h"
#include "payment/PaymentLedger.h"
#include "payment/PaymentMethod.h"
#include "payment/RefundMethod.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

QJsonArray quantitiesJson(const QMap<QString, qint64> &quantities)
{
    QJsonArray array;
    for (auto it = quantities.cbegin(); it != quantities.cend(); ++it) {
        if (it.value() > 0)
            array.append(QJsonObject{{u"sku"_s, it.key()}, {u"quantity"_s, it.value()}});
    }
    return array;
}

const LineItem *orderLine(const Order &order, const QString &sku)
{
    for (const LineItem &line : order.lines) {
        if (line.sku == sku)
            return &line;
    }
    return nullptr;
}

// cost × units / quantity, rounded half up (amounts are never negative), in parts so that nothing
// overflows: cost = whole × quantity + rest, and rest × units stays below 10^10.
qint64 shareOf(qint64 cost, qint64 units, qint64 quantity)
{
    const qint64 whole = cost / quantity;
    const qint64 rest = cost % quantity;
    return whole * units + (rest * units * 2 + quantity) / (quantity * 2);
}

} // namespace

Result<ReturnRequestLine> OrderReturns::parseLine(const QString &field, const QString &text)
{
    static const QRegularExpression pattern(u"^\\s*([^:\\s]+)\\s*:\\s*(\\d{1,9})\\s*:\\s*([a-z_]+)\\s*$"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return fail(Error::invalid(field, text,
                tr("\"%1\" is not a return line: give SKU:QUANTITY:REASON, for example MUG-1:1:damaged.").arg(text)));
    }
    const auto reason = ReturnReasons::fromKey(match.captured(3));
    if (!reason) {
        return fail(Error::invalid(field, text,
                tr("Line %1: \"%2\" is not a return reason; use %3.")
                        .arg(match.captured(1), match.captured(3), ReturnReasons::keys().join(u", "_s))));
    }
    return ReturnRequestLine{match.captured(1), match.captured(2).toLongLong(), *reason, {}};
}

Result<OrderReturn> OrderReturns::open(
        const QString &orderReference, const QList<ReturnRequestLine> &lines, const QString &note)
{
    auto cleanNote = TextField::multiLine(u"note"_s, note, 2000);
    if (!cleanNote)
        return fail(cleanNote.error());
    if (lines.isEmpty())
        return fail(Error::invalid(u"line"_s, {}, tr("Give the lines to return as SKU:QUANTITY:REASON.")));
    QList<ReturnLine> requested;
    for (const ReturnRequestLine &line : lines) {
        const QString value = u"%1:%2:%3"_s.arg(line.sku).arg(line.quantity).arg(ReturnReasons::key(line.reason));
        if (line.quantity <= 0 || line.quantity > OrderServiceSettings::kMaxQuantity) {
            return fail(Error::invalid(u"line"_s, value,
                    tr("Line %1: a quantity to return must be from 1 to %2.")
                            .arg(line.sku)
                            .arg(OrderServiceSettings::kMaxQuantity)));
        }
        for (const ReturnLine &earlier : std::as_const(requested)) {
            if (earlier.sku == line.sku) {
                return fail(Error::invalid(u"line"_s, value,
                        tr("Line %1: %1 is given twice; give it once with all its units.").arg(line.sku)));
            }
        }
        auto lineNote = TextField::singleLine(u"note"_s, line.note.isEmpty() ? *cleanNote : line.note, 500, false);
        if (!lineNote)
            return fail(lineNote.error());
        if (line.reason == ReturnReason::Other && lineNote->isEmpty()) {
            return fail(Error::invalid(u"line"_s, value,
                    tr("Line %1: the reason \"other\" needs a note saying what is wrong.").arg(line.sku)));
        }
        ReturnLine item;
        item.sku = line.sku;
        item.quantity = line.quantity;
        item.reason = line.reason;
        item.note = line.reason == ReturnReason::Other ? *lineNote : QString();
        requested.append(item);
    }
    std::sort(
            requested.begin(), requested.end(), [](const ReturnLine &a, const ReturnLine &b) { return a.sku < b.sku; });
    qint64 openedId = 0;
    auto changed = m_changes.apply(orderReference, [&](Order &order, OrderChange &change) -> Status {
        ReturnStore store(m_context.database);
        auto existing = store.forOrder(order.number);
        if (!existing)
            return fail(existing.error());
        for (const ReturnLine &line : std::as_const(requested)) {
            const QString value = u"%1:%2:%3"_s.arg(line.sku).arg(line.quantity).arg(ReturnReasons::key(line.reason));
            const LineItem *item = orderLine(order, line.sku);
            if (!item || item->shippedQuantity == 0) {
                return fail(Error::invalid(u"line"_s, value,
                        tr("Line %1: order %2 has shipped no %1 that could come back.")
                                .arg(line.sku)
                                .arg(order.number)));
            }
            const qint64 underReturn = ReturnableUnits::underReturn(*existing, line.sku);
            const qint64 returnable = ReturnableUnits::of(*item, *existing);
            if (line.quantity > returnable) {
                return fail(Error::invalid(u"line"_s, value,
                        tr("Line %1: order %2 has %3 of %1 that can still be returned (%4 shipped, %5 in other "
                           "returns); cannot return %6.")
                                .arg(line.sku)
                                .arg(order.number)
                                .arg(qMax<qint64>(0, returnable))
                                .arg(item->shippedQuantity)
                                .arg(underReturn)
                                .arg(line.quantity)));
            }
        }
        OrderReturn opened;
        opened.orderNumber = order.number;
        opened.note = *cleanNote;
        opened.lines = requested;
        opened.openedAt = m_context.clock.now();
        opened.openedBy = m_context.database.actor();
        auto id = store.insert(opened);
        if (!id)
            return fail(id.error());
        openedId = *id;
        QJsonArray linesJson;
        for (const ReturnLine &line : std::as_const(requested)) {
            linesJson.append(QJsonObject{{u"sku"_s, line.sku}, {u"quantity"_s, line.quantity},
                    {u"reason"_s, ReturnReasons::key(line.reason)}, {u"note"_s, line.note}});
        }
        const QJsonObject details{{u"returnId"_s, *id}, {u"lines"_s, linesJson}, {u"note"_s, *cleanNote}};
        change.timeline.append(m_changes.entry(
                u"ReturnOpened"_s, order.status, order.status, tr("Return %1 opened").arg(*id), details));
        change.events.append(m_changes.event(u"ReturnOpened"_s, order, details));
        return {};
    });
    if (!changed)
        return fail(changed.error());
    return find(openedId);
}

Result<OrderReturn> OrderReturns::changeReturn(
        qint64 returnId, const std::function<Status(Order &, OrderChange &)> &mutation)
{
    auto number = ReturnStore(m_context.database).orderOf(returnId);
    if (!number)
        return fail(number.error());
    auto changed = m_changes.apply(QString::number(*number), mutation);
    if (!changed)
        return fail(changed.error());
    return find(returnId);
}

Result<OrderReturn> OrderReturns::receive(
        qint64 returnId, const QList<ShipmentLine> &restock, const QList<ShipmentLine> &writeOff)
{
    if (restock.isEmpty() && writeOff.isEmpty()) {
        return fail(Error::invalid(u"restock"_s, {},
                tr("Say what arrived: --restock SKU:QUANTITY for units back on the shelf, --write-off SKU:QUANTITY "
                   "for units that cannot be sold again.")));
    }
    QMap<QString, qint64> restocked;
    QMap<QString, qint64> writtenOff;
    for (const auto &[field, lines, into] :
            {std::tuple{u"restock"_s, &restock, &restocked}, std::tuple{u"write-off"_s, &writeOff, &writtenOff}}) {
        for (const ShipmentLine &line : *lines) {
            if (line.quantity <= 0 || line.quantity > OrderServiceSettings::kMaxQuantity) {
                return fail(Error::invalid(field, u"%1:%2"_s.arg(line.sku).arg(line.quantity),
                        tr("Line %1: a quantity must be from 1 to %2.")
                                .arg(line.sku)
                                .arg(OrderServiceSettings::kMaxQuantity)));
            }
            (*into)[line.sku] += line.quantity;
        }
    }
    return changeReturn(returnId, [&](Order &order, OrderChange &change) -> Status {
        ReturnStore store(m_context.database);
        auto found = store.find(returnId);
        if (!found)
            return fail(found.error());
        if (!found->has_value())
            return fail(Error::notFound(u"return"_s, QString::number(returnId), tr("No return %1.").arg(returnId)));
        const OrderReturn &current = **found;
        if (current.state == ReturnState::Received && current.outstanding() == 0) {
            return fail(Error::conflict(
                    tr("Return %1 was already received in full: every unit it holds is restocked or written off.")
                            .arg(returnId),
                    u"return"_s, QString::number(returnId)));
        }
        if (!current.canBeReceived()) {
            return fail(Error::conflict(tr("Return %1 is %2: only a requested return, or a received one with units "
                                           "still outstanding, can be received.")
                                                .arg(returnId)
                                                .arg(ReturnStates::displayName(current.state).toLower()),
                    u"return"_s, QString::number(returnId)));
        }
        const bool late = current.state == ReturnState::Received;
        QStringList skus = restocked.keys() + writtenOff.keys();
        skus.removeDuplicates();
        for (const QString &sku : std::as_const(skus)) {
            const QString field = restocked.contains(sku) ? u"restock"_s : u"write-off"_s;
            const qint64 back = restocked.value(sku);
            const qint64 lost = writtenOff.value(sku);
            const QString value = u"%1:%2"_s.arg(sku).arg(restocked.contains(sku) ? back : lost);
            const ReturnLine *line = current.line(sku);
            if (!line) {
                return fail(Error::invalid(field, value, tr("Line %1: return %2 holds no %1.").arg(sku).arg(returnId)));
            }
            if (back + lost > line->outstanding()) {
                if (line->received() == 0) {
                    return fail(Error::invalid(field, value,
                            tr("Line %1: return %2 holds %3 of %1; cannot restock %4 and write off %5.")
                                    .arg(sku)
                                    .arg(returnId)
                                    .arg(line->quantity)
                                    .arg(back)
                                    .arg(lost)));
                }
                return fail(Error::invalid(field, value,
                        tr("Line %1: return %2 holds %3 of %1, %4 already received; %5 can still be received, "
                           "cannot restock %6 and write off %7.")
                                .arg(sku)
                                .arg(returnId)
                                .arg(line->quantity)
                                .arg(line->received())
                                .arg(line->outstanding())
                                .arg(back)
                                .arg(lost)));
            }
        }
        // SKU order: the order in which products are locked (StockReservations).
        for (const ReturnLine &line : current.lines) {
            const qint64 back = restocked.value(line.sku);
            const qint64 lost = writtenOff.value(line.sku);
            if (back + lost == 0)
                continue;
            if (auto received = store.receiveLine(returnId, line.sku, line, back, lost); !received)
                return received;
            if (auto backOnHand = m_stock.restock(order, line.sku, back, returnId, change); !backOnHand)
                return backOnHand;
            QString why = ReturnReasons::displayName(line.reason);
            if (!line.note.isEmpty())
                why += u": "_s + line.note;
            if (auto lostUnits = m_stock.writeOff(order, line.sku, lost, returnId, why, change); !lostUnits)
                return lostUnits;
        }
        // A late receipt leaves the return received (its first receipt's time and login stay); the timeline
        // tells each receipt.
        if (!late) {
            if (auto marked = store.markReceived(returnId, m_context.clock.now(), m_context.database.actor()); !marked)
                return marked;
        }
        qint64 backUnits = 0;
        qint64 lostUnits = 0;
        QMap<QString, qint64> arrived;
        for (auto it = restocked.cbegin(); it != restocked.cend(); ++it) {
            backUnits += it.value();
            arrived[it.key()] += it.value();
        }
        for (auto it = writtenOff.cbegin(); it != writtenOff.cend(); ++it) {
            lostUnits += it.value();
            arrived[it.key()] += it.value();
        }
        const QJsonObject details{{u"returnId"_s, returnId}, {u"lines"_s, quantitiesJson(arrived)},
                {u"restockedLines"_s, quantitiesJson(restocked)}, {u"writtenOffLines"_s, quantitiesJson(writtenOff)},
                {u"restocked"_s, backUnits}, {u"writtenOff"_s, lostUnits}, {u"late"_s, late},
                {u"outstanding"_s, current.outstanding() - backUnits - lostUnits}};
        const QString title = late
                ? tr("Return %1 received late: %2 more restocked, %3 more written off")
                          .arg(returnId)
                          .arg(backUnits)
                          .arg(lostUnits)
                : tr("Return %1 received: %2 restocked, %3 written off").arg(returnId).arg(backUnits).arg(lostUnits);
        change.timeline.append(m_changes.entry(u"ReturnReceived"_s, order.status, order.status, title, details));
        change.events.append(m_changes.event(u"ReturnReceived"_s, order, details));
        return {};
    });
}

Result<OrderReturn> OrderReturns::reject(qint64 returnId, const QString &reason)
{
    auto cleanReason = TextField::multiLine(u"reason"_s, reason, 2000);
    if (!cleanReason)
        return fail(cleanReason.error());
    if (cleanReason->isEmpty())
        return fail(Error::invalid(u"reason"_s, reason, tr("Say why the return is rejected.")));
    return changeReturn(returnId, [&](Order &order, OrderChange &change) -> Status {
        ReturnStore store(m_context.database);
        auto found = store.find(returnId);
        if (!found)
            return fail(found.error());
        if (found->has_value() && (*found)->isExchanged()) {
            return fail(Error::conflict(tr("Return %1 was exchanged for order %2: it can no longer be rejected.")
                                                .arg(returnId)
                                                .arg(*(*found)->replacementOrder),
                    u"return"_s, QString::number(returnId)));
        }
        if (!found->has_value() || (*found)->state != ReturnState::Requested) {
            return fail(Error::conflict(
                    tr("Return %1 is %2: only a requested return can be rejected.")
                            .arg(returnId)
                            .arg(found->has_value() ? ReturnStates::displayName((*found)->state).toLower()
                                                    : tr("gone")),
                    u"return"_s, QString::number(returnId)));
        }
        if (auto marked = store.markRejected(returnId, m_context.clock.now(), m_context.database.actor(), *cleanReason);
                !marked)
            return marked;
        const QJsonObject details{{u"returnId"_s, returnId}, {u"reason"_s, *cleanReason}};
        change.timeline.append(m_changes.entry(u"ReturnRejected"_s, order.status, order.status,
                tr("Return %1 rejected: %2").arg(returnId).arg(*cleanReason), details));
        change.events.append(m_changes.event(u"ReturnRejected"_s, order, details));
        return {};
    });
}

Result<QList<std::pair<QString, Money>>> OrderReturns::lineRefunds(
        const Order &order, const OrderReturn &orderReturn, const QList<OrderReturn> &earlier)
{
    QList<std::pair<QString, Money>> result;
    for (const ReturnLine &line : orderReturn.lines) {
        const LineItem *item = orderLine(order, line.sku);
        if (!item || item->quantity <= 0) {
            return fail(Error::internal(u"return %1 holds %2, which is not on order %3"_s.arg(orderReturn.id)
                                                .arg(line.sku)
                                                .arg(order.number)));
        }
        // Units of this line given back before, by a refund (the units received) or an exchange (every unit
        // the return holds): each return's share is the step of one running share, so all the units of a
        // line together give back exactly what the line cost.
        qint64 before = 0;
        for (const OrderReturn &other : earlier) {
            if (other.id == orderReturn.id)
                continue;
            if (const ReturnLine *given = other.line(line.sku)) {
                if (other.isExchanged())
                    before += given->quantity;
                else if (other.state == ReturnState::Closed)
                    before += given->received();
            }
        }
        const qint64 after = before + (orderReturn.isExchanged() ? line.quantity : line.received());
        if (after > item->quantity) {
            return fail(Error::conflict(tr("Line %1: order %2 has %3 of %1, and returns would refund %4.")
                                                .arg(line.sku)
                                                .arg(order.number)
                                                .arg(item->quantity)
                                                .arg(after),
                    u"line"_s, line.sku));
        }
        const qint64 cost = order.costOf(*item).minorUnits();
        const qint64 share = shareOf(cost, after, item->quantity) - shareOf(cost, before, item->quantity);
        result.append({line.sku, Money(share, order.total.currency())});
    }
    return result;
}

Result<Money> OrderReturns::exchangeValue(
        const Order &order, const OrderReturn &orderReturn, const QList<OrderReturn> &earlier)
{
    OrderReturn exchanged = orderReturn;
    if (!exchanged.replacementOrder)
        exchanged.replacementOrder = 0; // counted as exchanged: every unit it holds
    auto lines = lineRefunds(order, exchanged, earlier);
    if (!lines)
        return fail(lines.error());
    qint64 value = 0;
    for (const auto &[sku, amount] : std::as_const(*lines))
        value += amount.minorUnits();
    return Money(value, order.total.currency());
}

Result<ReturnRefundOutcome> OrderReturns::refund(qint64 returnId, const ReturnRefundRequest &request)
{
    std::optional<ManualRefundRequest> manual;
    if (request.manual) {
        auto clean = ManualRefunds::validated(*request.manual);
        if (!clean)
            return fail(clean.error());
        manual = *clean;
    }
    if (request.restockingFee && request.restockingFee->minorUnits() < 0) {
        return fail(Error::invalid(u"restocking-fee"_s, request.restockingFee->toDecimalString(),
                tr("A restocking fee cannot be negative.")));
    }
    Money moneyBack;
    QList<PaymentAttempt> attempts;
    auto changed = changeReturn(returnId, [&](Order &order, OrderChange &change) -> Status {
        const Currency currency = order.total.currency();
        ReturnStore store(m_context.database);
        auto all = store.forOrder(order.number);
        if (!all)
            return fail(all.error());
        const auto current = ReturnStore::pick(*all, returnId);
        if (!current)
            return fail(current.error());
        if (current->state == ReturnState::Closed) {
            return fail(Error::conflict(tr("Return %1 was already refunded (%2).")
                                                .arg(returnId)
                                                .arg(current->refund.value_or(Money::zero(currency)).toDecimalString()),
                    u"return"_s, QString::number(returnId)));
        }
        if (current->isExchanged()) {
            return fail(Error::conflict(tr("Return %1 was exchanged for order %2: its value paid for the "
                                           "replacement and cannot be refunded as well.")
                                                .arg(returnId)
                                                .arg(*current->replacementOrder),
                    u"return"_s, QString::number(returnId)));
        }
        if (current->state != ReturnState::Received) {
            return fail(Error::conflict(tr("Return %1 is %2: only a received return can be refunded.")
                                                .arg(returnId)
                                                .arg(ReturnStates::displayName(current->state).toLower()),
                    u"return"_s, QString::number(returnId)));
        }
        auto lines = lineRefunds(order, *current, *all);
        if (!lines)
            return fail(lines.error());
        qint64 goods = 0;
        for (const auto &[sku, amount] : std::as_const(*lines))
            goods += amount.minorUnits();
        const Money fee = request.restockingFee.value_or(Money::zero(currency));
        if (!(fee.currency() == currency)) {
            return fail(Error::invalid(u"restocking-fee"_s, fee.toDecimalString(),
                    tr("Order %1 is in %2.").arg(order.number).arg(currency.code())));
        }
        if (fee.minorUnits() > goods) {
            return fail(Error::invalid(u"restocking-fee"_s, fee.toDecimalString(),
                    tr("The restocking fee %1 is more than the returned goods' %2.")
                            .arg(fee.toDecimalString(), Money(goods, currency).toDecimalString())));
        }
        qint64 shipping = 0;
        if (request.includeShipping) {
            qint64 shippingBack = 0;
            for (const OrderReturn &other : std::as_const(*all))
                shippingBack += other.shippingRefund.minorUnits();
            shipping = order.shipping.minorUnits() - shippingBack;
            if (order.shipping.minorUnits() > 0 && shipping <= 0) {
                return fail(Error::invalid(u"include-shipping"_s, order.shipping.toDecimalString(),
                        tr("The shipping fee of order %1 was already refunded with another return.")
                                .arg(order.number)));
            }
        }
        const Money total(goods - fee.minorUnits() + shipping, currency);
        if (order.returnCredit.minorUnits() + total.minorUnits() > order.total.minorUnits()) {
            return fail(Error::conflict(tr("Returns of order %1 would give back more than its total %2.")
                                                .arg(order.number)
                                                .arg(order.total.toDecimalString()),
                    u"return"_s, QString::number(returnId)));
        }
        const qint64 owedBefore = order.refundOwed().minorUnits();
        order.returnCredit = Money(order.returnCredit.minorUnits() + total.minorUnits(), currency);
        order.returnRefunds = Money(order.returnRefunds.minorUnits() + total.minorUnits(), currency);
        moneyBack = Money(order.refundOwed().minorUnits() - owedBefore, currency);
        const QString reason = tr("Return %1").arg(returnId);
        OrderReturn refunded = *current;
        if (moneyBack.minorUnits() > 0) {
            if (PaymentMethods::isManual(order.paymentMethod)) {
                if (!manual) {
                    return fail(Error::invalid(u"method"_s, {},
                            tr("Order %1 was paid by %2: say how the %3 went back to the customer (bank_transfer, "
                               "cash or other).")
                                    .arg(order.number)
                                    .arg(PaymentMethods::displayName(order.paymentMethod))
                                    .arg(moneyBack.toDecimalString())));
                }
                ManualRefundRequest recorded = *manual;
                if (recorded.reason.isEmpty())
                    recorded.reason = reason;
                if (auto paidBack = m_refunds.applyWithin(order, change, recorded, moneyBack); !paidBack)
                    return paidBack;
                auto refundId = store.latestRefund(order.number);
                if (!refundId)
                    return fail(refundId.error());
                refunded.refundId = *refundId;
            } else {
                if (manual) {
                    return fail(Error::invalid(u"method"_s, RefundMethods::key(manual->method),
                            tr("Order %1 was paid by card: its money goes back through Stripe, not by hand.")
                                    .arg(order.number)));
                }
                auto started = m_ledger.startRefund(QString::number(order.number), moneyBack, reason);
                if (!started)
                    return fail(started.error());
                attempts = *started;
                if (!attempts.isEmpty())
                    refunded.refundAttemptId = attempts.first().id;
            }
        }
        for (const auto &[sku, amount] : std::as_const(*lines)) {
            if (auto set = store.setLineRefund(returnId, sku, amount); !set)
                return set;
        }
        refunded.refundedAt = m_context.clock.now();
        refunded.refundedBy = m_context.database.actor();
        refunded.refund = total;
        refunded.restockingFee = fee;
        refunded.shippingRefund = Money(shipping, currency);
        if (auto marked = store.markRefunded(returnId, refunded); !marked)
            return marked;
        QJsonArray linesJson;
        for (const auto &[sku, amount] : std::as_const(*lines))
            linesJson.append(QJsonObject{{u"sku"_s, sku}, {u"refund"_s, amount.toDecimalString()}});
        const QJsonObject details{{u"returnId"_s, returnId}, {u"refund"_s, total.toDecimalString()},
                {u"goods"_s, Money(goods, currency).toDecimalString()}, {u"restockingFee"_s, fee.toDecimalString()},
                {u"shipping"_s, Money(shipping, currency).toDecimalString()},
                {u"moneyBack"_s, moneyBack.toDecimalString()}, {u"currency"_s, currency.code()},
                {u"lines"_s, linesJson}};
        change.timeline.append(m_changes.entry(u"ReturnRefunded"_s, order.status, order.status,
                tr("Return %1 refunded: %2").arg(returnId).arg(total.toDecimalString()), details));
        change.events.append(m_changes.event(u"ReturnRefunded"_s, order, details));
        return {};
    });
    if (!changed)
        return fail(changed.error());
    auto order = OrderQueries(m_context.database).find(QString::number(changed->orderNumber));
    if (!order)
        return fail(order.error());
    return ReturnRefundOutcome{*order, *changed, moneyBack, attempts};
}

Result<OrderReturn> OrderReturns::find(qint64 returnId)
{
    auto found = ReturnStore(m_context.database).find(returnId);
    if (!found)
        return fail(found.error());
    if (!found->has_value())
        return fail(Error::notFound(u"return"_s, QString::number(returnId), tr("No return %1.").arg(returnId)));
    return **found;
}

Result<QList<OrderReturn>> OrderReturns::list(std::optional<ReturnState> state, int limit)
{
    return ReturnStore(m_context.database).list(state, limit);
}

Result<QList<OrderReturn>> OrderReturns::list(const ReturnFilter &filter, int limit)
{
    if (filter.openedFrom && filter.openedBefore && *filter.openedBefore < *filter.openedFrom) {
        return fail(Error::invalid(u"to"_s, filter.openedBefore->toString(Qt::ISODate),
                tr("The returns' period ends (%1) before it starts (%2).")
                        .arg(filter.openedBefore->toString(Qt::ISODate), filter.openedFrom->toString(Qt::ISODate))));
    }
    return ReturnStore(m_context.database).list(filter, limit);
}

} // namespace shipshape
