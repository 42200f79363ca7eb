#include "demo/DemoReturns.h"

#include "common/Money.h"
#include "orders/ReturnReason.h"
#include "payment/PaymentMethod.h"
#include "payment/RefundMethod.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

constexpr qint64 kHourMs = qint64(3600) * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant nullNumber()
{
    return QVariant(QMetaType::fromType<qint64>());
}

// Text columns are NOT NULL; an empty text is '' rather than NULL.
QString nonNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

QVariant numberOrNull(qint64 value)
{
    return value > 0 ? QVariant(value) : nullNumber();
}

QString money(qint64 minor)
{
    return Money(minor, *Currency::fromCode(u"USD"_s)).toDecimalString();
}

QString json(const QJsonObject &details)
{
    return QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
}

// The texts the real services write, in their own translation contexts.
QString text(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

// A share of the time left before `nowMs`, at most `wantedMs`: later steps never reach the present.
qint64 later(qint64 fromMs, qint64 nowMs, qint64 wantedMs)
{
    return fromMs + qMax<qint64>(1, qMin(wantedMs, (nowMs - fromMs) / 2));
}

QString reasonText(const DemoReturnLine &line)
{
    QString why = ReturnReasons::displayName(*ReturnReasons::fromKey(line.reason));
    if (!line.note.isEmpty())
        why += u": "_s + line.note;
    return why;
}

} // namespace

QString DemoReturnPlan::state() const
{
    if (rejectedMs > 0)
        return u"rejected"_s;
    if (refundedMs > 0)
        return u"closed"_s;
    return receivedMs > 0 ? u"received"_s : u"requested"_s;
}

qint64 DemoReturnPlan::refundMinor() const
{
    qint64 total = 0;
    for (const DemoReturnLine &line : lines)
        total += (line.restocked + line.writtenOff) * line.unitPriceMinor;
    return total;
}

qint64 DemoReturnPlan::returnedValueMinor() const
{
    qint64 total = 0;
    for (const DemoReturnLine &line : lines)
        total += line.quantity * line.unitPriceMinor;
    return total;
}

DemoReturns::DemoReturns(Database &database, const QString &actor)
    : m_actor(actor),
      m_refunds(database, u"refunds"_s,
              {u"id"_s, u"order_number"_s, u"attempt_id"_s, u"method"_s, u"amount_minor"_s, u"currency"_s, u"reason"_s,
                      u"provider_id"_s, u"reference"_s, u"actor"_s, u"at"_s},
              32),
      m_returns(database, u"returns"_s,
              {u"id"_s, u"order_number"_s, u"state"_s, u"note"_s, u"opened_at"_s, u"opened_by"_s, u"received_at"_s,
                      u"received_by"_s, u"rejected_at"_s, u"rejected_by"_s, u"reject_reason"_s, u"refunded_at"_s,
                      u"refunded_by"_s, u"refund_minor"_s, u"restocking_fee_minor"_s, u"shipping_refund_minor"_s,
                      u"refund_id"_s, u"refund_attempt_id"_s, u"replacement_order"_s, u"exchange_value_minor"_s,
                      u"exchange_credit_minor"_s, u"exchanged_at"_s, u"exchanged_by"_s},
              16),
      m_lines(database, u"return_lines"_s,
              {u"return_id"_s, u"order_number"_s, u"sku"_s, u"reason"_s, u"note"_s, u"quantity"_s, u"restocked"_s,
                      u"written_off"_s, u"refund_minor"_s},
              64)
{}

DemoReturnPlan DemoReturns::plan(QRandomGenerator &random, qint64 orderNumber, const QString &paymentMethod,
        const QList<DemoOrderLine> &lines, qint64 deliveredMs, qint64 nowMs, bool exchange)
{
    DemoReturnPlan plan;
    plan.orderNumber = orderNumber;
    plan.orderStatus = u"delivered"_s;
    plan.paymentMethod = paymentMethod;
    plan.openedMs = later(deliveredMs, nowMs, qint64(random.bounded(2, 14 * 24)) * kHourMs);
    // Why things come back: mostly a change of mind, then faults and wrong items.
    static constexpr std::array<std::pair<const char16_t *, quint32>, 5> kReasons{std::pair{u"no_longer_needed", 35u},
            std::pair{u"not_as_described", 20u}, std::pair{u"damaged", 20u}, std::pair{u"wrong_item", 15u},
            std::pair{u"other", 10u}};
    for (qsizetype i = 0; i < lines.size(); ++i) {
        // The first line always; each further one now and then.
        if (i > 0 && random.bounded(100u) >= 30)
            continue;
        const DemoOrderLine &line = lines.at(i);
        DemoReturnLine item;
        item.sku = line.sku;
        item.unitPriceMinor = line.unitPriceMinor;
        item.quantity = line.quantity > 1 ? random.bounded(1, int(line.quantity) + 1) : 1;
        quint32 roll = random.bounded(100u);
        for (const auto &[key, weight] : kReasons) {
            if (roll < weight) {
                item.reason = QString::fromUtf16(key);
                break;
            }
            roll -= weight;
        }
        if (item.reason == u"other"_s)
            item.note = tr("Arrived too late for the occasion");
        plan.lines.append(item);
    }
    if (exchange)
        return plan;

    const qint64 openFor = nowMs - plan.openedMs;
    const quint32 roll = random.bounded(100u);
    const bool recent = openFor < 2 * kDayMs;
    const bool rejected = recent ? roll < 5 : roll < 10;
    const bool received = !rejected && (recent ? roll >= 70 : roll >= 15);
    const bool refunded
            = received && !recent && roll >= 30 && PaymentMethods::isManual(*PaymentMethods::fromKey(paymentMethod));
    if (rejected) {
        static const std::array kRejections{QT_TRANSLATE_NOOP("DemoReturns", "Outside the 30-day return window"),
                QT_TRANSLATE_NOOP("DemoReturns", "The item shows signs of use"),
                QT_TRANSLATE_NOOP("DemoReturns", "The parcel that arrived was empty")};
        plan.rejectedMs = later(plan.openedMs, nowMs, qint64(random.bounded(2, 48)) * kHourMs);
        plan.rejectReason = tr(kRejections[random.bounded(quint32(kRejections.size()))]);
        return plan;
    }
    if (!received)
        return plan;
    plan.receivedMs = later(plan.openedMs, nowMs, qint64(random.bounded(24, 5 * 24)) * kHourMs);
    // Damaged units are written off, the rest go back on the shelf. Now and then one unit has not arrived
    // yet (a late receipt will take it); a refunded return pays only what arrived.
    const bool oneOutstanding = random.bounded(100u) < 15;
    bool leftOne = false;
    for (DemoReturnLine &line : plan.lines) {
        qint64 arrived = line.quantity;
        if (oneOutstanding && !leftOne && (line.quantity > 1 || plan.lines.size() > 1)) {
            --arrived;
            leftOne = true;
        }
        (line.reason == u"damaged"_s ? line.writtenOff : line.restocked) = arrived;
    }
    if (refunded && plan.refundMinor() > 0)
        plan.refundedMs = later(plan.receivedMs, nowMs, qint64(random.bounded(1, 48)) * kHourMs);
    return plan;
}

void DemoReturns::receiveExchanged(QRandomGenerator &random, DemoReturnPlan &plan, qint64 nowMs)
{
    const qint64 wanted = qint64(random.bounded(24, 4 * 24)) * kHourMs;
    if (nowMs - plan.exchangedMs < 2 * wanted)
        return;
    plan.receivedMs = later(plan.exchangedMs, nowMs, wanted);
    for (DemoReturnLine &line : plan.lines)
        (line.reason == u"damaged"_s ? line.writtenOff : line.restocked) = line.quantity;
}

Result<qint64> DemoReturns::write(const DemoReturnPlan &plan, BulkInserter &events, qint64 &timelineEntries)
{
    const qint64 id = m_nextReturnId++;
    const QString status = plan.orderStatus;
    qint64 last = plan.openedMs;
    const auto addEvent
            = [&](qint64 at, const QString &event, const QString &reason, const QJsonObject &details) -> Status {
        last = qMax(last, at);
        ++timelineEntries;
        return events.add({plan.orderNumber, at, m_actor, event, status, status, reason, json(details)});
    };

    QJsonArray opened;
    for (const DemoReturnLine &line : plan.lines) {
        opened.append(QJsonObject{{u"sku"_s, line.sku}, {u"quantity"_s, line.quantity}, {u"reason"_s, line.reason},
                {u"note"_s, line.note}});
    }
    if (auto added = addEvent(plan.openedMs, u"ReturnOpened"_s, text("OrderReturns", "Return %1 opened").arg(id),
                QJsonObject{{u"returnId"_s, id}, {u"lines"_s, opened}, {u"note"_s, u""_s}});
            !added)
        return fail(added.error());

    if (plan.replacementOrder > 0) {
        const qint64 value = plan.returnedValueMinor();
        QJsonArray lines;
        for (const DemoReturnLine &line : plan.lines)
            lines.append(QJsonObject{{u"sku"_s, line.sku}, {u"quantity"_s, line.quantity}});
        // The replacement holds the same units: its total is the value, all of it paid by the credit.
        if (auto added = addEvent(plan.exchangedMs, u"ReturnExchanged"_s,
                    text("OrderExchanges", "Exchanged on return %1 for order %2").arg(id).arg(plan.replacementOrder),
                    QJsonObject{{u"returnId"_s, id}, {u"replacementOrder"_s, plan.replacementOrder},
                            {u"value"_s, money(value)}, {u"credit"_s, money(value)},
                            {u"replacementTotal"_s, money(value)}, {u"due"_s, money(0)}, {u"refundOwed"_s, money(0)},
                            {u"currency"_s, u"USD"_s}, {u"lines"_s, lines}});
                !added)
            return fail(added.error());
    }

    if (plan.receivedMs > 0) {
        QJsonArray arrived;
        QJsonArray restockedLines;
        QJsonArray writtenOffLines;
        qint64 back = 0;
        qint64 lost = 0;
        qint64 outstanding = 0;
        for (const DemoReturnLine &line : plan.lines) {
            outstanding += line.quantity - line.restocked - line.writtenOff;
            if (line.restocked + line.writtenOff > 0) {
                arrived.append(QJsonObject{{u"sku"_s, line.sku}, {u"quantity"_s, line.restocked + line.writtenOff}});
            }
            if (line.restocked > 0) {
                restockedLines.append(QJsonObject{{u"sku"_s, line.sku}, {u"quantity"_s, line.restocked}});
                back += line.restocked;
                m_movements.append({line.sku, plan.orderNumber, id, line.restocked, 0,
                        text("StockReservations", "Return %1").arg(id), plan.receivedMs});
            }
            if (line.writtenOff > 0) {
                writtenOffLines.append(QJsonObject{{u"sku"_s, line.sku}, {u"quantity"_s, line.writtenOff}});
                lost += line.writtenOff;
                m_movements.append({line.sku, plan.orderNumber, id, 0, line.writtenOff,
                        text("StockReservations", "Return %1: %2").arg(id).arg(reasonText(line)), plan.receivedMs});
            }
        }
        if (auto added = addEvent(plan.receivedMs, u"ReturnReceived"_s,
                    text("OrderReturns", "Return %1 received: %2 restocked, %3 written off")
                            .arg(id)
                            .arg(back)
                            .arg(lost),
                    QJsonObject{{u"returnId"_s, id}, {u"lines"_s, arrived}, {u"restockedLines"_s, restockedLines},
                            {u"writtenOffLines"_s, writtenOffLines}, {u"restocked"_s, back}, {u"writtenOff"_s, lost},
                            {u"late"_s, false}, {u"outstanding"_s, outstanding}});
                !added)
            return fail(added.error());
    }
    if (plan.rejectedMs > 0) {
        if (auto added = addEvent(plan.rejectedMs, u"ReturnRejected"_s,
                    text("OrderReturns", "Return %1 rejected: %2").arg(id).arg(plan.rejectReason),
                    QJsonObject{{u"returnId"_s, id}, {u"reason"_s, plan.rejectReason}});
                !added)
            return fail(added.error());
    }

    qint64 refundId = 0;
    const qint64 refund = plan.refundedMs > 0 ? plan.refundMinor() : 0;
    if (plan.refundedMs > 0) {
        // Money paid by hand goes back by hand: an invoice was paid by bank transfer, cash goes back as cash.
        const RefundMethod method = plan.paymentMethod == u"cash"_s ? RefundMethod::Cash : RefundMethod::BankTransfer;
        const QString reason = text("OrderReturns", "Return %1").arg(id);
        refundId = m_nextRefundId++;
        if (auto added = m_refunds.add({refundId, plan.orderNumber, nullNumber(), RefundMethods::key(method), refund,
                    u"USD"_s, reason, u""_s, u""_s, m_actor, plan.refundedMs});
                !added)
            return fail(added.error());
        if (auto added = addEvent(plan.refundedMs, u"RefundIssued"_s,
                    text("ManualRefunds", "%1: %2").arg(RefundMethods::displayName(method), reason),
                    QJsonObject{{u"amount"_s, money(refund)}, {u"currency"_s, u"USD"_s},
                            {u"method"_s, RefundMethods::key(method)}, {u"reference"_s, u""_s}, {u"reason"_s, reason}});
                !added)
            return fail(added.error());
        QJsonArray lines;
        for (const DemoReturnLine &line : plan.lines) {
            lines.append(QJsonObject{{u"sku"_s, line.sku},
                    {u"refund"_s, money((line.restocked + line.writtenOff) * line.unitPriceMinor)}});
        }
        if (auto added = addEvent(plan.refundedMs, u"ReturnRefunded"_s,
                    text("OrderReturns", "Return %1 refunded: %2").arg(id).arg(money(refund)),
                    QJsonObject{{u"returnId"_s, id}, {u"refund"_s, money(refund)}, {u"goods"_s, money(refund)},
                            {u"restockingFee"_s, money(0)}, {u"shipping"_s, money(0)}, {u"moneyBack"_s, money(refund)},
                            {u"currency"_s, u"USD"_s}, {u"lines"_s, lines}});
                !added)
            return fail(added.error());
    }

    const bool exchanged = plan.replacementOrder > 0;
    const qint64 value = exchanged ? plan.returnedValueMinor() : 0;
    if (auto added = m_returns.add(
                {id, plan.orderNumber, plan.state(), u""_s, plan.openedMs, m_actor, numberOrNull(plan.receivedMs),
                        plan.receivedMs > 0 ? QVariant(m_actor) : nullText(), numberOrNull(plan.rejectedMs),
                        plan.rejectedMs > 0 ? QVariant(m_actor) : nullText(), nonNull(plan.rejectReason),
                        numberOrNull(plan.refundedMs), plan.refundedMs > 0 ? QVariant(m_actor) : nullText(),
                        plan.refundedMs > 0 ? QVariant(refund) : nullNumber(), 0, 0, numberOrNull(refundId),
                        nullNumber(), numberOrNull(plan.replacementOrder), exchanged ? QVariant(value) : nullNumber(),
                        exchanged ? QVariant(value) : nullNumber(), numberOrNull(plan.exchangedMs),
                        exchanged ? QVariant(m_actor) : nullText()});
            !added)
        return fail(added.error());
    for (const DemoReturnLine &line : plan.lines) {
        const qint64 lineRefund = (line.restocked + line.writtenOff) * line.unitPriceMinor;
        if (auto added = m_lines.add({id, plan.orderNumber, line.sku, line.reason, nonNull(line.note), line.quantity,
                    line.restocked, line.writtenOff, plan.refundedMs > 0 ? QVariant(lineRefund) : nullNumber()});
                !added)
            return fail(added.error());
    }
    return last;
}

Status DemoReturns::flush()
{
    for (BulkInserter *inserter : {&m_refunds, &m_returns, &m_lines}) {
        if (auto flushed = inserter->flush(); !flushed)
            return flushed;
    }
    return {};
}

} // namespace shipshape
