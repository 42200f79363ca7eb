#pragma once

#include <QDate>
#include <QDateTime>

namespace shipshape {

// A run of whole days, both ends included. Days are UTC calendar days: the daily aggregates are keyed
// by them, so every desktop sees the same figures whatever its time zone.
struct DashboardPeriod {
    QDate from;
    QDate to;

    [[nodiscard]] bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    [[nodiscard]] qint64 days() const { return from.daysTo(to) + 1; }
    // The same number of days just before this period (what the KPI cards compare against).
    [[nodiscard]] DashboardPeriod previous() const { return {from.addDays(-days()), from.addDays(-1)}; }
    // [start of `from`, start of the day after `to`) in UTC.
    [[nodiscard]] QDateTime start() const { return from.startOfDay(Qt::UTC); }
    [[nodiscard]] QDateTime end() const { return to.addDays(1).startOfDay(Qt::UTC); }

    // The last `days` days up to and including `today`.
    static DashboardPeriod lastDays(qint64 days, QDate today) { return {today.addDays(1 - days), today}; }

    friend bool operator==(const DashboardPeriod &, const DashboardPeriod &) = default;
};

} // namespace shipshape
