#include "pricing/Discount.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

QString Discount::valueText() const
{
    return kind == DiscountKind::Percent ? tr("%1 %").arg(percent.toPercentString()) : value.toDecimalString();
}

QString Discount::key(DiscountKind kind)
{
    return kind == DiscountKind::Percent ? u"percent"_s : u"amount"_s;
}

std::optional<DiscountKind> Discount::kindFromKey(const QString &key)
{
    if (key == u"percent"_s)
        return DiscountKind::Percent;
    if (key == u"amount"_s)
        return DiscountKind::Amount;
    return std::nullopt;
}

} // namespace shipshape
