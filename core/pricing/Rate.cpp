#include "pricing/Rate.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<Rate> Rate::parsePercent(const QString &text, const QString &field)
{
    const QString s = text.trimmed();
    const auto invalid = [&] {
        return fail(Error::invalid(field, text,
                tr("%1: \"%2\" is not a percentage between 0 and 100 (at most four decimals, e.g. 12.5).")
                        .arg(field, text)));
    };
    if (s.isEmpty())
        return invalid();
    qint64 whole = 0;
    qint64 fraction = 0;
    int fractionDigits = 0;
    int integerDigits = 0;
    bool seenPoint = false;
    for (const QChar c : s) {
        if (c == u'.' && !seenPoint) {
            seenPoint = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return invalid();
        const int digit = c.unicode() - u'0';
        if (seenPoint) {
            if (++fractionDigits > kPercentDecimals)
                return invalid();
            fraction = fraction * 10 + digit;
        } else {
            if (++integerDigits > 3)
                return invalid();
            whole = whole * 10 + digit;
        }
    }
    if ((integerDigits == 0 && fractionDigits == 0) || (seenPoint && fractionDigits == 0))
        return invalid();
    for (int i = fractionDigits; i < kPercentDecimals; ++i)
        fraction *= 10;
    // One percent is 10,000 parts per million, and four decimals of a percent are exactly one part each.
    const qint64 ppm = whole * 10'000 + fraction;
    if (ppm > kWhole)
        return invalid();
    return Rate(ppm);
}

QString Rate::toPercentString() const
{
    QString text = QString::number(m_ppm / 10'000);
    qint64 fraction = m_ppm % 10'000;
    if (fraction == 0)
        return text;
    QString digits = u"%1"_s.arg(fraction, kPercentDecimals, 10, QChar(u'0'));
    while (digits.endsWith(u'0'))
        digits.chop(1);
    return text + u'.' + digits;
}

} // namespace shipshape
