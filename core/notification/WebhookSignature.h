#pragma once

#include <QByteArray>
#include <QString>

namespace shipshape {

// The signature on every webhook Shipshape sends, in Stripe's scheme: the header
//   Shipshape-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>
// Receivers recompute the HMAC over the timestamp, a dot and the raw body, compare in constant time and refuse
// a timestamp too far from their clock (docs/notifications.md has the recipe).
class WebhookSignature {
public:
    static constexpr const char *kHeader = "Shipshape-Signature";
    static constexpr const char *kEventIdHeader = "Shipshape-Event-Id";

    // The hex HMAC-SHA256 of "<timestamp>.<body>" under `secret`.
    static QByteArray sign(const QByteArray &secret, qint64 timestamp, const QByteArray &body);
    // The header's value: "t=<timestamp>,v1=<sign(…)>".
    static QByteArray header(const QByteArray &secret, qint64 timestamp, const QByteArray &body);
    // A fresh secret for a new endpoint: "whsec_" and 32 random bytes in hex, from the system's CSPRNG.
    static QString generateSecret();
};

} // namespace shipshape
