#pragma once

#include "common/Result.h"
#include "payment/PaymentLink.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace shipshape {

class Database;

// SQL for payment links (Stripe Checkout Sessions). Callers own the transaction. Every change of
// state is conditional on the state it leaves, so two processes resolving the same link record it once.
class PaymentLinkRepository {
public:
    explicit PaymentLinkRepository(Database &database) : m_database(database) {}

    // Assigns the id. The schema allows one live (creating or open) link per order.
    Result<PaymentLink> create(PaymentLink link);
    Result<std::optional<PaymentLink>> find(qint64 id);
    Result<QList<PaymentLink>> forOrder(qint64 orderNumber);
    // How many links the order ever had (the next one's idempotency key counts on from it).
    Result<int> countFor(qint64 orderNumber);
    // Links the worker looks after: every open one, and those still being created that were started
    // before `createdBefore` (a younger one may still be in flight in another process). Oldest first.
    Result<QList<PaymentLink>> live(const QDateTime &createdBefore, int limit);

    // creating → open. False when the link was no longer being created.
    Result<bool> markOpen(qint64 id, const QString &sessionId, const QString &url, const QDateTime &expiresAt);
    // creating/open → paid.
    Result<bool> markPaid(qint64 id, const QString &sessionId, const QString &paymentIntent, const QDateTime &at);
    // creating/open → expired.
    Result<bool> markExpired(qint64 id, const QString &sessionId, const QDateTime &at, const QString &message);
    // creating → failed.
    Result<bool> markFailed(qint64 id, const QDateTime &at, const QString &message);
    // Keeps the latest problem of a link whose outcome is still open (a lost answer).
    Status noteProblem(qint64 id, const QString &message);

private:
    Result<bool> changed(const QString &sql, const QVariantList &values);

    Database &m_database;
};

} // namespace shipshape
