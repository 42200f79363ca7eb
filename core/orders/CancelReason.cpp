#include "orders/CancelReason.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

QList<CancelReason> CancelReasons::selectable()
{
    return {CancelReason::Customer, CancelReason::Declined, CancelReason::Fraud, CancelReason::Inventory,
            CancelReason::Staff, CancelReason::Other};
}

QString CancelReasons::key(CancelReason reason)
{
    switch (reason) {
    case CancelReason::Customer:
        return u"customer"_s;
    case CancelReason::Declined:
        return u"declined"_s;
    case CancelReason::Fraud:
        return u"fraud"_s;
    case CancelReason::Inventory:
        return u"inventory"_s;
    case CancelReason::Staff:
        return u"staff"_s;
    case CancelReason::Other:
        return u"other"_s;
    case CancelReason::Expired:
        return u"expired"_s;
    }
    return {};
}

std::optional<CancelReason> CancelReasons::fromKey(const QString &key)
{
    for (CancelReason reason : {CancelReason::Customer, CancelReason::Declined, CancelReason::Fraud,
                 CancelReason::Inventory, CancelReason::Staff, CancelReason::Other, CancelReason::Expired}) {
        if (CancelReasons::key(reason) == key)
            return reason;
    }
    return std::nullopt;
}

QString CancelReasons::displayName(CancelReason reason)
{
    switch (reason) {
    case CancelReason::Customer:
        return tr("Customer request");
    case CancelReason::Declined:
        return tr("Payment declined");
    case CancelReason::Fraud:
        return tr("Suspected fraud");
    case CancelReason::Inventory:
        return tr("Out of stock");
    case CancelReason::Staff:
        return tr("Staff decision");
    case CancelReason::Other:
        return tr("Other");
    case CancelReason::Expired:
        return tr("Payment not received in time");
    }
    return {};
}

} // namespace shipshape
