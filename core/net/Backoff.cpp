#include "net/Backoff.h"

#include <algorithm>

namespace shipshape {

Backoff::Backoff(RetryPolicy policy, std::optional<quint32> seed)
    : m_policy(policy), m_random(seed ? *seed : QRandomGenerator::global()->generate())
{}

std::chrono::milliseconds Backoff::delayAfter(int failedAttempts)
{
    const int exponent = std::clamp(failedAttempts - 1, 0, 30);
    const qint64 base = m_policy.base.count();
    const qint64 cap = m_policy.maximum.count();
    // Doubling stops at the cap before it can overflow.
    qint64 delay = base;
    for (int i = 0; i < exponent && delay < cap; ++i)
        delay *= 2;
    delay = std::min(delay, cap);
    // Jitter spreads retries of many rows that failed together (an outage) over time.
    const double jitter = std::clamp(m_policy.jitter, 0.0, 1.0);
    const double cut = jitter * m_random.generateDouble();
    delay -= static_cast<qint64>(static_cast<double>(delay) * cut);
    return std::chrono::milliseconds(std::max<qint64>(delay, 0));
}

} // namespace shipshape
