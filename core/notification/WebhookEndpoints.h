#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "notification/WebhookEvent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace shipshape {

class Database;

// One receiver of webhooks. Its signing secret is never here (nor in the database): SecretStore keeps it as
// secretName(id), and $SHIPSHAPE_WEBHOOK_SECRET_<id> overrides it on headless machines.
struct WebhookEndpoint {
    qint64 id = 0;
    QUrl url;
    QList<WebhookEventType> events;
    bool active = true;
    QDateTime createdAt;
    QString createdBy;

    [[nodiscard]] QStringList eventKeys() const;
    [[nodiscard]] QJsonObject toJson() const;
};

// The registered webhook endpoints (webhook_endpoints, migration 31): added with their events, listed, removed.
// A removed endpoint stays as a row (its deliveries name it) but receives nothing more; its queued deliveries
// fail in the same transaction.
class WebhookEndpoints {
    Q_DECLARE_TR_FUNCTIONS(WebhookEndpoints)

public:
    WebhookEndpoints(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

    // https anywhere; plain http only to this computer (127.0.0.1, ::1, localhost), since the payload and its
    // signature would otherwise cross the network in clear. No user or password, no fragment. Fails naming `field`.
    static Result<QUrl> checkUrl(const QString &field, const QString &text);
    // The keychain entry of an endpoint's secret: "webhook-<id>".
    static QString secretName(qint64 id);

    Result<WebhookEndpoint> add(const QString &url, const QList<WebhookEventType> &events);
    // Active endpoints, by id.
    Result<QList<WebhookEndpoint>> list();
    // An active endpoint; NotFound naming `id` otherwise.
    Result<WebhookEndpoint> find(qint64 id);
    // Stops deliveries to the endpoint; the queued ones fail with "endpoint removed". Returns how many did.
    Result<int> remove(qint64 id);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace shipshape
