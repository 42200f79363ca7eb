#include "Helpers.h"
#include "TestDatabase.h"

#include "api/ApiTrafficRecorder.h"
#include "api/ApiTrafficTally.h"
#include "dashboard/DailyAggregates.h"
#include "dashboard/DashboardJson.h"
#include "dashboard/KpiCatalogue.h"
#include "storage/Database.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

constexpr qint64 kMsPerHour = 3'600'000;

qint64 at(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

TEST(ApiTrafficTallyTest, KeepsResponseTimesToTwoSignificantDigitsRoundedUp)
{
    EXPECT_EQ(ApiTrafficTally::latencyBucket(-3), 0);
    EXPECT_EQ(ApiTrafficTally::latencyBucket(0), 0);
    EXPECT_EQ(ApiTrafficTally::latencyBucket(99), 99);
    EXPECT_EQ(ApiTrafficTally::latencyBucket(100), 100);
    EXPECT_EQ(ApiTrafficTally::latencyBucket(101), 110);
    EXPECT_EQ(ApiTrafficTally::latencyBucket(999), 1000);
    EXPECT_EQ(ApiTrafficTally::latencyBucket(1234), 1300);
    EXPECT_EQ(ApiTrafficTally::latencyBucket(1300), 1300);
    EXPECT_EQ(ApiTrafficTally::latencyBucket(987'654), 990'000);
    // Never below the time taken, and at most a tenth above it.
    for (qint64 ms = 0; ms < 200'000; ms += 7) {
        const qint64 kept = ApiTrafficTally::latencyBucket(ms);
        ASSERT_GE(kept, ms);
        ASSERT_LE(kept * 10, ms * 11 + 10) << ms;
    }
}

TEST(ApiTrafficTallyTest, CountsPerHourEndpointAndStatusAndEmptiesWhenTaken)
{
    const QDate day(2026, 11, 30);
    ApiTrafficTally tally;
    EXPECT_TRUE(tally.isEmpty());
    tally.add(u"orders.create"_s, 201, false, 12, at(day, 10, 1));
    tally.add(u"orders.create"_s, 201, true, 3, at(day, 10, 59));
    tally.add(u"orders.create"_s, 201, false, 12, at(day, 11));
    tally.add(u"orders.delete"_s, 404, false, 1, at(day, 11)); // not an endpoint: counted as unrouted
    tally.add(u"orders.get"_s, 42, false, 1, at(day, 11)); // not a status: counted as 500
    ApiTrafficBatch batch = tally.take();
    EXPECT_TRUE(tally.isEmpty());
    EXPECT_TRUE(tally.take().isEmpty());
    EXPECT_EQ(batch.requests(), 5);
    const qint64 ten = at(day, 10) / kMsPerHour;
    ASSERT_EQ(batch.hourly.size(), 4);
    EXPECT_EQ(batch.hourly.value({ten, u"orders.create"_s, 201}).requests, 2);
    EXPECT_EQ(batch.hourly.value({ten, u"orders.create"_s, 201}).replays, 1);
    EXPECT_EQ(batch.hourly.value({ten + 1, u"orders.create"_s, 201}).requests, 1);
    EXPECT_EQ(batch.hourly.value({ten + 1, u"unrouted"_s, 404}).requests, 1);
    EXPECT_EQ(batch.hourly.value({ten + 1, u"orders.get"_s, 500}).requests, 1);
    const qint64 dayNumber = DailyAggregates::dayNumber(day);
    EXPECT_EQ(batch.latency.value({dayNumber, 12}), 2);
    EXPECT_EQ(batch.latency.value({dayNumber, 1}), 2);

    // A batch that could not be recorded goes back and adds to what came since.
    tally.add(u"orders.create"_s, 201, false, 12, at(day, 10, 30));
    tally.putBack(batch);
    const ApiTrafficBatch again = tally.take();
    EXPECT_EQ(again.requests(), 6);
    EXPECT_EQ(again.hourly.value({ten, u"orders.create"_s, 201}).requests, 3);
    EXPECT_EQ(again.latency.value({dayNumber, 12}), 3);
}

class ApiTrafficTest : public ::testing::Test {
protected:
    Database &database() { return db.session().database(); }

    qint64 rows(const QString &table)
    {
        auto query = database().query(u"SELECT COUNT(*) AS n FROM %1"_s.arg(table));
        EXPECT_TRUE(query && query->next());
        return query ? query->integer(u"n") : -1;
    }

    TestDatabase db;
    const QDate day{2026, 11, 30};
};

TEST_F(ApiTrafficTest, TheDashboardReadsWhatTheServersRecorded)
{
    // Two batches (two servers, or one server's consecutive batches) add up in the same hours.
    ApiTrafficTally first;
    for (int i = 0; i < 3; ++i)
        first.add(u"orders.create"_s, 201, i == 2, 40, at(day, 10, i)); // the third replays the second's key
    first.add(u"orders.create"_s, 402, false, 900, at(day, 10, 5)); // a declined card: not an API error
    first.add(u"orders.create"_s, 409, false, 30, at(day, 10, 6)); // out of stock: not an API error
    first.add(u"orders.get"_s, 401, false, 1, at(day, 10, 7));
    ApiTrafficTally second;
    for (int i = 0; i < 4; ++i)
        second.add(u"orders.create"_s, 201, false, 45, at(day, 11, i));
    second.add(u"orders.create"_s, 201, false, 45, at(day, 10, 30));
    second.add(u"orders.list"_s, 503, false, 2, at(day, 11, 9));
    second.add(u"unrouted"_s, 404, false, 0, at(day, 11, 9));
    for (int i = 0; i < 8; ++i)
        second.add(u"products.availability"_s, 200, false, 5, at(day, 12, i));
    ASSERT_TRUE(ApiTrafficRecorder(database()).record(first.take()));
    ASSERT_TRUE(ApiTrafficRecorder(database()).record(second.take()));
    ASSERT_TRUE(ApiTrafficRecorder(database()).record(ApiTrafficBatch{})); // nothing to add: no transaction
    EXPECT_EQ(rows(u"api_hourly_requests"_s), 8);

    auto snapshot = db.session().dashboard().snapshot({day, day}, u"USD"_s);
    ASSERT_TRUE(snapshot) << describe(snapshot.error());
    const KpiFigures &now = snapshot->current;
    EXPECT_EQ(now.apiRequests, 21);
    EXPECT_EQ(now.apiErrors, 3); // 401, 503, 404
    ASSERT_TRUE(now.apiErrorRate.has_value());
    EXPECT_DOUBLE_EQ(*now.apiErrorRate, 3.0 / 21.0);
    EXPECT_EQ(now.apiOrders, 7); // 3 + 1 + 4 answered 201 at once, less the replay
    EXPECT_EQ(now.apiOrdersBusiestHour, 4); // 10:00 has 2 new + 1 from the second server = 3; 11:00 has 4
    // Sorted: 0, 1, 2, 5 ×8, 30, 40 ×3, 45 ×5, 900: the 20th of 21 (nearest rank 95%) is 45.
    EXPECT_EQ(now.apiP95Ms, 45);
    EXPECT_EQ(KpiCatalogue::current(Kpi::ApiOrders, *snapshot), KpiValue(qint64(7)));
    EXPECT_EQ(KpiCatalogue::current(Kpi::ApiResponseP95, *snapshot), KpiValue(qint64(45)));
    const QJsonObject json = DashboardJson::toJson(now);
    EXPECT_EQ(json.value(u"apiOrders"_s).toInteger(), 7);
    EXPECT_EQ(json.value(u"apiOrdersBusiestHour"_s).toInteger(), 4);
    EXPECT_EQ(json.value(u"apiErrors"_s).toInteger(), 3);
    EXPECT_EQ(json.value(u"apiResponseP95Ms"_s).toInteger(), 45);

    // The day before had no API traffic: no rate and no percentile, not zeros.
    const KpiFigures &before = snapshot->previous;
    EXPECT_EQ(before.apiRequests, 0);
    EXPECT_FALSE(before.apiErrorRate.has_value());
    EXPECT_FALSE(before.apiP95Ms.has_value());
    EXPECT_EQ(KpiCatalogue::previous(Kpi::ApiErrorRate, *snapshot), KpiValue());

    // The next day does not see the 21 requests.
    auto next = db.session().dashboard().snapshot({day.addDays(1), day.addDays(1)}, u"USD"_s);
    ASSERT_TRUE(next) << describe(next.error());
    EXPECT_EQ(next->current.apiRequests, 0);
    EXPECT_EQ(next->previous.apiRequests, 21);
}

TEST_F(ApiTrafficTest, ABatchTheSchemaRefusesWritesNothing)
{
    ApiTrafficTally tally;
    tally.add(u"orders.create"_s, 201, false, 10, at(day, 9));
    ApiTrafficBatch batch = tally.take();
    // What the tally never makes (it counts unknown endpoints as unrouted), the schema refuses all the same.
    batch.hourly.insert({at(day, 10) / kMsPerHour, u"orders.delete"_s, 200}, {1, 0});
    const Status recorded = ApiTrafficRecorder(database()).record(batch);
    ASSERT_FALSE(recorded);
    EXPECT_EQ(rows(u"api_hourly_requests"_s), 0);
    EXPECT_EQ(rows(u"api_daily_latency"_s), 0);

    // More replays than requests is not a count either.
    ApiTrafficBatch replays;
    replays.hourly.insert({at(day, 10) / kMsPerHour, u"orders.create"_s, 201}, {1, 2});
    replays.latency.insert({DailyAggregates::dayNumber(day), 10}, 1);
    EXPECT_FALSE(ApiTrafficRecorder(database()).record(replays));
    EXPECT_EQ(rows(u"api_hourly_requests"_s), 0);
    EXPECT_EQ(rows(u"api_daily_latency"_s), 0);
}

} // namespace
