#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "orders/LineItem.h"
#include "pricing/Discount.h"

#include <QCoreApplication>
#include <QList>

namespace shipshape {

// What an order comes to. total = subtotal − discount + shipping + tax when prices exclude tax, and
// subtotal − discount + shipping when they include it (the tax is then the part of the price that is tax).
struct OrderTotals {
    Money subtotal; // Σ unit price × quantity
    Money discount; // Σ line discounts, order-wide discounts spread over the lines included
    Money shipping;
    Money tax; // Σ line tax
    Money total;
};

// The one pricing function (docs/pricing.md): every order's money is computed here — at placement, in the
// editor's quote, on an edit, and when a loaded order is checked. Integer minor units throughout, each
// division rounded half away from zero per line; no floating point.
//
// Order of work: line gross (unit price × quantity) → line discounts (a percentage of the gross, or an
// amount) → order-wide discounts (a percentage of what the lines come to after their own discounts, or an
// amount), spread over the lines in proportion with the remainder cents to the largest line → tax per
// line on what is left (added on top, or extracted from a tax-inclusive price) → totals.
class PriceCalculator {
    Q_DECLARE_TR_FUNCTIONS(PriceCalculator)

public:
    // Fills in each line's lineTotal, discount and tax (its sku, quantity, unitPrice and taxRate are the
    // input) and each discount's amount. Refuses a discount naming a SKU the order does not have, one
    // worth more than what is left of its line or of the order, mixed currencies, a negative amount and
    // overflow — naming the field (`discounts[i].value`, …).
    static Result<OrderTotals> price(
            QList<LineItem> &lines, QList<Discount> &discounts, const Money &shipping, bool pricesIncludeTax);

    // value × rate rounded half away from zero (value ≥ 0).
    static qint64 percentOf(qint64 value, const Rate &rate);
    // The tax contained in a tax-inclusive amount: amount − amount / (1 + rate), rounded half away from zero.
    static qint64 taxIncludedIn(qint64 amount, const Rate &rate);
};

} // namespace shipshape
