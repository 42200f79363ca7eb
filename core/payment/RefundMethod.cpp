#include "payment/RefundMethod.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

QString RefundMethods::key(RefundMethod method)
{
    switch (method) {
    case RefundMethod::Card:
        return u"card"_s;
    case RefundMethod::BankTransfer:
        return u"bank_transfer"_s;
    case RefundMethod::Cash:
        return u"cash"_s;
    case RefundMethod::Other:
        return u"other"_s;
    }
    return {};
}

std::optional<RefundMethod> RefundMethods::fromKey(const QString &key)
{
    for (auto method : {RefundMethod::Card, RefundMethod::BankTransfer, RefundMethod::Cash, RefundMethod::Other}) {
        if (RefundMethods::key(method) == key)
            return method;
    }
    return std::nullopt;
}

QString RefundMethods::displayName(RefundMethod method)
{
    switch (method) {
    case RefundMethod::Card:
        return tr("Card");
    case RefundMethod::BankTransfer:
        return tr("Bank transfer");
    case RefundMethod::Cash:
        return tr("Cash");
    case RefundMethod::Other:
        return tr("Other");
    }
    return {};
}

QList<RefundMethod> RefundMethods::recordable()
{
    return {RefundMethod::BankTransfer, RefundMethod::Cash, RefundMethod::Other};
}

} // namespace shipshape
