#pragma once

#include "common/Money.h"
#include "payment/PaymentMethod.h"

#include <QDateTime>
#include <QString>

namespace shipshape {

// Money received for an order (manual or card).
struct PaymentRecord {
    qint64 id = 0;
    PaymentMethodType method = PaymentMethodType::Invoice;
    Money amount;
    QString reference; // pi_… for cards, the staff's reference for manual payments
    QString actor;
    QDateTime at;
};

// Money returned to the customer.
struct RefundRecord {
    qint64 id = 0;
    qint64 attemptId = 0;
    Money amount;
    QString reason;
    QString providerId; // re_…
    QString actor;
    QDateTime at;
};

} // namespace shipshape
