#include "orders/ReturnState.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

constexpr ReturnState kAll[]{ReturnState::Requested, ReturnState::Received, ReturnState::Closed, ReturnState::Rejected};

} // namespace

QString ReturnStates::key(ReturnState state)
{
    switch (state) {
    case ReturnState::Requested:
        return u"requested"_s;
    case ReturnState::Received:
        return u"received"_s;
    case ReturnState::Closed:
        return u"closed"_s;
    case ReturnState::Rejected:
        return u"rejected"_s;
    }
    return {};
}

std::optional<ReturnState> ReturnStates::fromKey(const QString &key)
{
    for (ReturnState state : kAll) {
        if (ReturnStates::key(state) == key)
            return state;
    }
    return std::nullopt;
}

QStringList ReturnStates::keys()
{
    QStringList result;
    for (ReturnState state : kAll)
        result << key(state);
    return result;
}

QString ReturnStates::displayName(ReturnState state)
{
    switch (state) {
    case ReturnState::Requested:
        return tr("Requested");
    case ReturnState::Received:
        return tr("Received");
    case ReturnState::Closed:
        return tr("Closed");
    case ReturnState::Rejected:
        return tr("Rejected");
    }
    return {};
}

} // namespace shipshape
