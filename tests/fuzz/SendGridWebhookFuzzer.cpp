// SendGrid's Event Webhook comes from anyone who can reach the Order API: its two headers and its body. Input:
// the timestamp header, a newline, the signature header, a newline, the body. Properties: every refusal has
// words; an accepted delivery is recent; a batch that parses has an id, a type and a time for every event, and
// one that does not names the offending field.

#include "FuzzCheck.h"

#include "notification/SendGridSignature.h"
#include "notification/SendGridWebhookEvents.h"

#include <QDateTime>

#include <cstdint>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // The public key of tests/core/SendGridSignatureTest's known answer (made with the openssl command line).
    static const QByteArray key = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAECBnUpK3gZL4oDmmezkvrn2xh5B0Bj4GpnAA3uY0411dO"
                                  "DxKnmsliIPG35LjzjkwYGX68q5wjtRZwGHdDSbMuvg=="_ba;
    static const QDateTime now = QDateTime::fromSecsSinceEpoch(1'764'979'500, Qt::UTC);
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QList<QByteArray> parts = input.split('\n');
    const QByteArray timestamp = parts.value(0);
    const QByteArray signature = parts.value(1);
    const qsizetype bodyStart = timestamp.size() + signature.size() + 2;
    const QByteArray body = bodyStart <= input.size() ? input.mid(bodyStart) : QByteArray();

    const auto check = SendGridSignature::verify(signature, timestamp, body, key, now);
    fuzz::check(check.isValid() || !SendGridSignature::message(check.verdict).isEmpty(), "every refusal has words");
    fuzz::check(check.verdict != SendGridSignature::Verdict::KeyInvalid, "the shop's key is always a key");
    if (check.isValid()) {
        fuzz::check(qAbs(check.timestamp - now.toSecsSinceEpoch()) <= SendGridSignature::kTolerance.count(),
                "an accepted delivery is recent", QString::number(check.timestamp));
    }
    // The key itself comes from a setting: whatever it holds, checking it never crashes.
    (void) SendGridSignature::checkPublicKey(signature);

    const auto events = SendGridWebhookEvents::parse(body);
    if (events) {
        fuzz::check(!events->isEmpty(), "a batch has events");
        for (const SendGridEvent &event : *events) {
            fuzz::check(!event.eventId.isEmpty() && event.eventId.size() <= 255, "every event has its id");
            fuzz::check(!event.event.isEmpty(), "every event has its type");
            fuzz::check(event.at.isValid(), "every event has its time");
        }
    } else {
        fuzz::check(!events.error().field.isEmpty(), "a refused batch names the field", QString::fromUtf8(body));
    }
    return 0;
}
