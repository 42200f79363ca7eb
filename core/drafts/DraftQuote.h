#pragma once

#include "common/Money.h"

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

// Live totals for the editor: every figure computed by core, so the UI does no money arithmetic.
struct DraftQuote {
    QList<QuoteLine> lines;
    std::optional<Money> total; // empty when there are no priced lines or they cannot be added up
    // The tax in that total (added on top, or contained in the prices), at the shop's rates for the
    // draft's destination; PriceCalculator's figures, as placement will compute them.
    std::optional<Money> tax;
    bool pricesIncludeTax = false;
    qint64 itemCount = 0;
    QString problem; // why there is no total (mixed currencies, overflow), translated
};

} // namespace shipshape
