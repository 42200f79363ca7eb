// Money::parse reads what staff type and what files and JSON carry. Property: whatever it accepts it
// writes back (toDecimalString) as text it reads as the same amount, in a currency with 0, 2 or 3
// fraction digits.

#include "FuzzCheck.h"

#include "common/Money.h"

#include <QLocale>

#include <cstdint>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    static const QStringList codes = {u"USD"_s, u"JPY"_s, u"BHD"_s, u"EUR"_s};
    auto currency = Currency::fromCode(codes.at(data[0] % codes.size()));
    fuzz::check(currency.has_value(), "the fixed currencies are known");
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    auto parsed = Money::parse(text, *currency, u"amount"_s);
    if (!parsed) {
        fuzz::check(!parsed.error().message.isEmpty(), "a refusal says why", text);
        return 0;
    }
    const QString written = parsed->toDecimalString();
    auto again = Money::parse(written, *currency, u"amount"_s);
    fuzz::check(again.has_value(), "what parse accepted, written back, parses", text + u" -> "_s + written);
    fuzz::check(*again == *parsed, "the round trip keeps the amount", text + u" -> "_s + written);
    fuzz::check(!parsed->toDisplayString(QLocale(QLocale::German)).isEmpty(), "every amount displays", written);
    return 0;
}
