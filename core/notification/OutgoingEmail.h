#pragma once

#include <QString>

namespace shipshape {

// One email as handed to a provider.
struct OutgoingEmail {
    QString toEmail;
    QString toName;
    QString subject;
    QString text;
    QString html;
    // Carried along for the provider's activity feed and webhooks.
    QString orderId;
    qint64 orderNumber = 0;
    qint64 notificationId = 0;
};

} // namespace shipshape
