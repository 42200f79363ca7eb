// The desktop replica of a PostgreSQL database (core/replica, docs/replica.md) against a real private
// cluster: the first sync copies what the app reads and the app's own SQLite read code gives the same
// answers on it as on the server; a change made on another connection (insert, update, delete) reaches it by
// an incremental catch-up; an interrupted first sync resumes; a replica that is damaged, of another
// database, of another schema or behind the pruned log is rebuilt with a message; the change log's commit
// order; a purge of archived orders reaches it like any change; the app opens the replica read-only. Every sync is
// driven explicitly: no timers, no sleeps.

#include "PgFixture.h"

#include "archive/ArchiveExporter.h"
#include "archive/ArchivePurge.h"
#include "dashboard/DashboardJson.h"
#include "orders/OrderJson.h"
#include "replica/OfflineMode.h"
#include "replica/ReplicaFile.h"
#include "replica/ReplicaFollower.h"
#include "replica/ReplicaSync.h"
#include "replica/ReplicaTables.h"
#include "storage/Database.h"
#include "storage/Migration.h"
#include "sync/ConnectionHealth.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::test {
namespace {

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

class ReplicaTest : public PgTest {
protected:
    void SetUp() override
    {
        PgTest::SetUp();
        ASSERT_TRUE(folder.isValid());
        auto opened = Database::open(cluster().url(databaseName()));
        ASSERT_TRUE(opened) << describe(opened.error());
        server = std::move(*opened);
        replicaPath = ReplicaFile::pathFor(server->url(), folder.path());
        addProduct(admin(), u"MUG-1"_s, u"12.50"_s, 80);
        addProduct(admin(), u"TEE-1"_s, u"20.00"_s, 80);
        addProduct(admin(), u"CAP-1"_s, u"8.00"_s, 80);
        ada = place(placeRequest({{u"MUG-1"_s, 2}, {u"TEE-1"_s, 1}}, u"ada@example.com"_s, u"Ada Lovelace"_s));
        ASSERT_TRUE(admin().orders().markPaid(ref(ada)));
        ASSERT_TRUE(admin().orders().addNote(ref(ada), u"gift wrap, please"_s));
        ASSERT_TRUE(admin().orders().ship(ref(ada), u"1Z999AA10123456784"_s, u"UPS"_s));
        clock().advance(26 * 3600 * 1000);
        grace = place(placeRequest({{u"CAP-1"_s, 3}}, u"grace@example.org"_s, u"Grace Hopper"_s));
        ASSERT_TRUE(admin().orders().cancel(ref(grace), CancelReason::Customer, u"changed her mind"_s));
        alan = place(placeRequest({{u"TEE-1"_s, 2}}, u"alan@example.net"_s, u"Alan Turing"_s));
    }
    void TearDown() override
    {
        server.reset();
        PgTest::TearDown();
    }

    QString ref(const Order &order) { return QString::number(order.number); }
    Order place(const PlaceOrderRequest &request)
    {
        auto placed = admin().orders().place(request);
        EXPECT_TRUE(placed) << describe(placed.error());
        return placed ? *placed : Order{};
    }
    Result<ReplicaSyncReport> sync(ReplicaSync &replica, const ReplicaSync::Progress &progress = {})
    {
        return replica.sync(progress);
    }
    // The app's view of the replica: a read-only session on the file.
    std::unique_ptr<Session> openReplicaSession()
    {
        SessionOptions options;
        options.readOnly = true;
        options.clock = &clock();
        auto session = Session::open(DatabaseUrl::sqliteFile(replicaPath), options);
        EXPECT_TRUE(session) << describe(session.error());
        return session ? std::move(*session) : nullptr;
    }
    // What the order list, search, detail, customer search and dashboard answer.
    QStringList answers(Session &session)
    {
        QStringList out;
        QList<OrderFilter> filters(6);
        filters[1].search = u"ada"_s;
        filters[2].search = u"1Z999AA"_s;
        filters[3].search = u"CAP-1"_s;
        filters[4].statuses = {OrderStatus::Cancelled};
        filters[5].paymentState = PaymentState::Paid;
        for (const OrderFilter &filter : filters) {
            for (const OrderSort &sort : {OrderSort{}, OrderSort{.key = OrderSortKey::Customer, .descending = false}}) {
                auto list = session.orders().list(filter, sort, 50, 0);
                EXPECT_TRUE(list) << describe(list.error());
                QJsonArray rows;
                for (const OrderSummary &summary : list.value_or(QList<OrderSummary>{}))
                    rows.append(OrderJson::summary(summary));
                out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
                auto count = session.orders().count(filter);
                out << QString::number(count.value_or(-1));
            }
        }
        auto all = session.orders().list({}, {}, 100, 0);
        for (const OrderSummary &summary : all.value_or(QList<OrderSummary>{})) {
            auto order = session.orders().find(QString::number(summary.number));
            EXPECT_TRUE(order) << describe(order.error());
            if (order)
                out << json(OrderJson::order(*order));
        }
        for (const QString &text : {u"ada"_s, u"hopper"_s, u""_s}) {
            auto customers = session.customers().search(text, 50, 0);
            EXPECT_TRUE(customers) << describe(customers.error());
            QStringList names;
            for (const CustomerSummary &row : customers.value_or(QList<CustomerSummary>{})) {
                names << u"%1 <%2> %3 orders, %4 cancelled"_s.arg(row.customer.name, row.customer.email)
                                 .arg(row.totals.orders)
                                 .arg(row.totals.cancelled);
            }
            out << names.join(u"; "_s);
        }
        const QDate today = clock().now().date();
        auto dashboard = session.dashboard().snapshot(DashboardPeriod::lastDays(7, today));
        EXPECT_TRUE(dashboard) << describe(dashboard.error());
        if (dashboard)
            out << json(DashboardJson::toJson(*dashboard));
        return out;
    }
    qint64 replicaScalar(const QString &sql)
    {
        auto reader = ReplicaFile::openReadOnly(replicaPath);
        EXPECT_TRUE(reader) << describe(reader.error());
        return reader ? scalar(**reader, sql) : -1;
    }

    QTemporaryDir folder;
    std::unique_ptr<Database> server;
    QString replicaPath;
    Order ada;
    Order grace;
    Order alan;
};

TEST_F(ReplicaTest, FirstSyncCopiesWhatTheAppReadsAndItsSqliteCodeAnswersAsTheServerDoes)
{
    ReplicaSync replica(*server, replicaPath);
    QList<ReplicaProgress> steps;
    auto report = sync(replica, [&steps](const ReplicaProgress &step) {
        steps << step;
        return true;
    });
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_TRUE(report->created);
    EXPECT_TRUE(report->rebuiltBecause.isEmpty());
    EXPECT_FALSE(report->interrupted);
    EXPECT_GT(report->rowsCopied, 20);
    ASSERT_FALSE(steps.isEmpty());
    EXPECT_EQ(steps.constLast().phase, ReplicaProgress::Phase::Copying);
    EXPECT_EQ(steps.constLast().rowsCopied, report->rowsCopied);
    EXPECT_TRUE(replicaPath.startsWith(folder.path()));

    // Every followed table holds the server's rows.
    auto tables = ReplicaTables::followed(*server, *ReplicaFile::openReadOnly(replicaPath).value());
    ASSERT_TRUE(tables) << describe(tables.error());
    QStringList names;
    for (const ReplicaTable &table : *tables) {
        names << table.name;
        const QString count = u"SELECT COUNT(*) FROM \"%1\""_s.arg(table.name);
        EXPECT_EQ(replicaScalar(count), scalar(*server, count)) << table.name.toStdString();
    }
    for (const QString &expected : {u"orders"_s, u"order_lines"_s, u"order_events"_s, u"shipments"_s, u"payments"_s,
                 u"refunds"_s, u"returns"_s, u"customers"_s, u"products"_s, u"stock_movements"_s,
                 u"notification_outbox"_s, u"daily_stats"_s, u"counters"_s}) {
        EXPECT_TRUE(names.contains(expected)) << expected.toStdString();
    }
    EXPECT_FALSE(names.contains(u"replica_changes"_s));
    EXPECT_FALSE(names.contains(u"schema_migrations"_s));
    EXPECT_GT(replicaScalar(u"SELECT COUNT(*) FROM daily_stats"_s), 0);

    auto session = openReplicaSession();
    ASSERT_TRUE(session);
    const QStringList onServer = answers(admin());
    const QStringList onReplica = answers(*session);
    ASSERT_EQ(onReplica.size(), onServer.size());
    for (qsizetype index = 0; index < onServer.size(); ++index)
        EXPECT_EQ(onReplica.at(index).toStdString(), onServer.at(index).toStdString()) << "answer " << index;
}

TEST_F(ReplicaTest, AChangeOnAnotherConnectionReachesTheReplicaByAnIncrementalCatchUp)
{
    ReplicaSync replica(*server, replicaPath);
    ASSERT_TRUE(sync(replica));
    const QString alansLines = u"SELECT COUNT(*) FROM order_lines WHERE order_number = %1 AND sku = '%2'"_s;
    ASSERT_EQ(replicaScalar(alansLines.arg(alan.number).arg(u"TEE-1"_s)), 1);
    const qint64 before = replicaScalar(u"SELECT value FROM replica_meta WHERE key = 'last_seq'"_s);

    // Insert, update and delete, by the admin's session (another connection than the sync's): a new
    // order; Alan's paid; his tee replaced by a mug (its line deleted).
    const Order bob = place(placeRequest({{u"MUG-1"_s, 1}}, u"bob@example.com"_s, u"Bob Example"_s));
    auto modified = admin().orders().modify(ref(alan), modifyItems({{u"MUG-1"_s, 1}}));
    ASSERT_TRUE(modified) << describe(modified.error());
    ASSERT_TRUE(admin().orders().markPaid(ref(alan)));
    ASSERT_EQ(scalar(*server, alansLines.arg(alan.number).arg(u"TEE-1"_s)), 0);

    auto report = sync(replica);
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_FALSE(report->created);
    EXPECT_EQ(report->rowsCopied, 0) << "incremental: nothing is copied again";
    EXPECT_GT(report->changesApplied, 0);
    EXPECT_GT(report->lastSequence, before);
    EXPECT_EQ(replicaScalar(u"SELECT COUNT(*) FROM orders WHERE number = %1"_s.arg(bob.number)), 1);
    EXPECT_EQ(replicaScalar(u"SELECT COUNT(*) FROM order_lines WHERE order_number = %1"_s.arg(bob.number)), 1);
    EXPECT_EQ(replicaScalar(u"SELECT paid_minor FROM orders WHERE number = %1"_s.arg(alan.number)),
            scalar(*server, u"SELECT paid_minor FROM orders WHERE number = %1"_s.arg(alan.number)));
    EXPECT_GT(replicaScalar(u"SELECT paid_minor FROM orders WHERE number = %1"_s.arg(alan.number)), 0);
    EXPECT_EQ(replicaScalar(alansLines.arg(alan.number).arg(u"TEE-1"_s)), 0) << "the deleted line is gone";
    EXPECT_EQ(replicaScalar(alansLines.arg(alan.number).arg(u"MUG-1"_s)), 1);
    EXPECT_EQ(replicaScalar(u"SELECT COUNT(*) FROM customers_search WHERE customers_search MATCH 'bob'"_s), 1)
            << "the search index, SQLite's own, follows the copied customers";

    auto session = openReplicaSession();
    ASSERT_TRUE(session);
    EXPECT_EQ(answers(*session), answers(admin()));

    auto again = sync(replica);
    ASSERT_TRUE(again) << describe(again.error());
    EXPECT_EQ(again->changesApplied, 0) << "nothing new: nothing read";
}

// A purge of archived orders (migration 33) deletes orders, their rows and their ledger rows on the server and
// folds the ledger: a replica synced before it catches up by the ordinary change log and answers as the server
// does, without the purged order and with the same stock ledger.
TEST_F(ReplicaTest, APurgeOfArchivedOrdersReachesTheReplicaByTheChangeLog)
{
    // Ada's order, placed on the first day, is finished and its messages are out (what the worker does).
    ASSERT_TRUE(admin().orders().deliver(ref(ada)));
    ASSERT_TRUE(admin().database().query(u"UPDATE notification_outbox SET status = 'sent', attempts = 1, sent_at = "
                                         "updated_at WHERE order_number = ?"_s,
            {ada.number}));
    ReplicaSync replica(*server, replicaPath);
    ASSERT_TRUE(sync(replica));
    ASSERT_EQ(replicaScalar(u"SELECT COUNT(*) FROM orders WHERE number = %1"_s.arg(ada.number)), 1);

    clock().advance(2 * 86400000LL);
    const QDate firstDay = ada.placedAt.toUTC().date();
    ArchiveExportOptions options;
    options.from = firstDay;
    options.to = firstDay;
    options.file = folder.filePath(u"first-day.shipshape-archive"_s);
    options.now = clock().now();
    ASSERT_TRUE(ArchiveExporter::exportPeriod(admin().database(), options));
    auto purged = ArchivePurge::purge(admin(), ArchivePurgeRequest{firstDay, options.file, false});
    ASSERT_TRUE(purged) << describe(purged.error());
    ASSERT_EQ(purged->orders, 1);

    auto report = sync(replica);
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_FALSE(report->created) << "a purge is followed, not a reason to copy everything again";
    EXPECT_EQ(report->rowsCopied, 0);
    for (const QString &table : {u"orders"_s, u"order_lines"_s, u"order_events"_s, u"shipments"_s}) {
        const QString column = table == u"orders"_s ? u"number"_s : u"order_number"_s;
        EXPECT_EQ(replicaScalar(u"SELECT COUNT(*) FROM %1 WHERE %2 = %3"_s.arg(table, column).arg(ada.number)), 0)
                << table.toStdString();
    }
    const QString ledger = u"SELECT COUNT(*) * 1000000 + COALESCE(SUM(on_hand_delta), 0) * 1000 + "
                           "COALESCE(SUM(reserved_delta), 0) FROM stock_movements WHERE kind = '%1'"_s;
    for (const QString &kind : {u"purged"_s, u"reserve"_s, u"consume"_s, u"initial"_s}) {
        EXPECT_EQ(replicaScalar(ledger.arg(kind)), scalar(*server, ledger.arg(kind))) << kind.toStdString();
    }
    EXPECT_EQ(replicaScalar(u"SELECT COUNT(*) FROM purges"_s), 1);
    auto session = openReplicaSession();
    ASSERT_TRUE(session);
    EXPECT_EQ(answers(*session), answers(admin()));
}

TEST_F(ReplicaTest, AnUpdateThatChangesAKeyAndATruncateAreFollowed)
{
    ReplicaSync replica(*server, replicaPath);
    ASSERT_TRUE(sync(replica));
    // Owner-only operations, as a migration or an operator would run them.
    ASSERT_TRUE(cluster().execute(u"UPDATE tax_rates SET country = 'ZZ' WHERE country = (SELECT MIN(country) FROM "
                                  "tax_rates)"_s,
            databaseName()));
    ASSERT_TRUE(cluster().execute(u"TRUNCATE order_tags"_s, databaseName()));
    ASSERT_TRUE(sync(replica));
    for (const QString &sql : {u"SELECT COUNT(*) FROM tax_rates WHERE country = 'ZZ'"_s,
                 u"SELECT COUNT(*) FROM tax_rates"_s, u"SELECT COUNT(*) FROM order_tags"_s}) {
        EXPECT_EQ(replicaScalar(sql), scalar(*server, sql)) << sql.toStdString();
    }
}

TEST_F(ReplicaTest, AnInterruptedFirstSyncResumesWhereItStopped)
{
    ReplicaSync replica(*server, replicaPath);
    replica.setCopyBatchRows(3);
    int steps = 0;
    auto first = sync(replica, [&steps](const ReplicaProgress &) { return ++steps < 4; });
    ASSERT_TRUE(first) << describe(first.error());
    EXPECT_TRUE(first->interrupted);
    EXPECT_EQ(steps, 4);
    EXPECT_GT(first->rowsCopied, 0);
    EXPECT_EQ(replicaScalar(u"SELECT COUNT(*) FROM replica_meta WHERE key = 'state' AND value = 'copying'"_s), 1);

    // Meanwhile the server changes, in rows already copied and not yet copied.
    const Order bob = place(placeRequest({{u"MUG-1"_s, 1}}, u"bob@example.com"_s, u"Bob Example"_s));
    ASSERT_TRUE(admin().orders().addNote(ref(ada), u"late note"_s));
    qint64 total = 0;
    {
        ReplicaSync whole(*server, folder.filePath(u"whole.replica"_s));
        auto report = whole.sync();
        ASSERT_TRUE(report) << describe(report.error());
        total = report->rowsCopied;
    }

    replica.close(); // as if the program had ended
    ReplicaSync resumed(*server, replicaPath);
    auto second = sync(resumed);
    ASSERT_TRUE(second) << describe(second.error());
    EXPECT_FALSE(second->created);
    EXPECT_TRUE(second->resumed);
    EXPECT_FALSE(second->interrupted);
    EXPECT_LE(second->rowsCopied, total - first->rowsCopied) << "the copied ranges are not copied again";
    EXPECT_EQ(replicaScalar(u"SELECT COUNT(*) FROM orders WHERE number = %1"_s.arg(bob.number)), 1);
    EXPECT_EQ(replicaScalar(u"SELECT COUNT(*) FROM order_events WHERE reason = 'late note'"_s), 1);
    auto session = openReplicaSession();
    ASSERT_TRUE(session);
    EXPECT_EQ(answers(*session), answers(admin()));
}

TEST_F(ReplicaTest, TheAppOpensTheReplicaReadOnlyAndAWriteIsAnError)
{
    ReplicaSync replica(*server, replicaPath);
    ASSERT_TRUE(sync(replica));
    auto reader = ReplicaFile::openReadOnly(replicaPath);
    ASSERT_TRUE(reader) << describe(reader.error());
    auto written = (*reader)->query(u"UPDATE orders SET customer_name = 'forged'"_s);
    EXPECT_FALSE(written) << "a write through the read-only connection is an error";
    EXPECT_FALSE((*reader)->execute(u"DELETE FROM replica_meta"_s));
    auto session = openReplicaSession();
    ASSERT_TRUE(session);
    EXPECT_FALSE(session->orders().addNote(ref(ada), u"offline note"_s));
    EXPECT_EQ(replicaScalar(u"SELECT COUNT(*) FROM orders WHERE customer_name = 'forged'"_s), 0);
}

TEST_F(ReplicaTest, AReplicaOfAnotherDatabaseIsRebuiltWithAMessage)
{
    ReplicaSync replica(*server, replicaPath);
    ASSERT_TRUE(sync(replica));
    replica.close();
    const QString otherName = cluster().createMigratedDatabase();
    {
        auto other = Database::open(cluster().url(otherName));
        ASSERT_TRUE(other) << describe(other.error());
        ReplicaSync wrong(**other, replicaPath); // the same file, another database
        auto report = wrong.sync();
        ASSERT_TRUE(report) << describe(report.error());
        EXPECT_TRUE(report->created);
        EXPECT_TRUE(report->rebuiltBecause.contains(u"another server or database"_s))
                << report->rebuiltBecause.toStdString();
        EXPECT_EQ(replicaScalar(u"SELECT COUNT(*) FROM orders"_s), 0);
    }
    cluster().dropDatabase(otherName);
}

TEST_F(ReplicaTest, ADamagedReplicaIsRebuiltWithAMessage)
{
    {
        ReplicaSync replica(*server, replicaPath);
        ASSERT_TRUE(sync(replica));
    }
    {
        QFile file(replicaPath);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        ASSERT_GT(size, 8192);
        // Every page after the first few: the b-trees of the tables.
        for (qint64 at = 4096 * 3; at + 64 < size; at += 4096) {
            file.seek(at);
            file.write(QByteArray(64, '\xA5'));
        }
    }
    ReplicaSync replica(*server, replicaPath);
    auto report = sync(replica);
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_TRUE(report->created);
    EXPECT_TRUE(report->rebuiltBecause.contains(u"cannot be trusted"_s)) << report->rebuiltBecause.toStdString();
    EXPECT_EQ(replicaScalar(u"SELECT COUNT(*) FROM orders"_s), 3);
}

TEST_F(ReplicaTest, AReplicaOfAnOlderSchemaIsRebuilt)
{
    {
        ReplicaSync replica(*server, replicaPath);
        ASSERT_TRUE(sync(replica));
    }
    {
        auto writable = Database::open(DatabaseUrl::sqliteFile(replicaPath));
        ASSERT_TRUE(writable);
        ASSERT_TRUE((*writable)->query(u"DELETE FROM schema_migrations WHERE version = ?"_s, {latestSchemaVersion()}));
    }
    ReplicaSync replica(*server, replicaPath);
    auto report = sync(replica);
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_TRUE(report->created);
    EXPECT_TRUE(report->rebuiltBecause.contains(u"schema version"_s)) << report->rebuiltBecause.toStdString();
    EXPECT_EQ(replicaScalar(u"SELECT COUNT(*) FROM orders"_s), 3);
}

TEST_F(ReplicaTest, AReplicaBehindThePrunedLogIsRebuiltAndTheLogIsPruned)
{
    ReplicaSync replica(*server, replicaPath);
    ASSERT_TRUE(sync(replica));
    replica.close();
    const Order bob = place(placeRequest({{u"MUG-1"_s, 1}}, u"bob@example.com"_s, u"Bob Example"_s));
    const qint64 logged = scalar(*server, u"SELECT COUNT(*) FROM replica_changes"_s);
    ASSERT_GT(logged, 0);
    // Keep nothing older than now: the owner's setting; the pruning itself is any login's to call.
    ASSERT_TRUE(cluster().execute(u"UPDATE replica_source SET keep_ms = 1"_s, databaseName()));
    ASSERT_TRUE(cluster().execute(u"SELECT pg_sleep(0.01)"_s, databaseName())); // the server's clock, not ours
    EXPECT_EQ(scalar(*server, u"SELECT shipshape_replica_prune()"_s), logged);
    EXPECT_EQ(scalar(*server, u"SELECT COUNT(*) FROM replica_changes"_s), 0);
    EXPECT_GT(scalar(*server, u"SELECT pruned_through_xid FROM replica_source"_s), 0);

    ReplicaSync again(*server, replicaPath);
    auto report = again.sync();
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_TRUE(report->created);
    EXPECT_TRUE(report->rebuiltBecause.contains(u"no longer keeps"_s)) << report->rebuiltBecause.toStdString();
    EXPECT_EQ(replicaScalar(u"SELECT COUNT(*) FROM orders WHERE number = %1"_s.arg(bob.number)), 1);
}

TEST_F(ReplicaTest, AChangeCommittedLateWithALowerSequenceIsNotSkipped)
{
    ReplicaSync replica(*server, replicaPath);
    ASSERT_TRUE(sync(replica));
    // A transaction takes a sequence number first and commits last.
    auto slow = Database::open(cluster().url(databaseName()));
    ASSERT_TRUE(slow);
    ASSERT_TRUE((*slow)->execute(u"BEGIN"_s));
    ASSERT_TRUE((*slow)->query(u"UPDATE products SET name = 'Slow mug' WHERE sku = 'MUG-1'"_s));
    ASSERT_TRUE(cluster().execute(u"UPDATE products SET name = 'Quick tee' WHERE sku = 'TEE-1'"_s, databaseName()));
    auto during = sync(replica);
    ASSERT_TRUE(during) << describe(during.error());
    EXPECT_EQ(replicaScalar(u"SELECT COUNT(*) FROM products WHERE name = 'Slow mug'"_s), 0);
    EXPECT_EQ(replicaScalar(u"SELECT COUNT(*) FROM products WHERE name = 'Quick tee'"_s), 0);
    // The quick one ended after the slow one began: it waits behind it (the safety window), never past it.
    ASSERT_TRUE((*slow)->execute(u"COMMIT"_s));
    auto after = sync(replica);
    ASSERT_TRUE(after) << describe(after.error());
    EXPECT_EQ(replicaScalar(u"SELECT COUNT(*) FROM products WHERE name = 'Slow mug'"_s), 1);
    EXPECT_EQ(replicaScalar(u"SELECT COUNT(*) FROM products WHERE name = 'Quick tee'"_s), 1);
}

TEST_F(ReplicaTest, AStaffLoginKeepsAReplicaAndStatusReportsIt)
{
    addStaff(u"sam"_s, u"support"_s);
    qputenv("PGPASSWORD", "s3cret-pass");
    auto staff = Database::open(cluster().url(databaseName(), u"sam"_s));
    qunsetenv("PGPASSWORD");
    ASSERT_TRUE(staff) << describe(staff.error());
    ReplicaSync replica(**staff, replicaPath);
    auto report = replica.sync();
    ASSERT_TRUE(report) << describe(report.error());
    place(placeRequest({{u"MUG-1"_s, 1}}, u"bob@example.com"_s, u"Bob Example"_s));
    auto status = replica.status();
    ASSERT_TRUE(status) << describe(status.error());
    EXPECT_EQ(status->state, u"live"_s);
    EXPECT_EQ(status->database, databaseName());
    EXPECT_EQ(status->schemaVersion, latestSchemaVersion());
    ASSERT_TRUE(status->pendingChanges);
    EXPECT_GT(*status->pendingChanges, 0);
    ASSERT_TRUE(status->lagMs);
    ASSERT_TRUE(replica.sync());
    status = replica.status();
    ASSERT_TRUE(status) << describe(status.error());
    EXPECT_EQ(status->pendingChanges.value_or(-1), 0);
    EXPECT_EQ(status->lagMs.value_or(-1), 0);
    EXPECT_GT(status->lastSequence, 0);
    EXPECT_TRUE(status->lastChangeAt.isValid());
    const auto orders = std::find_if(status->rowCounts.cbegin(), status->rowCounts.cend(),
            [](const auto &entry) { return entry.first == u"orders"_s; });
    ASSERT_NE(orders, status->rowCounts.cend());
    EXPECT_EQ(orders->second, 4);
}

TEST_F(ReplicaTest, AFollowerSyncsAtStartAndWhenTheServerNotifiesAChange)
{
    auto listener = Database::open(cluster().url(databaseName()));
    ASSERT_TRUE(listener) << describe(listener.error());
    ReplicaFollower follower(**listener, replicaPath);
    QList<ReplicaSyncReport> reports;
    QObject::connect(&follower, &ReplicaFollower::synced, &follower,
            [&reports](const ReplicaSyncReport &report) { reports << report; });
    ASSERT_TRUE(follower.start());
    ASSERT_EQ(reports.size(), 1) << "one sync at start";
    EXPECT_TRUE(reports.constFirst().created);

    // Another connection commits; the server's NOTIFY wakes the follower (the limit only guards a hang).
    const Order bob = place(placeRequest({{u"MUG-1"_s, 1}}, u"bob@example.com"_s, u"Bob Example"_s));
    QEventLoop loop;
    QObject::connect(&follower, &ReplicaFollower::synced, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    ASSERT_GE(reports.size(), 2) << "no sync after the notification";
    EXPECT_FALSE(reports.constLast().created);
    EXPECT_GT(reports.constLast().changesApplied, 0);
    EXPECT_EQ(replicaScalar(u"SELECT COUNT(*) FROM orders WHERE number = %1"_s.arg(bob.number)), 1);
    follower.stop();
}

TEST_F(ReplicaTest, OfflineModeDecidesWhatThePagesReadAndThatNothingChangesUntilTheServerIsBack)
{
    Permissions login = Permissions::everything(u"ada"_s);
    // A fixed "today", so that the banner shows the time only.
    ManualClock today(QDateTime(QDate(2026, 11, 3), QTime(18, 0), Qt::UTC));
    OfflineMode mode(server->url(), {}, replicaPath, today);
    EXPECT_EQ(mode.state(), OfflineMode::State::Live);
    EXPECT_FALSE(mode.hasReplica()); // no file yet
    EXPECT_TRUE(mode.readOnlyReason().isEmpty());
    EXPECT_TRUE(mode.permissionsFor(login).placeOrders);

    // The server stops answering before a first sync finished: nothing to go offline to.
    QSignalSpy states(&mode, &OfflineMode::stateChanged);
    mode.serverAnswering(false, u"connection refused"_s);
    EXPECT_EQ(mode.state(), OfflineMode::State::Unreachable);
    EXPECT_FALSE(mode.permissionsFor(login).placeOrders);
    EXPECT_FALSE(mode.banner().isEmpty());

    // A finished copy (this run's or an earlier one's): offline, read-only, with the time of its newest change.
    ReplicaStatus copy;
    copy.state = u"live"_s;
    copy.lastChangeAt = QDateTime(QDate(2026, 11, 3), QTime(14, 32), Qt::UTC);
    mode.replicaSynced(copy);
    mode.serverAnswering(false, u"connection refused"_s);
    EXPECT_EQ(mode.state(), OfflineMode::State::Offline);
    const QLocale locale;
    EXPECT_EQ(mode.banner(), u"Offline — history as of %1"_s.arg(locale.toString(QTime(14, 32), QLocale::ShortFormat)));
    const Permissions offline = mode.permissionsFor(login);
    EXPECT_EQ(offline.login, u"ada"_s);
    EXPECT_EQ(offline.readOnlyReason, mode.readOnlyReason());
    for (bool may : {offline.placeOrders, offline.cancelOrders, offline.editStock, offline.shipAndDeliver,
                 offline.markPaidAndRefund, offline.addNotes, offline.tag, offline.manageStaff})
        EXPECT_FALSE(may);
    // An older copy names its date too.
    copy.lastChangeAt = QDateTime(QDate(2026, 11, 1), QTime(9, 5), Qt::UTC);
    mode.replicaSynced(copy);
    EXPECT_EQ(mode.banner(),
            u"Offline — history as of %1"_s.arg(
                    locale.toString(copy.lastChangeAt.toLocalTime(), QLocale::ShortFormat)));
    EXPECT_TRUE(mode.banner().contains(locale.toString(QDate(2026, 11, 1), QLocale::ShortFormat)))
            << mode.banner().toStdString();
    // A copy still being made is no copy.
    copy.state = u"copying"_s;
    mode.replicaSynced(copy);
    EXPECT_FALSE(mode.hasReplica());

    // Back: live at once, the login's own permissions, no banner.
    mode.serverAnswering(true, {});
    EXPECT_EQ(mode.state(), OfflineMode::State::Live);
    EXPECT_TRUE(mode.banner().isEmpty());
    EXPECT_TRUE(mode.permissionsFor(login).placeOrders);
    ASSERT_EQ(states.size(), 3); // unreachable, offline, live
}

TEST_F(ReplicaTest, TheHealthProbeNoticesAStoppedServerAndItsReturn)
{
    ConnectionHealth health(server->url(), {});
    health.setInterval(100);
    QSignalSpy changes(&health, &ConnectionHealth::answeringChanged);
    health.start();
    EXPECT_TRUE(health.isAnswering());
    QString problem;
    ASSERT_TRUE(cluster().stopServer(&problem, u"immediate"_s)) << problem.toStdString();
    const bool noticed = !changes.isEmpty() || changes.wait(5000);
    ASSERT_TRUE(cluster().startServer(&problem)) << problem.toStdString();
    ASSERT_TRUE(noticed) << "a stopped server not noticed within 5 s";
    EXPECT_FALSE(changes.constFirst().at(0).toBool());
    EXPECT_FALSE(changes.constFirst().at(1).toString().isEmpty());
    ASSERT_TRUE(changes.wait(10000)) << "its return not noticed";
    EXPECT_TRUE(changes.constLast().at(0).toBool());
    EXPECT_TRUE(health.isAnswering());
}

} // namespace
} // namespace shipshape::test
