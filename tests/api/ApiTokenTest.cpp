#include "api/ApiToken.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::api;

namespace {

const QByteArray kKey = "0123456789abcdef0123456789abcdef-api-token-test";
const QDateTime kNow = QDateTime::fromString(u"2026-03-01T12:00:00Z"_s, Qt::ISODate);
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

TokenSubject storefront()
{
    return TokenSubject{TokenSubject::Kind::Storefront, u"web"_s};
}

QByteArray part(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
}

// A token with the given header and claims, signed with `key` by HMAC-SHA256 (whatever the header says).
QByteArray forge(const QJsonObject &header, const QJsonObject &claims, const QByteArray &key = kKey)
{
    const QByteArray input = part(header) + '.' + part(claims);
    return input + '.' + QMessageAuthenticationCode::hash(input, key, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

QJsonObject validClaims()
{
    const qint64 now = kNow.toSecsSinceEpoch();
    return QJsonObject{{u"iss"_s, u"shipshape"_s}, {u"aud"_s, u"shipshape-order-api"_s},
            {u"sub"_s, u"storefront:web"_s}, {u"iat"_s, now}, {u"nbf"_s, now}, {u"exp"_s, now + 3600}};
}

const QJsonObject kHs256{{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}};

QString refusal(const QByteArray &token, const QDateTime &at = kNow)
{
    const auto verified = ApiToken::verify(token, kKey, at);
    return verified ? QString() : verified.error().message;
}

} // namespace

TEST(ApiToken, SignedTokenVerifiesToItsSubject)
{
    const QByteArray token = ApiToken::sign(storefront(), kKey, kNow, std::chrono::hours(1));
    const auto subject = ApiToken::verify(token, kKey, kNow.addSecs(60));
    ASSERT_TRUE(subject) << subject.error().message.toStdString();
    EXPECT_EQ(subject->kind, TokenSubject::Kind::Storefront);
    EXPECT_EQ(subject->name, u"web"_s);

    const TokenSubject customer{TokenSubject::Kind::Customer, u"0190c0de-0000-7000-8000-000000000001"_s};
    const auto back = ApiToken::verify(ApiToken::sign(customer, kKey, kNow, std::chrono::hours(1)), kKey, kNow);
    ASSERT_TRUE(back);
    EXPECT_TRUE(back->isCustomer());
    EXPECT_EQ(back->name, customer.name);
}

TEST(ApiToken, ExpiredTokenIsRefusedAfterTheLeeway)
{
    const QByteArray token = ApiToken::sign(storefront(), kKey, kNow, std::chrono::hours(1));
    EXPECT_TRUE(ApiToken::verify(token, kKey, kNow.addSecs(3600 + 29)));
    EXPECT_EQ(refusal(token, kNow.addSecs(3600 + 30)), u"The token has expired."_s);
}

TEST(ApiToken, TokenWithoutExpiryIsRefused)
{
    QJsonObject claims = validClaims();
    claims.remove(u"exp"_s);
    EXPECT_EQ(refusal(forge(kHs256, claims)), u"The token has no expiry time."_s);
}

TEST(ApiToken, TokenNotYetValidIsRefused)
{
    QJsonObject claims = validClaims();
    claims.insert(u"nbf"_s, kNow.toSecsSinceEpoch() + 600);
    EXPECT_EQ(refusal(forge(kHs256, claims)), u"The token is not valid yet."_s);
}

TEST(ApiToken, WrongAudienceOrIssuerIsRefused)
{
    QJsonObject claims = validClaims();
    claims.insert(u"aud"_s, u"another-api"_s);
    EXPECT_EQ(refusal(forge(kHs256, claims)), u"The token is meant for another audience."_s);
    claims.insert(u"aud"_s, QJsonArray{u"another-api"_s, u"shipshape-order-api"_s});
    EXPECT_TRUE(ApiToken::verify(forge(kHs256, claims), kKey, kNow)) << "an audience list that names us is ours";
    claims = validClaims();
    claims.insert(u"iss"_s, u"someone-else"_s);
    EXPECT_EQ(refusal(forge(kHs256, claims)), u"The token was issued by someone else."_s);
}

TEST(ApiToken, AlgNoneIsRefusedWithOrWithoutASignature)
{
    const QJsonObject none{{u"alg"_s, u"none"_s}, {u"typ"_s, u"JWT"_s}};
    const QByteArray unsigned_ = part(none) + '.' + part(validClaims()) + '.';
    EXPECT_EQ(refusal(unsigned_), u"The token must be signed with HS256."_s);
    EXPECT_EQ(refusal(forge(none, validClaims())), u"The token must be signed with HS256."_s);
    const QJsonObject noneUpper{{u"alg"_s, u"NONE"_s}};
    EXPECT_EQ(refusal(forge(noneUpper, validClaims())), u"The token must be signed with HS256."_s);
}

TEST(ApiToken, OtherAlgorithmsAreRefusedEvenWhenTheMacMatches)
{
    // RS256/HS confusion: an attacker signs with HMAC using what they think is the verification key and
    // says RS256; HS512 and a missing alg are refused the same way, before any signature is checked.
    for (const QJsonValue &alg :
            {QJsonValue(u"RS256"_s), QJsonValue(u"HS512"_s), QJsonValue(u"hs256"_s), QJsonValue()}) {
        QJsonObject header{{u"typ"_s, u"JWT"_s}};
        if (!alg.isNull())
            header.insert(u"alg"_s, alg);
        EXPECT_EQ(refusal(forge(header, validClaims())), u"The token must be signed with HS256."_s)
                << alg.toString().toStdString();
    }
}

TEST(ApiToken, TamperedClaimsOrSignatureAreRefused)
{
    const QByteArray token = ApiToken::sign(storefront(), kKey, kNow, std::chrono::hours(1));
    QList<QByteArray> parts = token.split('.');

    QJsonObject claims = validClaims();
    claims.insert(u"sub"_s, u"storefront:evil"_s);
    EXPECT_EQ(refusal(parts.at(0) + '.' + part(claims) + '.' + parts.at(2)), u"The token's signature is not valid."_s);

    QByteArray signature = parts.at(2);
    signature[0] = signature.at(0) == 'A' ? 'B' : 'A';
    EXPECT_EQ(refusal(parts.at(0) + '.' + parts.at(1) + '.' + signature), u"The token's signature is not valid."_s);
    EXPECT_EQ(refusal(parts.at(0) + '.' + parts.at(1) + '.' + parts.at(2).left(10)),
            u"The token's signature is not valid."_s);
    EXPECT_EQ(refusal(forge(kHs256, validClaims(), "another key of at least thirty-two bytes")),
            u"The token's signature is not valid."_s);
}

TEST(ApiToken, MalformedTokensAreRefusedWithoutNamingTheToken)
{
    for (const QByteArray &token : {QByteArray(), QByteArray("abc"), QByteArray("a.b"), QByteArray("a.b.c.d"),
                 QByteArray("!!!.???.***"), QByteArray("..")}) {
        const QString message = refusal(token);
        EXPECT_FALSE(message.isEmpty()) << token.toStdString();
        if (!token.isEmpty()) {
            EXPECT_FALSE(message.contains(QString::fromLatin1(token))) << message.toStdString();
        }
    }
}

TEST(ApiToken, SubjectMustBeACustomerIdOrAStorefrontName)
{
    QJsonObject claims = validClaims();
    claims.insert(u"sub"_s, u"admin"_s);
    EXPECT_FALSE(refusal(forge(kHs256, claims)).isEmpty());
    claims.insert(u"sub"_s, u"customer:not-a-uuid"_s);
    EXPECT_FALSE(refusal(forge(kHs256, claims)).isEmpty());
    claims.insert(u"sub"_s, u"storefront:has space"_s);
    EXPECT_FALSE(refusal(forge(kHs256, claims)).isEmpty());
}

TEST(ApiToken, ShortKeysAndBadLifetimesAreRefused)
{
    EXPECT_FALSE(ApiToken::checkKey("short"));
    EXPECT_TRUE(ApiToken::checkKey(kKey));
    EXPECT_EQ(ApiToken::parseLifetime(u"1h"_s).value(), std::chrono::seconds(3600));
    EXPECT_EQ(ApiToken::parseLifetime(u"90s"_s).value(), std::chrono::seconds(90));
    EXPECT_EQ(ApiToken::parseLifetime(u"30d"_s).value(), std::chrono::seconds(30 * 86400));
    for (const QString &bad : {u""_s, u"0s"_s, u"1y"_s, u"-1h"_s, u"367d"_s, u"1.5h"_s})
        EXPECT_FALSE(ApiToken::parseLifetime(bad)) << bad.toStdString();
}
