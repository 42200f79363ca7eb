#include "notification/SendGridSignature.h"

#include <openssl/ec.h>
#include <openssl/ecdsa.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

struct PkeyFree {
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct DigestFree {
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
struct SignatureFree {
    void operator()(ECDSA_SIG *signature) const { ECDSA_SIG_free(signature); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;

// Base64 that must decode whole (no stray characters); PEM armour and line breaks are tolerated, so a
// key pasted from SendGrid's page or from a .pem file both work.
QByteArray strictBase64(QByteArray text)
{
    text = text.trimmed();
    if (text.startsWith("-----BEGIN PUBLIC KEY-----") && text.endsWith("-----END PUBLIC KEY-----"))
        text = text.mid(26, text.size() - 26 - 24);
    text = text.simplified().replace(' ', QByteArray());
    if (text.isEmpty())
        return {};
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

// The key, or null when it is not an EC P-256 SubjectPublicKeyInfo in DER taking all of the bytes.
Pkey parseKey(const QByteArray &publicKeyBase64)
{
    const QByteArray der = strictBase64(publicKeyBase64);
    if (der.isEmpty() || der.size() > 4096)
        return nullptr;
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    Pkey key(d2i_PUBKEY(nullptr, &cursor, long(der.size())));
    const bool whole = key && cursor == reinterpret_cast<const unsigned char *>(der.constData()) + der.size();
    char group[64] = {};
    size_t groupLength = 0;
    const bool p256 = key && EVP_PKEY_get_base_id(key.get()) == EVP_PKEY_EC
            && EVP_PKEY_get_group_name(key.get(), group, sizeof group, &groupLength) == 1
            && QByteArray(group, qsizetype(groupLength)) == "prime256v1";
    ERR_clear_error();
    return whole && p256 ? std::move(key) : nullptr;
}

// Digits only (toLongLong would take "+12" or " 12").
bool digitsOnly(const QByteArray &value)
{
    bool ok = !value.isEmpty() && value.size() <= 12;
    for (char c : value)
        ok = ok && c >= '0' && c <= '9';
    return ok;
}

// A DER ECDSA-Sig-Value (SEQUENCE of r and s) that takes all of the bytes.
bool wellFormedSignature(const QByteArray &der)
{
    if (der.isEmpty() || der.size() > 256)
        return false;
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<ECDSA_SIG, SignatureFree> signature(d2i_ECDSA_SIG(nullptr, &cursor, long(der.size())));
    const bool whole = signature && cursor == reinterpret_cast<const unsigned char *>(der.constData()) + der.size();
    ERR_clear_error();
    return whole;
}

} // namespace

SendGridSignature::Check SendGridSignature::verify(const QByteArray &signatureHeader, const QByteArray &timestampHeader,
        const QByteArray &body, const QByteArray &publicKeyBase64, const QDateTime &now, std::chrono::seconds tolerance)
{
    Check check;
    const QByteArray signatureText = signatureHeader.trimmed();
    const QByteArray timestamp = timestampHeader.trimmed();
    if (signatureText.isEmpty() || timestamp.isEmpty()) {
        check.verdict = Verdict::Missing;
        return check;
    }
    const Pkey key = parseKey(publicKeyBase64);
    if (!key) {
        check.verdict = Verdict::KeyInvalid;
        return check;
    }
    const QByteArray signature = strictBase64(signatureText);
    if (!digitsOnly(timestamp) || !wellFormedSignature(signature)) {
        check.verdict = Verdict::Malformed;
        return check;
    }
    check.timestamp = timestamp.toLongLong();
    const qint64 age = now.toSecsSinceEpoch() - check.timestamp;
    if (age > tolerance.count() || -age > tolerance.count()) {
        check.verdict = Verdict::OutsideTolerance;
        return check;
    }
    // The signed bytes are the timestamp header exactly as sent, then the body exactly as sent.
    const QByteArray signedBytes = timestamp + body;
    std::unique_ptr<EVP_MD_CTX, DigestFree> context(EVP_MD_CTX_new());
    const bool verified = context && EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) == 1
            && EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                       size_t(signature.size()), reinterpret_cast<const unsigned char *>(signedBytes.constData()),
                       size_t(signedBytes.size()))
                    == 1;
    ERR_clear_error();
    check.verdict = verified ? Verdict::Valid : Verdict::Mismatch;
    return check;
}

Status SendGridSignature::checkPublicKey(const QByteArray &publicKeyBase64)
{
    if (parseKey(publicKeyBase64))
        return {};
    return fail(Error::invalid(u"sendgrid/webhookPublicKey"_s, {}, message(Verdict::KeyInvalid)));
}

QString SendGridSignature::code(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return {};
    case Verdict::Missing:
        return u"signature_missing"_s;
    case Verdict::Malformed:
        return u"signature_malformed"_s;
    case Verdict::OutsideTolerance:
        return u"signature_expired"_s;
    case Verdict::Mismatch:
        return u"signature_mismatch"_s;
    case Verdict::KeyInvalid:
        return u"key_invalid"_s;
    }
    return u"signature_mismatch"_s;
}

QString SendGridSignature::message(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return {};
    case Verdict::Missing:
        return tr("The X-Twilio-Email-Event-Webhook-Signature or X-Twilio-Email-Event-Webhook-Timestamp header is "
                  "missing.");
    case Verdict::Malformed:
        return tr("The X-Twilio-Email-Event-Webhook-Timestamp header is not a number of seconds, or the "
                  "X-Twilio-Email-Event-Webhook-Signature header is not a base64 DER ECDSA signature.");
    case Verdict::OutsideTolerance:
        return tr("The X-Twilio-Email-Event-Webhook-Timestamp is more than %n second(s) away from the server's time.",
                nullptr, int(kTolerance.count()));
    case Verdict::Mismatch:
        return tr("The signature does not verify over the timestamp and body with this shop's SendGrid public key.");
    case Verdict::KeyInvalid:
        return tr("The SendGrid webhook public key (sendgrid/webhookPublicKey or "
                  "SHIPSHAPE_SENDGRID_WEBHOOK_PUBLIC_KEY) is not a base64 EC P-256 public key as SendGrid shows it.");
    }
    return {};
}

} // namespace shipshape
