#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace shipshape::test {

// Plays SendGrid's side of the signed Event Webhook with OpenSSL: a fresh EC P-256 key pair per signer, the
// public key as SendGrid shows it (base64 DER SubjectPublicKeyInfo) and signatures as it sends them
// (base64 DER ECDSA with SHA-256 over the timestamp header's bytes followed by the raw body).
class SendGridSigner {
public:
    SendGridSigner();
    ~SendGridSigner();
    SendGridSigner(const SendGridSigner &) = delete;
    SendGridSigner &operator=(const SendGridSigner &) = delete;

    [[nodiscard]] QByteArray publicKeyBase64() const;
    [[nodiscard]] QByteArray sign(const QByteArray &timestamp, const QByteArray &body) const;

private:
    struct Key;
    std::unique_ptr<Key> m_key;
};

namespace sendgrid_events {

// One event as SendGrid's Event Webhook posts it (docs: "Event Webhook Reference"): sg_message_id is the
// send's X-Message-Id followed by the filter suffix SendGrid adds.
inline QJsonObject event(const QString &eventId, const QString &type, const QString &xMessageId, qint64 timestamp,
        const QString &reason = {}, const QString &email = QStringLiteral("ada@example.com"))
{
    QJsonObject object{{QStringLiteral("email"), email}, {QStringLiteral("timestamp"), timestamp},
            {QStringLiteral("event"), type}, {QStringLiteral("sg_event_id"), eventId},
            {QStringLiteral("smtp-id"), QStringLiteral("<14c5d75ce93.dfd.64b469@ismtpd-555>")},
            {QStringLiteral("category"), QJsonArray{QStringLiteral("order")}}};
    if (!xMessageId.isEmpty()) {
        object.insert(QStringLiteral("sg_message_id"),
                QString(xMessageId + QStringLiteral(".filterdrecv-p3mdw1-756b745b58-kmzbl-18-5F5FC1BC-4.0")));
    }
    if (!reason.isEmpty())
        object.insert(QStringLiteral("reason"), reason);
    if (type == QStringLiteral("bounce")) {
        object.insert(QStringLiteral("status"), QStringLiteral("5.2.2"));
        object.insert(QStringLiteral("type"), QStringLiteral("bounce"));
    }
    return object;
}

inline QByteArray batch(const QJsonArray &events)
{
    return QJsonDocument(events).toJson(QJsonDocument::Compact);
}

} // namespace sendgrid_events

} // namespace shipshape::test
