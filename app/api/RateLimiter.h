#pragma once

#include <QHash>
#include <QString>

#include <chrono>
#include <optional>

namespace shipshape::api {

// A token bucket per token subject: `burst` requests at once, refilled at `perSecond`. Used on the
// server's thread only. Times come from the caller (a monotonic clock), so tests need no sleeping.
class RateLimiter {
public:
    RateLimiter(double perSecond, double burst) : m_perSecond(perSecond), m_burst(burst) {}

    // Nothing when the request may go ahead; else how long until it could (the Retry-After).
    std::optional<std::chrono::seconds> take(const QString &subject, std::chrono::milliseconds now);

private:
    struct Bucket {
        double tokens = 0;
        std::chrono::milliseconds at{0};
    };
    double m_perSecond;
    double m_burst;
    QHash<QString, Bucket> m_buckets;
};

} // namespace shipshape::api
