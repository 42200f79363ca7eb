#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace shipshape {

// How money went back to the customer. Card refunds go through Stripe; the others were made outside
// Shipshape and are recorded by staff.
enum class RefundMethod {
    Card,
    BankTransfer,
    Cash,
    Other
};

class RefundMethods {
    Q_DECLARE_TR_FUNCTIONS(RefundMethods)

public:
    // Stable keys (database, CLI, JSON): card, bank_transfer, cash, other.
    static QString key(RefundMethod method);
    static std::optional<RefundMethod> fromKey(const QString &key);
    static QString displayName(RefundMethod method);
    // The methods staff may record by hand (everything but card).
    static QList<RefundMethod> recordable();
};

} // namespace shipshape
