#include "orders/ReturnReason.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

constexpr ReturnReason kAll[]{ReturnReason::Damaged, ReturnReason::WrongItem, ReturnReason::NotAsDescribed,
        ReturnReason::NoLongerNeeded, ReturnReason::Other};

} // namespace

QString ReturnReasons::key(ReturnReason reason)
{
    switch (reason) {
    case ReturnReason::Damaged:
        return u"damaged"_s;
    case ReturnReason::WrongItem:
        return u"wrong_item"_s;
    case ReturnReason::NotAsDescribed:
        return u"not_as_described"_s;
    case ReturnReason::NoLongerNeeded:
        return u"no_longer_needed"_s;
    case ReturnReason::Other:
        return u"other"_s;
    }
    return {};
}

std::optional<ReturnReason> ReturnReasons::fromKey(const QString &key)
{
    for (ReturnReason reason : kAll) {
        if (ReturnReasons::key(reason) == key)
            return reason;
    }
    return std::nullopt;
}

QStringList ReturnReasons::keys()
{
    QStringList result;
    for (ReturnReason reason : kAll)
        result << key(reason);
    return result;
}

QString ReturnReasons::displayName(ReturnReason reason)
{
    switch (reason) {
    case ReturnReason::Damaged:
        return tr("Damaged");
    case ReturnReason::WrongItem:
        return tr("Wrong item");
    case ReturnReason::NotAsDescribed:
        return tr("Not as described");
    case ReturnReason::NoLongerNeeded:
        return tr("No longer needed");
    case ReturnReason::Other:
        return tr("Other");
    }
    return {};
}

} // namespace shipshape
