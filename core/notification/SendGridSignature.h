#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>

namespace shipshape {

// SendGrid's signed Event Webhook (docs/api.md): an ECDSA P-256 signature with SHA-256 over the bytes of
// the X-Twilio-Email-Event-Webhook-Timestamp header followed by the raw body, sent base64-encoded (DER) in
// X-Twilio-Email-Event-Webhook-Signature, checked against the public key SendGrid shows (base64 DER
// SubjectPublicKeyInfo). Verified with OpenSSL's libcrypto: Qt has no ECDSA. A signature is accepted when
// the timestamp lies within the tolerance of `now` (either way) and the signature verifies. Nothing here is
// secret (the key is public and so is the signature), so no comparison needs to be constant-time; OpenSSL's
// verification itself does not branch on the signature's validity in ways an attacker could use to forge
// one. Pure: no clock, no I/O, so every case is a unit test.
class SendGridSignature {
    Q_DECLARE_TR_FUNCTIONS(SendGridSignature)

public:
    static constexpr std::chrono::seconds kTolerance{300};

    enum class Verdict {
        Valid,
        Missing, // no signature header or no timestamp header
        Malformed, // a timestamp that is not digits, a signature that is not base64 DER ECDSA
        OutsideTolerance, // the timestamp too far from now (replayed or forged later)
        Mismatch, // the signature does not verify (tampered body or timestamp, another key)
        KeyInvalid, // the configured public key is not a base64 DER P-256 public key (a setup mistake)
    };
    struct Check {
        Verdict verdict = Verdict::Missing;
        qint64 timestamp = 0; // seconds since the epoch, when the header had one

        [[nodiscard]] bool isValid() const { return verdict == Verdict::Valid; }
    };

    static Check verify(const QByteArray &signatureHeader, const QByteArray &timestampHeader, const QByteArray &body,
            const QByteArray &publicKeyBase64, const QDateTime &now, std::chrono::seconds tolerance = kTolerance);
    // Whether `publicKeyBase64` is a key SendGrid's signatures can be checked with (an EC P-256
    // SubjectPublicKeyInfo, base64, optionally wrapped in PEM armour): InvalidInput naming the setting.
    static Status checkPublicKey(const QByteArray &publicKeyBase64);
    // Stable codes for the answer to a refused delivery: signature_missing, signature_malformed,
    // signature_expired, signature_mismatch, key_invalid.
    static QString code(Verdict verdict);
    static QString message(Verdict verdict);
};

} // namespace shipshape
