// Live updates: a change committed by one client is signalled in another, through LISTEN/NOTIFY on
// PostgreSQL and PRAGMA data_version polling on SQLite.

#include "PgFixture.h"

#include "sync/ChangeFeed.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

class ChangeFeedPgTest : public PgTest {};

TEST_F(ChangeFeedPgTest, ChangesInOneClientAreSignalledInAnotherWithinMilliseconds)
{
    addProduct(admin(), u"LIVE-1"_s, u"1.00"_s, 10);
    auto otherSession = openAs(u"postgres"_s);
    ASSERT_TRUE(otherSession);
    Session &other = **otherSession;
    ChangeFeed &feed = other.changeFeed();
    ASSERT_TRUE(feed.start());

    QStringList seen;
    QElapsedTimer clock;
    qint64 arrivedAtNs = -1;
    QEventLoop loop;
    QObject context;
    QObject::connect(&feed, &ChangeFeed::stockChanged, &context, [&](const QString &sku) {
        seen << u"stock:"_s + sku;
        arrivedAtNs = clock.nsecsElapsed();
        loop.quit();
    });
    QObject::connect(
            &feed, &ChangeFeed::orderChanged, &context, [&](qint64 number) { seen << u"order:%1"_s.arg(number); });

    // An order placed in one client names the order and the product in the other.
    auto placed = admin().orders().place(placeRequest({{u"LIVE-1"_s, 1}}));
    ASSERT_TRUE(placed);
    QTimer::singleShot(2000, &loop, &QEventLoop::quit);
    loop.exec();
    QCoreApplication::processEvents();
    EXPECT_TRUE(seen.contains(u"stock:LIVE-1"_s)) << seen.join(u","_s).toStdString();
    EXPECT_TRUE(seen.contains(u"order:%1"_s.arg(placed->number))) << seen.join(u","_s).toStdString();

    // Latency over many commits: from the start of the committing call to the signal in the other client.
    constexpr int kChanges = 200;
    QList<double> latencies;
    for (int i = 0; i < kChanges; ++i) {
        arrivedAtNs = -1;
        clock.start();
        auto replenished = admin().inventory().replenish(u"LIVE-1"_s, 1, u"live"_s);
        ASSERT_TRUE(replenished);
        if (arrivedAtNs < 0) {
            QTimer timeout;
            timeout.setSingleShot(true);
            QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
            timeout.start(1000); // bounded wait for a real cross-connection signal
            loop.exec();
        }
        ASSERT_GE(arrivedAtNs, 0) << "change " << i << " was not signalled";
        latencies << double(arrivedAtNs) / 1e6;
    }
    const auto [median, p95] = medianAndP95(latencies);
    std::cout << "[ notify   ] " << kChanges << " changes, commit-call start to signal in the other client: median "
              << median << " ms, p95 " << p95 << " ms\n";
    EXPECT_LT(p95, 100.0);

    // The client's own changes are not echoed back (its DomainEventBus already announced them).
    seen.clear();
    ASSERT_TRUE(other.inventory().replenish(u"LIVE-1"_s, 1, u"own"_s));
    QTimer::singleShot(100, &loop, &QEventLoop::quit);
    loop.exec();
    EXPECT_TRUE(seen.isEmpty()) << seen.join(u","_s).toStdString();
}

TEST(ChangeFeedSqliteTest, DataVersionPollingReportsWhatAnotherConnectionChanged)
{
    TestDatabase db; // SQLite file (this executable never sets SHIPSHAPE_TEST_DATABASE)
    ASSERT_FALSE(db.isPostgres());
    addProduct(db.session(), u"POLL-1"_s, u"2.00"_s, 10);
    addProduct(db.session(), u"POLL-2"_s, u"3.00"_s, 10);
    auto other = db.openAnother();
    ChangeFeed &feed = other->changeFeed();
    ASSERT_TRUE(feed.start());
    QSignalSpy orders(&feed, &ChangeFeed::orderChanged);
    QSignalSpy stock(&feed, &ChangeFeed::stockChanged);

    feed.pollNow(); // nothing changed yet
    EXPECT_EQ(orders.count(), 0);
    EXPECT_EQ(stock.count(), 0);

    auto placed = db.session().orders().place(placeRequest({{u"POLL-1"_s, 2}, {u"POLL-2"_s, 1}}));
    ASSERT_TRUE(placed);
    feed.pollNow();
    ASSERT_EQ(orders.count(), 1);
    EXPECT_EQ(orders.at(0).at(0).toLongLong(), placed->number);
    QStringList skus;
    for (const QList<QVariant> &signal : std::as_const(stock))
        skus << signal.at(0).toString();
    skus.sort();
    EXPECT_EQ(skus, (QStringList{u"POLL-1"_s, u"POLL-2"_s}));

    // A change made by the polling connection itself does not change data_version.
    orders.clear();
    stock.clear();
    ASSERT_TRUE(other->inventory().replenish(u"POLL-1"_s, 1, {}));
    feed.pollNow();
    EXPECT_EQ(stock.count(), 0);

    // The timer path, with a bounded wait.
    feed.setPollInterval(20);
    ASSERT_TRUE(db.session().orders().cancel(QString::number(placed->number), CancelReason::Customer, {}));
    ASSERT_TRUE(orders.wait(2000));
    EXPECT_EQ(orders.at(0).at(0).toLongLong(), placed->number);
}

} // namespace
