#pragma once

#include <QString>

#include <optional>

namespace shipshape {

// What a free-text order search looks for, decided from the shape of what was typed so that each
// kind is answered from an index instead of a scan of every order (docs/search.md):
//   "1042", "#1042"        the order with that number; six or more digits also a tracking number prefix
//   contains "@"           customers whose email contains the text
//   anything else          customers whose name or email contains it, SKUs that contain it, and (four
//                          or more characters without spaces) tracking numbers that start with it
struct OrderSearchTerm {
    static OrderSearchTerm parse(const QString &text);

    [[nodiscard]] bool isEmpty() const { return !number && !customers && !skus && !trackingPrefix; }

    QString text; // trimmed, as typed
    std::optional<qint64> number;
    bool customers = false; // name or email contains `text` (case-insensitive for ASCII)
    bool emailOnly = false; // customers by email only
    bool skus = false; // a product SKU contains `text` (case-insensitive for ASCII)
    bool trackingPrefix = false; // a tracking number starts with `text` as typed or in capitals

    static constexpr qsizetype kMinTrackingPrefix = 4;
    static constexpr qsizetype kMinDigitsForTracking = 6;
};

} // namespace shipshape
