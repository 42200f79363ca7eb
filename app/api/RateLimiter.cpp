#include "api/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace shipshape::api {

std::optional<std::chrono::seconds> RateLimiter::take(const QString &subject, std::chrono::milliseconds now)
{
    auto found = m_buckets.find(subject);
    if (found == m_buckets.end())
        found = m_buckets.insert(subject, Bucket{m_burst, now});
    Bucket &bucket = *found;
    const double elapsed = double(std::max<qint64>(0, (now - bucket.at).count())) / 1000.0;
    bucket.tokens = std::min(m_burst, bucket.tokens + elapsed * m_perSecond);
    bucket.at = now;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return std::nullopt;
    }
    const double wait = (1.0 - bucket.tokens) / m_perSecond;
    return std::chrono::seconds(std::max<qint64>(1, qint64(std::ceil(wait))));
}

} // namespace shipshape::api
