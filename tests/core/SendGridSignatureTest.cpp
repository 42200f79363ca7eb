// SendGrid's signed Event Webhook: ECDSA P-256 / SHA-256 over the timestamp header's bytes and the raw body,
// the signature base64 DER, the key base64 DER SubjectPublicKeyInfo; 5 minutes either way.

#include "SendGridSigner.h"

#include "notification/SendGridSignature.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

using Verdict = SendGridSignature::Verdict;

const QByteArray kBody = R"([{"email":"ada@example.com","event":"delivered","sg_event_id":"ev-1",)"
                         R"("sg_message_id":"abc.filter0001","timestamp":1764979400}])";
const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1764979500, Qt::UTC);
const QByteArray kT = "1764979500";

// Made with the openssl command line, independently of this code and of SendGridSigner:
//   openssl ecparam -name prime256v1 -genkey -noout -out key.pem
//   openssl ec -in key.pem -pubout -outform DER | base64 -w0
//   printf '%s%s' 1764979500 "$BODY" | openssl dgst -sha256 -sign key.pem | base64 -w0
const QByteArray kKnownKey = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAECBnUpK3gZL4oDmmezkvrn2xh5B0Bj4GpnAA3uY0411dODxKnmsli"
                             "IPG35LjzjkwYGX68q5wjtRZwGHdDSbMuvg==";
const QByteArray kKnownBody = R"([{"email":"ada@example.com","event":"bounce","reason":"550 5.2.2 mailbox full",)"
                              R"("sg_event_id":"kat-1","sg_message_id":"KAT123.filter0001","timestamp":1764979400}])";
const QByteArray kKnownSignature
        = "MEYCIQD5J8oWQ1FGUiGZSuwnp8ZSHOyumAylU4hALMo4nR2sDwIhAJ2BoatXKvJyumC+rEX3wwzyhNE2qfcx9yEShT/9L5Be";

class SendGridSignatureTest : public ::testing::Test {
protected:
    Verdict verdict(const QByteArray &signature, const QByteArray &timestamp = kT, const QByteArray &body = kBody,
            const QByteArray &key = {})
    {
        return SendGridSignature::verify(
                signature, timestamp, body, key.isEmpty() ? signer.publicKeyBase64() : key, kNow)
                .verdict;
    }

    SendGridSigner signer;
};

} // namespace

TEST_F(SendGridSignatureTest, ASignatureMadeByTheOpensslCommandLineVerifies)
{
    const auto check = SendGridSignature::verify(kKnownSignature, kT, kKnownBody, kKnownKey, kNow);
    EXPECT_EQ(check.verdict, Verdict::Valid);
    EXPECT_EQ(check.timestamp, 1764979500);
    EXPECT_TRUE(SendGridSignature::checkPublicKey(kKnownKey));
    // The key pasted as a PEM file holds it works too.
    EXPECT_EQ(SendGridSignature::verify(kKnownSignature, kT, kKnownBody,
                      "-----BEGIN PUBLIC KEY-----\n" + kKnownKey.left(64) + "\n" + kKnownKey.mid(64)
                              + "\n-----END PUBLIC KEY-----\n",
                      kNow)
                      .verdict,
            Verdict::Valid);
}

TEST_F(SendGridSignatureTest, TheSignedBytesAreTheTimestampThenTheRawBody)
{
    EXPECT_EQ(verdict(signer.sign(kT, kBody)), Verdict::Valid);
    // Signed over the body alone, or with a separator (Stripe's scheme), it does not verify.
    EXPECT_EQ(verdict(signer.sign({}, kBody)), Verdict::Mismatch);
    EXPECT_EQ(verdict(signer.sign(kT + ".", kBody)), Verdict::Mismatch);
    EXPECT_EQ(SendGridSignature::code(Verdict::Mismatch), u"signature_mismatch"_s);
}

TEST_F(SendGridSignatureTest, TheTimestampMustBeWithinFiveMinutesEitherWay)
{
    for (qint64 offset : {-300, -1, 0, 1, 300}) {
        const QByteArray t = QByteArray::number(kNow.toSecsSinceEpoch() + offset);
        EXPECT_EQ(verdict(signer.sign(t, kBody), t), Verdict::Valid) << offset;
    }
    // Stale: a captured delivery replayed later, correctly signed; and one from the future.
    for (qint64 offset : {-301, -86400, 301}) {
        const QByteArray t = QByteArray::number(kNow.toSecsSinceEpoch() + offset);
        EXPECT_EQ(verdict(signer.sign(t, kBody), t), Verdict::OutsideTolerance) << offset;
    }
    EXPECT_EQ(SendGridSignature::code(Verdict::OutsideTolerance), u"signature_expired"_s);
}

TEST_F(SendGridSignatureTest, ATamperedBodyOrTimestampOrAnotherKeyDoesNotVerify)
{
    const QByteArray signature = signer.sign(kT, kBody);
    QByteArray tampered = kBody;
    tampered.replace("delivered", "bounce");
    EXPECT_EQ(verdict(signature, kT, tampered), Verdict::Mismatch);
    EXPECT_EQ(verdict(signature, kT, kBody + " "), Verdict::Mismatch) << "the raw body, byte for byte";
    EXPECT_EQ(verdict(signature, "1764979501"), Verdict::Mismatch) << "the timestamp is signed too";
    SendGridSigner other;
    EXPECT_EQ(verdict(signature, kT, kBody, other.publicKeyBase64()), Verdict::Mismatch) << "another shop's key";
    EXPECT_EQ(verdict(other.sign(kT, kBody)), Verdict::Mismatch) << "signed by someone else";
    // A signature with one bit flipped.
    QByteArray der = QByteArray::fromBase64(signature);
    der[der.size() - 1] = char(der.at(der.size() - 1) ^ 0x01);
    EXPECT_EQ(verdict(der.toBase64()), Verdict::Mismatch);
}

TEST_F(SendGridSignatureTest, MissingAndGarbledHeadersAreRefusedWithTheirReason)
{
    const QByteArray signature = signer.sign(kT, kBody);
    EXPECT_EQ(verdict({}), Verdict::Missing);
    EXPECT_EQ(verdict(signature, {}), Verdict::Missing);
    EXPECT_EQ(verdict("   ", kT), Verdict::Missing);
    EXPECT_EQ(verdict(signature, "+1764979500"), Verdict::Malformed);
    EXPECT_EQ(verdict(signature, "1764979500.5"), Verdict::Malformed);
    EXPECT_EQ(verdict(signature, "99999999999999999999"), Verdict::Malformed);
    EXPECT_EQ(verdict("not base64 at all!"), Verdict::Malformed);
    EXPECT_EQ(verdict(QByteArray("hello").toBase64()), Verdict::Malformed) << "base64, but not DER";
    EXPECT_EQ(verdict(QByteArray::fromBase64(signature).toHex()), Verdict::Malformed) << "hex instead of base64";
    EXPECT_EQ(verdict(signature + signature), Verdict::Malformed) << "DER with bytes after it";
    for (Verdict refused :
            {Verdict::Missing, Verdict::Malformed, Verdict::OutsideTolerance, Verdict::Mismatch, Verdict::KeyInvalid}) {
        EXPECT_FALSE(SendGridSignature::message(refused).isEmpty());
        EXPECT_FALSE(SendGridSignature::code(refused).isEmpty());
    }
}

TEST_F(SendGridSignatureTest, AKeyThatIsNotABase64P256PublicKeyIsNamed)
{
    const QByteArray signature = signer.sign(kT, kBody);
    // Made with `openssl ecparam -name secp384r1` and `openssl genpkey -algorithm RSA`, as base64 DER.
    const QByteArray p384
            = "MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXl02n3LtN/QqxkqIuR3H6ZVP7WaA80qMsNAZc1okjjrtuDLnWKy6iy11UOU5"
              "xBkaVdjXUE/YvEWi2OtxM1bKY2k3ZWqPGjbT4UsykfyBkTj6Anzs+JMhGZ857ejflY1+";
    const QByteArray rsa
            = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDON1k9YOFwLZHDXYYgSL5JqqkDyOIffd8t1MBgBSOS4XdUYkmC43lQ"
              "2E5hKHkd+4edTol91yDTemXJjChCBClm0Hg8NqYfV8lPuaB07qylRnGzbAR1XNTpZzYq3EopBFVR2MuLZjNZ3PTrh4Az"
              "q16A4kF85UMHQOJgSKIx586ReQIDAQAB";
    for (const QByteArray &key : {QByteArray("not a key"), signer.publicKeyBase64().left(40), p384, rsa,
                 QByteArray("MFkwEwYHKoZIzj0CAQ=="), QByteArray(" ")}) {
        EXPECT_EQ(verdict(signature, kT, kBody, key), Verdict::KeyInvalid) << key.toStdString();
        const Status checked = SendGridSignature::checkPublicKey(key);
        ASSERT_FALSE(checked);
        EXPECT_EQ(checked.error().field, u"sendgrid/webhookPublicKey"_s);
    }
    EXPECT_EQ(SendGridSignature::code(Verdict::KeyInvalid), u"key_invalid"_s);
}
