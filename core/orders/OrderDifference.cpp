#include "orders/OrderDifference.h"

#include "orders/Order.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

const LineItem *lineFor(const Order &order, const QString &sku)
{
    for (const LineItem &line : order.lines) {
        if (line.sku == sku)
            return &line;
    }
    return nullptr;
}

QJsonArray discountsText(const Order &order)
{
    QJsonArray texts;
    for (const Discount &discount : order.discounts) {
        QString text = discount.valueText();
        if (!discount.sku.isEmpty())
            text += u" on "_s + discount.sku;
        if (!discount.code.isEmpty())
            text += u" (" + discount.code + u')';
        else if (!discount.reason.isEmpty())
            text += u" (" + discount.reason + u')';
        texts.append(text);
    }
    return texts;
}

QJsonObject fromTo(const QJsonValue &from, const QJsonValue &to)
{
    return QJsonObject{{u"from"_s, from}, {u"to"_s, to}};
}

} // namespace

QJsonObject OrderDifference::between(const Order &before, const Order &after)
{
    QJsonObject details;
    QJsonArray quantities;
    QJsonArray prices;
    QJsonArray taxRates;
    for (const LineItem &old : before.lines) {
        const LineItem *now = lineFor(after, old.sku);
        if (!now || now->quantity != old.quantity)
            quantities.append(QJsonObject{{u"sku"_s, old.sku}, {u"from"_s, old.quantity}, {u"to"_s, now ? now->quantity : 0}});
        if (now && !(now->unitPrice == old.unitPrice)) {
            prices.append(QJsonObject{{u"sku"_s, old.sku}, {u"from"_s, old.unitPrice.toDecimalString()},
                    {u"to"_s, now->unitPrice.toDecimalString()}});
        }
        if (now && !(now->taxRate == old.taxRate)) {
            taxRates.append(QJsonObject{{u"sku"_s, old.sku}, {u"from"_s, old.taxRate.toPercentString()},
                    {u"to"_s, now->taxRate.toPercentString()}});
        }
    }
    for (const LineItem &now : after.lines) {
        if (!lineFor(before, now.sku))
            quantities.append(QJsonObject{{u"sku"_s, now.sku}, {u"from"_s, 0}, {u"to"_s, now.quantity}});
    }
    if (!quantities.isEmpty())
        details.insert(u"items"_s, quantities);
    if (!prices.isEmpty())
        details.insert(u"unitPrices"_s, prices);
    if (!taxRates.isEmpty())
        details.insert(u"taxRates"_s, taxRates);
    const QJsonArray discountsBefore = discountsText(before);
    const QJsonArray discountsAfter = discountsText(after);
    if (discountsBefore != discountsAfter)
        details.insert(u"discounts"_s, fromTo(discountsBefore, discountsAfter));
    const OrderTotals totalsBefore = before.totals();
    const OrderTotals totalsAfter = after.totals();
    if (!(totalsBefore.shipping == totalsAfter.shipping) || before.shippingMethod != after.shippingMethod) {
        details.insert(u"shipping"_s,
                fromTo(QJsonObject{{u"method"_s, before.shippingMethod}, {u"amount"_s, totalsBefore.shipping.toDecimalString()}},
                        QJsonObject{{u"method"_s, after.shippingMethod}, {u"amount"_s, totalsAfter.shipping.toDecimalString()}}));
    }
    if (!(before.shippingAddress == after.shippingAddress)) {
        details.insert(u"shippingAddress"_s,
                fromTo(before.shippingAddress.singleLine(), after.shippingAddress.singleLine()));
    }
    // The money follows from the above, and is recorded only alongside a change of it.
    if (!details.isEmpty()) {
        if (!(totalsBefore.discount == totalsAfter.discount))
            details.insert(u"discountTotal"_s,
                    fromTo(totalsBefore.discount.toDecimalString(), totalsAfter.discount.toDecimalString()));
        if (!(totalsBefore.tax == totalsAfter.tax))
            details.insert(u"taxTotal"_s, fromTo(totalsBefore.tax.toDecimalString(), totalsAfter.tax.toDecimalString()));
        if (!(before.total == after.total)) {
            details.insert(u"totalBefore"_s, before.total.toDecimalString());
            details.insert(u"totalAfter"_s, after.total.toDecimalString());
        }
    }
    return details;
}

} // namespace shipshape
