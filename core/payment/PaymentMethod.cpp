#include "payment/PaymentMethod.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

QString PaymentMethods::key(PaymentMethodType type)
{
    switch (type) {
    case PaymentMethodType::Invoice:
        return u"invoice"_s;
    case PaymentMethodType::BankTransfer:
        return u"bank_transfer"_s;
    case PaymentMethodType::Cash:
        return u"cash"_s;
    case PaymentMethodType::Card:
        return u"card"_s;
    }
    return {};
}

std::optional<PaymentMethodType> PaymentMethods::fromKey(const QString &key)
{
    for (auto type : {PaymentMethodType::Invoice, PaymentMethodType::BankTransfer, PaymentMethodType::Cash,
                 PaymentMethodType::Card}) {
        if (PaymentMethods::key(type) == key)
            return type;
    }
    return std::nullopt;
}

QString PaymentMethods::displayName(PaymentMethodType type)
{
    switch (type) {
    case PaymentMethodType::Invoice:
        return tr("Invoice");
    case PaymentMethodType::BankTransfer:
        return tr("Bank transfer");
    case PaymentMethodType::Cash:
        return tr("Cash");
    case PaymentMethodType::Card:
        return tr("Card");
    }
    return {};
}

} // namespace shipshape
