#pragma once

#include "common/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace shipshape {

// creating ──► open ──► paid        the customer paid; a payment and a succeeded charge attempt exist
//     │          └────► expired     the link ran out (or was expired when its order was cancelled)
//     └──► failed                   Stripe refused to create it; nothing can be paid through it
// A link still `creating` has an unknown outcome (the answer was lost): the worker sends the same
// request with the same idempotency key again, which makes Stripe replay its first answer.
enum class PaymentLinkStatus {
    Creating,
    Open,
    Paid,
    Expired,
    Failed
};

// A Stripe Checkout Session sent to the customer so they can pay an order by card themselves. Recorded
// before the request is sent (with the key and expiry the request carries), resolved after.
struct PaymentLink {
    qint64 id = 0;
    qint64 orderNumber = 0;
    QString idempotencyKey;
    Money amount;
    PaymentLinkStatus status = PaymentLinkStatus::Creating;
    QString sessionId; // cs_…
    QString url; // where the customer pays; sent by email
    QString paymentIntent; // pi_… once paid: refunds go through the card refund path
    QString recipientEmail;
    QDateTime expiresAt;
    QString message; // the last problem, for people
    QDateTime createdAt;
    std::optional<QDateTime> finishedAt;
    QString actor;

    // Creating or open: the customer may still pay through it.
    [[nodiscard]] bool isLive() const
    {
        return status == PaymentLinkStatus::Creating || status == PaymentLinkStatus::Open;
    }
};

class PaymentLinks {
    Q_DECLARE_TR_FUNCTIONS(PaymentLinks)

public:
    static QString key(PaymentLinkStatus status);
    static std::optional<PaymentLinkStatus> fromKey(const QString &key);
    static QString displayName(PaymentLinkStatus status);
};

} // namespace shipshape
