// The dashboard's API figures from the real server: what it answered is counted as it answers and recorded
// every few seconds and when it shuts down (ApiTrafficTally, ApiTrafficRecorder, migration 35).

#include "ApiServerFixture.h"
#include "Printers.h"
#include "api/OrderApi.h"

#include "dashboard/DashboardService.h"
#include "storage/Database.h"

#include <QSet>
#include <QSignalSpy>

#include <algorithm>
#include <iterator>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::api;
using namespace shipshape::api::test_support;

namespace {

class ApiTrafficServerTest : public ApiServerTest {
protected:
    // Yesterday and today in UTC, so a test that runs across midnight still sees all it did.
    KpiFigures figuresOfToday()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        auto snapshot = db.session().dashboard().snapshot({today.addDays(-1), today}, u"USD"_s);
        EXPECT_TRUE(snapshot) << describe(snapshot.error());
        return snapshot ? snapshot->current : KpiFigures{};
    }
    qint64 recordedRequests()
    {
        auto query
                = db.session().database().query(u"SELECT COALESCE(SUM(requests), 0) AS n FROM api_hourly_requests"_s);
        EXPECT_TRUE(query && query->next());
        return query ? query->integer(u"n") : -1;
    }
};

// Each route is counted under its own name: one the tally does not know would silently count as unrouted.
TEST(ApiTrafficEndpointTest, EveryRouteHasANameTheFiguresKnow)
{
    using Endpoint = OrderApi::Endpoint;
    QSet<QString> names;
    for (const Endpoint endpoint : {Endpoint::PlaceOrder, Endpoint::ListOrders, Endpoint::GetOrder,
                 Endpoint::CancelOrder, Endpoint::ProductAvailability, Endpoint::StripeWebhook,
                 Endpoint::SendGridWebhook, Endpoint::TwilioWebhook}) {
        const QString name = OrderApi::endpointKey(endpoint);
        EXPECT_NE(name, u"unrouted"_s);
        EXPECT_TRUE(std::any_of(std::begin(ApiTrafficTally::kEndpoints), std::end(ApiTrafficTally::kEndpoints),
                [&name](const char *known) { return name == QLatin1StringView(known); }))
                << name.toStdString();
        names.insert(name);
    }
    EXPECT_EQ(names.size(), 8) << "two routes share a name";
}

TEST_F(ApiTrafficServerTest, WhatTheServerAnsweredReachesTheDashboardWhenItStops)
{
    ASSERT_EQ(post(placeBody(u"W-1"_s, 1), "traffic-key-1").status, 201);
    const HttpAnswer replay = post(placeBody(u"W-1"_s, 1), "traffic-key-1");
    ASSERT_EQ(replay.status, 201) << replay;
    ASSERT_EQ(replay.headers.value("idempotent-replayed"), "true");
    ASSERT_EQ(post(placeBody(u"W-1"_s, 50)).status, 409); // out of stock: the shop's answer, not an API error
    ASSERT_EQ(call("GET", u"/v1/products/W-2/availability"_s).status, 200);
    ASSERT_EQ(call("GET", u"/v1/nothing"_s).status, 404);
    ASSERT_EQ(call("GET", u"/v1/orders"_s, {}, "not-a-token").status, 401);

    QSignalSpy stopped(server.get(), &ApiServer::stopped);
    server->shutdown();
    ASSERT_TRUE(stopped.wait(10000) || stopped.size() == 1);

    const KpiFigures figures = figuresOfToday();
    EXPECT_EQ(figures.apiRequests, 6);
    EXPECT_EQ(figures.apiOrders, 1); // the replay is the same order
    EXPECT_EQ(figures.apiOrdersBusiestHour, 1);
    EXPECT_EQ(figures.apiErrors, 2); // 404 and 401
    ASSERT_TRUE(figures.apiErrorRate.has_value());
    EXPECT_DOUBLE_EQ(*figures.apiErrorRate, 2.0 / 6.0);
    ASSERT_TRUE(figures.apiP95Ms.has_value());
    EXPECT_LT(*figures.apiP95Ms, 60'000) << "every answer above came back within the client's 60 s";
    auto endpoints = db.session().database().query(
            u"SELECT endpoint, status, SUM(requests) AS requests, SUM(replays) AS replays FROM api_hourly_requests "
            "GROUP BY endpoint, status ORDER BY endpoint, status"_s);
    ASSERT_TRUE(endpoints);
    QStringList seen;
    while (endpoints->next()) {
        seen << u"%1 %2 %3/%4"_s.arg(endpoints->text(u"endpoint"))
                        .arg(endpoints->integer(u"status"))
                        .arg(endpoints->integer(u"requests"))
                        .arg(endpoints->integer(u"replays"));
    }
    EXPECT_EQ(seen,
            (QStringList{u"orders.create 201 2/1"_s, u"orders.create 409 1/0"_s, u"orders.list 401 1/0"_s,
                    u"products.availability 200 1/0"_s, u"unrouted 404 1/0"_s}));
}

TEST_F(ApiTrafficServerTest, CountsAreRecordedWhileTheServerRuns)
{
    ApiServerOptions options = defaults();
    options.trafficInterval = std::chrono::milliseconds(20);
    server.reset();
    startServer(options);
    ASSERT_EQ(call("GET", u"/v1/products/W-2/availability"_s).status, 200);
    ASSERT_EQ(call("GET", u"/v1/products/W-1/availability"_s).status, 200);
    // Recorded by the server's timer, not by a shutdown: wait for it while the server runs.
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (recordedRequests() == 2)
            loop.quit();
    });
    poll.start(10);
    QTimer::singleShot(std::chrono::seconds(30), &loop, &QEventLoop::quit);
    loop.exec();
    EXPECT_EQ(recordedRequests(), 2);
    EXPECT_EQ(figuresOfToday().apiRequests, 2);
    EXPECT_EQ(figuresOfToday().apiErrors, 0);

    // A later request adds to the same hour; shutting down records it.
    ASSERT_EQ(call("GET", u"/v1/products/W-1/availability"_s).status, 200);
    QSignalSpy stopped(server.get(), &ApiServer::stopped);
    server->shutdown();
    ASSERT_TRUE(stopped.wait(10000) || stopped.size() == 1);
    EXPECT_EQ(recordedRequests(), 3);
}

} // namespace
