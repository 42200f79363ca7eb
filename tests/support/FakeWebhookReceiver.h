#pragma once

#include "ScriptedHttpServer.h"

#include <QJsonObject>
#include <QStringList>

namespace shipshape::test {

// A shop's webhook receiver on loopback: a ScriptedHttpServer that answers 200 once its script of faults (500, a
// hang, 410 …) is used up, and checks every request the way a receiver following docs/notifications.md would:
// POST with a JSON body, Shipshape-Signature "t=<unix>,v1=<hex>" whose HMAC-SHA256 it recomputes itself over
// "<t>.<body>" with the shared secret (QMessageAuthenticationCode, independent of Shipshape's WebhookSignature),
// Shipshape-Event-Id equal to the payload's id.
class FakeWebhookReceiver {
public:
    explicit FakeWebhookReceiver(QByteArray secret);

    ScriptedHttpServer server;

    // What is wrong with one request, empty when a receiver would accept it.
    [[nodiscard]] QStringList violations(const ScriptedHttpServer::Request &request) const;
    [[nodiscard]] QStringList allViolations() const;
    // The JSON bodies received, in order.
    [[nodiscard]] QList<QJsonObject> bodies() const;
    // The signature's timestamp of a request (0 when unreadable).
    [[nodiscard]] static qint64 timestamp(const ScriptedHttpServer::Request &request);

private:
    QByteArray m_secret;
};

} // namespace shipshape::test
