#include "notification/SendGridWebhookStore.h"

#include "common/Time.h"
#include "storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<bool> SendGridWebhookStore::seen(const QString &eventId)
{
    auto rows
            = m_database.query(u"SELECT COUNT(*) AS seen FROM sendgrid_webhook_events WHERE event_id = ?"_s, {eventId});
    if (!rows)
        return fail(rows.error());
    return rows->next() && rows->single().toLongLong() > 0;
}

Result<bool> SendGridWebhookStore::claim(
        const QString &eventId, const QString &event, std::optional<qint64> notificationId, const QDateTime &receivedAt)
{
    // ON CONFLICT DO NOTHING against the primary key: a second delivery racing this one inserts nothing,
    // and RETURNING says which of the two applies the event.
    auto rows = m_database.query(u"INSERT INTO sendgrid_webhook_events (event_id, event, received_at, notification_id) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING event_id"_s,
            {eventId, event, toStorage(receivedAt),
                    notificationId ? QVariant(*notificationId) : QVariant(QMetaType::fromType<qlonglong>())});
    if (!rows)
        return fail(rows.error());
    return rows->next();
}

} // namespace shipshape
