#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "payment/PaymentMethod.h"

#include <QDateTime>

namespace shipshape {

class Database;

// Records money received for orders. Callers own the transaction.
class PaymentRepository {
public:
    explicit PaymentRepository(Database &database) : m_database(database) {}

    Status recordManual(qint64 orderNumber, PaymentMethodType method, const Money &amount, const QString &reference,
                        const QString &actor, const QDateTime &at);

private:
    Database &m_database;
};

} // namespace shipshape
