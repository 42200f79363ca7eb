#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "orders/Order.h"
#include "pricing/Discount.h"

#include <QList>
#include <QString>

#include <optional>

namespace shipshape {

enum class StockWarning {
    None,
    LowStock, // enough for this line, but the product is at or under its low-stock threshold
    OutOfStock, // less available than the line asks for
    UnknownProduct,
};

// A draft line priced from the current catalogue.
struct QuoteLine {
    QString sku;
    QString productName;
    qint64 quantity = 0;
    std::optional<Money> unitPrice; // empty for an unknown product
    std::optional<Money> lineTotal;
    qint64 available = 0;
    StockWarning warning = StockWarning::None;
    QString warningText; // translated, empty when there is no warning
};

// Live totals for the editor: every figure computed by core, so the UI does no money arithmetic. The
// money is PriceCalculator's (through Order::reprice, at the shop's rates for the draft's destination), as
// placement will compute it.
struct DraftQuote {
    QList<QuoteLine> lines;
    std::optional<Money> subtotal; // Σ unit price × quantity of the known lines; empty when there are none
    // The draft's discounts in its order, each with what it takes off (`amount`), and their sum.
    QList<Discount> discounts;
    std::optional<Money> discount;
    QString shippingMethod;
    std::optional<Money> shipping;
    QList<Order::TaxLine> taxes; // one per (name, rate), in line order
    std::optional<Money> tax; // added on top, or contained in the prices (pricesIncludeTax)
    std::optional<Money> total; // empty when there are no priced lines or they cannot be priced
    bool pricesIncludeTax = false;
    qint64 itemCount = 0;
    QString problem; // why there is no total (mixed currencies, overflow), translated
    // A discount or the shipping fee core refuses, naming the field (`discounts[1].value`,
    // `shipping.amount`): placing the draft would be refused the same way. There is no total then.
    std::optional<Error> refused;
};

} // namespace shipshape
