#include "payment/StripeWebhookStore.h"

#include "common/Time.h"
#include "storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<bool> StripeWebhookStore::seen(const QString &eventId)
{
    auto rows = m_database.query(u"SELECT COUNT(*) AS seen FROM stripe_webhook_events WHERE event_id = ?"_s, {eventId});
    if (!rows)
        return fail(rows.error());
    return rows->next() && rows->single().toLongLong() > 0;
}

Result<bool> StripeWebhookStore::claim(
        const QString &eventId, const QString &type, std::optional<qint64> orderNumber, const QDateTime &receivedAt)
{
    // ON CONFLICT DO NOTHING against the primary key: a second delivery racing this one inserts nothing,
    // and RETURNING says which of the two applies the event.
    auto rows = m_database.query(u"INSERT INTO stripe_webhook_events (event_id, type, received_at, order_number) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING event_id"_s,
            {eventId, type, toStorage(receivedAt),
                    orderNumber ? QVariant(*orderNumber) : QVariant(QMetaType::fromType<qlonglong>())});
    if (!rows)
        return fail(rows.error());
    return rows->next();
}

Result<std::optional<qint64>> StripeWebhookStore::orderOf(const QString &eventId)
{
    auto rows = m_database.query(u"SELECT order_number FROM stripe_webhook_events WHERE event_id = ?"_s, {eventId});
    if (!rows)
        return fail(rows.error());
    if (!rows->next() || rows->isNull(u"order_number"))
        return std::optional<qint64>();
    return std::optional<qint64>(rows->integer(u"order_number"));
}

} // namespace shipshape
