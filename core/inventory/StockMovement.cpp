#include "inventory/StockMovement.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

QString StockMovementKinds::key(StockMovementKind kind)
{
    switch (kind) {
    case StockMovementKind::Initial:
        return u"initial"_s;
    case StockMovementKind::Reserve:
        return u"reserve"_s;
    case StockMovementKind::Release:
        return u"release"_s;
    case StockMovementKind::Consume:
        return u"consume"_s;
    case StockMovementKind::Replenish:
        return u"replenish"_s;
    case StockMovementKind::Correction:
        return u"correction"_s;
    case StockMovementKind::Returned:
        return u"returned"_s;
    case StockMovementKind::Damaged:
        return u"damaged"_s;
    case StockMovementKind::Purged:
        return u"purged"_s;
    }
    return {};
}

std::optional<StockMovementKind> StockMovementKinds::fromKey(const QString &key)
{
    for (auto kind : {StockMovementKind::Initial, StockMovementKind::Reserve, StockMovementKind::Release,
                 StockMovementKind::Consume, StockMovementKind::Replenish, StockMovementKind::Correction,
                 StockMovementKind::Returned, StockMovementKind::Damaged, StockMovementKind::Purged}) {
        if (StockMovementKinds::key(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString StockMovementKinds::displayName(StockMovementKind kind)
{
    switch (kind) {
    case StockMovementKind::Initial:
        return tr("Initial stock");
    case StockMovementKind::Reserve:
        return tr("Reserved");
    case StockMovementKind::Release:
        return tr("Released");
    case StockMovementKind::Consume:
        return tr("Shipped");
    case StockMovementKind::Replenish:
        return tr("Replenished");
    case StockMovementKind::Correction:
        return tr("Correction");
    case StockMovementKind::Returned:
        return tr("Returned");
    case StockMovementKind::Damaged:
        return tr("Written off");
    case StockMovementKind::Purged:
        return tr("Purged orders");
    }
    return {};
}

} // namespace shipshape
