#include "cli/commands/OrderText.h"

#include "cli/TextColumns.h"
#include "orders/Order.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {
namespace {

QString timeText(const QDateTime &at)
{
    return at.toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

} // namespace

void OrderText::print(QTextStream &out, const Order &order)
{
    const QLocale locale = QLocale::c();
    out << tr("Order #%1  (%2)").arg(order.number).arg(order.id) << '\n'
        << tr("Status:    %1 (%2)")
                    .arg(OrderLifecycle::displayName(order.status),
                            FulfillmentStates::displayName(order.fulfillmentState()).toLower())
        << '\n'
        << tr("Customer:  %1 <%2>").arg(order.customer.name, order.customer.email) << '\n'
        << tr("Ship to:   %1").arg(order.shippingAddress.singleLine()) << '\n'
        << tr("Payment:   %1, paid %2, balance %3")
                    .arg(PaymentMethods::displayName(order.paymentMethod), order.paid.toDisplayString(locale),
                            order.balanceDue().toDisplayString(locale));
    // What went back, what the shop keeps for the customer and what it still owes them.
    if (!order.refunded.isZero())
        out << tr(", refunded %1").arg(order.refunded.toDisplayString(locale));
    if (!order.credit.isZero())
        out << tr(", kept as credit %1").arg(order.credit.toDisplayString(locale));
    if (order.refundOwed().minorUnits() > 0)
        out << tr(", refund owed %1").arg(order.refundOwed().toDisplayString(locale));
    out << '\n';
    if (!order.trackingNumber.isEmpty()) {
        out << tr("Tracking:  %1")
                        .arg(order.carrier.isEmpty() ? order.trackingNumber
                                                     : order.carrier + u' ' + order.trackingNumber)
            << '\n';
    }
    if (!order.tags.isEmpty())
        out << tr("Tags:      %1").arg(order.tags.join(u", "_s)) << '\n';
    if (order.replacesReturn) {
        out << tr("Replaces:  return %1, whose credit of %2 pays for it")
                        .arg(*order.replacesReturn)
                        .arg(order.exchangeCredit.toDisplayString(locale))
            << '\n';
    }
    out << '\n';
    for (const LineItem &line : order.lines) {
        out << "  " << pad(line.sku, 12) << pad(line.productName, 30) << pad(u"%1 ×"_s.arg(countText(line.quantity)), 8)
            << pad(line.unitPrice.toDisplayString(locale), 14) << line.lineTotal.toDisplayString(locale);
        if (line.shippedQuantity > 0 && line.shippedQuantity < line.quantity)
            out << "  " << tr("(%1 shipped)").arg(countText(line.shippedQuantity));
        if (line.cancelledQuantity > 0)
            out << "  " << tr("(%1 cancelled)").arg(countText(line.cancelledQuantity));
        out << '\n';
        if (!line.discount.isZero())
            out << "  " << pad(QString(), 50) << pad(tr("discount"), 14) << u"−"_s
                << line.discount.toDisplayString(locale) << '\n';
    }
    // The order's money as PriceCalculator made it (docs/pricing.md); lines that are zero are left out.
    const OrderTotals totals = order.totals();
    const bool plain = totals.discount.isZero() && totals.shipping.isZero() && totals.tax.isZero();
    if (!plain) {
        out << "  " << pad(tr("Subtotal"), 64) << totals.subtotal.toDisplayString(locale) << '\n';
        for (const Discount &discount : order.discounts) {
            const QString label = discount.code.isEmpty()
                    ? tr("Discount %1").arg(discount.valueText())
                    : tr("Discount %1 (%2)").arg(discount.valueText(), discount.code);
            out << "  " << pad(label + (discount.sku.isEmpty() ? QString() : tr(" on %1").arg(discount.sku)), 64)
                << u"−"_s << discount.amount.toDisplayString(locale) << '\n';
        }
        if (!totals.shipping.isZero() || !order.shippingMethod.isEmpty())
            out << "  " << pad(tr("Shipping: %1").arg(order.shippingMethod), 64)
                << totals.shipping.toDisplayString(locale) << '\n';
        for (const Order::TaxLine &tax : order.taxByRate()) {
            const QString label = order.pricesIncludeTax ? tr("incl. %1 %2 % of %3") : tr("%1 %2 % of %3");
            out << "  " << pad(label.arg(tax.name, tax.rate.toPercentString(), tax.base.toDisplayString(locale)), 64)
                << tax.tax.toDisplayString(locale) << '\n';
        }
    }
    out << "  " << pad(tr("Total"), 64) << order.total.toDisplayString(locale) << '\n';

    // Staff reconcile bank statements by the reference, so every payment shows it.
    if (!order.payments.isEmpty()) {
        out << '\n' << tr("Payments:") << '\n';
        for (const PaymentRecord &payment : order.payments) {
            out << "  " << timeText(payment.at) << "  " << pad(PaymentMethods::displayName(payment.method), 16)
                << pad(payment.amount.toDisplayString(locale), 14)
                << pad(payment.reference.isEmpty() ? tr("(no reference)") : payment.reference, 30) << payment.actor
                << '\n';
        }
    }
    if (!order.refunds.isEmpty()) {
        out << '\n' << tr("Refunds:") << '\n';
        for (const RefundRecord &refund : order.refunds) {
            // Stripe's refund id, or the reference staff gave a refund they made outside Shipshape.
            const QString reference = refund.reference.isEmpty() ? refund.providerId : refund.reference;
            out << "  " << timeText(refund.at) << "  " << pad(RefundMethods::displayName(refund.method), 16)
                << pad(refund.amount.toDisplayString(locale), 14)
                << pad(reference.isEmpty() ? tr("(no reference)") : reference, 30) << pad(refund.actor, 14)
                << refund.reason << '\n';
        }
    }
    if (!order.paymentLinks.isEmpty()) {
        out << '\n' << tr("Payment links:") << '\n';
        for (const PaymentLink &link : order.paymentLinks) {
            out << "  " << timeText(link.createdAt) << "  " << pad(PaymentLinks::displayName(link.status), 16)
                << pad(link.amount.toDisplayString(locale), 14) << pad(link.recipientEmail, 30)
                << (link.isLive() ? link.url : link.message) << '\n';
        }
    }

    if (!order.shipments.isEmpty()) {
        out << '\n' << tr("Shipments:") << '\n';
        for (const Shipment &shipment : order.shipments) {
            QStringList contents;
            for (const ShipmentLine &line : shipment.lines)
                contents << u"%1 × %2"_s.arg(countText(line.quantity), line.sku);
            const QString tracking = shipment.carrier.isEmpty() ? shipment.trackingNumber
                                                                : shipment.carrier + u' ' + shipment.trackingNumber;
            const QString delivered = shipment.deliveredAt
                    ? tr("delivered %1").arg(shipment.deliveredAt->toString(u"yyyy-MM-dd HH:mm"_s))
                    : tr("on its way");
            out << "  " << pad(u"#%1"_s.arg(shipment.id), 6) << shipment.shippedAt.toString(u"yyyy-MM-dd HH:mm"_s)
                << "  " << pad(tracking, 28) << pad(delivered, 28) << contents.join(u", "_s) << '\n';
        }
    }

    if (!order.returns.isEmpty()) {
        out << '\n' << tr("Returns:") << '\n';
        for (const OrderReturn &orderReturn : order.returns) {
            QStringList contents;
            for (const ReturnLine &line : orderReturn.lines) {
                contents << u"%1 × %2 (%3)"_s.arg(countText(line.quantity), line.sku, ReturnReasons::key(line.reason));
            }
            const QString refunded = orderReturn.refund ? tr("refunded %1").arg(orderReturn.refund->toDecimalString())
                    : orderReturn.replacementOrder      ? tr("exchanged for #%1").arg(*orderReturn.replacementOrder)
                                                        : ReturnStates::key(orderReturn.state);
            out << "  " << pad(u"#%1"_s.arg(orderReturn.id), 6) << orderReturn.openedAt.toString(u"yyyy-MM-dd HH:mm"_s)
                << "  " << pad(refunded, 28) << contents.join(u", "_s) << '\n';
        }
    }

    out << '\n' << tr("Timeline:") << '\n';
    for (const TimelineEntry &entry : order.timeline) {
        QString change;
        if (entry.toStatus && entry.fromStatus != entry.toStatus) {
            change = entry.fromStatus
                    ? u"%1 → %2"_s.arg(OrderLifecycle::key(*entry.fromStatus), OrderLifecycle::key(*entry.toStatus))
                    : OrderLifecycle::key(*entry.toStatus);
        }
        out << "  " << entry.at.toString(u"yyyy-MM-dd HH:mm:ss"_s) << "  " << pad(entry.event, 18) << pad(change, 22)
            << pad(entry.actor, 12) << entry.reason << '\n';
    }
}

} // namespace shipshape::cli
