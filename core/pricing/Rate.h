#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace shipshape {

// A percentage held exactly, in millionths of the whole: 10 % is 100,000; 8.875 % is 88,750. Tax rates and
// percentage discounts use it, so no percentage ever passes through floating point.
class Rate {
    Q_DECLARE_TR_FUNCTIONS(Rate)

public:
    static constexpr qint64 kWhole = 1'000'000; // 100 %
    static constexpr int kPercentDecimals = 4; // "12.3456" is the finest percentage accepted

    Rate() = default;
    static Rate fromPartsPerMillion(qint64 ppm) { return Rate(ppm); }

    // "10", "12.5", "8.875": a percentage between 0 and 100 with at most four decimals. `field` names the
    // input in errors.
    static Result<Rate> parsePercent(const QString &text, const QString &field);

    [[nodiscard]] qint64 partsPerMillion() const { return m_ppm; }
    [[nodiscard]] bool isZero() const { return m_ppm == 0; }
    // "8.875" — the shortest exact decimal percentage.
    [[nodiscard]] QString toPercentString() const;

    friend bool operator==(const Rate &, const Rate &) = default;

private:
    explicit Rate(qint64 ppm) : m_ppm(ppm) {}
    qint64 m_ppm = 0;
};

} // namespace shipshape
