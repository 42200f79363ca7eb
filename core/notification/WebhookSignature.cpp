#include "notification/WebhookSignature.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace shipshape {

QByteArray WebhookSignature::sign(const QByteArray &secret, qint64 timestamp, const QByteArray &body)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
    mac.addData(QByteArray::number(timestamp));
    mac.addData(".", 1);
    mac.addData(body);
    return mac.result().toHex();
}

QByteArray WebhookSignature::header(const QByteArray &secret, qint64 timestamp, const QByteArray &body)
{
    return "t=" + QByteArray::number(timestamp) + ",v1=" + sign(secret, timestamp, body);
}

QString WebhookSignature::generateSecret()
{
    QByteArray bytes;
    for (int i = 0; i < 8; ++i) {
        const quint32 word = QRandomGenerator::system()->generate();
        for (int shift = 0; shift < 32; shift += 8)
            bytes.append(static_cast<char>((word >> shift) & 0xffu));
    }
    return QStringLiteral("whsec_") + QString::fromLatin1(bytes.toHex());
}

} // namespace shipshape
