#include "notification/WebhookEndpoints.h"

#include "common/Logging.h"
#include "common/Time.h"
#include "net/HttpClient.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

QStringList WebhookEndpoint::eventKeys() const
{
    QStringList keys;
    for (auto type : events)
        keys << WebhookEventTypes::key(type);
    return keys;
}

QJsonObject WebhookEndpoint::toJson() const
{
    return QJsonObject{{u"id"_s, id}, {u"url"_s, url.toString()},
            {u"events"_s, QJsonArray::fromStringList(eventKeys())}, {u"active"_s, active},
            {u"createdAt"_s, createdAt.toString(Qt::ISODateWithMs)}, {u"createdBy"_s, createdBy}};
}

QString WebhookEndpoints::secretName(qint64 id)
{
    return u"webhook-%1"_s.arg(id);
}

Result<QUrl> WebhookEndpoints::checkUrl(const QString &field, const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    const auto refuse = [&](const QString &why) { return fail(Error::invalid(field, text, why)); };
    if (trimmed.isEmpty() || !url.isValid() || url.host().isEmpty())
        return refuse(tr("\"%1\" is not a URL.").arg(text));
    if (trimmed.size() > 2000)
        return refuse(tr("A webhook URL has at most 2000 characters."));
    if (!url.userInfo().isEmpty() || url.hasFragment())
        return refuse(tr("A webhook URL has no user, password or fragment."));
    const QString scheme = url.scheme().toLower();
    // The same hosts the schema's CHECK accepts for plain http (migration 31).
    const QString host = url.host().toLower();
    const bool loopback = host == u"127.0.0.1"_s || host == u"localhost"_s || host == u"::1"_s;
    if (scheme != u"https"_s && !(scheme == u"http"_s && loopback))
        return refuse(tr("A webhook URL must use https (plain http only to this computer)."));
    if (auto allowed = HttpClient::checkUrlAllowed(url); !allowed)
        return refuse(allowed.error().message);
    return url;
}

Result<WebhookEndpoint> WebhookEndpoints::add(const QString &urlText, const QList<WebhookEventType> &events)
{
    auto url = checkUrl(u"url"_s, urlText);
    if (!url)
        return fail(url.error());
    if (events.isEmpty())
        return fail(Error::invalid(u"events"_s, QString(), tr("Name at least one event.")));
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    const QDateTime now = m_clock.now();
    auto inserted = m_database.query(u"INSERT INTO webhook_endpoints (url, active, created_at, created_by) "
                                     "VALUES (?, 1, ?, ?) RETURNING id"_s,
            {url->toString(), toStorage(now), m_database.actor()});
    if (!inserted)
        return fail(inserted.error());
    if (!inserted->next())
        return fail(Error::internal(u"the new webhook endpoint has no id"_s));
    WebhookEndpoint endpoint;
    endpoint.id = inserted->integer(u"id");
    endpoint.url = *url;
    endpoint.events = events;
    endpoint.createdAt = now;
    endpoint.createdBy = m_database.actor();
    for (auto type : events) {
        auto subscribed = m_database.query(u"INSERT INTO webhook_endpoint_events (endpoint_id, event) VALUES (?, ?)"_s,
                {endpoint.id, WebhookEventTypes::key(type)});
        if (!subscribed)
            return fail(subscribed.error());
    }
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    qCInfo(lcNotifications) << "Webhook endpoint" << endpoint.id << "added for" << endpoint.eventKeys();
    return endpoint;
}

Result<QList<WebhookEndpoint>> WebhookEndpoints::list()
{
    auto rows = m_database.query(u"SELECT e.id, e.url, e.created_at, e.created_by, s.event FROM webhook_endpoints e "
                                 "LEFT JOIN webhook_endpoint_events s ON s.endpoint_id = e.id "
                                 "WHERE e.active = 1 ORDER BY e.id, s.event"_s);
    if (!rows)
        return fail(rows.error());
    QList<WebhookEndpoint> endpoints;
    while (rows->next()) {
        const qint64 id = rows->integer(u"id");
        if (endpoints.isEmpty() || endpoints.constLast().id != id) {
            WebhookEndpoint endpoint;
            endpoint.id = id;
            endpoint.url = QUrl(rows->text(u"url"));
            endpoint.createdAt = fromStorage(rows->value(u"created_at"));
            endpoint.createdBy = rows->text(u"created_by");
            endpoints << endpoint;
        }
        if (const auto type = WebhookEventTypes::fromKey(rows->text(u"event")))
            endpoints.last().events << *type;
    }
    if (auto read = rows->status(); !read)
        return fail(read.error());
    // Events in their canonical order, whatever the text order of the keys.
    for (WebhookEndpoint &endpoint : endpoints) {
        QList<WebhookEventType> ordered;
        for (auto type : WebhookEventTypes::all()) {
            if (endpoint.events.contains(type))
                ordered << type;
        }
        endpoint.events = ordered;
    }
    return endpoints;
}

Result<WebhookEndpoint> WebhookEndpoints::find(qint64 id)
{
    auto endpoints = list();
    if (!endpoints)
        return fail(endpoints.error());
    for (const WebhookEndpoint &endpoint : std::as_const(*endpoints)) {
        if (endpoint.id == id)
            return endpoint;
    }
    return fail(Error::notFound(u"id"_s, QString::number(id), tr("No webhook endpoint %1.").arg(id)));
}

Result<int> WebhookEndpoints::remove(qint64 id)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    const qint64 now = toStorage(m_clock.now());
    auto removed = m_database.query(
            u"UPDATE webhook_endpoints SET active = 0, removed_at = ? WHERE id = ? AND active = 1"_s, {now, id});
    if (!removed)
        return fail(removed.error());
    if (removed->rowsAffected() != 1)
        return fail(Error::notFound(u"id"_s, QString::number(id), tr("No webhook endpoint %1.").arg(id)));
    auto dropped = m_database.query(
            u"UPDATE webhook_deliveries SET status = 'failed', last_error = 'endpoint removed', updated_at = ? "
            "WHERE endpoint_id = ? AND status IN ('pending', 'retry')"_s,
            {now, id});
    if (!dropped)
        return fail(dropped.error());
    const int count = int(dropped->rowsAffected());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    qCInfo(lcNotifications) << "Webhook endpoint" << id << "removed;" << count << "queued deliveries dropped";
    return count;
}

} // namespace shipshape
