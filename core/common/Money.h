#pragma once

#include "common/Currency.h"

#include <QCoreApplication>

namespace shipshape {

// An amount of money: integer minor units (cents) plus its currency. Never floating point.
// Arithmetic refuses mixed currencies and overflow instead of producing a wrong number.
class Money {
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    Money() = default;
    Money(qint64 minorUnits, Currency currency) : m_minor(minorUnits), m_currency(std::move(currency)) {}

    static Money zero(const Currency &currency) { return Money(0, currency); }

    // Exact decimal parsing: "29.99", "-3.5", "1000", and "29,99" with a decimal comma. More fraction
    // digits than the currency has, exponents, grouping separators and anything else are refused.
    // `field` names the input in errors.
    static Result<Money> parse(
            const QString &text, const Currency &currency, const QString &field = QStringLiteral("amount"));

    [[nodiscard]] qint64 minorUnits() const { return m_minor; }
    [[nodiscard]] const Currency &currency() const { return m_currency; }
    [[nodiscard]] bool isZero() const { return m_minor == 0; }
    [[nodiscard]] bool isNegative() const { return m_minor < 0; }

    [[nodiscard]] Result<Money> plus(const Money &other) const;
    [[nodiscard]] Result<Money> minus(const Money &other) const;
    [[nodiscard]] Result<Money> times(qint64 factor) const;

    // "29.99" — the plain decimal form used in files, JSON and the database-facing layers.
    [[nodiscard]] QString toDecimalString() const;
    // "USD 1,234.50" in the given locale's digit grouping, for people.
    [[nodiscard]] QString toDisplayString(const QLocale &locale) const;

    friend bool operator==(const Money &a, const Money &b) = default;

private:
    qint64 m_minor = 0;
    Currency m_currency;
};

} // namespace shipshape
