#include "api/ApiTrafficTally.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace shipshape {
namespace {

constexpr qint64 kMsPerHour = 3'600'000;
constexpr qint64 kMsPerDay = 86'400'000;

} // namespace

qint64 ApiTrafficBatch::requests() const
{
    qint64 total = 0;
    for (const HourlyCount &count : hourly)
        total += count.requests;
    return total;
}

void ApiTrafficBatch::merge(const ApiTrafficBatch &other)
{
    for (auto it = other.hourly.cbegin(); it != other.hourly.cend(); ++it) {
        HourlyCount &count = hourly[it.key()];
        count.requests += it->requests;
        count.replays += it->replays;
    }
    for (auto it = other.latency.cbegin(); it != other.latency.cend(); ++it)
        latency[it.key()] += it.value();
}

void ApiTrafficTally::add(const QString &endpoint, int status, bool replayed, qint64 durationMs, qint64 atMs)
{
    const bool known = std::any_of(std::begin(kEndpoints), std::end(kEndpoints),
            [&endpoint](const char *name) { return endpoint == QLatin1StringView(name); });
    const qint64 at = std::max<qint64>(atMs, 0);
    ApiTrafficBatch::HourlyCount &count = m_batch.hourly[{at / kMsPerHour,
            known ? endpoint : QStringLiteral("unrouted"), status >= 100 && status <= 599 ? status : 500}];
    ++count.requests;
    if (replayed)
        ++count.replays;
    ++m_batch.latency[{at / kMsPerDay, latencyBucket(durationMs)}];
}

ApiTrafficBatch ApiTrafficTally::take()
{
    return std::exchange(m_batch, {});
}

qint64 ApiTrafficTally::latencyBucket(qint64 durationMs)
{
    if (durationMs < 100)
        return std::max<qint64>(durationMs, 0);
    qint64 step = 1;
    while (durationMs / step >= 100)
        step *= 10;
    return (durationMs + step - 1) / step * step;
}

} // namespace shipshape
