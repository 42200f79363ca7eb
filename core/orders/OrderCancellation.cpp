#include "orders/OrderCancellation.h"

#include "common/TextField.h"
#include "inventory/StockReservations.h"
#include "payment/ManualRefunds.h"
#include "payment/PaymentMethod.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Status OrderCancellation::cancelWithin(
        Order &order, OrderChange &change, CancelReason reason, const QString &why, const QJsonObject &details) const
{
    const OrderStatus from = order.status;
    if (order.shippedUnits() > 0 && order.status == OrderStatus::Confirmed) {
        return fail(Error::conflict(tr("Order %1 has already shipped %2 of its %3 units and cannot be cancelled as a "
                                       "whole: cancel the unshipped lines instead (cancel-lines).")
                                            .arg(order.number)
                                            .arg(order.shippedUnits())
                                            .arg(order.shippedUnits() + order.unshippedUnits()),
                u"status"_s, FulfillmentStates::key(FulfillmentState::PartiallyShipped)));
    }
    if (auto moved = OrderChanges::transition(order, OrderStatus::Cancelled, tr("cancel")); !moved)
        return moved;
    order.cancelReason = reason;
    // The cancellation comes before the stock events it causes, after whatever the change recorded first
    // (a declined charge's PaymentFailed).
    const qsizetype eventAt = change.events.size();
    if (auto released = m_stock.releaseAll(order, change); !released)
        return released;
    QJsonObject all = details;
    all.insert(u"reason"_s, CancelReasons::key(reason));
    change.timeline.append(m_changes.entry(u"OrderCancelled"_s, from, OrderStatus::Cancelled, why, all));
    change.events.insert(eventAt, m_changes.event(u"OrderCancelled"_s, order, all));
    return {};
}

Result<Order> OrderCancellation::cancel(
        const QString &orderReference, CancelReason reason, const QString &note, const CancelSettlement &settlement)
{
    auto cleanNote = TextField::multiLine(u"note"_s, note, 2000);
    if (!cleanNote)
        return fail(cleanNote.error());
    std::optional<ManualRefundRequest> refund;
    if (settlement.money == CancelMoney::RecordRefund) {
        auto cleaned = ManualRefunds::validated(settlement.refund);
        if (!cleaned)
            return fail(cleaned.error());
        refund = *cleaned;
    }
    return m_changes.apply(orderReference, [&](Order &order, OrderChange &change) -> Status {
        QJsonObject details{{u"note"_s, *cleanNote}};
        // Cancelled, the order is owed nothing: everything the shop holds and has not kept as credit
        // goes back, and the person cancelling says how.
        const Money held(
                qMax<qint64>(0, order.netPaid().minorUnits() - order.credit.minorUnits()), order.total.currency());
        if (held.minorUnits() > 0) {
            details.insert(u"money"_s, CancelMoneyChoices::key(settlement.money));
            details.insert(u"held"_s, held.toDecimalString());
            details.insert(u"currency"_s, held.currency().code());
            if (settlement.money == CancelMoney::Refund && PaymentMethods::isManual(order.paymentMethod)) {
                return fail(Error::invalid(u"money"_s, CancelMoneyChoices::key(settlement.money),
                        tr("Order %1 was paid by %2, which Shipshape cannot send back: record the refund you made "
                           "outside Shipshape, keep the money as credit, or decide later.")
                                .arg(order.number)
                                .arg(PaymentMethods::displayName(order.paymentMethod).toLower())));
            }
            if (settlement.money == CancelMoney::RecordRefund && !PaymentMethods::isManual(order.paymentMethod)) {
                return fail(Error::invalid(u"money"_s, CancelMoneyChoices::key(settlement.money),
                        tr("Order %1 was paid by card: its money goes back to the card through Stripe (refund), "
                           "or is kept as credit.")
                                .arg(order.number)));
            }
            if (settlement.money == CancelMoney::KeepAsCredit)
                details.insert(u"credit"_s, held.toDecimalString());
        }
        QString why = CancelReasons::displayName(reason);
        if (!cleanNote->isEmpty())
            why += u": "_s + *cleanNote;
        if (auto cancelled = cancelWithin(order, change, reason, why, details); !cancelled)
            return cancelled;
        if (held.minorUnits() > 0 && settlement.money == CancelMoney::KeepAsCredit)
            order.credit = Money(order.credit.minorUnits() + held.minorUnits(), held.currency());
        if (refund)
            return m_refunds.applyWithin(order, change, *refund, refund->amount ? refund->amount : std::optional(held));
        return {};
    });
}

} // namespace shipshape
