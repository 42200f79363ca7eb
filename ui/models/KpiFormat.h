#pragma once

#include "common/Money.h"
#include "dashboard/KpiCatalogue.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace shipshape {

// How a KPI moved against the previous period, ready to show.
struct KpiChange {
    enum class Direction {
        None, // nothing to compare (no figure in either period)
        Up,
        Down,
        Flat,
        New // nothing in the previous period, something now
    };
    Direction direction = Direction::None;
    QString text; // "▲ 12.5%", "▼ 1.2 pp", "new", "no change"
};

// Formatting of dashboard figures for people: amounts from Money's exact minor units, ratios and
// durations with the locale's digits. Nothing here divides by a value that can be zero unchecked.
class KpiFormat {
    Q_DECLARE_TR_FUNCTIONS(KpiFormat)

public:
    // "USD 1,234.50"; an amount without a currency (an empty database) is shown as a plain 0.
    static QString money(const Money &amount, const QLocale &locale = {});
    static QString count(qint64 value, const QLocale &locale = {});
    // 0.9512 -> "95.1%".
    static QString percent(double ratio, const QLocale &locale = {});
    // A count's share of a whole, rounded half up to tenths of a percent in integers: (49, 1000) -> "4.9%".
    static QString share(qint64 part, qint64 whole, const QLocale &locale = {});
    // 420 -> "420 ms", 1420 -> "1.42 s".
    static QString duration(qint64 milliseconds, const QLocale &locale = {});
    // How long something has waited: "3 d 4 h", "5 h 12 min", "12 min", "under a minute".
    static QString age(qint64 seconds);

    // Relative change of a count or amount in percent; "new" when the previous figure was zero.
    static KpiChange relative(qint64 current, qint64 previous, const QLocale &locale = {});
    static KpiChange relative(
            std::optional<qint64> current, std::optional<qint64> previous, const QLocale &locale = {});
    // Change of a ratio in percentage points (a relative change of a rate reads wrongly: 50% -> 55% is
    // +5 pp, not +10%).
    static KpiChange points(std::optional<double> current, std::optional<double> previous, const QLocale &locale = {});

    // A catalogue KPI's figure formatted as its kind says (money, count, percent, duration); empty when there
    // is no figure (nothing measured, or a ratio that is not a number).
    static QString value(KpiKind kind, const KpiValue &value, const QLocale &locale = {});
    // How a catalogue KPI moved as its kind says: percentage points for ratios, percent for the rest.
    static KpiChange change(
            KpiKind kind, const KpiValue &current, const KpiValue &previous, const QLocale &locale = {});
    // A KPI's target threshold as people read it ("95%", "2 s"); empty for a KPI without a target.
    static QString targetThreshold(Kpi kpi, const QLocale &locale = {});
};

} // namespace shipshape
