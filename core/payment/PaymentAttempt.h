#pragma once

#include "common/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace shipshape {

enum class PaymentAttemptKind {
    Charge,
    Refund
};
enum class PaymentAttemptStatus {
    Started,
    Succeeded,
    Failed,
    Processing,
    Unknown
};

// One call to the payment provider, recorded before it is sent and resolved after. An attempt still
// `Started`, `Processing` or `Unknown` is open: the worker reconciles it with the provider.
struct PaymentAttempt {
    qint64 id = 0;
    qint64 orderNumber = 0;
    PaymentAttemptKind kind = PaymentAttemptKind::Charge;
    QString idempotencyKey;
    Money amount;
    QString paymentMethod; // the card token charged (a reference, not card data)
    QString paymentIntent; // pi_…: the charge's intent, or the intent a refund returns money from
    QString providerId; // pi_… or re_…
    PaymentAttemptStatus status = PaymentAttemptStatus::Started;
    QString declineCode;
    QString errorCode;
    QString message;
    QString reason;
    QDateTime startedAt;
    std::optional<QDateTime> finishedAt;
    std::optional<qint64> durationMs;
    QString actor;

    [[nodiscard]] bool isOpen() const
    {
        return status == PaymentAttemptStatus::Started || status == PaymentAttemptStatus::Processing
                || status == PaymentAttemptStatus::Unknown;
    }
};

class PaymentAttempts {
    Q_DECLARE_TR_FUNCTIONS(PaymentAttempts)

public:
    static QString key(PaymentAttemptKind kind);
    static QString key(PaymentAttemptStatus status);
    static std::optional<PaymentAttemptStatus> statusFromKey(const QString &key);
    static QString displayName(PaymentAttemptStatus status);
};

} // namespace shipshape
