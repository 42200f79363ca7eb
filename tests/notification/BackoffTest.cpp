#include "net/Backoff.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace shipshape;

TEST(Backoff, GrowsExponentiallyWithBoundedJitterAndACap)
{
    RetryPolicy policy;
    policy.base = std::chrono::seconds(10);
    policy.maximum = std::chrono::seconds(300);
    policy.jitter = 0.0;
    Backoff exact(policy, 1);
    EXPECT_EQ(exact.delayAfter(1).count(), 10'000);
    EXPECT_EQ(exact.delayAfter(2).count(), 20'000);
    EXPECT_EQ(exact.delayAfter(4).count(), 80'000);
    EXPECT_EQ(exact.delayAfter(10).count(), 300'000);
    EXPECT_EQ(exact.delayAfter(1000).count(), 300'000) << "no overflow";

    policy.jitter = 0.5;
    Backoff jittered(policy, 7);
    Backoff same(policy, 7);
    for (int attempt = 1; attempt <= 8; ++attempt) {
        const auto delay = jittered.delayAfter(attempt);
        EXPECT_EQ(delay, same.delayAfter(attempt)) << "a seed makes it reproducible";
        const qint64 full = std::min<qint64>(10'000LL << (attempt - 1), 300'000);
        EXPECT_LE(delay.count(), full);
        EXPECT_GE(delay.count(), full / 2);
    }
    EXPECT_TRUE(exact.exhausted(8));
    EXPECT_FALSE(exact.exhausted(7));
}
