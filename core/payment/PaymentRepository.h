#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "payment/PaymentAttempt.h"
#include "payment/PaymentMethod.h"
#include "payment/PaymentRecord.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace shipshape {

class Database;

// Records money received and returned, and every call to the payment provider. Callers own the transaction.
class PaymentRepository {
public:
    explicit PaymentRepository(Database &database) : m_database(database) {}

    Status recordManual(qint64 orderNumber, PaymentMethodType method, const Money &amount, const QString &reference,
            const QString &actor, const QDateTime &at);
    // A card refund names its attempt (refund.attemptId); one made outside Shipshape has none (0).
    Status recordRefund(qint64 orderNumber, const RefundRecord &refund);

    // Assigns the id.
    Result<PaymentAttempt> createAttempt(PaymentAttempt attempt);
    // Resolves an open attempt; false when it was already resolved (by another process or an earlier run).
    Result<bool> finishAttempt(const PaymentAttempt &attempt);
    Result<std::optional<PaymentAttempt>> attempt(qint64 id);
    Result<QList<PaymentAttempt>> attemptsFor(qint64 orderNumber);
    // Open attempts to reconcile: processing/unknown ones, and started ones begun before `startedBefore`
    // (a younger started attempt may still be in flight in another process).
    Result<QList<PaymentAttempt>> openAttempts(const QDateTime &startedBefore, int limit);
    Result<int> attemptCount(qint64 orderNumber, PaymentAttemptKind kind);
    // The attempts that name a Stripe PaymentIntent (charges of it, refunds from it), oldest first: how
    // Stripe's webhook events find their order.
    Result<QList<PaymentAttempt>> attemptsForIntent(const QString &paymentIntent);
    // The attempt Stripe knows by `providerId` (pi_… or re_…), if any.
    Result<std::optional<PaymentAttempt>> attemptWithProviderId(const QString &providerId);

    Result<QList<PaymentRecord>> paymentsFor(qint64 orderNumber);
    Result<QList<RefundRecord>> refundsFor(qint64 orderNumber, const Currency &currency);

private:
    Database &m_database;
};

} // namespace shipshape
