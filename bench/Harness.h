#pragma once

// The small measuring kit shared by every benchmark case: a monotonic stopwatch, resident memory from
// /proc, order statistics, and one JSON line per measured value on stdout (scripts/bench collects the
// lines of many runs and reports medians, spreads and ratios with `shipshape-bench report`).

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <cstdio>

namespace shipshape::bench {

// Wall-clock milliseconds (steady clock, nanosecond resolution).
class Stopwatch {
public:
    Stopwatch() { m_timer.start(); }
    void restart() { m_timer.restart(); }
    [[nodiscard]] double elapsedMs() const { return double(m_timer.nsecsElapsed()) / 1e6; }

private:
    QElapsedTimer m_timer;
};

// Current and peak resident set size of this process, in MiB (VmRSS / VmHWM of /proc/self/status).
double residentMiB();
double peakResidentMiB();

// The p-th percentile (0..100) of `values` by linear interpolation; 0 for an empty list.
double percentile(QList<double> values, double p);
inline double median(const QList<double> &values)
{
    return percentile(values, 50.0);
}

// Prints {"case":..,"metric":..,"value":..,"unit":..} on stdout and flushes it, so that a crash later
// in the run still leaves what was measured so far.
void emitMetric(const QString &benchCase, const QString &metric, double value, const QString &unit);

// Fails the run with a message on stderr (exit code 1).
[[noreturn]] void die(const QString &message);

} // namespace shipshape::bench
