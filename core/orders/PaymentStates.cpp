#include "orders/PaymentStates.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

QList<PaymentState> PaymentStates::all()
{
    return {PaymentState::Unpaid, PaymentState::PartlyPaid, PaymentState::Paid, PaymentState::Refunded};
}

QString PaymentStates::key(PaymentState state)
{
    switch (state) {
    case PaymentState::Unpaid:
        return u"unpaid"_s;
    case PaymentState::PartlyPaid:
        return u"partly_paid"_s;
    case PaymentState::Paid:
        return u"paid"_s;
    case PaymentState::Refunded:
        return u"refunded"_s;
    }
    return {};
}

std::optional<PaymentState> PaymentStates::fromKey(const QString &key)
{
    for (PaymentState state : all()) {
        if (PaymentStates::key(state) == key)
            return state;
    }
    return std::nullopt;
}

QString PaymentStates::displayName(PaymentState state)
{
    switch (state) {
    case PaymentState::Unpaid:
        return tr("Unpaid");
    case PaymentState::PartlyPaid:
        return tr("Partly paid");
    case PaymentState::Paid:
        return tr("Paid");
    case PaymentState::Refunded:
        return tr("Refunded");
    }
    return {};
}

} // namespace shipshape
