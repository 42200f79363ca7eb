#pragma once

#include "orders/OrderQuery.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace shipshape {

// Stable keys (CLI, settings, saved filters) and display names for PaymentState.
class PaymentStates {
    Q_DECLARE_TR_FUNCTIONS(PaymentStates)

public:
    static QList<PaymentState> all();
    static QString key(PaymentState state);
    static std::optional<PaymentState> fromKey(const QString &key);
    static QString displayName(PaymentState state);
};

} // namespace shipshape
