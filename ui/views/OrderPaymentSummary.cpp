#include "views/OrderPaymentSummary.h"

#include "orders/PaymentStates.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

QString OrderPaymentSummary::describe(const Order &order)
{
    const QLocale locale;
    QStringList lines;
    lines << tr("%1 by %2")
                     .arg(PaymentStates::displayName(PaymentStates::of(order)),
                             PaymentMethods::displayName(order.paymentMethod));
    QStringList amounts;
    // The parts of the total, when there is more to it than the lines (docs/pricing.md).
    const OrderTotals totals = order.totals();
    if (!totals.discount.isZero())
        amounts << tr("discount %1").arg(totals.discount.toDisplayString(locale));
    if (!totals.shipping.isZero() || !order.shippingMethod.isEmpty())
        amounts << tr("shipping %1 (%2)").arg(totals.shipping.toDisplayString(locale), order.shippingMethod);
    if (!totals.tax.isZero())
        amounts << (order.pricesIncludeTax ? tr("incl. tax %1") : tr("tax %1")).arg(totals.tax.toDisplayString(locale));
    if (!amounts.isEmpty())
        lines << amounts.join(u" · "_s);
    amounts = QStringList{tr("Total %1").arg(order.total.toDisplayString(locale)),
            tr("paid %1").arg(order.paid.toDisplayString(locale)),
            tr("refunded %1").arg(order.refunded.toDisplayString(locale))};
    if (order.credit.minorUnits() > 0)
        amounts << tr("kept as credit %1").arg(order.credit.toDisplayString(locale));
    // What is owed either way comes from core: a cancelled order owes nothing.
    if (order.status == OrderStatus::Cancelled && order.balanceDue().isZero())
        amounts << tr("nothing is due");
    else
        amounts << tr("balance due %1").arg(order.balanceDue().toDisplayString(locale));
    if (order.refundOwed().minorUnits() > 0)
        amounts << tr("refund owed %1").arg(order.refundOwed().toDisplayString(locale));
    lines << amounts.join(u" · "_s);
    for (const PaymentRecord &payment : order.payments) {
        const QString when = locale.toString(payment.at.toLocalTime(), QLocale::ShortFormat);
        lines << (payment.reference.isEmpty()
                        ? tr("Payment %1 by %2 on %3")
                                  .arg(payment.amount.toDisplayString(locale),
                                          PaymentMethods::displayName(payment.method), when)
                        : tr("Payment %1 by %2, reference %3, on %4")
                                  .arg(payment.amount.toDisplayString(locale),
                                          PaymentMethods::displayName(payment.method), payment.reference, when));
    }
    for (const RefundRecord &refund : order.refunds) {
        const QString reference = refund.reference.isEmpty() ? refund.providerId : refund.reference;
        const QString when = locale.toString(refund.at.toLocalTime(), QLocale::ShortFormat);
        lines << (reference.isEmpty() ? tr("Refund %1 by %2 on %3")
                                                .arg(refund.amount.toDisplayString(locale),
                                                        RefundMethods::displayName(refund.method), when)
                                      : tr("Refund %1 by %2, reference %3, on %4")
                                                .arg(refund.amount.toDisplayString(locale),
                                                        RefundMethods::displayName(refund.method), reference, when));
    }
    if (!order.paymentLinks.isEmpty()) {
        const PaymentLink &link = order.paymentLinks.constLast();
        const QString expires = locale.toString(link.expiresAt.toLocalTime(), QLocale::ShortFormat);
        switch (link.status) {
        case PaymentLinkStatus::Creating:
            lines << tr("Payment link for %1 to %2: being created (Stripe has not answered yet)")
                             .arg(link.amount.toDisplayString(locale), link.recipientEmail);
            break;
        case PaymentLinkStatus::Open:
            lines << tr("Payment link for %1 sent to %2, expires %3: not paid yet")
                             .arg(link.amount.toDisplayString(locale), link.recipientEmail, expires)
                  << link.url;
            break;
        case PaymentLinkStatus::Paid:
            lines << tr("Payment link for %1: paid").arg(link.amount.toDisplayString(locale));
            break;
        case PaymentLinkStatus::Expired:
            lines << tr("Payment link for %1: expired").arg(link.amount.toDisplayString(locale));
            break;
        case PaymentLinkStatus::Failed:
            lines << tr("Payment link for %1 could not be created: %2")
                             .arg(link.amount.toDisplayString(locale), link.message);
            break;
        }
    }
    return lines.join(u'\n');
}

} // namespace shipshape
