#include "payment/PaymentAttempt.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

QString PaymentAttempts::key(PaymentAttemptKind kind)
{
    return kind == PaymentAttemptKind::Charge ? u"charge"_s : u"refund"_s;
}

QString PaymentAttempts::key(PaymentAttemptStatus status)
{
    switch (status) {
    case PaymentAttemptStatus::Started:
        return u"started"_s;
    case PaymentAttemptStatus::Succeeded:
        return u"succeeded"_s;
    case PaymentAttemptStatus::Failed:
        return u"failed"_s;
    case PaymentAttemptStatus::Processing:
        return u"processing"_s;
    case PaymentAttemptStatus::Unknown:
        return u"unknown"_s;
    }
    return {};
}

std::optional<PaymentAttemptStatus> PaymentAttempts::statusFromKey(const QString &key)
{
    for (auto status : {PaymentAttemptStatus::Started, PaymentAttemptStatus::Succeeded, PaymentAttemptStatus::Failed,
                 PaymentAttemptStatus::Processing, PaymentAttemptStatus::Unknown}) {
        if (PaymentAttempts::key(status) == key)
            return status;
    }
    return std::nullopt;
}

QString PaymentAttempts::displayName(PaymentAttemptStatus status)
{
    switch (status) {
    case PaymentAttemptStatus::Started:
        return tr("Sent, awaiting answer");
    case PaymentAttemptStatus::Succeeded:
        return tr("Succeeded");
    case PaymentAttemptStatus::Failed:
        return tr("Failed");
    case PaymentAttemptStatus::Processing:
        return tr("Processing");
    case PaymentAttemptStatus::Unknown:
        return tr("Outcome unknown");
    }
    return {};
}

} // namespace shipshape
