#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace shipshape {

enum class PaymentMethodType {
    Invoice,
    BankTransfer,
    Cash,
    Card
};

class PaymentMethods {
    Q_DECLARE_TR_FUNCTIONS(PaymentMethods)

public:
    static QString key(PaymentMethodType type);
    static std::optional<PaymentMethodType> fromKey(const QString &key);
    static QString displayName(PaymentMethodType type);
    // Invoice, bank transfer and cash are settled by staff marking the order paid.
    static bool isManual(PaymentMethodType type) { return type != PaymentMethodType::Card; }
};

} // namespace shipshape
