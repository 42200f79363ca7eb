#pragma once

#include "common/Money.h"
#include "orders/OrderQuery.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace shipshape {

// Stable keys (CLI, settings, saved filters) and display names for PaymentState, and which state an
// order's amounts are in: `of` is the rule the order list filters on in SQL (money returned makes an
// order "refunded" whatever else holds).
class PaymentStates {
    Q_DECLARE_TR_FUNCTIONS(PaymentStates)

public:
    static QList<PaymentState> all();
    static QString key(PaymentState state);
    static std::optional<PaymentState> fromKey(const QString &key);
    static QString displayName(PaymentState state);
    static PaymentState of(const Money &total, const Money &paid, const Money &refunded);
};

} // namespace shipshape
