#include "orders/FulfillmentState.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

QList<FulfillmentState> FulfillmentStates::all()
{
    return {FulfillmentState::Unfulfilled, FulfillmentState::PartiallyShipped, FulfillmentState::Shipped,
            FulfillmentState::PartiallyDelivered, FulfillmentState::Delivered};
}

QString FulfillmentStates::key(FulfillmentState state)
{
    switch (state) {
    case FulfillmentState::Unfulfilled:
        return u"unfulfilled"_s;
    case FulfillmentState::PartiallyShipped:
        return u"partially_shipped"_s;
    case FulfillmentState::Shipped:
        return u"shipped"_s;
    case FulfillmentState::PartiallyDelivered:
        return u"partially_delivered"_s;
    case FulfillmentState::Delivered:
        return u"delivered"_s;
    }
    return {};
}

std::optional<FulfillmentState> FulfillmentStates::fromKey(const QString &key)
{
    for (FulfillmentState state : all()) {
        if (FulfillmentStates::key(state) == key)
            return state;
    }
    return std::nullopt;
}

QString FulfillmentStates::displayName(FulfillmentState state)
{
    switch (state) {
    case FulfillmentState::Unfulfilled:
        return tr("Unfulfilled");
    case FulfillmentState::PartiallyShipped:
        return tr("Partially shipped");
    case FulfillmentState::Shipped:
        return tr("Shipped");
    case FulfillmentState::PartiallyDelivered:
        return tr("Partially delivered");
    case FulfillmentState::Delivered:
        return tr("Delivered");
    }
    return {};
}

} // namespace shipshape
