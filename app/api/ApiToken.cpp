#include "api/ApiToken.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::api {
namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

Error refused(const QString &message)
{
    return Error::invalid(u"Authorization"_s, {}, message);
}

QByteArray hmac(const QByteArray &key, const QByteArray &signingInput)
{
    return QMessageAuthenticationCode::hash(signingInput, key, QCryptographicHash::Sha256);
}

// Every byte is looked at whatever differs, so the time taken says nothing about where a forged
// signature first went wrong.
bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

std::optional<QJsonObject> decodeJsonPart(const QByteArray &part)
{
    const auto decoded = QByteArray::fromBase64Encoding(part, kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

QString TokenSubject::claim() const
{
    return (kind == Kind::Customer ? u"customer:"_s : u"storefront:"_s) + name;
}

Result<TokenSubject> TokenSubject::fromClaim(const QString &claim)
{
    TokenSubject subject;
    if (claim.startsWith(u"customer:"_s)) {
        subject.kind = Kind::Customer;
        subject.name = claim.mid(9);
        if (QUuid::fromString(subject.name).isNull())
            return fail(refused(ApiToken::tr("The token's customer is not a customer ID.")));
        subject.name = subject.name.toLower();
    } else if (claim.startsWith(u"storefront:"_s)) {
        subject.kind = Kind::Storefront;
        subject.name = claim.mid(11);
        static const QRegularExpression name(u"^[A-Za-z0-9._-]{1,64}$"_s);
        if (!name.match(subject.name).hasMatch())
            return fail(refused(ApiToken::tr("The token's storefront name is not valid.")));
    } else {
        return fail(refused(ApiToken::tr("The token names neither a customer nor a storefront.")));
    }
    return subject;
}

Status ApiToken::checkKey(const QByteArray &key)
{
    if (key.size() < kMinimumKeyBytes) {
        return fail(Error::invalid(u"api-jwt"_s, {},
                tr("The API token key must be at least %1 bytes (it is %2); store one with "
                   "`shipshape-cli secrets set api-jwt` or set SHIPSHAPE_API_JWT_KEY.")
                        .arg(kMinimumKeyBytes)
                        .arg(key.size())));
    }
    return {};
}

QByteArray ApiToken::sign(
        const TokenSubject &subject, const QByteArray &key, const QDateTime &issuedAt, std::chrono::seconds lifetime)
{
    const qint64 iat = issuedAt.toSecsSinceEpoch();
    const QJsonObject header{{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}};
    const QJsonObject payload{{u"iss"_s, QString::fromLatin1(kIssuer)}, {u"aud"_s, QString::fromLatin1(kAudience)},
            {u"sub"_s, subject.claim()}, {u"iat"_s, iat}, {u"nbf"_s, iat}, {u"exp"_s, iat + lifetime.count()}};
    const QByteArray signingInput = QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(kBase64Url) + '.'
            + QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
    return signingInput + '.' + hmac(key, signingInput).toBase64(kBase64Url);
}

Result<TokenSubject> ApiToken::verify(const QByteArray &token, const QByteArray &key, const QDateTime &now)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return fail(refused(tr("The bearer token is not a JSON Web Token.")));
    const auto header = decodeJsonPart(parts.at(0));
    if (!header)
        return fail(refused(tr("The token's header is not base64url-encoded JSON.")));
    // Before anything else: the algorithm is ours to choose, never the token's.
    if (header->value(u"alg"_s) != QJsonValue(u"HS256"_s))
        return fail(refused(tr("The token must be signed with HS256.")));
    if (header->contains(u"typ"_s) && header->value(u"typ"_s) != QJsonValue(u"JWT"_s))
        return fail(refused(tr("The token's type must be JWT.")));
    if (header->contains(u"crit"_s))
        return fail(refused(tr("The token asks for extensions this server does not know.")));
    const auto signature
            = QByteArray::fromBase64Encoding(parts.at(2), kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray expected = hmac(key, parts.at(0) + '.' + parts.at(1));
    if (!signature || !equalInConstantTime(*signature, expected))
        return fail(refused(tr("The token's signature is not valid.")));

    const auto payload = decodeJsonPart(parts.at(1));
    if (!payload)
        return fail(refused(tr("The token's claims are not base64url-encoded JSON.")));
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    const qint64 leeway = kLeeway.count();
    const QJsonValue exp = payload->value(u"exp"_s);
    if (!exp.isDouble())
        return fail(refused(tr("The token has no expiry time.")));
    if (exp.toDouble() + double(leeway) <= double(nowSeconds))
        return fail(refused(tr("The token has expired.")));
    const QJsonValue nbf = payload->value(u"nbf"_s);
    if (!nbf.isUndefined() && (!nbf.isDouble() || nbf.toDouble() - double(leeway) > double(nowSeconds)))
        return fail(refused(tr("The token is not valid yet.")));
    if (payload->value(u"iss"_s) != QJsonValue(QString::fromLatin1(kIssuer)))
        return fail(refused(tr("The token was issued by someone else.")));
    const QJsonValue aud = payload->value(u"aud"_s);
    const QJsonValue ours(QString::fromLatin1(kAudience));
    const bool forUs = aud == ours || (aud.isArray() && aud.toArray().contains(ours));
    if (!forUs)
        return fail(refused(tr("The token is meant for another audience.")));
    const QJsonValue sub = payload->value(u"sub"_s);
    if (!sub.isString())
        return fail(refused(tr("The token names no subject.")));
    return TokenSubject::fromClaim(sub.toString());
}

Result<std::chrono::seconds> ApiToken::parseLifetime(const QString &text)
{
    static const QRegularExpression pattern(u"^([0-9]{1,7})([smhd])$"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    const auto invalid = [&text] {
        return Error::invalid(
                u"expires"_s, text, tr("Give the lifetime as a number with s, m, h or d (\"1h\"), at most 366 days."));
    };
    if (!match.hasMatch())
        return fail(invalid());
    const qint64 count = match.captured(1).toLongLong();
    const QChar unit = match.captured(2).at(0);
    const qint64 factor = unit == u's' ? 1 : unit == u'm' ? 60 : unit == u'h' ? 3600 : 86400;
    const qint64 seconds = count * factor;
    if (seconds < 1 || seconds > 366 * 86400)
        return fail(invalid());
    return std::chrono::seconds(seconds);
}

} // namespace shipshape::api
