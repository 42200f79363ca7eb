#include "customers/SmsOptOuts.h"

#include "common/Logging.h"
#include "common/Time.h"
#include "storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<SmsOptOutChange> SmsOptOuts::stop(const QString &phone, const QDateTime &at, const QString &reason)
{
    SmsOptOutChange change;
    auto customers = m_database.query(
            u"UPDATE customers SET sms_opted_out_at = ? WHERE phone = ? AND sms_opted_out_at IS NULL"_s,
            {toStorage(at), phone});
    if (!customers)
        return fail(customers.error());
    change.customers = customers->rowsAffected();
    auto queued = m_database.query(u"UPDATE notification_outbox SET status = 'failed', last_error = ?, updated_at = ? "
                                   "WHERE channel = 'sms' AND recipient_phone = ? AND status IN ('pending', 'retry')"_s,
            {reason, toStorage(at), phone});
    if (!queued)
        return fail(queued.error());
    change.droppedMessages = queued->rowsAffected();
    qCInfo(lcNotifications) << "A number opted out of SMS:" << change.customers << "customer(s) marked,"
                            << change.droppedMessages << "queued message(s) dropped";
    return change;
}

Result<SmsOptOutChange> SmsOptOuts::start(const QString &phone)
{
    SmsOptOutChange change;
    auto customers = m_database.query(
            u"UPDATE customers SET sms_opted_out_at = NULL WHERE phone = ? AND sms_opted_out_at IS NOT NULL"_s,
            {phone});
    if (!customers)
        return fail(customers.error());
    change.customers = customers->rowsAffected();
    qCInfo(lcNotifications) << "A number opted in to SMS again:" << change.customers << "customer(s) cleared";
    return change;
}

} // namespace shipshape
