#include "models/OrderTableModel.h"
#include "TestDatabase.h"
#include "background/ChangeHub.h"
#include "background/SessionWorker.h"
#include "demo/DemoDataGenerator.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

class OrderTableModelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        hub.listenTo(db.session().events());
        DemoDataOptions options;
        options.orders = 1000;
        options.products = 30;
        options.customers = 100;
        options.seed = 11;
        options.now = db.clock().now();
        auto report = DemoDataGenerator::generate(db.session().database(), options);
        ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
    }

    test::TestDatabase db;
    ChangeHub hub;
};

TEST_F(OrderTableModelTest, PassesTheModelTesterAndShowsEveryOrderNewestFirst)
{
    OrderTableModel model(db.session().orders(), &hub);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    ASSERT_EQ(model.rowCount(), 1000);
    EXPECT_EQ(model.index(0, OrderTableModel::Number).data(OrderTableModel::RawValueRole).toLongLong(), 2000);
    // The last row comes from the mirrored query at the far end of the table.
    EXPECT_EQ(model.index(999, OrderTableModel::Number).data(OrderTableModel::RawValueRole).toLongLong(), 1001);
    EXPECT_EQ(model.index(500, OrderTableModel::Number).data(OrderTableModel::RawValueRole).toLongLong(), 1500);
    EXPECT_EQ(model.index(0, OrderTableModel::Number).data().toString(), u"#2000"_s);
}

TEST_F(OrderTableModelTest, SortsByTotalInSqlAcrossPages)
{
    OrderTableModel model(db.session().orders(), &hub);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.sort(OrderTableModel::Total, Qt::AscendingOrder);

    qint64 previous = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 total = model.index(row, OrderTableModel::Total).data(OrderTableModel::RawValueRole).toLongLong();
        ASSERT_GE(total, previous) << "row " << row;
        previous = total;
    }
}

TEST_F(OrderTableModelTest, FiltersByStatusAndSearch)
{
    OrderTableModel model(db.session().orders(), &hub);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    OrderFilter filter;
    filter.statuses = {OrderStatus::Cancelled};
    model.setFilter(filter);
    auto cancelled = db.session().orders().count(filter);
    ASSERT_TRUE(cancelled.has_value());
    ASSERT_GT(*cancelled, 0);
    EXPECT_EQ(model.rowCount(), *cancelled);
    for (int row = 0; row < model.rowCount(); ++row)
        ASSERT_EQ(model.index(row, OrderTableModel::Status).data(OrderTableModel::RawValueRole).toString(),
                u"cancelled"_s);

    filter = {};
    filter.search = u"1234"_s;
    model.setFilter(filter);
    ASSERT_GE(model.rowCount(), 1);
    bool found = false;
    for (int row = 0; row < model.rowCount(); ++row)
        found = found
                || model.index(row, OrderTableModel::Number).data(OrderTableModel::RawValueRole).toLongLong() == 1234;
    EXPECT_TRUE(found);
}

TEST_F(OrderTableModelTest, ChangedOrderUpdatesInPlaceAndNewOrderAppears)
{
    OrderTableModel model(db.session().orders(), &hub);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.index(0, OrderTableModel::Number).data(OrderTableModel::RawValueRole).toLongLong(), 2000);

    // Find a pending or confirmed order among the first rows and cancel it from "elsewhere".
    int row = -1;
    for (int i = 0; i < 50 && row < 0; ++i) {
        const QString status = model.index(i, OrderTableModel::Status).data(OrderTableModel::RawValueRole).toString();
        if (status == u"confirmed"_s || status == u"pending"_s)
            row = i;
    }
    ASSERT_GE(row, 0);
    const qint64 number = model.index(row, OrderTableModel::Number).data(OrderTableModel::RawValueRole).toLongLong();

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    auto cancelled = db.session().orders().cancel(QString::number(number), CancelReason::Customer, u"test"_s);
    ASSERT_TRUE(cancelled.has_value()) << cancelled.error().message.toStdString();
    EXPECT_EQ(reset.count(), 0);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().at(0).value<QModelIndex>().row(), row);
    EXPECT_EQ(model.index(row, OrderTableModel::Status).data(OrderTableModel::RawValueRole).toString(), u"cancelled"_s);
}

// Every order number the model shows, reading row by row (each page as the view would load it).
QList<qint64> shownNumbers(const OrderTableModel &model)
{
    QList<qint64> numbers;
    for (int row = 0; row < model.rowCount(); ++row)
        numbers << model.index(row, OrderTableModel::Number).data(OrderTableModel::RawValueRole).toLongLong();
    return numbers;
}

TEST_F(OrderTableModelTest, CappedFilterShowsTheCapAndFetchesPagesInOrderToTheEnd)
{
    OrderTableModel model(db.session().orders(), &hub);
    model.setCountCap(300);
    OrderFilter filter;
    filter.search = u"SKU-1"_s; // every demo SKU starts so: nearly every order matches
    model.setFilter(filter);
    auto exact = db.session().orders().count(filter);
    ASSERT_TRUE(exact.has_value());
    ASSERT_GT(*exact, 300 + 2 * OrderTableModel::kPageSize);
    auto expected = db.session().orders().list(filter, {}, int(*exact), 0);
    ASSERT_TRUE(expected.has_value());

    EXPECT_EQ(model.rowCount(), 300);
    EXPECT_TRUE(model.isCountCapped());
    EXPECT_EQ(model.knownCount(), 300);
    EXPECT_TRUE(model.canFetchMore({}));

    // The tester fetches a page of its own whenever the model resets; from here on count the growth.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy counted(&model, &OrderTableModel::countChanged);
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        const int grown = model.rowCount() - before;
        ASSERT_TRUE(grown == OrderTableModel::kPageSize || (grown > 0 && model.rowCount() == *exact))
                << "grew by " << grown << " from " << before;
    }
    EXPECT_EQ(model.rowCount(), *exact);
    EXPECT_FALSE(model.isCountCapped());
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_GT(inserted.count(), 0);
    EXPECT_EQ(counted.count(), inserted.count());

    QList<qint64> expectedNumbers;
    for (const OrderSummary &summary : std::as_const(*expected))
        expectedNumbers << summary.number;
    const QList<qint64> shown = shownNumbers(model);
    ASSERT_EQ(shown.size(), expectedNumbers.size());
    for (qsizetype row = 0; row < shown.size(); ++row)
        ASSERT_EQ(shown.at(row), expectedNumbers.at(row)) << "row " << row;

    // At the true end nothing more is fetched.
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), *exact);
}

TEST_F(OrderTableModelTest, CappedFilterReadsForwardsAfterASortAndCountsExactlyOnRequest)
{
    OrderTableModel model(db.session().orders(), &hub);
    model.setCountCap(250);
    OrderFilter filter;
    filter.search = u"SKU-1"_s;
    model.setFilter(filter);
    model.sort(OrderTableModel::Total, Qt::AscendingOrder);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(model.isCountCapped());

    // The last rows shown are the ones that follow the first ones in the sort, not the table's far end.
    auto expected = db.session().orders().list(filter, OrderSort{OrderSortKey::Total, false}, model.rowCount(), 0);
    ASSERT_TRUE(expected.has_value());
    ASSERT_EQ(expected->size(), model.rowCount());
    const int last = model.rowCount() - 1;
    EXPECT_EQ(model.index(last, OrderTableModel::Number).data(OrderTableModel::RawValueRole).toLongLong(),
            expected->at(last).number);

    auto exact = model.countExactly();
    ASSERT_TRUE(exact.has_value());
    EXPECT_EQ(*exact, *db.session().orders().count(filter));
    EXPECT_EQ(model.rowCount(), *exact);
    EXPECT_FALSE(model.isCountCapped());
    EXPECT_FALSE(model.canFetchMore({}));
    // With the exact count the back half is read from the far end again: the same order.
    auto every = db.session().orders().list(filter, OrderSort{OrderSortKey::Total, false}, int(*exact), 0);
    ASSERT_TRUE(every.has_value());
    EXPECT_EQ(
            model.index(model.rowCount() - 1, OrderTableModel::Number).data(OrderTableModel::RawValueRole).toLongLong(),
            every->constLast().number);
}

TEST_F(OrderTableModelTest, CountsBelowTheCapStayExactAndTheUnfilteredListIsNeverCapped)
{
    OrderTableModel model(db.session().orders(), &hub);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCountCap(500);
    EXPECT_EQ(model.rowCount(), 1000); // every order: the kept count, whatever the cap
    EXPECT_FALSE(model.isCountCapped());
    EXPECT_FALSE(model.canFetchMore({}));

    OrderFilter filter;
    filter.statuses = {OrderStatus::Cancelled};
    auto cancelled = db.session().orders().count(filter);
    ASSERT_TRUE(cancelled.has_value());
    ASSERT_GT(*cancelled, 0);
    ASSERT_LT(*cancelled, 500);
    model.setFilter(filter);
    EXPECT_EQ(model.rowCount(), *cancelled);
    EXPECT_FALSE(model.isCountCapped());
    EXPECT_FALSE(model.canFetchMore({}));

    // Exactly the cap is still an exact count.
    model.setCountCap(int(*cancelled));
    EXPECT_EQ(model.rowCount(), *cancelled);
    EXPECT_FALSE(model.isCountCapped());

    // One below: capped, and the first fetch reaches the true end.
    OrderTableModel below(db.session().orders(), &hub);
    below.setCountCap(int(*cancelled) - 1);
    below.setFilter(filter);
    EXPECT_EQ(below.rowCount(), *cancelled - 1);
    EXPECT_TRUE(below.isCountCapped());
    below.fetchMore({});
    EXPECT_EQ(below.rowCount(), *cancelled);
    EXPECT_FALSE(below.isCountCapped());
    EXPECT_FALSE(below.canFetchMore({}));
}

TEST_F(OrderTableModelTest, ChangedOrderInACappedListRefreshesWhatIsShown)
{
    OrderTableModel model(db.session().orders(), &hub);
    model.setCountCap(300);
    OrderFilter filter;
    filter.search = u"SKU-1"_s;
    model.setFilter(filter);
    ASSERT_TRUE(model.isCountCapped());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int rows = model.rowCount();
    int row = -1;
    for (int i = 0; i < 50 && row < 0; ++i) {
        const QString status = model.index(i, OrderTableModel::Status).data(OrderTableModel::RawValueRole).toString();
        if (status == u"confirmed"_s || status == u"pending"_s)
            row = i;
    }
    ASSERT_GE(row, 0);
    const qint64 number = model.index(row, OrderTableModel::Number).data(OrderTableModel::RawValueRole).toLongLong();

    ASSERT_TRUE(model.isCountCapped());

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    auto cancelled = db.session().orders().cancel(QString::number(number), CancelReason::Customer, u"test"_s);
    ASSERT_TRUE(cancelled.has_value()) << cancelled.error().message.toStdString();
    EXPECT_EQ(reset.count(), 0);
    ASSERT_GE(changed.count(), 1);
    EXPECT_EQ(changed.first().at(0).value<QModelIndex>().row(), 0); // every row shown is re-read
    EXPECT_GE(model.rowCount(), rows); // the tester fetches a page whenever data changes
    EXPECT_EQ(model.index(row, OrderTableModel::Number).data(OrderTableModel::RawValueRole).toLongLong(), number);
    EXPECT_EQ(model.index(row, OrderTableModel::Status).data(OrderTableModel::RawValueRole).toString(), u"cancelled"_s);
}

// The number in `row`, asking for its page when it is not at hand; 0 while it is on its way.
qint64 numberIn(const OrderTableModel &model, int row)
{
    return model.index(row, OrderTableModel::Number).data(OrderTableModel::RawValueRole).toLongLong();
}

bool waitForRow(const OrderTableModel &model, int row)
{
    return QTest::qWaitFor([&] { return numberIn(model, row) > 0; }, 20000);
}

TEST_F(OrderTableModelTest, PagesComeFromTheWorkerAndDataNeverReadsTheGuiThreadsConnection)
{
    SessionWorker worker(db.url());
    OrderTableModel model(db.session().orders(), &hub);
    model.setPageWorker(&worker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 1000);
    ASSERT_EQ(numberIn(model, 0), 2000);

    // Closed, the GUI thread's connection fails every query: a page read on it would never come.
    QSqlDatabase guiConnection = db.session().database().connection();
    guiConnection.close();
    const auto reopen = qScopeGuard([&] { guiConnection.open(); });

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // Not at hand: a placeholder at once, and the page is asked for.
    EXPECT_EQ(model.index(500, OrderTableModel::Customer).data().toString(), u"Loading…"_s);
    EXPECT_FALSE(model.index(500, OrderTableModel::Number).data(OrderTableModel::RawValueRole).isValid());
    ASSERT_TRUE(waitForRow(model, 500));
    EXPECT_EQ(numberIn(model, 500), 1500);
    EXPECT_EQ(numberIn(model, 599), 1401);
    // Its rows were announced, once, as the page (rows 400..599) arrived.
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().at(0).value<QModelIndex>().row(), 400);
    EXPECT_EQ(changed.first().at(1).value<QModelIndex>().row(), 599);
    // The far end comes from the mirrored query, also on the worker.
    ASSERT_TRUE(waitForRow(model, 999));
    EXPECT_EQ(numberIn(model, 999), 1001);
    EXPECT_TRUE(model.lastError().isEmpty()) << model.lastError().toStdString();
}

TEST_F(OrderTableModelTest, ASortIsReadOnTheWorkerAndAPageAnswerItSupersedesIsDropped)
{
    SessionWorker worker(db.url());
    OrderTableModel model(db.session().orders(), &hub);
    model.setPageWorker(&worker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(numberIn(model, 0), 2000);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy refreshed(&model, &OrderTableModel::refreshed);
    model.sort(OrderTableModel::Number, Qt::AscendingOrder);
    // The rows shown stay until the sorted ones are in; a page asked for meanwhile is of those rows.
    EXPECT_TRUE(model.isRefreshing());
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(numberIn(model, 0), 2000);
    EXPECT_EQ(numberIn(model, 600), 0); // newest first: 1400 is on its way, behind the sort
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(QTest::qWaitFor([&] { return worker.pendingJobs() == 0; }, 20000));

    // One reset with the sorted first page; the old page came back after it and was dropped.
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(refreshed.count(), 1);
    EXPECT_FALSE(model.isRefreshing());
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(numberIn(model, 0), 1001);
    EXPECT_EQ(numberIn(model, 600), 0);
    ASSERT_TRUE(waitForRow(model, 600));
    EXPECT_EQ(numberIn(model, 600), 1601);
}

TEST_F(OrderTableModelTest, ANewFilterIsCountedOnTheWorkerWhileTheRowsShownStay)
{
    SessionWorker worker(db.url());
    OrderTableModel model(db.session().orders(), &hub);
    model.setPageWorker(&worker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 1000);
    ASSERT_EQ(numberIn(model, 0), 2000);

    OrderFilter cancelled;
    cancelled.statuses = {OrderStatus::Cancelled};
    auto expected = db.session().orders().list(cancelled, {}, 1, 0);
    ASSERT_TRUE(expected.has_value() && !expected->isEmpty());
    auto matches = db.session().orders().count(cancelled);
    ASSERT_TRUE(matches.has_value());

    // Closed, the GUI thread's connection fails every query: the count and first page must come from
    // the worker.
    QSqlDatabase guiConnection = db.session().database().connection();
    guiConnection.close();
    const auto reopen = qScopeGuard([&] { guiConnection.open(); });

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy refreshed(&model, &OrderTableModel::refreshed);
    QSignalSpy counted(&model, &OrderTableModel::countChanged);
    ASSERT_TRUE(model.setFilter(cancelled));
    EXPECT_FALSE(model.setFilter(cancelled)); // asked for already
    EXPECT_TRUE(model.isRefreshing());
    EXPECT_EQ(model.rowCount(), 1000);
    EXPECT_EQ(reset.count(), 0);

    ASSERT_TRUE(refreshed.wait(20000));
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(counted.count(), 1);
    EXPECT_EQ(model.rowCount(), *matches);
    // The first page came with the count: at hand at once.
    EXPECT_EQ(numberIn(model, 0), expected->first().number);
    EXPECT_EQ(model.index(0, OrderTableModel::Status).data(OrderTableModel::RawValueRole).toString(), u"cancelled"_s);
    EXPECT_TRUE(model.lastError().isEmpty()) << model.lastError().toStdString();
}

TEST_F(OrderTableModelTest, FetchingBeyondTheCapCountsOnTheWorker)
{
    SessionWorker worker(db.url());
    OrderTableModel model(db.session().orders(), &hub);
    model.setPageWorker(&worker);
    model.setCountCap(300);
    OrderFilter filter;
    filter.search = u"SKU-1"_s; // nearly every order matches
    auto exact = db.session().orders().count(filter);
    ASSERT_TRUE(exact.has_value());
    ASSERT_GT(*exact, 300 + OrderTableModel::kPageSize);
    QSignalSpy refreshed(&model, &OrderTableModel::refreshed);
    ASSERT_TRUE(model.setFilter(filter));
    ASSERT_TRUE(refreshed.wait(20000));
    ASSERT_EQ(model.rowCount(), 300);
    ASSERT_TRUE(model.isCountCapped());

    QSqlDatabase guiConnection = db.session().database().connection();
    guiConnection.close();
    const auto reopen = qScopeGuard([&] { guiConnection.open(); });

    // Asked for more: nothing at once, a page more when the count is in; asking again meanwhile does nothing.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 300);
    ASSERT_TRUE(inserted.wait(20000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return worker.pendingJobs() == 0; }, 20000));
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(model.rowCount(), 300 + OrderTableModel::kPageSize);
    EXPECT_TRUE(model.isCountCapped());
    EXPECT_TRUE(model.lastError().isEmpty()) << model.lastError().toStdString();

    // A fetch overtaken by a new filter (the same matches, asked another way) is dropped: the new rows
    // start at the cap again, and can be fetched beyond in turn.
    model.fetchMore({});
    OrderFilter everyStatus = filter;
    everyStatus.statuses = {OrderStatus::Pending, OrderStatus::Confirmed, OrderStatus::Shipped, OrderStatus::Delivered,
            OrderStatus::Cancelled};
    ASSERT_TRUE(model.setFilter(everyStatus));
    ASSERT_TRUE(refreshed.wait(20000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return worker.pendingJobs() == 0; }, 20000));
    EXPECT_EQ(model.rowCount(), 300);
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount() == 300 + OrderTableModel::kPageSize; }, 20000));
}

TEST_F(OrderTableModelTest, AnOrderChangedWhileARefreshIsOnItsWayIsReadAgainWhenItIsIn)
{
    SessionWorker worker(db.url());
    OrderTableModel model(db.session().orders(), &hub);
    model.setPageWorker(&worker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 number = 1001; // oldest first: row 0

    // The sort's refresh reads the first page on the worker; the job after it says when that has happened.
    QSignalSpy refreshed(&model, &OrderTableModel::refreshed);
    model.sort(OrderTableModel::Number, Qt::AscendingOrder);
    std::atomic<bool> read = false;
    worker.run(
            [&read](Session &) -> Result<bool> {
                read = true;
                return true;
            },
            &model, [](const Result<bool> &) {});
    while (!read)
        QThread::msleep(1);
    // Changed after the refresh read it, before its answer is in: the answer holds the old row.
    EXPECT_TRUE(model.isRefreshing());
    auto tagged = db.session().orders().tags().add(QString::number(number), {u"gift"_s});
    ASSERT_TRUE(tagged.has_value()) << tagged.error().message.toStdString();

    ASSERT_TRUE(refreshed.wait(20000));
    ASSERT_TRUE(waitForRow(model, 0));
    ASSERT_EQ(numberIn(model, 0), number);
    // The row is read again when shown: with its tag, not as the refresh read it.
    const auto tagsShown
            = [&] { return model.index(0, OrderTableModel::Tags).data(OrderTableModel::RawValueRole).toStringList(); };
    ASSERT_TRUE(QTest::qWaitFor([&] { return tagsShown().contains(u"gift"_s); }, 20000))
            << tagsShown().join(u',').toStdString();
}

TEST_F(OrderTableModelTest, OnlyTheLatestOfQuickFiltersIsShown)
{
    SessionWorker worker(db.url());
    OrderTableModel model(db.session().orders(), &hub);
    model.setPageWorker(&worker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // A search typed letter by letter: each letter asks, only the last answer is shown.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy refreshed(&model, &OrderTableModel::refreshed);
    OrderFilter filter;
    for (const QString &typed : {u"1"_s, u"15"_s, u"150"_s, u"1500"_s}) {
        filter.search = typed;
        ASSERT_TRUE(model.setFilter(filter));
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return worker.pendingJobs() == 0 && !model.isRefreshing(); }, 20000));
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(refreshed.count(), 1);
    auto matches = db.session().orders().countUpTo(filter, model.countCap());
    ASSERT_TRUE(matches.has_value());
    EXPECT_EQ(model.rowCount(), *matches);
    EXPECT_EQ(numberIn(model, 0), 1500);
}

TEST_F(OrderTableModelTest, AnOrderLeavingTheListIsCountedOnTheWorker)
{
    SessionWorker worker(db.url());
    OrderTableModel model(db.session().orders(), &hub);
    model.setPageWorker(&worker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    OrderFilter open;
    open.statuses = {OrderStatus::Pending, OrderStatus::Confirmed};
    QSignalSpy refreshed(&model, &OrderTableModel::refreshed);
    ASSERT_TRUE(model.setFilter(open));
    ASSERT_TRUE(refreshed.wait(20000));
    const int before = model.rowCount();
    ASSERT_GT(before, 1);
    const qint64 first = numberIn(model, 0);
    ASSERT_GT(first, 0);

    // Cancelled elsewhere: it leaves the list. Its row is announced at once; the list, counted on the
    // worker, loses it when the count is in.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    auto cancelled = db.session().orders().cancel(QString::number(first), CancelReason::Customer, u"test"_s);
    ASSERT_TRUE(cancelled.has_value()) << cancelled.error().message.toStdString();
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(model.rowCount(), before);
    ASSERT_TRUE(refreshed.wait(20000));
    EXPECT_EQ(model.rowCount(), before - 1);
    EXPECT_NE(numberIn(model, 0), first);

    // A change that keeps the order in the list refreshes nothing: its row is read again in place.
    const qint64 kept = numberIn(model, 0);
    auto noted = db.session().orders().addNote(QString::number(kept), u"Gift wrap"_s);
    ASSERT_TRUE(noted.has_value()) << noted.error().message.toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return worker.pendingJobs() == 0; }, 20000));
    QCoreApplication::processEvents();
    EXPECT_EQ(refreshed.count(), 2);
    EXPECT_EQ(model.rowCount(), before - 1);
    ASSERT_TRUE(waitForRow(model, 0));
    EXPECT_EQ(numberIn(model, 0), kept);
}

TEST_F(OrderTableModelTest, TheLatestPageAskedForIsReadFirst)
{
    SessionWorker worker(db.url());
    OrderTableModel model(db.session().orders(), &hub);
    model.setPageWorker(&worker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 1000);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // A scroll bar dragged over pages 1..4: two are asked for at once, the others wait, the latest first.
    for (const int page : {1, 2, 3, 4})
        EXPECT_EQ(numberIn(model, page * OrderTableModel::kPageSize), 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return worker.pendingJobs() == 0; }, 20000));
    QList<int> announced;
    for (const QList<QVariant> &signal : std::as_const(changed))
        announced << signal.at(0).value<QModelIndex>().row() / OrderTableModel::kPageSize;
    EXPECT_EQ(announced, (QList<int>{1, 2, 4, 3}));
    for (const int page : {1, 2, 3, 4})
        EXPECT_EQ(numberIn(model, page * OrderTableModel::kPageSize), 2000 - page * OrderTableModel::kPageSize);
}

TEST_F(OrderTableModelTest, AChangedOrderSupersedesThePagesOnTheirWay)
{
    SessionWorker worker(db.url());
    OrderTableModel model(db.session().orders(), &hub);
    model.setPageWorker(&worker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const qint64 number = 1700; // row 300, page 1
    const int row = int(2000 - number);

    // Its page is on its way when the order changes elsewhere: the page may hold its old state.
    EXPECT_EQ(numberIn(model, row), 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    auto noted = db.session().orders().addNote(QString::number(number), u"Gift wrap"_s);
    ASSERT_TRUE(noted.has_value()) << noted.error().message.toStdString();
    // Its rows are announced at once (views ask again), and the old answer is dropped when it comes.
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().at(0).value<QModelIndex>().row(),
            row / OrderTableModel::kPageSize * OrderTableModel::kPageSize);
    ASSERT_TRUE(QTest::qWaitFor([&] { return worker.pendingJobs() == 0; }, 20000));
    EXPECT_EQ(changed.count(), 1);
    ASSERT_TRUE(waitForRow(model, row));
    EXPECT_EQ(numberIn(model, row), number);
}

} // namespace
} // namespace shipshape
