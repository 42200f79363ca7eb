#include "notification/OutboxEntry.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

QJsonValue timeOrNull(const std::optional<QDateTime> &time)
{
    return time ? QJsonValue(time->toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString OutboxStatuses::key(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Pending:
        return u"pending"_s;
    case OutboxStatus::Sending:
        return u"sending"_s;
    case OutboxStatus::Retry:
        return u"retry"_s;
    case OutboxStatus::Sent:
        return u"sent"_s;
    case OutboxStatus::Failed:
        return u"failed"_s;
    }
    return {};
}

QList<OutboxStatus> OutboxStatuses::all()
{
    return {OutboxStatus::Pending, OutboxStatus::Sending, OutboxStatus::Retry, OutboxStatus::Sent,
            OutboxStatus::Failed};
}

QString OutboxStatuses::displayName(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Pending:
        return tr("Waiting");
    case OutboxStatus::Sending:
        return tr("Sending");
    case OutboxStatus::Retry:
        return tr("Retrying");
    case OutboxStatus::Sent:
        return tr("Sent");
    case OutboxStatus::Failed:
        return tr("Failed");
    }
    return {};
}

std::optional<OutboxStatus> OutboxStatuses::fromKey(const QString &key)
{
    for (auto status : all()) {
        if (OutboxStatuses::key(status) == key)
            return status;
    }
    return std::nullopt;
}

QJsonObject OutboxEntry::toJson() const
{
    return QJsonObject{{u"id"_s, id}, {u"orderNumber"_s, orderNumber}, {u"orderId"_s, orderId},
            {u"event"_s, NotificationEvents::key(event)}, {u"channel"_s, isSms() ? u"sms"_s : u"email"_s},
            {u"recipient"_s, recipient()}, {u"subject"_s, subject}, {u"status"_s, OutboxStatuses::key(status)},
            {u"attempts"_s, attempts}, {u"roundAttempts"_s, roundAttempts},
            {u"nextAttemptAt"_s, nextAttemptAt.toString(Qt::ISODateWithMs)},
            {u"claimedBy"_s, claimedBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(claimedBy)},
            {u"claimedUntil"_s, timeOrNull(claimedUntil)}, {u"lastError"_s, lastError},
            {u"providerMessageId"_s,
                    providerMessageId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(providerMessageId)},
            {u"createdAt"_s, createdAt.toString(Qt::ISODateWithMs)}, {u"sentAt"_s, timeOrNull(sentAt)},
            {u"delivery"_s,
                    deliveryState ? QJsonValue(DeliveryStates::key(*deliveryState)) : QJsonValue(QJsonValue::Null)},
            {u"deliveryReason"_s, deliveryReason}, {u"deliveryAt"_s, timeOrNull(deliveryAt)}};
}

} // namespace shipshape
