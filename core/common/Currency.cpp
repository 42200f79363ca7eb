#include "common/Currency.h"

#include <array>

namespace shipshape {
namespace {

struct CurrencyInfo {
    const char16_t *code;
    int minorDigits;
};

// The currencies a shop is likely to sell in, with their ISO 4217 minor units.
constexpr std::array kKnownCurrencies{
        CurrencyInfo{u"AED", 2},
        CurrencyInfo{u"AUD", 2},
        CurrencyInfo{u"BGN", 2},
        CurrencyInfo{u"BHD", 3},
        CurrencyInfo{u"BRL", 2},
        CurrencyInfo{u"CAD", 2},
        CurrencyInfo{u"CHF", 2},
        CurrencyInfo{u"CLP", 0},
        CurrencyInfo{u"CNY", 2},
        CurrencyInfo{u"CZK", 2},
        CurrencyInfo{u"DKK", 2},
        CurrencyInfo{u"EUR", 2},
        CurrencyInfo{u"GBP", 2},
        CurrencyInfo{u"HKD", 2},
        CurrencyInfo{u"HUF", 2},
        CurrencyInfo{u"IDR", 2},
        CurrencyInfo{u"ILS", 2},
        CurrencyInfo{u"INR", 2},
        CurrencyInfo{u"ISK", 0},
        CurrencyInfo{u"JOD", 3},
        CurrencyInfo{u"JPY", 0},
        CurrencyInfo{u"KRW", 0},
        CurrencyInfo{u"KWD", 3},
        CurrencyInfo{u"MXN", 2},
        CurrencyInfo{u"MYR", 2},
        CurrencyInfo{u"NOK", 2},
        CurrencyInfo{u"NZD", 2},
        CurrencyInfo{u"OMR", 3},
        CurrencyInfo{u"PHP", 2},
        CurrencyInfo{u"PLN", 2},
        CurrencyInfo{u"RON", 2},
        CurrencyInfo{u"SAR", 2},
        CurrencyInfo{u"SEK", 2},
        CurrencyInfo{u"SGD", 2},
        CurrencyInfo{u"THB", 2},
        CurrencyInfo{u"TND", 3},
        CurrencyInfo{u"TRY", 2},
        CurrencyInfo{u"TWD", 2},
        CurrencyInfo{u"UAH", 2},
        CurrencyInfo{u"USD", 2},
        CurrencyInfo{u"VND", 0},
        CurrencyInfo{u"ZAR", 2},
};

} // namespace

Result<Currency> Currency::fromCode(const QString &code)
{
    const QString upper = code.trimmed().toUpper();
    for (const auto &info : kKnownCurrencies) {
        if (upper == QStringView(info.code))
            return Currency(upper, info.minorDigits);
    }
    return fail(Error::invalid(QStringLiteral("currency"), code,
            tr("Unknown currency \"%1\": use an ISO 4217 code such as USD or EUR.").arg(code)));
}

qint64 Currency::minorPerMajor() const
{
    qint64 factor = 1;
    for (int i = 0; i < m_minorDigits; ++i)
        factor *= 10;
    return factor;
}

} // namespace shipshape
