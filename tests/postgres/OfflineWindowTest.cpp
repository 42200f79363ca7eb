// Issue 15's offline mode in the desktop window, against a real private PostgreSQL cluster: the window
// keeps its replica live, the server is killed (pg_ctl stop -m immediate) while the order list is shown,
// and within 5 s the window reads the replica read-only — banner, search, order detail with its timeline,
// customers, inventory, dashboard — with every action that would change the shop disabled and saying
// why; the server comes back, a change is made on another connection, and the window is live again and
// shows it, the replica catching up beside it. Waits only on real events (QSignalSpy / qWaitFor).

#include "PgFixture.h"

#include "../ui/ListSettled.h"
#include "../ui/ScopedSettings.h"
#include "drafts/OfflineDraftStore.h"
#include "replica/OfflineMode.h"
#include "replica/ReplicaFile.h"
#include "replica/ReplicaKeeper.h"
#include "replica/ReplicaSync.h"
#include "storage/Database.h"
#include "views/CustomersView.h"
#include "views/DashboardView.h"
#include "views/InventoryView.h"
#include "views/OfflineDraftsDialog.h"
#include "views/OrderDetailView.h"
#include "views/OrderEditor.h"
#include "views/OrdersView.h"
#include "windows/MainWindow.h"
#include "windows/OfflineDraftsPresenter.h"

#include "models/CustomerTableModel.h"
#include "models/DraftLineModel.h"
#include "models/DraftListModel.h"
#include "models/OfflineDraftReviewModel.h"
#include "models/OrderTableModel.h"
#include "models/ProductTableModel.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <iostream>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::test {
namespace {

class OfflineWindowTest : public PgTest {
protected:
    void SetUp() override
    {
        PgTest::SetUp();
        addProduct(admin(), u"MUG-1"_s, u"12.50"_s, 80);
        addProduct(admin(), u"TEE-1"_s, u"20.00"_s, 80);
        for (const auto &[email, name] : {std::pair{u"ada@example.com"_s, u"Ada Lovelace"_s},
                     std::pair{u"grace@example.org"_s, u"Grace Hopper"_s},
                     std::pair{u"alan@example.net"_s, u"Alan Turing"_s}}) {
            auto placed = admin().orders().place(placeRequest({{u"MUG-1"_s, 1}, {u"TEE-1"_s, 1}}, email, name));
            ASSERT_TRUE(placed) << describe(placed.error());
            numbers << placed->number;
        }
        ASSERT_TRUE(admin().orders().addNote(QString::number(numbers.at(1)), u"call before delivery"_s));
    }

    void search(MainWindow &window, const QString &text)
    {
        QLineEdit *field = window.ordersView()->searchField();
        field->clear();
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Return);
        EXPECT_TRUE(test::listSettled(*window.ordersView()->orderModel()));
    }

    ScopedSettings settings;
    QList<qint64> numbers;
};

TEST_F(OfflineWindowTest, TheWindowReadsTheReplicaWhileTheServerIsDownAndComesBackLive)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const DatabaseUrl server = cluster().url(databaseName());
    SessionOptions options;
    options.clock = &clock();
    auto session = Session::open(server, options);
    ASSERT_TRUE(session) << describe(session.error());
    const SystemClock wallClock; // the banner compares the replica's change times (the server's) with today
    OfflineMode mode(server, {}, ReplicaFile::pathFor(server, folder.path()), wallClock);
    mode.setProbeInterval(200);
    MainWindow window(**session);
    window.followOfflineMode(mode);
    QSignalSpy updated(&mode, &OfflineMode::replicaUpdated);
    mode.start();
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    // Live: the first sync makes the replica; no banner; the login's actions.
    ASSERT_TRUE(updated.wait(30000)) << "no first sync";
    ASSERT_TRUE(mode.hasReplica());
    EXPECT_EQ(mode.state(), OfflineMode::State::Live);
    ASSERT_NE(window.offlineBanner(), nullptr);
    EXPECT_FALSE(window.offlineBanner()->isVisible());
    EXPECT_TRUE(window.newOrderAction()->isEnabled());
    EXPECT_EQ(window.ordersView()->orderModel()->rowCount(), 3);
    auto *replicaLabel = window.findChild<QLabel *>(u"replicaLabel"_s);
    ASSERT_NE(replicaLabel, nullptr);
    EXPECT_EQ(replicaLabel->text(), u"Offline copy: up to date"_s);

    // The server dies while the order list is shown.
    bool serverDown = false; // a failed check below must not leave the cluster down for the next test
    const auto restartServer = qScopeGuard([&] {
        if (serverDown)
            cluster().startServer();
    });
    // Nothing the replica holds may be lost by the immediate stop (the test cluster's synchronous_commit is off).
    ASSERT_TRUE(admin().database().execute(u"CHECKPOINT"_s));
    QString problem;
    // From the stop command: pg_ctl cuts every connection at once and returns once the server has gone.
    QElapsedTimer sinceStop;
    sinceStop.start();
    ASSERT_TRUE(cluster().stopServer(&problem, u"immediate"_s)) << problem.toStdString();
    serverDown = true;
    ASSERT_TRUE(QTest::qWaitFor([&] { return mode.state() == OfflineMode::State::Offline; }, 5000))
            << "not offline within 5 s";
    const qint64 switchMs = sinceStop.elapsed();
    std::cout << "[ offline  ] switched to the replica " << switchMs << " ms after pg_ctl stop -m immediate began\n";

    // The banner names the time of the newest change the replica holds.
    EXPECT_TRUE(window.offlineBanner()->isVisible());
    const QString time = QLocale().toString(mode.historyAsOf().toLocalTime().time(), QLocale::ShortFormat);
    EXPECT_EQ(window.offlineBanner()->text(), u"Offline — history as of %1"_s.arg(time))
            << window.offlineBanner()->text().toStdString();

    // The order list, its search and the detail with its timeline, from the replica.
    ASSERT_TRUE(test::listSettled(*window.ordersView()->orderModel()));
    EXPECT_EQ(window.ordersView()->orderModel()->rowCount(), 3);
    search(window, u"Grace"_s);
    ASSERT_EQ(window.ordersView()->orderModel()->rowCount(), 1)
            << window.ordersView()->orderModel()->lastError().toStdString();
    EXPECT_EQ(window.ordersView()->orderModel()->orderAt(0)->number, numbers.at(1));
    window.openOrder(numbers.at(1));
    OrderDetailView *detail = window.ordersView()->orderDetail();
    ASSERT_TRUE(QTest::qWaitFor(
            [&] { return detail->order().has_value() && detail->order()->number == numbers.at(1); }, 10000));
    EXPECT_TRUE(std::any_of(detail->order()->timeline.begin(), detail->order()->timeline.end(),
            [](const auto &event) { return event.reason.contains(u"call before delivery"_s); }));

    // Every action that would change the shop is off and says why.
    const QString reason = mode.readOnlyReason();
    ASSERT_FALSE(reason.isEmpty());
    // But a new order: typed offline, it is kept on this desktop (OrdersTypedOfflineAreReviewedAndMovedToTheDrafts).
    EXPECT_TRUE(window.newOrderAction()->isEnabled());
    EXPECT_TRUE(window.newOrderAction()->toolTip().contains(u"kept on this desktop"_s))
            << window.newOrderAction()->toolTip().toStdString();
    EXPECT_FALSE(window.importProductsAction()->isEnabled());
    for (QPushButton *action : {detail->markPaidButton(), detail->shipButton(), detail->cancelButton(),
                 detail->modifyButton(), detail->noteButton()}) {
        EXPECT_FALSE(action->isEnabled()) << action->text().toStdString();
        EXPECT_EQ(action->toolTip(), reason) << action->text().toStdString();
    }

    // Customers, inventory and the dashboard read the replica too.
    ASSERT_TRUE(window.showView(u"customers"_s));
    auto *customers = qobject_cast<CustomersView *>(window.page(MainWindow::Page::Customers));
    ASSERT_NE(customers, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return customers->customerModel()->rowCount() == 3; }, 10000));
    ASSERT_TRUE(window.showView(u"inventory"_s));
    auto *inventory = qobject_cast<InventoryView *>(window.page(MainWindow::Page::Inventory));
    ASSERT_NE(inventory, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return inventory->productModel()->rowCount() == 2; }, 10000));
    auto *notice = inventory->findChild<QLabel *>(u"readOnlyNotice"_s);
    ASSERT_NE(notice, nullptr);
    EXPECT_EQ(notice->text(), reason);
    ASSERT_TRUE(window.showView(u"dashboard"_s));
    auto *dashboard = qobject_cast<DashboardView *>(window.page(MainWindow::Page::Dashboard));
    ASSERT_NE(dashboard, nullptr);
    ASSERT_TRUE(
            QTest::qWaitFor([&] { return dashboard->snapshot().has_value() && !dashboard->hasPendingWork(); }, 10000));
    ASSERT_TRUE(window.showView(u"orders"_s));

    // The server is back; another desktop places an order meanwhile.
    QElapsedTimer sinceStart;
    sinceStart.start();
    ASSERT_TRUE(cluster().startServer(&problem)) << problem.toStdString();
    serverDown = false;
    const qint64 startMs = sinceStart.elapsed();
    updated.clear();
    auto other = Session::open(server, options);
    ASSERT_TRUE(other) << describe(other.error());
    auto hedy = (*other)->orders().place(placeRequest({{u"MUG-1"_s, 2}}, u"hedy@example.com"_s, u"Hedy Lamarr"_s));
    ASSERT_TRUE(hedy) << describe(hedy.error());
    ASSERT_TRUE(QTest::qWaitFor([&] { return mode.state() == OfflineMode::State::Live; }, 10000)) << "not live again";
    const qint64 backMs = sinceStart.elapsed();
    std::cout << "[ offline  ] live again " << backMs << " ms after pg_ctl start began (the start itself took "
              << startMs << " ms)\n";

    EXPECT_FALSE(window.offlineBanner()->isVisible());
    EXPECT_TRUE(window.newOrderAction()->isEnabled());
    EXPECT_TRUE(window.importProductsAction()->isEnabled());
    search(window, u"Hedy"_s);
    ASSERT_EQ(window.ordersView()->orderModel()->rowCount(), 1)
            << window.ordersView()->orderModel()->lastError().toStdString();
    EXPECT_EQ(window.ordersView()->orderModel()->orderAt(0)->number, hedy->number);
    window.openOrder(numbers.at(1));
    ASSERT_TRUE(QTest::qWaitFor(
            [&] { return detail->order().has_value() && detail->markPaidButton()->isEnabled(); }, 10000));

    // The replica caught up on the change made while the window was offline.
    ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                auto reader = ReplicaFile::openReadOnly(mode.replicaPath());
                return reader
                        && scalar(**reader, u"SELECT COUNT(*) FROM orders WHERE number = %1"_s.arg(hedy->number)) == 1;
            },
            10000));
}

// A desktop started while its server is down: with the replica an earlier run finished it opens offline
// from the first page (before, it refused to start), and goes live once the server answers, with the
// schema checked and the login's permissions then.
TEST_F(OfflineWindowTest, AWindowStartedWhileTheServerIsDownShowsTheReplicaAndGoesLiveWhenItAnswers)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const DatabaseUrl server = cluster().url(databaseName());
    const QString replicaPath = ReplicaFile::pathFor(server, folder.path());
    EXPECT_FALSE(OfflineMode::canStartOn(replicaPath)) << "no replica yet";
    {
        // What an earlier run left: a finished replica.
        auto connection = Database::open(server);
        ASSERT_TRUE(connection) << describe(connection.error());
        ReplicaSync replica(**connection, replicaPath);
        auto synced = replica.sync();
        ASSERT_TRUE(synced) << describe(synced.error());
    }
    ASSERT_TRUE(OfflineMode::canStartOn(replicaPath));

    bool serverDown = false;
    const auto restartServer = qScopeGuard([&] {
        if (serverDown)
            cluster().startServer();
    });
    // The test cluster commits without waiting for its WAL (synchronous_commit = off): an immediate stop
    // right after the set-up could lose its last order, which the replica holds.
    ASSERT_TRUE(admin().database().execute(u"CHECKPOINT"_s));
    QString problem;
    ASSERT_TRUE(cluster().stopServer(&problem, u"immediate"_s)) << problem.toStdString();
    serverDown = true;

    SessionOptions options;
    options.clock = &clock();
    auto refused = Session::open(server, options);
    ASSERT_FALSE(refused) << "an ordinary open needs the server";
    EXPECT_EQ(refused.error().code, ErrorCode::Unavailable);
    auto session = Session::openAwaitingServer(server, options);
    ASSERT_TRUE(session) << describe(session.error());
    ASSERT_TRUE((*session)->awaitsServer());
    EXPECT_FALSE((*session)->database().connectProblem().isEmpty());
    // Until its owner connects it, a statement fails at once instead of waiting out the connect timeout.
    QElapsedTimer asking;
    asking.start();
    auto count = (*session)->orders().count(OrderFilter{});
    ASSERT_FALSE(count);
    EXPECT_EQ(count.error().code, ErrorCode::Unavailable);
    EXPECT_LT(asking.elapsed(), 1000);
    EXPECT_FALSE((*session)->completeOpen()) << "the server is still down";
    EXPECT_TRUE((*session)->awaitsServer());

    const SystemClock wallClock;
    OfflineMode mode(server, {}, replicaPath, wallClock);
    mode.setProbeInterval(200);
    mode.startWithoutServer((*session)->database().connectProblem());
    EXPECT_EQ(mode.state(), OfflineMode::State::Offline);
    EXPECT_EQ(mode.problem(), (*session)->database().connectProblem());
    MainWindow window(**session);
    window.followOfflineMode(mode);
    mode.start();
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    // Offline from the first page: the banner, the replica's orders and their search, nothing to change.
    EXPECT_TRUE(window.offlineBanner()->isVisible());
    EXPECT_TRUE(window.offlineBanner()->text().startsWith(u"Offline — history as of "_s))
            << window.offlineBanner()->text().toStdString();
    ASSERT_TRUE(test::listSettled(*window.ordersView()->orderModel()));
    EXPECT_EQ(window.ordersView()->orderModel()->rowCount(), 3)
            << window.ordersView()->orderModel()->lastError().toStdString();
    search(window, u"Grace"_s);
    ASSERT_EQ(window.ordersView()->orderModel()->rowCount(), 1)
            << window.ordersView()->orderModel()->lastError().toStdString();
    EXPECT_EQ(window.ordersView()->orderModel()->orderAt(0)->number, numbers.at(1));
    EXPECT_FALSE(window.newOrderAction()->isEnabled());
    EXPECT_EQ(window.newOrderAction()->toolTip(), mode.readOnlyReason());

    // The server comes back and another desktop places an order: the window goes live and shows it.
    ASSERT_TRUE(cluster().startServer(&problem)) << problem.toStdString();
    serverDown = false;
    // A server that answers and refuses (here: no such database) is an error, not a reason to start offline.
    auto refusing = Session::openAwaitingServer(cluster().url(u"no_such_database"_s), options);
    EXPECT_FALSE(refusing) << "started offline although the server answered";
    auto other = Session::open(server, options);
    ASSERT_TRUE(other) << describe(other.error());
    auto hedy = (*other)->orders().place(placeRequest({{u"MUG-1"_s, 2}}, u"hedy@example.com"_s, u"Hedy Lamarr"_s));
    ASSERT_TRUE(hedy) << describe(hedy.error());
    ASSERT_TRUE(QTest::qWaitFor([&] { return mode.state() == OfflineMode::State::Live; }, 10000)) << "not live";
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.offlineBanner()->isVisible(); }, 5000));
    EXPECT_FALSE((*session)->awaitsServer());
    EXPECT_TRUE(window.newOrderAction()->isEnabled()) << "the login's permissions, read once the server answered";
    search(window, u"Hedy"_s);
    ASSERT_EQ(window.ordersView()->orderModel()->rowCount(), 1)
            << window.ordersView()->orderModel()->lastError().toStdString();
    EXPECT_EQ(window.ordersView()->orderModel()->orderAt(0)->number, hedy->number);

    // The window hears other desktops' changes again (its change feed could not listen at start).
    search(window, QString());
    ASSERT_EQ(window.ordersView()->orderModel()->rowCount(), 4);
    auto lin = (*other)->orders().place(placeRequest({{u"TEE-1"_s, 1}}, u"lin@example.com"_s, u"Lin Yu"_s));
    ASSERT_TRUE(lin) << describe(lin.error());
    EXPECT_TRUE(QTest::qWaitFor([&] { return window.ordersView()->orderModel()->rowCount() == 5; }, 10000))
            << "another desktop's order never reached the list";

    // The replica, whose keeper could not start with the server down, catches up on the new order.
    ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                auto reader = ReplicaFile::openReadOnly(replicaPath);
                return reader
                        && scalar(**reader, u"SELECT COUNT(*) FROM orders WHERE number = %1"_s.arg(hedy->number)) == 1;
            },
            15000));
}

// Orders typed offline (docs/replica.md): with the server down, New order still takes an order, priced from the
// replica and kept on this desktop (never placed); when the server answers, the review opens by itself with
// what changed meanwhile, line by line, and moves the order to the server's drafts, where it is placed.
TEST_F(OfflineWindowTest, OrdersTypedOfflineAreReviewedAndMovedToTheDrafts)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const DatabaseUrl server = cluster().url(databaseName());
    SessionOptions options;
    options.clock = &clock();
    auto session = Session::open(server, options);
    ASSERT_TRUE(session) << describe(session.error());
    const SystemClock wallClock;
    OfflineMode mode(server, {}, ReplicaFile::pathFor(server, folder.path()), wallClock);
    mode.setProbeInterval(200);
    MainWindow window(**session);
    window.followOfflineMode(mode);
    QSignalSpy updated(&mode, &OfflineMode::replicaUpdated);
    mode.start();
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(updated.wait(30000)) << "no first sync";
    ASSERT_NE(window.offlineDrafts(), nullptr);
    EXPECT_FALSE(window.offlineDrafts()->reviewAction()->isEnabled()) << "nothing typed offline yet";

    bool serverDown = false;
    const auto restartServer = qScopeGuard([&] {
        if (serverDown)
            cluster().startServer();
    });
    ASSERT_TRUE(admin().database().execute(u"CHECKPOINT"_s));
    QString problem;
    ASSERT_TRUE(cluster().stopServer(&problem, u"immediate"_s)) << problem.toStdString();
    serverDown = true;
    ASSERT_TRUE(QTest::qWaitFor([&] { return mode.state() == OfflineMode::State::Offline; }, 5000));

    // The agent takes an order as usual: the product picker and the total read the replica.
    ASSERT_TRUE(window.newOrderAction()->isEnabled());
    window.newOrderAction()->trigger();
    OrderEditor *editor = window.orderEditor();
    ASSERT_NE(editor, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(editor));
    EXPECT_TRUE(editor->keepsDraftsOffline());
    auto *search = editor->findChild<QLineEdit *>(u"productSearch"_s);
    ASSERT_NE(search, nullptr);
    search->setFocus();
    QTest::keyClicks(search, u"MUG"_s);
    QCompleter *completer = search->completer();
    ASSERT_TRUE(QTest::qWaitFor([&] { return completer->popup()->isVisible(); }, 10000));
    completer->popup()->setCurrentIndex(completer->completionModel()->index(0, 0));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return editor->lineModel()->rowCount() == 1; }, 10000));
    for (const auto &[name, text] : {std::pair{u"customerName"_s, u"Katherine Johnson"_s},
                 std::pair{u"customerEmail"_s, u"katherine@example.com"_s}, std::pair{u"street"_s, u"1 Main St"_s},
                 std::pair{u"city"_s, u"Springfield"_s}, std::pair{u"state"_s, u"IL"_s},
                 std::pair{u"zip"_s, u"62701"_s}}) {
        auto *edit = editor->findChild<QLineEdit *>(name);
        ASSERT_NE(edit, nullptr) << name.toStdString();
        edit->setFocus();
        QTest::keyClicks(edit, text);
    }
    ASSERT_TRUE(
            QTest::qWaitFor([&] { return editor->quote().has_value() && editor->quote()->total.has_value(); }, 10000));
    auto *place = editor->findChild<QPushButton *>(u"placeOrder"_s);
    ASSERT_NE(place, nullptr);
    EXPECT_FALSE(place->isEnabled()) << "nothing is placed offline";
    EXPECT_TRUE(place->toolTip().contains(u"kept on this desktop"_s)) << place->toolTip().toStdString();
    editor->saveNow();
    const std::shared_ptr<OfflineDraftStore> store = window.offlineDrafts()->store();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !store->isEmpty(); }, 10000)) << "not kept on this desktop";
    ASSERT_TRUE(QTest::qWaitFor([&] { return editor->draftListModel()->rowCount() == 1; }, 10000));
    auto kept = store->list();
    ASSERT_TRUE(kept && kept->size() == 1);
    EXPECT_EQ(kept->first().draft.customer.email, u"katherine@example.com"_s);
    ASSERT_EQ(kept->first().seenPrices.size(), 1);
    EXPECT_EQ(kept->first().seenPrices.first().unitPrice.toDecimalString(), u"12.50"_s);

    // The agent corrects the name and the server answers before the editor saved it: the hand-over keeps it.
    auto *name = editor->findChild<QLineEdit *>(u"customerName"_s);
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, u"Katherine G. Johnson"_s);

    // Meanwhile the mug's price went up. The server answers again: the review opens by itself.
    ASSERT_TRUE(cluster().startServer(&problem)) << problem.toStdString();
    serverDown = false;
    auto other = Session::open(server, options);
    ASSERT_TRUE(other) << describe(other.error());
    ASSERT_TRUE((*other)->database().query(u"UPDATE products SET price_minor = 1390 WHERE sku = 'MUG-1'"_s));
    ASSERT_TRUE(QTest::qWaitFor([&] { return mode.state() == OfflineMode::State::Live; }, 10000)) << "not live again";
    EXPECT_FALSE(editor->keepsDraftsOffline());
    ASSERT_TRUE(QTest::qWaitFor(
            [&] { return window.offlineDrafts()->dialog() && window.offlineDrafts()->dialog()->isVisible(); }, 10000))
            << "the review was not offered";
    OfflineDraftsDialog *dialog = window.offlineDrafts()->dialog();
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The window may have gone live before the price changed: check again, as the agent would.
    dialog->reload();
    const auto changes = [&] {
        return dialog->model()->rowCount() == 1
                ? dialog->model()->index(0, OfflineDraftReviewModel::Changes).data().toString()
                : QString();
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return changes() == u"MUG-1: 12.50 then, 13.90 now"_s; }, 10000))
            << changes().toStdString() << " / " << dialog->statusText().toStdString();
    EXPECT_EQ(dialog->model()->index(0, OfflineDraftReviewModel::TotalNow).data(OfflineDraftReviewModel::RawValueRole),
            QVariant(u"13.90"_s));
    EXPECT_EQ(dialog->model()->index(0, OfflineDraftReviewModel::Customer).data().toString(),
            u"Katherine G. Johnson <katherine@example.com>"_s);
    EXPECT_TRUE(name->text().isEmpty()) << "the editor starts a new order once the offline one is kept";

    QSignalSpy moved(dialog, &OfflineDraftsDialog::movedToDrafts);
    auto *move = dialog->findChild<QPushButton *>(u"moveToDrafts"_s);
    ASSERT_TRUE(move && move->isEnabled());
    QTest::mouseClick(move, Qt::LeftButton);
    ASSERT_TRUE(moved.wait(10000)) << dialog->statusText().toStdString();
    EXPECT_TRUE(store->isEmpty());
    const QStringList draftIds = moved.first().first().toStringList();
    ASSERT_EQ(draftIds.size(), 1);
    auto draft = (*other)->drafts().load(draftIds.first());
    ASSERT_TRUE(draft) << describe(draft.error());
    EXPECT_EQ(draft->customer.email, u"katherine@example.com"_s);
    EXPECT_EQ(draft->lines, (QList<DraftLine>{DraftLine{u"MUG-1"_s, 1}}));
    EXPECT_EQ(scalar((*other)->database(), u"SELECT COUNT(*) FROM orders"_s), 3) << "moved, not placed";
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->model()->rowCount() == 0; }, 10000));
    EXPECT_FALSE(window.offlineDrafts()->reviewAction()->isEnabled());

    // Placed from the drafts like any other, at today's price.
    window.newOrderAction()->trigger();
    editor->resumeDraft(draftIds.first());
    ASSERT_TRUE(
            QTest::qWaitFor([&] { return editor->currentDraftId() == draftIds.first() && editor->quote(); }, 10000));
    QSignalSpy placed(editor, &OrderEditor::orderPlaced);
    editor->placeOrder();
    ASSERT_TRUE(placed.wait(10000));
    auto order = (*other)->orders().find(QString::number(placed.first().first().toLongLong()));
    ASSERT_TRUE(order) << describe(order.error());
    EXPECT_EQ(order->total.toDecimalString(), u"13.90"_s);
}

} // namespace
} // namespace shipshape::test
