#include "notification/DeliveryState.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

QString DeliveryStates::key(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Delivered:
        return u"delivered"_s;
    case DeliveryState::Bounced:
        return u"bounced"_s;
    case DeliveryState::Dropped:
        return u"dropped"_s;
    case DeliveryState::SpamReport:
        return u"spam_report"_s;
    }
    return {};
}

std::optional<DeliveryState> DeliveryStates::fromKey(const QString &key)
{
    for (DeliveryState state : all()) {
        if (DeliveryStates::key(state) == key)
            return state;
    }
    return std::nullopt;
}

QList<DeliveryState> DeliveryStates::all()
{
    return {DeliveryState::Delivered, DeliveryState::Bounced, DeliveryState::Dropped, DeliveryState::SpamReport};
}

QString DeliveryStates::displayName(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Delivered:
        return tr("Delivered");
    case DeliveryState::Bounced:
        return tr("Bounced");
    case DeliveryState::Dropped:
        return tr("Dropped");
    case DeliveryState::SpamReport:
        return tr("Marked as spam");
    }
    return {};
}

QString DeliveryStates::timelineEvent(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Delivered:
        return u"EmailDelivered"_s;
    case DeliveryState::Bounced:
        return u"EmailBounced"_s;
    case DeliveryState::Dropped:
        return u"EmailDropped"_s;
    case DeliveryState::SpamReport:
        return u"EmailSpamReport"_s;
    }
    return {};
}

std::optional<DeliveryState> DeliveryStates::fromSendGridEvent(const QString &event)
{
    if (event == u"delivered"_s)
        return DeliveryState::Delivered;
    if (event == u"bounce"_s)
        return DeliveryState::Bounced;
    if (event == u"dropped"_s)
        return DeliveryState::Dropped;
    if (event == u"spamreport"_s)
        return DeliveryState::SpamReport;
    return std::nullopt;
}

} // namespace shipshape
