#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace shipshape {

// An ISO 4217 currency: its three-letter code and how many minor-unit digits it has.
class Currency {
    Q_DECLARE_TR_FUNCTIONS(Currency)

public:
    Currency() = default;

    // Accepts the ISO code in any letter case; unknown codes are refused.
    static Result<Currency> fromCode(const QString &code);

    [[nodiscard]] const QString &code() const { return m_code; }
    [[nodiscard]] int minorDigits() const { return m_minorDigits; }
    [[nodiscard]] bool isValid() const { return !m_code.isEmpty(); }
    // 10^minorDigits: the number of minor units in one major unit.
    [[nodiscard]] qint64 minorPerMajor() const;

    friend bool operator==(const Currency &a, const Currency &b) { return a.m_code == b.m_code; }

private:
    Currency(QString code, int minorDigits) : m_code(std::move(code)), m_minorDigits(minorDigits) {}

    QString m_code;
    int m_minorDigits = 0;
};

} // namespace shipshape
