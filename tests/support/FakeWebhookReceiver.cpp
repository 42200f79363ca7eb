#include "FakeWebhookReceiver.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::test {
namespace {

// "t=1700000000,v1=abc…" → {t, v1}.
std::pair<QByteArray, QByteArray> signatureParts(const QByteArray &header)
{
    QByteArray t;
    QByteArray v1;
    for (const QByteArray &part : header.split(',')) {
        if (part.startsWith("t="))
            t = part.mid(2);
        else if (part.startsWith("v1="))
            v1 = part.mid(3);
    }
    return {t, v1};
}

} // namespace

FakeWebhookReceiver::FakeWebhookReceiver(QByteArray secret) : m_secret(std::move(secret))
{
    server.setFallback(ScriptedHttpServer::Reply::respond(200, "ok"));
}

qint64 FakeWebhookReceiver::timestamp(const ScriptedHttpServer::Request &request)
{
    return signatureParts(request.header("Shipshape-Signature")).first.toLongLong();
}

QStringList FakeWebhookReceiver::violations(const ScriptedHttpServer::Request &request) const
{
    QStringList problems;
    if (request.method != "POST")
        problems << u"method %1"_s.arg(QString::fromLatin1(request.method));
    if (!request.header("Content-Type").startsWith("application/json"))
        problems << u"content type %1"_s.arg(QString::fromLatin1(request.header("Content-Type")));
    const auto [t, v1] = signatureParts(request.header("Shipshape-Signature"));
    bool numeric = false;
    t.toLongLong(&numeric);
    if (!numeric || v1.size() != 64)
        problems << u"signature header %1"_s.arg(QString::fromLatin1(request.header("Shipshape-Signature")));
    const QByteArray expected
            = QMessageAuthenticationCode::hash(t + '.' + request.body, m_secret, QCryptographicHash::Sha256).toHex();
    if (v1 != expected)
        problems << u"signature does not verify"_s;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        problems << u"body is not a JSON object"_s;
    const QString id = document.object().value(u"id"_s).toString();
    if (id.isEmpty() || request.header("Shipshape-Event-Id") != id.toLatin1())
        problems << u"event id header %1 for payload id %2"_s.arg(
                QString::fromLatin1(request.header("Shipshape-Event-Id")), id);
    return problems;
}

QStringList FakeWebhookReceiver::allViolations() const
{
    QStringList problems;
    for (const auto &request : server.requests())
        problems << violations(request);
    return problems;
}

QList<QJsonObject> FakeWebhookReceiver::bodies() const
{
    QList<QJsonObject> result;
    for (const auto &request : server.requests())
        result << QJsonDocument::fromJson(request.body).object();
    return result;
}

} // namespace shipshape::test
