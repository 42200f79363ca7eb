#include "pricing/PriceCalculator.h"

#include <limits>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// 128-bit intermediates: price × quantity × rate never overflows before it is checked.
__extension__ typedef __int128 Wide;

// numerator / denominator for non-negative operands, rounded half away from zero.
qint64 divideRounded(Wide numerator, Wide denominator)
{
    return static_cast<qint64>((numerator * 2 + denominator) / (denominator * 2));
}

QString discountField(qsizetype index, const char16_t *name)
{
    return u"discounts[%1].%2"_s.arg(index).arg(QStringView(name));
}

bool fits(Wide value)
{
    return value >= 0 && value <= std::numeric_limits<qint64>::max();
}

Error tooLarge()
{
    return Error::invalid(u"total"_s, {}, PriceCalculator::tr("The order's amounts are too large."));
}

} // namespace

qint64 PriceCalculator::percentOf(qint64 value, const Rate &rate)
{
    return divideRounded(Wide(value) * rate.partsPerMillion(), Rate::kWhole);
}

qint64 PriceCalculator::taxIncludedIn(qint64 amount, const Rate &rate)
{
    return amount - divideRounded(Wide(amount) * Rate::kWhole, Rate::kWhole + rate.partsPerMillion());
}

Result<OrderTotals> PriceCalculator::price(
        QList<LineItem> &lines, QList<Discount> &discounts, const Money &shipping, bool pricesIncludeTax)
{
    if (lines.isEmpty())
        return fail(Error::invalid(u"items"_s, {}, tr("An order needs at least one line item.")));
    const Currency currency = lines.constFirst().unitPrice.currency();
    if (!(shipping.currency() == currency))
        return fail(Error::invalid(u"shipping.amount"_s, shipping.currency().code(),
                tr("Shipping is in %1, but this order is in %2.").arg(shipping.currency().code(), currency.code())));
    if (shipping.isNegative())
        return fail(Error::invalid(u"shipping.amount"_s, shipping.toDecimalString(),
                tr("Shipping cannot be negative (got %1).").arg(shipping.toDecimalString())));

    // 1. Gross per line.
    QList<qint64> remaining(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        LineItem &line = lines[i];
        if (!(line.unitPrice.currency() == currency)) {
            return fail(Error::invalid(u"items[%1].productId"_s.arg(i), line.sku,
                    tr("%1 is priced in %2, but this order is in %3.")
                            .arg(line.sku, line.unitPrice.currency().code(), currency.code())));
        }
        if (line.quantity <= 0 || line.unitPrice.isNegative()) {
            return fail(Error::invalid(u"items[%1].quantity"_s.arg(i), QString::number(line.quantity),
                    tr("Quantity must be positive (got %1 for %2).").arg(line.quantity).arg(line.sku)));
        }
        const Wide gross = Wide(line.unitPrice.minorUnits()) * line.quantity;
        if (!fits(gross))
            return fail(tooLarge());
        line.lineTotal = Money(static_cast<qint64>(gross), currency);
        remaining[i] = static_cast<qint64>(gross);
    }
    QList<qint64> lineDiscount(lines.size(), 0);

    // 2. Line discounts, each on its line's gross, together never more than the line.
    for (qsizetype d = 0; d < discounts.size(); ++d) {
        Discount &discount = discounts[d];
        if (discount.kind == DiscountKind::Amount) {
            if (!(discount.value.currency() == currency))
                return fail(Error::invalid(discountField(d, u"value"), discount.value.toDecimalString(),
                        tr("The discount is in %1, but this order is in %2.")
                                .arg(discount.value.currency().code(), currency.code())));
            if (discount.value.isNegative())
                return fail(Error::invalid(discountField(d, u"value"), discount.value.toDecimalString(),
                        tr("A discount cannot be negative (got %1).").arg(discount.value.toDecimalString())));
        }
        if (discount.isOrderWide())
            continue;
        const auto line = std::find_if(lines.cbegin(), lines.cend(), [&](const LineItem &l) { return l.sku == discount.sku; });
        if (line == lines.cend())
            return fail(Error::invalid(discountField(d, u"sku"), discount.sku,
                    tr("The discount is for %1, which is not on this order.").arg(discount.sku)));
        const qsizetype index = line - lines.cbegin();
        const qint64 amount = discount.kind == DiscountKind::Percent
                ? percentOf(lines.at(index).lineTotal.minorUnits(), discount.percent)
                : discount.value.minorUnits();
        if (amount > remaining.at(index)) {
            return fail(Error::invalid(discountField(d, u"value"), discount.valueText(),
                    tr("A discount of %1 is more than what is left of line %2 (%3).")
                            .arg(Money(amount, currency).toDecimalString(), discount.sku,
                                    Money(remaining.at(index), currency).toDecimalString())));
        }
        remaining[index] -= amount;
        lineDiscount[index] += amount;
        discount.amount = Money(amount, currency);
    }

    // 3. Order-wide discounts on what the lines come to after their own discounts; the sum is spread
    // over the lines in proportion to that, so each line carries what it really cost.
    Wide base = 0;
    for (qint64 value : std::as_const(remaining))
        base += value;
    if (!fits(base))
        return fail(tooLarge());
    qint64 orderWide = 0;
    for (qsizetype d = 0; d < discounts.size(); ++d) {
        Discount &discount = discounts[d];
        if (!discount.isOrderWide())
            continue;
        const qint64 amount = discount.kind == DiscountKind::Percent ? percentOf(static_cast<qint64>(base), discount.percent)
                                                                      : discount.value.minorUnits();
        if (Wide(orderWide) + amount > base) {
            return fail(Error::invalid(discountField(d, u"value"), discount.valueText(),
                    tr("A discount of %1 is more than what is left of the order (%2).")
                            .arg(Money(amount, currency).toDecimalString(),
                                    Money(static_cast<qint64>(base) - orderWide, currency).toDecimalString())));
        }
        orderWide += amount;
        discount.amount = Money(amount, currency);
    }
    if (orderWide > 0) {
        QList<qint64> share(lines.size(), 0);
        qint64 spread = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            share[i] = static_cast<qint64>(Wide(orderWide) * remaining.at(i) / base);
            spread += share.at(i);
        }
        // The remainder cents go to the largest line (the earliest of equals); should it have no room
        // left, to the next largest.
        QList<qsizetype> bySize(lines.size());
        std::iota(bySize.begin(), bySize.end(), 0);
        std::stable_sort(bySize.begin(), bySize.end(),
                [&](qsizetype a, qsizetype b) { return remaining.at(a) > remaining.at(b); });
        qint64 left = orderWide - spread;
        for (qsizetype index : std::as_const(bySize)) {
            const qint64 room = remaining.at(index) - share.at(index);
            const qint64 given = qMin(room, left);
            share[index] += given;
            left -= given;
            if (left == 0)
                break;
        }
        for (qsizetype i = 0; i < lines.size(); ++i) {
            remaining[i] -= share.at(i);
            lineDiscount[i] += share.at(i);
        }
    }

    // 4. Tax per line on what is left of it, then the totals.
    Wide subtotal = 0;
    Wide discountTotal = 0;
    Wide taxTotal = 0;
    Wide netTotal = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        LineItem &line = lines[i];
        const qint64 net = remaining.at(i);
        const qint64 tax = pricesIncludeTax ? taxIncludedIn(net, line.taxRate) : percentOf(net, line.taxRate);
        line.discount = Money(lineDiscount.at(i), currency);
        line.tax = Money(tax, currency);
        subtotal += line.lineTotal.minorUnits();
        discountTotal += lineDiscount.at(i);
        taxTotal += tax;
        netTotal += net;
    }
    const Wide total = netTotal + shipping.minorUnits() + (pricesIncludeTax ? 0 : taxTotal);
    if (!fits(subtotal) || !fits(taxTotal) || !fits(total))
        return fail(tooLarge());
    return OrderTotals{Money(static_cast<qint64>(subtotal), currency), Money(static_cast<qint64>(discountTotal), currency),
            shipping, Money(static_cast<qint64>(taxTotal), currency), Money(static_cast<qint64>(total), currency)};
}

} // namespace shipshape
