#pragma once

#include <QMap>
#include <QString>

#include <tuple>

namespace shipshape {

// The counts ApiTrafficTally gathered since it was last emptied, as migration 35 keeps them: per UTC hour,
// endpoint and HTTP status, the requests answered and the replays among them; per UTC day and response
// time (rounded up to two significant digits), the requests that took it.
struct ApiTrafficBatch {
    struct HourlyKey {
        qint64 hour = 0; // milliseconds since the epoch / 3,600,000
        QString endpoint;
        int status = 0;
        friend bool operator<(const HourlyKey &a, const HourlyKey &b)
        {
            return std::tie(a.hour, a.endpoint, a.status) < std::tie(b.hour, b.endpoint, b.status);
        }
    };
    struct HourlyCount {
        qint64 requests = 0;
        qint64 replays = 0;
    };
    struct LatencyKey {
        qint64 day = 0; // milliseconds since the epoch / 86,400,000
        qint64 durationMs = 0;
        friend bool operator<(const LatencyKey &a, const LatencyKey &b)
        {
            return std::tie(a.day, a.durationMs) < std::tie(b.day, b.durationMs);
        }
    };

    QMap<HourlyKey, HourlyCount> hourly;
    QMap<LatencyKey, qint64> latency;

    [[nodiscard]] bool isEmpty() const { return hourly.isEmpty(); }
    [[nodiscard]] qint64 requests() const;
    // Adds `other`'s counts to these (a batch that could not be recorded goes back into the tally).
    void merge(const ApiTrafficBatch &other);
};

// What the Order API server answered, counted in memory as it answers (on the server's thread) and handed
// to ApiTrafficRecorder every few seconds, so that counting costs a request no database write.
class ApiTrafficTally {
public:
    // The endpoints migration 35 knows, as OrderApi routes them; "unrouted" for a path or method it has not.
    static constexpr const char *kEndpoints[] = {"orders.create", "orders.list", "orders.get", "orders.cancel",
            "products.availability", "webhooks.stripe", "webhooks.sendgrid", "webhooks.twilio", "unrouted"};

    // One answered request: `replayed` when the answer repeated an earlier one (Idempotency-Key), `atMs`
    // when it was answered (milliseconds since the epoch, UTC). An endpoint migration 35 does not know
    // is counted as "unrouted"; a status outside 100..599 as 500.
    void add(const QString &endpoint, int status, bool replayed, qint64 durationMs, qint64 atMs);

    // Everything counted so far; the tally is empty afterwards.
    [[nodiscard]] ApiTrafficBatch take();
    // Puts back a batch that could not be recorded, to go with the next one.
    void putBack(const ApiTrafficBatch &batch) { m_batch.merge(batch); }
    [[nodiscard]] bool isEmpty() const { return m_batch.isEmpty(); }

    // A response time as migration 35 keeps it: exact below 100 ms, otherwise rounded up to two significant
    // digits (1,234 ms is 1,300), so a day has at most a few hundred latency rows and a percentile read
    // from them is never below the true one and at most 10% above it.
    [[nodiscard]] static qint64 latencyBucket(qint64 durationMs);

private:
    ApiTrafficBatch m_batch;
};

} // namespace shipshape
