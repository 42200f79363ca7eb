#include "payment/PaymentRepository.h"

#include "common/Time.h"
#include "storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Status PaymentRepository::recordManual(qint64 orderNumber, PaymentMethodType method, const Money &amount,
                                       const QString &reference, const QString &actor, const QDateTime &at)
{
    auto query = m_database.run(u"INSERT INTO payments (order_number, method, amount_minor, currency, reference, actor, at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                                {orderNumber, PaymentMethods::key(method), amount.minorUnits(), amount.currency().code(),
                                 nonNullText(reference), actor, toStorage(at)});
    if (!query)
        return fail(query.error());
    return {};
}

} // namespace shipshape
