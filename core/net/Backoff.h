#pragma once

#include <QRandomGenerator>

#include <chrono>
#include <optional>

namespace shipshape {

// When to try again after a failed call to a provider: exponential backoff with jitter, capped, for a
// limited number of attempts. A value type so that every provider client (SendGrid, Stripe) shares it.
struct RetryPolicy {
    std::chrono::milliseconds base{30'000}; // delay after the first failure
    std::chrono::milliseconds maximum{6 * 3600'000}; // no delay grows beyond this
    double jitter = 0.2; // up to this fraction is taken off at random
    int maxAttempts = 8; // attempts in one round before giving up
};

// Computes delays for a RetryPolicy. The random source is seeded explicitly so tests can predict it;
// the delay is a pure number, never a sleep: callers add it to their Clock's now.
class Backoff {
public:
    explicit Backoff(RetryPolicy policy, std::optional<quint32> seed = std::nullopt);

    [[nodiscard]] const RetryPolicy &policy() const { return m_policy; }
    // Delay before attempt number `failedAttempts + 1`, after `failedAttempts` (>= 1) failures.
    [[nodiscard]] std::chrono::milliseconds delayAfter(int failedAttempts);
    // True when `attempts` have been made and the policy allows no more.
    [[nodiscard]] bool exhausted(int attempts) const { return attempts >= m_policy.maxAttempts; }

private:
    RetryPolicy m_policy;
    QRandomGenerator m_random;
};

} // namespace shipshape
