#include "inventory/CycleCount.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

QString CycleCountStates::key(CycleCountState state)
{
    switch (state) {
    case CycleCountState::Open:
        return u"open"_s;
    case CycleCountState::Approved:
        return u"approved"_s;
    case CycleCountState::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

std::optional<CycleCountState> CycleCountStates::fromKey(const QString &key)
{
    for (auto state : {CycleCountState::Open, CycleCountState::Approved, CycleCountState::Cancelled}) {
        if (CycleCountStates::key(state) == key)
            return state;
    }
    return std::nullopt;
}

QString CycleCountStates::displayName(CycleCountState state)
{
    switch (state) {
    case CycleCountState::Open:
        return tr("Open");
    case CycleCountState::Approved:
        return tr("Approved");
    case CycleCountState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

} // namespace shipshape
