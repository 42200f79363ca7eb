#include "payment/ManualRefunds.h"

#include "common/TextField.h"
#include "payment/PaymentMethod.h"
#include "payment/PaymentRepository.h"
#include "payment/RefundMethod.h"
#include "storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<ManualRefundRequest> ManualRefunds::validated(const ManualRefundRequest &request)
{
    if (!RefundMethods::recordable().contains(request.method)) {
        return fail(Error::invalid(u"method"_s, RefundMethods::key(request.method),
                tr("Record a refund made by bank transfer, cash or another way; card refunds go through Stripe.")));
    }
    ManualRefundRequest clean = request;
    auto reference = TextField::singleLine(u"reference"_s, request.reference, 200, false);
    if (!reference)
        return fail(reference.error());
    clean.reference = *reference;
    auto reason = TextField::singleLine(u"reason"_s, request.reason, 500, false);
    if (!reason)
        return fail(reason.error());
    clean.reason = *reason;
    if (request.amount && request.amount->minorUnits() <= 0) {
        return fail(Error::invalid(
                u"amount"_s, request.amount->toDecimalString(), tr("A refund must be a positive amount.")));
    }
    return clean;
}

Status ManualRefunds::applyWithin(
        Order &order, OrderChange &change, const ManualRefundRequest &request, std::optional<Money> amount) const
{
    if (!PaymentMethods::isManual(order.paymentMethod)) {
        return fail(Error::conflict(
                tr("Order %1 was paid by card: card payments are refunded through Stripe.").arg(order.number),
                u"paymentMethod"_s, PaymentMethods::key(order.paymentMethod)));
    }
    const Currency currency = order.total.currency();
    if (amount && !(amount->currency() == currency)) {
        return fail(Error::invalid(u"amount"_s, amount->toDecimalString(),
                tr("Order %1 is in %2.").arg(order.number).arg(currency.code())));
    }
    const qint64 refundable = order.netPaid().minorUnits();
    if (!amount && refundable <= 0) {
        return fail(Error::conflict(tr("Order %1 has nothing left to refund.").arg(order.number), u"amount"_s,
                Money(0, currency).toDecimalString()));
    }
    const qint64 wanted = amount ? amount->minorUnits() : refundable;
    if (wanted <= 0) {
        return fail(Error::invalid(
                u"amount"_s, Money(wanted, currency).toDecimalString(), tr("A refund must be a positive amount.")));
    }
    if (wanted > refundable) {
        return fail(Error::conflict(tr("Cannot refund %1 on order %2: only %3 was paid and not yet refunded.")
                                            .arg(Money(wanted, currency).toDecimalString())
                                            .arg(order.number)
                                            .arg(Money(qMax<qint64>(0, refundable), currency).toDecimalString()),
                u"amount"_s, Money(wanted, currency).toDecimalString()));
    }
    const QDateTime now = m_context.clock.now();
    RefundRecord refund;
    refund.method = request.method;
    refund.amount = Money(wanted, currency);
    refund.reason = request.reason;
    refund.reference = request.reference;
    refund.actor = m_context.database.actor();
    refund.at = now;
    if (auto recorded = PaymentRepository(m_context.database).recordRefund(order.number, refund); !recorded)
        return recorded;
    order.refunded = Money(order.refunded.minorUnits() + wanted, currency);
    // A refund reaching into money kept as credit pays that credit out (refunded + credit <= paid).
    const qint64 creditRoom = order.paid.minorUnits() - order.refunded.minorUnits();
    if (order.credit.minorUnits() > creditRoom)
        order.credit = Money(creditRoom, currency);

    const QJsonObject details{{u"amount"_s, refund.amount.toDecimalString()}, {u"currency"_s, currency.code()},
            {u"method"_s, RefundMethods::key(refund.method)}, {u"reference"_s, refund.reference},
            {u"reason"_s, refund.reason}};
    QString text = refund.reference.isEmpty()
            ? RefundMethods::displayName(refund.method)
            : tr("%1, reference %2").arg(RefundMethods::displayName(refund.method), refund.reference);
    if (!refund.reason.isEmpty())
        text = tr("%1: %2").arg(text, refund.reason);
    change.timeline.append(m_changes.entry(u"RefundIssued"_s, order.status, order.status, text, details));
    change.events.append(m_changes.event(u"RefundIssued"_s, order, details));
    return {};
}

} // namespace shipshape
