#include "notification/TwilioSignature.h"

#include <QMessageAuthenticationCode>
#include <QStringDecoder>

#include <openssl/crypto.h>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

std::optional<QString> decodeFormText(QByteArray encoded)
{
    encoded.replace('+', ' ');
    // A leading byte order mark is part of the text Twilio signed: kept, not dropped.
    QStringDecoder utf8(
            QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString text = utf8.decode(QByteArray::fromPercentEncoding(encoded));
    if (utf8.hasError())
        return std::nullopt;
    return text;
}

} // namespace

QByteArray TwilioSignature::sign(const QString &url, const FormFields &fields, const QByteArray &authToken)
{
    FormFields sorted = fields;
    std::sort(sorted.begin(), sorted.end());
    QMessageAuthenticationCode mac(QCryptographicHash::Sha1, authToken);
    mac.addData(url.toUtf8());
    for (const auto &[name, value] : std::as_const(sorted)) {
        mac.addData(name.toUtf8());
        mac.addData(value.toUtf8());
    }
    return mac.result().toBase64();
}

TwilioSignature::Verdict TwilioSignature::verify(
        const QByteArray &signatureHeader, const QString &url, const FormFields &fields, const QByteArray &authToken)
{
    if (authToken.isEmpty())
        return Verdict::TokenMissing;
    const QByteArray given = signatureHeader.trimmed();
    if (given.isEmpty())
        return Verdict::Missing;
    const QByteArray expected = sign(url, fields, authToken);
    if (given.size() != expected.size()
            || CRYPTO_memcmp(given.constData(), expected.constData(), size_t(given.size())) != 0)
        return Verdict::Mismatch;
    return Verdict::Valid;
}

Result<FormFields> TwilioSignature::parseForm(const QByteArray &body)
{
    FormFields fields;
    if (body.isEmpty())
        return fields;
    const QList<QByteArray> pairs = body.split('&');
    for (qsizetype index = 0; index < pairs.size(); ++index) {
        const QByteArray &pair = pairs.at(index);
        if (pair.isEmpty())
            continue; // "a=1&&b=2": an empty pair is no field
        const qsizetype equals = pair.indexOf('=');
        const auto name = decodeFormText(equals < 0 ? pair : pair.left(equals));
        const auto value = decodeFormText(equals < 0 ? QByteArray() : pair.mid(equals + 1));
        const QString position = u"[%1]"_s.arg(index);
        if (!name || name->isEmpty())
            return fail(Error::invalid(position, QString::fromLatin1(pair.left(100).toPercentEncoding()),
                    tr("A form field has no name, or a name that is not UTF-8.")));
        if (!value)
            return fail(Error::invalid(*name, QString::fromLatin1(pair.left(100).toPercentEncoding()),
                    tr("The value of form field %1 is not UTF-8.").arg(*name)));
        fields.append({*name, *value});
    }
    return fields;
}

QString TwilioSignature::code(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return u"valid"_s;
    case Verdict::Missing:
        return u"signature_missing"_s;
    case Verdict::Mismatch:
        return u"signature_mismatch"_s;
    case Verdict::TokenMissing:
        return u"key_invalid"_s;
    }
    return u"signature_mismatch"_s;
}

QString TwilioSignature::message(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return tr("The signature is valid.");
    case Verdict::Missing:
        return tr("The request has no X-Twilio-Signature header.");
    case Verdict::Mismatch:
        return tr("The X-Twilio-Signature does not match this URL, these fields and the Twilio auth token.");
    case Verdict::TokenMissing:
        return tr("No Twilio auth token is configured to check the signature with: store it with "
                  "\"shipshape-cli secrets set twilio\" (or set SHIPSHAPE_TWILIO_AUTH_TOKEN).");
    }
    return {};
}

} // namespace shipshape
