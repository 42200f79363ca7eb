#include "orders/Order.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Status Order::reprice()
{
    if (lines.isEmpty())
        return fail(Error::invalid(u"items"_s, {}, tr("An order needs at least one line item.")));
    const Currency currency = lines.constFirst().unitPrice.currency();
    const Money fee = shipping.currency().isValid() ? shipping : Money::zero(currency);
    auto priced = PriceCalculator::price(lines, discounts, fee, pricesIncludeTax);
    if (!priced)
        return fail(priced.error());
    shipping = priced->shipping;
    total = priced->total;
    return {};
}

OrderTotals Order::totals() const
{
    const Currency currency = total.currency();
    qint64 subtotal = 0;
    qint64 discount = 0;
    qint64 tax = 0;
    for (const LineItem &line : lines) {
        subtotal += line.lineTotal.minorUnits();
        discount += line.discount.minorUnits();
        tax += line.tax.minorUnits();
    }
    const Money fee = shipping.currency().isValid() ? shipping : Money::zero(currency);
    return OrderTotals{Money(subtotal, currency), Money(discount, currency), fee, Money(tax, currency), total};
}

QList<Order::TaxLine> Order::taxByRate() const
{
    QList<TaxLine> result;
    for (const LineItem &line : lines) {
        if (line.taxRate.isZero() && line.tax.isZero())
            continue;
        auto same = std::find_if(result.begin(), result.end(),
                [&](const TaxLine &entry) { return entry.name == line.taxName && entry.rate == line.taxRate; });
        if (same == result.end()) {
            result.append(TaxLine{line.taxName, line.taxRate, line.net(), line.tax});
        } else {
            same->base = Money(same->base.minorUnits() + line.net().minorUnits(), same->base.currency());
            same->tax = Money(same->tax.minorUnits() + line.tax.minorUnits(), same->tax.currency());
        }
    }
    return result;
}

Status Order::checkInvariants() const
{
    // Pricing the stored order again must give exactly what is stored: every line, every discount, the total.
    Order priced = *this;
    if (auto repriced = priced.reprice(); !repriced)
        return fail(repriced.error());
    if (!(priced.total == total))
        return fail(Error::internal(tr("Order %1: total %2 differs from what its lines, discounts, shipping and tax "
                                       "come to (%3).")
                                            .arg(number)
                                            .arg(total.toDecimalString(), priced.total.toDecimalString())));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const LineItem &stored = lines.at(i);
        const LineItem &expected = priced.lines.at(i);
        if (!(stored.lineTotal == expected.lineTotal) || !(stored.discount == expected.discount)
                || !(stored.tax == expected.tax))
            return fail(Error::internal(
                    tr("Order %1: line %2 has a wrong total, discount or tax.").arg(number).arg(stored.sku)));
    }
    for (qsizetype i = 0; i < discounts.size(); ++i) {
        if (!(discounts.at(i).amount == priced.discounts.at(i).amount))
            return fail(Error::internal(tr("Order %1: discount %2 has a wrong amount.").arg(number).arg(i + 1)));
    }
    // Fulfillment: a line never ships more than it holds; only a confirmed order is partly shipped.
    for (const LineItem &line : lines) {
        if (line.shippedQuantity < 0 || line.shippedQuantity > line.quantity || line.cancelledQuantity < 0)
            return fail(Error::internal(tr("Order %1: line %2 has %3 shipped of %4.")
                                                .arg(number)
                                                .arg(line.sku)
                                                .arg(line.shippedQuantity)
                                                .arg(line.quantity)));
    }
    // A replacement's credit pays for part of its total: an edit may not take the total below it.
    if (status != OrderStatus::Cancelled && exchangeCredit.minorUnits() > total.minorUnits())
        return fail(Error::conflict(tr("Order %1 replaces return %2, whose credit of %3 pays for it: its total %4 "
                                       "cannot be less.")
                                            .arg(number)
                                            .arg(replacesReturn.value_or(0))
                                            .arg(exchangeCredit.toDecimalString(), total.toDecimalString()),
                u"total"_s, total.toDecimalString()));
    const bool allShipped = unshippedUnits() == 0;
    if (((status == OrderStatus::Shipped || status == OrderStatus::Delivered) && !allShipped)
            || ((status == OrderStatus::Pending || status == OrderStatus::Cancelled) && shippedUnits() > 0))
        return fail(Error::internal(tr("Order %1 is %2 with %3 of its units shipped.")
                                            .arg(number)
                                            .arg(OrderLifecycle::key(status))
                                            .arg(shippedUnits())));
    return {};
}

qint64 Order::shippedUnits() const
{
    qint64 units = 0;
    for (const LineItem &line : lines)
        units += line.shippedQuantity;
    return units;
}

qint64 Order::unshippedUnits() const
{
    qint64 units = 0;
    for (const LineItem &line : lines)
        units += line.unshipped();
    return units;
}

FulfillmentState Order::fulfillmentState() const
{
    if (shipments.isEmpty() && shippedUnits() == 0)
        return FulfillmentState::Unfulfilled;
    if (status == OrderStatus::Confirmed && unshippedUnits() > 0)
        return FulfillmentState::PartiallyShipped;
    const auto delivered = std::count_if(
            shipments.cbegin(), shipments.cend(), [](const Shipment &shipment) { return shipment.isDelivered(); });
    if (status == OrderStatus::Delivered || (!shipments.isEmpty() && delivered == shipments.size()))
        return FulfillmentState::Delivered;
    return delivered > 0 ? FulfillmentState::PartiallyDelivered : FulfillmentState::Shipped;
}

// Amounts of one order share its currency; the schema keeps them within qint64 and non-negative.
Money Order::amountOwedByCustomer() const
{
    // What returns gave back of the total (their refunds) is no longer owed: the goods came back.
    if (status == OrderStatus::Cancelled)
        return Money::zero(total.currency());
    return Money(qMax<qint64>(0, total.minorUnits() - returnCredit.minorUnits() - exchangeCredit.minorUnits()),
            total.currency());
}

Money Order::netPaid() const
{
    return Money(paid.minorUnits() - refunded.minorUnits(), total.currency());
}

Money Order::balanceDue() const
{
    return Money(qMax<qint64>(0, amountOwedByCustomer().minorUnits() - netPaid().minorUnits()), total.currency());
}

Money Order::refundOwed() const
{
    const qint64 held = netPaid().minorUnits() - credit.minorUnits();
    return Money(qMax<qint64>(0, held - amountOwedByCustomer().minorUnits()), total.currency());
}

bool Order::awaitsPaymentThrough(const PaymentLink &link) const
{
    return (status == OrderStatus::Pending || status == OrderStatus::Confirmed) && balanceDue() == link.amount;
}

std::optional<PaymentLink> Order::livePaymentLink() const
{
    for (const PaymentLink &link : paymentLinks) {
        if (link.isLive())
            return link;
    }
    return std::nullopt;
}

} // namespace shipshape
