// The Stripe-Signature header of a webhook comes from anyone who can reach the Order API. Input: the
// header, a newline, the body. Property: a header is accepted only when it carries the HMAC of its own
// timestamp and the body under the shop's secret, with that timestamp within the tolerance.

#include "FuzzCheck.h"

#include "payment/StripeSignature.h"

#include <QDateTime>

#include <cstdint>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QByteArray secret = "whsec_fuzz_secret_0123456789abcdef"_ba;
    static const QDateTime now = QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC);
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArray header = newline < 0 ? input : input.left(newline);
    const QByteArray body = newline < 0 ? QByteArray() : input.mid(newline + 1);
    const auto result = StripeSignature::verify(header, body, secret, now);
    fuzz::check(result.isValid() || !StripeSignature::message(result.verdict).isEmpty(), "every refusal has words");
    if (result.isValid()) {
        // Hex digits in either case spell the same signature bytes (found by this fuzzer: "v1=C919…").
        fuzz::check(header.toLower().contains(
                            QByteArray("v1="_ba + StripeSignature::v1(result.timestamp, body, secret)).toLower()),
                "an accepted header carries the body's signature", QString::fromLatin1(header));
        fuzz::check(qAbs(result.timestamp - now.toSecsSinceEpoch()) <= StripeSignature::kTolerance.count(),
                "an accepted header is recent", QString::number(result.timestamp));
    }
    return 0;
}
