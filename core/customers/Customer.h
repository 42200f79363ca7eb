#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace shipshape {

struct Customer {
    qint64 rowId = 0; // internal key; never shown
    QString id; // UUID: the customer's public identifier
    QString name;
    QString email;
    QDateTime createdAt;
    QString phone = {}; // E.164 (PhoneNumbers), empty when unknown: SMS status messages go here
    std::optional<QDateTime> smsOptedOutAt = {}; // the customer answered STOP; no SMS from then on
};

} // namespace shipshape
