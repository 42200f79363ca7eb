#pragma once

#include "common/Money.h"
#include "payment/PaymentMethod.h"
#include "payment/RefundMethod.h"

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

// Money returned to the customer: through Stripe (with its attempt) or outside Shipshape (recorded by staff).
struct RefundRecord {
    qint64 id = 0;
    qint64 attemptId = 0; // 0 for a refund made outside Shipshape
    RefundMethod method = RefundMethod::Card;
    Money amount;
    QString reason;
    QString providerId; // re_… for card refunds
    QString reference; // the staff's reference for a refund made outside Shipshape
    QString actor;
    QDateTime at;
};

} // namespace shipshape
