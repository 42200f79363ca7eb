#include "payment/PaymentLink.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

QString PaymentLinks::key(PaymentLinkStatus status)
{
    switch (status) {
    case PaymentLinkStatus::Creating:
        return u"creating"_s;
    case PaymentLinkStatus::Open:
        return u"open"_s;
    case PaymentLinkStatus::Paid:
        return u"paid"_s;
    case PaymentLinkStatus::Expired:
        return u"expired"_s;
    case PaymentLinkStatus::Failed:
        return u"failed"_s;
    }
    return {};
}

std::optional<PaymentLinkStatus> PaymentLinks::fromKey(const QString &key)
{
    for (auto status : {PaymentLinkStatus::Creating, PaymentLinkStatus::Open, PaymentLinkStatus::Paid,
                 PaymentLinkStatus::Expired, PaymentLinkStatus::Failed}) {
        if (PaymentLinks::key(status) == key)
            return status;
    }
    return std::nullopt;
}

QString PaymentLinks::displayName(PaymentLinkStatus status)
{
    switch (status) {
    case PaymentLinkStatus::Creating:
        return tr("being created");
    case PaymentLinkStatus::Open:
        return tr("sent, not paid yet");
    case PaymentLinkStatus::Paid:
        return tr("paid");
    case PaymentLinkStatus::Expired:
        return tr("expired");
    case PaymentLinkStatus::Failed:
        return tr("could not be created");
    }
    return {};
}

} // namespace shipshape
