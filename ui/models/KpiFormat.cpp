#include "models/KpiFormat.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

std::optional<qint64> wholeNumber(const KpiValue &value)
{
    if (const auto *number = std::get_if<qint64>(&value))
        return *number;
    if (const auto *money = std::get_if<Money>(&value))
        return money->minorUnits();
    return std::nullopt;
}

std::optional<double> ratio(const KpiValue &value)
{
    const auto *number = std::get_if<double>(&value);
    return number ? std::optional<double>(*number) : std::nullopt;
}

KpiChange changeFrom(double delta, const QString &magnitude)
{
    // Anything that rounds to zero at one decimal is "no change": an arrow for 0.0% would mislead.
    if (std::abs(delta) < 0.05)
        return {KpiChange::Direction::Flat, KpiFormat::tr("no change")};
    if (delta > 0)
        return {KpiChange::Direction::Up, u"▲ "_s + magnitude};
    return {KpiChange::Direction::Down, u"▼ "_s + magnitude};
}

} // namespace

QString KpiFormat::money(const Money &amount, const QLocale &locale)
{
    if (!amount.currency().isValid())
        return locale.toString(amount.minorUnits());
    return amount.toDisplayString(locale);
}

QString KpiFormat::count(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

QString KpiFormat::share(qint64 part, qint64 whole, const QLocale &locale)
{
    if (whole <= 0 || part < 0)
        return tr("n/a");
    if (part > 0 && part * 2000 < whole)
        return tr("under %1").arg(locale.toString(0.1, 'f', 1) + locale.percent());
    const qint64 tenths = (part * 2000 + whole) / (2 * whole); // round half up
    return locale.toString(tenths / 10) + locale.decimalPoint() + locale.toString(tenths % 10) + locale.percent();
}

QString KpiFormat::percent(double ratio, const QLocale &locale)
{
    if (!std::isfinite(ratio))
        return tr("n/a");
    // A share too small to show at one decimal is still not nothing.
    if (ratio > 0 && ratio < 0.0005)
        return tr("under %1").arg(locale.toString(0.1, 'f', 1) + locale.percent());
    return locale.toString(ratio * 100.0, 'f', 1) + locale.percent();
}

QString KpiFormat::duration(qint64 milliseconds, const QLocale &locale)
{
    if (milliseconds < 1000)
        return tr("%1 ms").arg(locale.toString(milliseconds));
    if (milliseconds % 1000 == 0)
        return tr("%1 s").arg(locale.toString(milliseconds / 1000));
    return tr("%1 s").arg(locale.toString(double(milliseconds) / 1000.0, 'f', 2));
}

QString KpiFormat::age(qint64 seconds)
{
    if (seconds < kMinute)
        return tr("under a minute");
    if (seconds < kHour)
        return tr("%L1 min").arg(seconds / kMinute);
    if (seconds < kDay)
        return tr("%L1 h %2 min").arg(seconds / kHour).arg((seconds % kHour) / kMinute);
    return tr("%L1 d %2 h").arg(seconds / kDay).arg((seconds % kDay) / kHour);
}

KpiChange KpiFormat::relative(qint64 current, qint64 previous, const QLocale &locale)
{
    if (previous == 0) {
        if (current == 0)
            return {KpiChange::Direction::Flat, tr("no change")};
        return {KpiChange::Direction::New, tr("new")};
    }
    // A ratio of two figures, for display only; the figures themselves stay exact.
    const double delta = 100.0 * (double(current) - double(previous)) / std::abs(double(previous));
    return changeFrom(delta, locale.toString(std::abs(delta), 'f', 1) + locale.percent());
}

KpiChange KpiFormat::relative(std::optional<qint64> current, std::optional<qint64> previous, const QLocale &locale)
{
    if (!current)
        return {};
    if (!previous)
        return {KpiChange::Direction::New, tr("new")};
    return relative(*current, *previous, locale);
}

KpiChange KpiFormat::points(std::optional<double> current, std::optional<double> previous, const QLocale &locale)
{
    if (!current || !std::isfinite(*current))
        return {};
    if (!previous || !std::isfinite(*previous))
        return {KpiChange::Direction::New, tr("new")};
    const double delta = 100.0 * (*current - *previous);
    return changeFrom(delta, tr("%1 pp").arg(locale.toString(std::abs(delta), 'f', 1)));
}

QString KpiFormat::value(KpiKind kind, const KpiValue &value, const QLocale &locale)
{
    switch (kind) {
    case KpiKind::Money:
        if (const auto *amount = std::get_if<Money>(&value))
            return money(*amount, locale);
        break;
    case KpiKind::Count:
        if (const auto *number = std::get_if<qint64>(&value))
            return count(*number, locale);
        break;
    case KpiKind::Ratio:
        if (const auto *number = std::get_if<double>(&value); number && std::isfinite(*number))
            return percent(*number, locale);
        break;
    case KpiKind::Milliseconds:
        if (const auto *number = std::get_if<qint64>(&value))
            return duration(*number, locale);
        break;
    }
    return {};
}

KpiChange KpiFormat::change(KpiKind kind, const KpiValue &current, const KpiValue &previous, const QLocale &locale)
{
    if (kind == KpiKind::Ratio)
        return points(ratio(current), ratio(previous), locale);
    return relative(wholeNumber(current), wholeNumber(previous), locale);
}

QString KpiFormat::targetThreshold(Kpi kpi, const QLocale &locale)
{
    const KpiDefinition &definition = KpiCatalogue::definition(kpi);
    if (!definition.target)
        return {};
    const double threshold = definition.target->threshold;
    switch (definition.kind) {
    case KpiKind::Ratio: {
        // Targets are round numbers: 95%, not 95.0%.
        const double percentage = std::round(threshold * 1000.0) / 10.0;
        return (percentage == std::floor(percentage) ? locale.toString(qint64(percentage))
                                                     : locale.toString(percentage, 'f', 1))
                + locale.percent();
    }
    case KpiKind::Milliseconds:
        return duration(qint64(threshold), locale);
    case KpiKind::Count:
        return count(qint64(threshold), locale);
    case KpiKind::Money:
        break; // no money KPI has a target (it would need a currency)
    }
    return {};
}

} // namespace shipshape
