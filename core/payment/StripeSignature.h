#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>

namespace shipshape {

// Stripe's webhook signature (the `Stripe-Signature` header, "t=1700000000,v1=hex[,v1=hex…]"): an
// HMAC-SHA256 with the endpoint's secret (whsec_…, the whole string is the key) over
// "<t>.<raw body>". A signature is accepted when the timestamp lies within the tolerance of `now` (either
// way: a timestamp from the future is as suspect as a stale one) and any one of the v1 values matches,
// compared in constant time. Other schemes (v0) are ignored, as Stripe's libraries do. Pure: no clock,
// no I/O, so every case is a unit test.
class StripeSignature {
    Q_DECLARE_TR_FUNCTIONS(StripeSignature)

public:
    static constexpr std::chrono::seconds kTolerance{300};

    enum class Verdict {
        Valid,
        Missing, // no header, or an empty one
        Malformed, // no t=, a t that is not a number, no v1=
        OutsideTolerance, // t too far from now (replayed or forged later)
        Mismatch, // no v1 matches (tampered body, wrong secret)
    };
    struct Check {
        Verdict verdict = Verdict::Missing;
        qint64 timestamp = 0; // seconds since the epoch, when the header had one

        [[nodiscard]] bool isValid() const { return verdict == Verdict::Valid; }
    };

    static Check verify(const QByteArray &header, const QByteArray &body, const QByteArray &secret,
            const QDateTime &now, std::chrono::seconds tolerance = kTolerance);
    // The v1 value (lower-case hex) for a timestamp and body: what Stripe sends, and what tests sign with.
    static QByteArray v1(qint64 timestamp, const QByteArray &body, const QByteArray &secret);
    // A whole header value "t=…,v1=…", as Stripe would send it.
    static QByteArray header(qint64 timestamp, const QByteArray &body, const QByteArray &secret);
    // Stable codes for the answer to a refused signature: signature_missing, signature_malformed,
    // signature_expired, signature_mismatch.
    static QString code(Verdict verdict);
    static QString message(Verdict verdict);
    // Equal lengths and bytes, in time that depends only on the lengths.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};

} // namespace shipshape
