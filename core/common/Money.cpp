#include "common/Money.h"

#include <QLocale>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

Error mixedCurrencies(const Money &a, const Money &b)
{
    return Error::conflict(
            Money::tr("Cannot combine amounts in %1 and %2.").arg(a.currency().code(), b.currency().code()),
            QStringLiteral("currency"), b.currency().code());
}

Error overflow()
{
    return Error::invalid(QStringLiteral("amount"), {}, Money::tr("The amount is too large."));
}

} // namespace

Result<Money> Money::parse(const QString &text, const Currency &currency, const QString &field)
{
    const auto invalid = [&](const QString &why) { return fail(Error::invalid(field, text, why)); };
    if (!currency.isValid())
        return invalid(tr("No currency given for amount \"%1\".").arg(text));

    const QString s = text.trimmed();
    if (s.isEmpty())
        return invalid(tr("%1: an amount is required.").arg(field));

    qsizetype pos = 0;
    bool negative = false;
    if (s.at(0) == u'-' || s.at(0) == u'+') {
        negative = s.at(0) == u'-';
        pos = 1;
    }

    qint64 major = 0;
    qint64 fraction = 0;
    int integerDigits = 0;
    int fractionDigits = 0;
    bool seenPoint = false;
    for (; pos < s.size(); ++pos) {
        const QChar c = s.at(pos);
        // A decimal comma too, as people type it in most of Europe ("4,95"); one separator at most, so
        // "1,000.00" is refused rather than guessed at, and "1,000" has too many decimals for cents.
        if ((c == u'.' || c == u',') && !seenPoint) {
            seenPoint = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return invalid(
                    tr("%1: \"%2\" is not a decimal amount (use digits and a decimal point or comma, e.g. 29.99).")
                            .arg(field, text));
        const int digit = c.unicode() - u'0';
        if (seenPoint) {
            ++fractionDigits;
            if (fractionDigits > currency.minorDigits()) {
                return invalid(tr("%1: \"%2\" has more than %n decimal place(s), which %3 does not allow.", nullptr,
                        currency.minorDigits())
                                       .arg(field, text, currency.code()));
            }
            fraction = fraction * 10 + digit;
        } else {
            ++integerDigits;
            if (major > (std::numeric_limits<qint64>::max() - digit) / 10)
                return invalid(tr("%1: \"%2\" is too large.").arg(field, text));
            major = major * 10 + digit;
        }
    }
    if (integerDigits == 0 && fractionDigits == 0)
        return invalid(tr("%1: \"%2\" is not a decimal amount (use digits and a decimal point or comma, e.g. 29.99).")
                               .arg(field, text));
    if (seenPoint && fractionDigits == 0)
        return invalid(tr("%1: \"%2\" ends with a decimal point.").arg(field, text));

    for (int i = fractionDigits; i < currency.minorDigits(); ++i)
        fraction *= 10;
    qint64 minor = 0;
    if (__builtin_mul_overflow(major, currency.minorPerMajor(), &minor)
            || __builtin_add_overflow(minor, fraction, &minor))
        return invalid(tr("%1: \"%2\" is too large.").arg(field, text));
    return Money(negative ? -minor : minor, currency);
}

Result<Money> Money::plus(const Money &other) const
{
    if (!(m_currency == other.m_currency))
        return fail(mixedCurrencies(*this, other));
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum))
        return fail(overflow());
    return Money(sum, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (!(m_currency == other.m_currency))
        return fail(mixedCurrencies(*this, other));
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &difference))
        return fail(overflow());
    return Money(difference, m_currency);
}

Result<Money> Money::times(qint64 factor) const
{
    qint64 product = 0;
    if (__builtin_mul_overflow(m_minor, factor, &product))
        return fail(overflow());
    return Money(product, m_currency);
}

QString Money::toDecimalString() const
{
    const qint64 per = m_currency.minorPerMajor();
    // Work on the magnitude as unsigned so that the most negative value still prints.
    const quint64 magnitude = m_minor < 0 ? 0ULL - static_cast<quint64>(m_minor) : static_cast<quint64>(m_minor);
    const auto perUnsigned = static_cast<quint64>(per);
    QString result = m_minor < 0 ? u"-"_s : QString();
    result += QString::number(magnitude / perUnsigned);
    if (m_currency.minorDigits() > 0)
        result += u'.' + QString::number(magnitude % perUnsigned).rightJustified(m_currency.minorDigits(), u'0');
    return result;
}

QString Money::toDisplayString(const QLocale &locale) const
{
    const qint64 per = m_currency.minorPerMajor();
    const quint64 magnitude = m_minor < 0 ? 0ULL - static_cast<quint64>(m_minor) : static_cast<quint64>(m_minor);
    const auto perUnsigned = static_cast<quint64>(per);
    QString number = locale.toString(magnitude / perUnsigned);
    if (m_currency.minorDigits() > 0) {
        number += locale.decimalPoint()
                + QString::number(magnitude % perUnsigned).rightJustified(m_currency.minorDigits(), u'0');
    }
    if (m_minor < 0)
        number.prepend(locale.negativeSign());
    return m_currency.code() + u' ' + number;
}

} // namespace shipshape
