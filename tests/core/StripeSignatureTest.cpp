// Stripe's webhook signature: "t=<seconds>,v1=<hex HMAC-SHA256 of t.body>", 5 minutes either way, any v1.

#include "payment/StripeSignature.h"

#include <QMessageAuthenticationCode>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

namespace {

using Verdict = StripeSignature::Verdict;

const QByteArray kSecret = "whsec_test_5WbX5kEWLlfzsGNjH64I8lOOqUB6e8FH";
const QByteArray kBody = R"({"id":"evt_1","object":"event","type":"payment_intent.succeeded"})";
const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1764979500, Qt::UTC);
const qint64 kT = kNow.toSecsSinceEpoch();

Verdict verdict(const QByteArray &header, const QByteArray &body = kBody, const QByteArray &secret = kSecret,
        const QDateTime &now = kNow)
{
    return StripeSignature::verify(header, body, secret, now).verdict;
}

TEST(StripeSignature, TheSignatureIsTheHmacOfTimestampDotBodyWithTheWholeSecret)
{
    // Computed independently of the class: HMAC-SHA256(key = "whsec_…", "1764979500." + body).
    const QByteArray expected = QMessageAuthenticationCode::hash(
            QByteArray::number(kT) + "." + kBody, kSecret, QCryptographicHash::Sha256)
                                        .toHex();
    EXPECT_EQ(StripeSignature::v1(kT, kBody, kSecret), expected);
    EXPECT_EQ(StripeSignature::header(kT, kBody, kSecret), "t=1764979500,v1=" + expected);
    EXPECT_EQ(verdict(StripeSignature::header(kT, kBody, kSecret)), Verdict::Valid);
    EXPECT_EQ(StripeSignature::verify(StripeSignature::header(kT, kBody, kSecret), kBody, kSecret, kNow).timestamp, kT);
}

TEST(StripeSignature, TheTimestampMustBeWithinFiveMinutesEitherWay)
{
    for (qint64 offset : {-300, -1, 0, 1, 300})
        EXPECT_EQ(verdict(StripeSignature::header(kT + offset, kBody, kSecret)), Verdict::Valid) << offset;
    // Stale: a captured delivery replayed later, correctly signed.
    EXPECT_EQ(verdict(StripeSignature::header(kT - 301, kBody, kSecret)), Verdict::OutsideTolerance);
    EXPECT_EQ(verdict(StripeSignature::header(kT - 86400, kBody, kSecret)), Verdict::OutsideTolerance);
    // From the future beyond the tolerance.
    EXPECT_EQ(verdict(StripeSignature::header(kT + 301, kBody, kSecret)), Verdict::OutsideTolerance);
    EXPECT_EQ(StripeSignature::code(Verdict::OutsideTolerance), u"signature_expired"_s);
}

TEST(StripeSignature, ATamperedBodyOrAnotherSecretDoesNotMatch)
{
    const QByteArray header = StripeSignature::header(kT, kBody, kSecret);
    QByteArray tampered = kBody;
    tampered.replace("succeeded", "succeedeD");
    EXPECT_EQ(verdict(header, tampered), Verdict::Mismatch);
    EXPECT_EQ(verdict(header, kBody + " "), Verdict::Mismatch) << "the raw body, byte for byte";
    EXPECT_EQ(verdict(header, kBody, "whsec_another"), Verdict::Mismatch);
    // The timestamp is part of what is signed: moving it breaks the signature.
    EXPECT_EQ(verdict("t=" + QByteArray::number(kT + 1) + ",v1=" + StripeSignature::v1(kT, kBody, kSecret)),
            Verdict::Mismatch);
    EXPECT_EQ(StripeSignature::code(Verdict::Mismatch), u"signature_mismatch"_s);
}

TEST(StripeSignature, AnyOfSeveralV1ValuesMayMatch)
{
    // During a secret roll Stripe signs with the old and the new secret.
    const QByteArray good = StripeSignature::v1(kT, kBody, kSecret);
    const QByteArray other = StripeSignature::v1(kT, kBody, "whsec_old");
    EXPECT_EQ(verdict("t=" + QByteArray::number(kT) + ",v1=" + other + ",v1=" + good), Verdict::Valid);
    EXPECT_EQ(verdict("t=" + QByteArray::number(kT) + ",v1=" + good + ",v1=" + other), Verdict::Valid);
    EXPECT_EQ(verdict("v1=" + good.toUpper() + ",t=" + QByteArray::number(kT)), Verdict::Valid) << "order, hex case";
    // A v0 (Stripe's test scheme) is ignored, never accepted on its own.
    EXPECT_EQ(verdict("t=" + QByteArray::number(kT) + ",v0=" + good), Verdict::Malformed);
    EXPECT_EQ(verdict("t=" + QByteArray::number(kT) + ",v0=" + good + ",v1=" + other), Verdict::Mismatch);
}

TEST(StripeSignature, AMissingOrGarbledHeaderIsRefusedAsSuch)
{
    EXPECT_EQ(verdict({}), Verdict::Missing);
    EXPECT_EQ(verdict("   "), Verdict::Missing);
    const QByteArray good = StripeSignature::v1(kT, kBody, kSecret);
    for (const QByteArray &garbled : QList<QByteArray>{"garbage", "t=,v1=" + good, "t=abc,v1=" + good,
                 "t=-1764979500,v1=" + good, "t=+1764979500,v1=" + good, "v1=" + good, "t=" + QByteArray::number(kT),
                 "t=" + QByteArray::number(kT) + ",v1=", "t=" + QByteArray::number(kT) + ",=x,v1=" + good,
                 "t=1,t=" + QByteArray::number(kT) + ",v1=" + good, "t=99999999999999999999,v1=" + good}) {
        EXPECT_EQ(verdict(garbled), Verdict::Malformed) << garbled.toStdString();
    }
    EXPECT_EQ(StripeSignature::code(Verdict::Missing), u"signature_missing"_s);
    EXPECT_EQ(StripeSignature::code(Verdict::Malformed), u"signature_malformed"_s);
    EXPECT_FALSE(StripeSignature::message(Verdict::Malformed).isEmpty());
}

TEST(StripeSignature, ConstantTimeComparisonComparesWholeValues)
{
    EXPECT_TRUE(StripeSignature::constantTimeEquals("abc", "abc"));
    EXPECT_FALSE(StripeSignature::constantTimeEquals("abc", "abd"));
    EXPECT_FALSE(StripeSignature::constantTimeEquals("abc", "ab"));
    EXPECT_FALSE(StripeSignature::constantTimeEquals("", "a"));
    EXPECT_TRUE(StripeSignature::constantTimeEquals("", ""));
}

} // namespace
