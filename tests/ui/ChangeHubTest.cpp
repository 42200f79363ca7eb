// The app's one change hub: changes published by a session on a worker thread, by the background jobs
// and by the change feed reach the GUI thread through it, each once, and the pages refresh from it.
#include "background/ChangeHub.h"
#include "Helpers.h"
#include "ScopedSettings.h"
#include "ScriptedHttpServer.h"
#include "TestDatabase.h"
#include "background/SessionWorker.h"
#include "models/OrderTableModel.h"
#include "models/ProductTableModel.h"
#include "session/BackgroundJobs.h"
#include "sync/ChangeFeed.h"
#include "views/InventoryView.h"
#include "views/OrdersView.h"
#include "windows/MainWindow.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

constexpr int kWaitMs = 10000;

// What the hub said, in order, and whether any of it came on another thread than the hub's.
struct HeardChanges {
    explicit HeardChanges(ChangeHub &hub)
    {
        QObject::connect(&hub, &ChangeHub::orderChanged, &context, [this, &hub](qint64 number) {
            orders.append(number);
            offThread = offThread || QThread::currentThread() != hub.thread();
        });
        QObject::connect(&hub, &ChangeHub::stockChanged, &context, [this, &hub](const QString &sku) {
            skus.append(sku);
            offThread = offThread || QThread::currentThread() != hub.thread();
        });
    }
    [[nodiscard]] QStringList sortedSkus() const
    {
        QStringList sorted = skus;
        sorted.sort();
        return sorted;
    }

    QObject context;
    QList<qint64> orders;
    QStringList skus;
    bool offThread = false;
};

// Runs `job` on the worker and waits for its result; everything the job's session announced has reached
// the hub by then (it was queued to this thread before the result). nullopt: no answer in time.
template <typename Job>
auto runOn(SessionWorker &worker, Job job)
{
    using JobResult = std::invoke_result_t<Job &, Session &>;
    std::optional<JobResult> answer;
    QObject context;
    worker.run(std::move(job), &context, [&answer](const JobResult &result) { answer = result; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, kWaitMs))
        ADD_FAILURE() << "the worker did not answer";
    return answer;
}

// Waits until the worker has finished every job queued before.
bool drain(SessionWorker &worker)
{
    const auto answer = runOn(worker, [](Session &) -> Result<bool> { return true; });
    return answer.has_value();
}

Result<qint64> placeOrder(Session &session, const QList<test::Line> &lines)
{
    auto placed = session.orders().place(test::placeRequest(lines));
    if (!placed)
        return fail(placed.error());
    return placed->number;
}

TEST(ChangeHubTest, AnOrderPlacedOnAWorkersSessionArrivesOnceOnTheGuiThread)
{
    test::TestDatabase db;
    test::addProduct(db.session(), u"MUG-1"_s, u"12.50"_s, 10);
    test::addProduct(db.session(), u"TEE-1"_s, u"29.99"_s, 10);
    SessionWorker worker(db.url());
    ChangeHub hub;
    hub.listenTo(worker);
    HeardChanges heard(hub);

    QList<qint64> heardBeforeTheResult;
    std::optional<Result<qint64>> placed;
    QObject context;
    worker.run(
            [](Session &session) {
                return placeOrder(session, {{u"MUG-1"_s, 2}, {u"TEE-1"_s, 1}});
            },
            &context,
            [&](const Result<qint64> &result) {
                heardBeforeTheResult = heard.orders;
                placed = result;
            });
    ASSERT_TRUE(QTest::qWaitFor([&] { return placed.has_value(); }, kWaitMs));
    ASSERT_TRUE(*placed) << placed->error().message.toStdString();
    EXPECT_EQ(heardBeforeTheResult, QList<qint64>{**placed}) << "the change arrives before the job's result";

    // One more job on the same worker: whatever the first one published has arrived by its result.
    ASSERT_TRUE(drain(worker));
    // Placing writes the order, two reservations and a timeline row: one change of the order, one of
    // each product.
    EXPECT_EQ(heard.orders, QList<qint64>{**placed});
    EXPECT_EQ(heard.sortedSkus(), (QStringList{u"MUG-1"_s, u"TEE-1"_s}));
    EXPECT_FALSE(heard.offThread);
}

TEST(ChangeHubTest, EveryWorkersSessionAndTheGuiSessionReachTheSameHub)
{
    test::TestDatabase db;
    test::addProduct(db.session(), u"MUG-1"_s, u"12.50"_s, 10);
    SessionWorker orders(db.url());
    SessionWorker pages(db.url());
    ChangeHub hub;
    hub.listenTo(db.session().events());
    hub.listenTo(orders);
    hub.listenTo(pages);
    HeardChanges heard(hub);

    const auto first = runOn(orders, [](Session &session) { return placeOrder(session, {{u"MUG-1"_s, 1}}); });
    ASSERT_TRUE(first && *first);
    const auto second = runOn(pages, [](Session &session) { return placeOrder(session, {{u"MUG-1"_s, 1}}); });
    ASSERT_TRUE(second && *second);
    // The GUI thread's own session: heard at once, as its bus publishes.
    auto third = placeOrder(db.session(), {{u"MUG-1"_s, 1}});
    ASSERT_TRUE(third) << third.error().message.toStdString();
    EXPECT_EQ(heard.orders, (QList<qint64>{**first, **second, *third}));

    ASSERT_TRUE(drain(orders));
    ASSERT_TRUE(drain(pages));
    EXPECT_EQ(heard.orders, (QList<qint64>{**first, **second, *third})) << "each once";
    EXPECT_EQ(heard.skus, (QStringList{u"MUG-1"_s, u"MUG-1"_s, u"MUG-1"_s}));
    EXPECT_FALSE(heard.offThread);
}

TEST(ChangeHubTest, AChangeMadeByAnotherClientArrivesThroughTheFeed)
{
    test::TestDatabase db;
    test::addProduct(db.session(), u"MUG-1"_s, u"12.50"_s, 10);
    test::addProduct(db.session(), u"TEE-1"_s, u"29.99"_s, 10);
    ChangeHub hub;
    ChangeFeed &feed = db.session().changeFeed();
    hub.listenTo(feed);
    HeardChanges heard(hub);
    feed.setPollInterval(60 * 60 * 1000); // SQLite: looked at when the test says so (pollNow)
    ASSERT_TRUE(feed.start());

    // Another desktop (another connection to the same database).
    auto elsewhere = db.openAnother();
    auto first = placeOrder(*elsewhere, {{u"MUG-1"_s, 2}});
    ASSERT_TRUE(first) << first.error().message.toStdString();
    const auto heardOrder = [&](qint64 number) {
        feed.pollNow(); // a no-op on PostgreSQL, where the server notifies at commit
        return QTest::qWaitFor([&] { return heard.orders.contains(number); }, kWaitMs);
    };
    ASSERT_TRUE(heardOrder(*first));
    EXPECT_EQ(heard.skus, QStringList{u"MUG-1"_s});

    // A later change is heard after the first (in commit order): by then the first arrived once.
    auto second = placeOrder(*elsewhere, {{u"TEE-1"_s, 1}});
    ASSERT_TRUE(second) << second.error().message.toStdString();
    ASSERT_TRUE(heardOrder(*second));
    EXPECT_EQ(heard.orders, (QList<qint64>{*first, *second}));
    EXPECT_EQ(heard.skus, (QStringList{u"MUG-1"_s, u"TEE-1"_s}));
    EXPECT_FALSE(heard.offThread);
    feed.stop();
}

// The desktop app as main wires it: the window's hub also hears the background jobs, which run on their
// own thread and session. An unpaid order's hold runs out; the jobs cancel it and email the customer;
// the order list and the inventory page show it without the change feed (stopped here).
TEST(ChangeHubTest, TheBackgroundJobsChangesRefreshThePagesThroughTheHub)
{
    test::ScopedSettings settings;
    test::TestDatabase db;
    test::addProduct(db.session(), u"MUG-1"_s, u"12.50"_s, 10);
    qint64 expiring = 0;
    {
        // Placed with a hold that is over at once by the system clock the jobs' session uses.
        SessionOptions options;
        options.reservationHoldMinutes = 0;
        auto desk = Session::open(db.url(), options);
        ASSERT_TRUE(desk) << desk.error().message.toStdString();
        auto placed = placeOrder(**desk, {{u"MUG-1"_s, 2}});
        ASSERT_TRUE(placed) << placed.error().message.toStdString();
        expiring = *placed;
    }
    test::ScriptedHttpServer sendGrid;
    sendGrid.setFallback(test::ScriptedHttpServer::Reply::respond(202, {}, {{"X-Message-Id", "sg-hub"}}));
    const QByteArray oldBase = qgetenv("SHIPSHAPE_SENDGRID_API_BASE");
    qputenv("SHIPSHAPE_SENDGRID_API_BASE", sendGrid.baseUrl().toString().toUtf8());
    const auto restore = qScopeGuard([&] {
        oldBase.isNull() ? qunsetenv("SHIPSHAPE_SENDGRID_API_BASE") : qputenv("SHIPSHAPE_SENDGRID_API_BASE", oldBase);
    });

    MainWindow window(db.session());
    db.session().changeFeed().stop(); // only the hub's other sources are left
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    OrderTableModel *orders = window.ordersView()->orderModel();
    const auto statusShown = [&] {
        const int row = orders->loadedRowOf(expiring);
        const auto order = orders->orderAt(row);
        return order ? order->status : OrderStatus::Pending;
    };
    ASSERT_EQ(statusShown(), OrderStatus::Pending);
    auto *inventory = qobject_cast<InventoryView *>(window.page(MainWindow::Page::Inventory));
    ASSERT_NE(inventory, nullptr);
    ProductTableModel *products = inventory->productModel();
    const auto reservedShown = [&]() -> qint64 {
        const auto product = products->productAt(products->rowOf(u"MUG-1"_s));
        return product ? product->reserved : -1;
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return reservedShown() == 2; }, kWaitMs));
    QSignalSpy outboxChanged(&window.changeHub(), &ChangeHub::outboxChanged);
    HeardChanges heard(window.changeHub());

    QThread jobsThread;
    SessionOptions options;
    options.secrets.sendGridApiKey = u"SG.hub-test"_s;
    auto *jobs = new BackgroundJobs(db.url(), options, std::chrono::hours(1));
    jobs->moveToThread(&jobsThread);
    QObject::connect(&jobsThread, &QThread::started, jobs, &BackgroundJobs::start);
    QObject::connect(&jobsThread, &QThread::finished, jobs, &QObject::deleteLater);
    window.changeHub().listenTo(*jobs);
    jobsThread.start();
    const auto stopJobs = qScopeGuard([&] {
        QMetaObject::invokeMethod(jobs, &BackgroundJobs::stop, Qt::BlockingQueuedConnection);
        jobsThread.quit();
        jobsThread.wait();
    });

    ASSERT_TRUE(QTest::qWaitFor([&] { return statusShown() == OrderStatus::Cancelled; }, kWaitMs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return reservedShown() == 0; }, kWaitMs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !outboxChanged.isEmpty(); }, kWaitMs))
            << "the email round sent the placed and cancelled emails";
    EXPECT_EQ(heard.orders.count(expiring), 1);
    EXPECT_EQ(heard.skus, QStringList{u"MUG-1"_s});
    EXPECT_FALSE(heard.offThread);
}

} // namespace
} // namespace shipshape
