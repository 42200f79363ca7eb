// The server restarts while a client works: the operation in flight fails as Unavailable with nothing
// half-written, the client reconnects by itself and the next operation succeeds.

#include "PgFixture.h"

#include "storage/Database.h"
#include "sync/ChangeFeed.h"
#include "sync/ConnectionMonitor.h"

#include <QEventLoop>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

class RestartTest : public PgTest {};

TEST_F(RestartTest, ServerRestartMidOperationLeavesNoPartialOrderAndTheClientRecovers)
{
    addProduct(admin(), u"RST-1"_s, u"1.00"_s, 100000);
    addProduct(admin(), u"RST-2"_s, u"2.00"_s, 100000);
    ASSERT_TRUE(admin().orders().place(placeRequest({{u"RST-1"_s, 1}})));
    QList<bool> states;
    QObject context;
    QObject::connect(&admin().connectionMonitor(), &ConnectionMonitor::connectionChanged, &context,
            [&](bool connected) { states << connected; });

    QProcess restart;
    cluster().startRestart(restart);
    ASSERT_TRUE(restart.waitForStarted(10000));
    int succeeded = 0;
    int unavailable = 0;
    int attempts = 0;
    // Place two-line orders in a loop for as long as the restart takes (bounded).
    while (restart.state() != QProcess::NotRunning && attempts < 100000) {
        ++attempts;
        auto placed = admin().orders().place(placeRequest({{u"RST-1"_s, 1}, {u"RST-2"_s, 1}}));
        if (placed)
            ++succeeded;
        else if (placed.error().code == ErrorCode::Unavailable)
            ++unavailable;
        else
            ADD_FAILURE() << "unexpected: " << describe(placed.error());
        restart.waitForFinished(0);
        QCoreApplication::processEvents();
    }
    if (restart.state() != QProcess::NotRunning) {
        ASSERT_TRUE(restart.waitForFinished(60000));
    }
    ASSERT_EQ(restart.exitStatus(), QProcess::NormalExit);
    ASSERT_EQ(restart.exitCode(), 0) << restart.readAll().toStdString();
    std::cout << "[ restart  ] during the restart: " << succeeded << " placed, " << unavailable << " unavailable\n";
    EXPECT_GT(unavailable, 0) << "the restart never hit an operation";

    // The next operations work again without reopening anything.
    auto after = admin().orders().place(placeRequest({{u"RST-2"_s, 3}}));
    if (!after) {
        EXPECT_EQ(after.error().code, ErrorCode::Unavailable);
        after = admin().orders().place(placeRequest({{u"RST-2"_s, 3}}));
    }
    ASSERT_TRUE(after) << describe(after.error());
    ASSERT_TRUE(admin().orders().markPaid(QString::number(after->number)));
    EXPECT_TRUE(admin().database().isConnected());
    ASSERT_FALSE(states.isEmpty());
    EXPECT_FALSE(states.first());
    EXPECT_TRUE(states.last());

    Database &database = admin().database();
    EXPECT_EQ(scalar(database,
                      u"SELECT COUNT(*) FROM orders o WHERE line_count <> "
                      "(SELECT COUNT(*) FROM order_lines l WHERE l.order_number = o.number)"_s),
            0);
    EXPECT_EQ(scalar(database,
                      u"SELECT COUNT(*) FROM orders o WHERE NOT EXISTS "
                      "(SELECT 1 FROM order_events e WHERE e.order_number = o.number)"_s),
            0);
    const QStringList violations = conservationViolations(database);
    EXPECT_TRUE(violations.isEmpty()) << violations.join(u"\n"_s).toStdString();
}

TEST_F(RestartTest, ChangeFeedListensAgainAfterReconnecting)
{
    addProduct(admin(), u"RL-1"_s, u"1.00"_s, 10);
    auto listenerSession = openAs(u"postgres"_s);
    ASSERT_TRUE(listenerSession);
    Session &listener = **listenerSession;
    ChangeFeed &feed = listener.changeFeed();
    ASSERT_TRUE(feed.start());
    listener.connectionMonitor().setRetryInterval(100);
    listener.connectionMonitor().setHeartbeatInterval(100);
    QObject context;
    int resyncs = 0;
    QStringList skus;
    QEventLoop loop;
    QObject::connect(&feed, &ChangeFeed::resynchronize, &context, [&] {
        ++resyncs;
        loop.quit();
    });
    QObject::connect(&feed, &ChangeFeed::stockChanged, &context, [&](const QString &sku) {
        skus << sku;
        loop.quit();
    });

    QString problem;
    ASSERT_TRUE(cluster().restart(&problem)) << problem.toStdString();
    // Nobody uses the listener's connection: the monitor's heartbeat notices the loss and reconnects it.
    QTimer::singleShot(10000, &loop, &QEventLoop::quit); // bounded wait for the reconnect
    if (resyncs == 0)
        loop.exec();
    EXPECT_EQ(resyncs, 1);
    EXPECT_TRUE(listener.database().isConnected());

    ASSERT_TRUE(admin().inventory().replenish(u"RL-1"_s, 1, {}) || admin().inventory().replenish(u"RL-1"_s, 1, {}));
    QTimer::singleShot(2000, &loop, &QEventLoop::quit);
    if (skus.isEmpty())
        loop.exec();
    EXPECT_EQ(skus, QStringList{u"RL-1"_s});
}

} // namespace
