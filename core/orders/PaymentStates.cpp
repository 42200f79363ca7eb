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

PaymentState PaymentStates::of(const Money &total, const Money &paid, const Money &refunded)
{
    if (refunded.minorUnits() > 0)
        return PaymentState::Refunded;
    if (paid.minorUnits() == 0)
        return PaymentState::Unpaid;
    if (paid.minorUnits() < total.minorUnits())
        return PaymentState::PartlyPaid;
    return PaymentState::Paid;
}

} // namespace shipshape
