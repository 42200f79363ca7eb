#include "orders/Order.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<Money> Order::totalOf(const QList<LineItem> &lines)
{
    if (lines.isEmpty())
        return fail(Error::invalid(u"items"_s, {}, tr("An order needs at least one line item.")));
    Money total = Money::zero(lines.constFirst().unitPrice.currency());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const LineItem &line = lines.at(i);
        if (line.quantity <= 0) {
            return fail(Error::invalid(u"items[%1].quantity"_s.arg(i), QString::number(line.quantity),
                    tr("Quantity must be positive (got %1 for %2).").arg(line.quantity).arg(line.sku)));
        }
        auto lineTotal = line.unitPrice.times(line.quantity);
        if (!lineTotal)
            return fail(lineTotal.error());
        auto sum = total.plus(*lineTotal);
        if (!sum)
            return fail(sum.error());
        total = *sum;
    }
    return total;
}

Status Order::checkInvariants() const
{
    auto computed = totalOf(lines);
    if (!computed)
        return fail(computed.error());
    if (!(*computed == total))
        return fail(Error::internal(tr("Order %1: total %2 differs from the sum of its lines %3.")
                                            .arg(number)
                                            .arg(total.toDecimalString(), computed->toDecimalString())));
    for (const LineItem &line : lines) {
        auto expected = line.unitPrice.times(line.quantity);
        if (!expected || !(*expected == line.lineTotal))
            return fail(Error::internal(tr("Order %1: line %2 has a wrong line total.").arg(number).arg(line.sku)));
    }
    return {};
}

// Amounts of one order share its currency; the schema keeps them within qint64 and non-negative.
Money Order::amountOwedByCustomer() const
{
    return status == OrderStatus::Cancelled ? Money::zero(total.currency()) : total;
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
