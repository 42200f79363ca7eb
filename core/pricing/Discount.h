#pragma once

#include "common/Money.h"
#include "pricing/Rate.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace shipshape {

enum class DiscountKind { Percent, Amount };

// A discount on one line (sku set) or on the whole order, given with a code or a staff reason. `amount` is
// what it came to when the order was priced (PriceCalculator), kept so that the invoice and the timeline
// show it without pricing again.
struct Discount {
    Q_DECLARE_TR_FUNCTIONS(Discount)

public:
    DiscountKind kind = DiscountKind::Amount;
    Rate percent; // kind Percent
    Money value; // kind Amount
    QString sku; // empty: the whole order, spread over its lines
    QString code;
    QString reason;
    Money amount; // what it took off, set by pricing

    [[nodiscard]] bool isOrderWide() const { return sku.isEmpty(); }
    // "10 %" or "5.00".
    [[nodiscard]] QString valueText() const;

    static QString key(DiscountKind kind);
    static std::optional<DiscountKind> kindFromKey(const QString &key);
};

} // namespace shipshape
