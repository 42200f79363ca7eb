// Purging archived orders (issue 15): the orders placed through a day leave the live database only when a
// verified archive of this database holds every one of them as it is; stock, the ledger's arithmetic and
// the dashboard's figures stay as they were; a wrong, tampered or incomplete archive, an order changed after
// the export or one not finished refuses the whole purge and writes nothing; a dry run writes nothing. On a
// SQLite file, and with SHIPSHAPE_TEST_DATABASE=postgresql through the server's shipshape_purge_orders.

#include "Helpers.h"

#include "archive/ArchiveExporter.h"
#include "archive/ArchivePurge.h"
#include "archive/ArchiveVerifier.h"
#include "dashboard/DailyAggregates.h"
#include "inventory/InventoryService.h"
#include "storage/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

QDateTime at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc());
}

class ArchivePurgeTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(folder.isValid());
        db.clock().set(at(10, 30, 10));
        addProduct(session(), u"MUG-1"_s, u"12.50"_s, 50);
        addProduct(session(), u"TEE-1"_s, u"20.00"_s, 50);
        addProduct(session(), u"CAP-1"_s, u"8.00"_s, 50);
        // In the period (Oct 30 – Nov 1): Ada's mugs, delivered; her tee, placed on Oct 31 but shipped only on
        // Nov 2 after a later order reserved tees (so its ledger rows are not next to each other); Grace's cap,
        // cancelled. After it: a later order for a tee, still open.
        first = place(placeRequest({{u"MUG-1"_s, 2}}));
        ASSERT_TRUE(orders().markPaid(ref(first)));
        ASSERT_TRUE(orders().ship(ref(first), u"1Z999AA10123456784"_s, u"UPS"_s));
        ASSERT_TRUE(orders().deliver(ref(first)));
        db.clock().set(at(10, 31, 23, 59));
        second = place(placeRequest({{u"TEE-1"_s, 1}}));
        ASSERT_TRUE(orders().markPaid(ref(second)));
        db.clock().set(at(11, 1, 8));
        cancelled = place(placeRequest({{u"CAP-1"_s, 1}}, u"grace@example.org"_s, u"Grace Hopper"_s));
        ASSERT_TRUE(orders().cancel(ref(cancelled), CancelReason::Customer, u"changed her mind"_s));
        db.clock().set(at(11, 2, 9));
        later = place(placeRequest({{u"TEE-1"_s, 3}}));
        ASSERT_TRUE(orders().ship(ref(second), u"1Z999AA10123456785"_s, u"UPS"_s));
        ASSERT_TRUE(orders().deliver(ref(second)));
        db.clock().set(at(11, 3, 9));
        sendEverything();
    }

    Session &session() { return db.session(); }
    Database &database() { return db.session().database(); }
    OrderService &orders() { return db.session().orders(); }
    static QString ref(const Order &order) { return QString::number(order.number); }
    Order place(const PlaceOrderRequest &request)
    {
        auto placed = orders().place(request);
        EXPECT_TRUE(placed) << describe(placed.error());
        return placed ? *placed : Order{};
    }
    // The customer emails went out (what the outbox dispatcher does): an email still waiting keeps its
    // order from being purged.
    void sendEverything()
    {
        ASSERT_TRUE(database().execute(
                u"UPDATE notification_outbox SET status = 'sent', attempts = 1, sent_at = updated_at "
                "WHERE status <> 'sent'"_s));
    }
    QString archivePath(const QString &name = u"orders.archive"_s) { return folder.filePath(name); }
    QString exportArchive(const QString &name = u"orders.archive"_s)
    {
        ArchiveExportOptions options;
        options.from = QDate(2026, 10, 30);
        options.to = QDate(2026, 11, 1);
        options.file = archivePath(name);
        options.now = db.clock().now();
        options.appVersion = u"test"_s;
        auto manifest = ArchiveExporter::exportPeriod(database(), options);
        EXPECT_TRUE(manifest) << describe(manifest.error());
        return options.file;
    }
    Result<ArchivePurgeOutcome> purge(const QString &file, bool dryRun = false)
    {
        return ArchivePurge::purge(session(), ArchivePurgeRequest{QDate(2026, 11, 1), file, dryRun});
    }
    // A writable copy of an archive, changed by `sql`.
    QString changedCopy(const QString &file, const QString &sql)
    {
        const QString copy = archivePath(u"changed.archive"_s);
        QFile::remove(copy);
        EXPECT_TRUE(QFile::copy(file, copy));
        QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        auto opened = Database::open(DatabaseUrl::sqliteFile(copy));
        EXPECT_TRUE(opened);
        if (opened) {
            EXPECT_TRUE((*opened)->execute(sql));
        }
        return copy;
    }
    QString aggregates()
    {
        QStringList all;
        for (const QString &table : DailyAggregates::tables())
            all << rows(database(), u"SELECT * FROM %1 ORDER BY 1, 2"_s.arg(table));
        return all.join(u'\n');
    }
    QStringList stock() { return rows(database(), u"SELECT sku, on_hand, reserved FROM products ORDER BY sku"_s); }
    void expectRefusedWritingNothing(const Result<ArchivePurgeOutcome> &outcome, const QString &before,
            const QString &mentions, ErrorCode code = ErrorCode::Conflict)
    {
        ASSERT_FALSE(outcome);
        EXPECT_EQ(outcome.error().code, code) << describe(outcome.error());
        EXPECT_TRUE(outcome.error().message.contains(mentions))
                << describe(outcome.error()) << " should name " << mentions.toStdString();
        EXPECT_EQ(dumpDatabase(database()), before) << "a refused purge writes nothing";
    }

    TestDatabase db;
    QTemporaryDir folder;
    Order first;
    Order second;
    Order cancelled;
    Order later;
};

TEST_F(ArchivePurgeTest, PurgesTheArchivedOrdersKeepingStockLedgerAndDashboard)
{
    const QString archive = exportArchive();
    ASSERT_TRUE(conservationViolations(database()).isEmpty())
            << conservationViolations(database()).join(u'\n').toStdString();
    const QStringList stockBefore = stock();
    const QString aggregatesBefore = aggregates();
    const QString before = dumpDatabase(database());

    auto dryRun = purge(archive, true);
    ASSERT_TRUE(dryRun) << describe(dryRun.error());
    EXPECT_TRUE(dryRun->dryRun);
    EXPECT_EQ(dryRun->orders, 3);
    EXPECT_EQ(dryRun->firstOrder, first.number);
    EXPECT_EQ(dryRun->lastOrder, cancelled.number);
    EXPECT_GT(dryRun->ledgerRows, 4);
    EXPECT_EQ(dumpDatabase(database()), before) << "a dry run writes nothing";

    auto purged = purge(archive);
    ASSERT_TRUE(purged) << describe(purged.error());
    EXPECT_EQ(purged->orders, 3);
    EXPECT_EQ(purged->ledgerRows, dryRun->ledgerRows);
    EXPECT_EQ(rows(database(), u"SELECT number FROM orders ORDER BY number"_s), QStringList{ref(later)});
    for (const QString &table : {u"order_lines"_s, u"order_events"_s, u"payments"_s, u"shipments"_s,
                 u"notification_outbox"_s, u"placement_log"_s}) {
        EXPECT_EQ(
                scalar(database(), u"SELECT COUNT(*) FROM %1 WHERE order_number <> ?"_s.arg(table), {later.number}), 0)
                << table.toStdString();
    }
    // Stock as it was; the ledger still adds up row by row and ends at the product; the tee's purged rows
    // are two runs around the later order's reservation.
    EXPECT_EQ(stock(), stockBefore);
    EXPECT_TRUE(conservationViolations(database()).isEmpty())
            << conservationViolations(database()).join(u'\n').toStdString();
    EXPECT_EQ(rows(database(),
                      u"SELECT on_hand_delta, reserved_delta FROM stock_movements WHERE sku = 'TEE-1' AND "
                      "kind = 'purged' ORDER BY id"_s),
            (QStringList{u"0 | 1"_s, u"-1 | -1"_s}));
    EXPECT_EQ(purged->foldedLedgerRows,
            scalar(database(),
                    u"SELECT COUNT(*) FROM stock_movements WHERE kind = "
                    "'purged'"_s));
    EXPECT_EQ(scalar(database(),
                      u"SELECT COUNT(*) FROM stock_movements WHERE kind = 'purged' AND order_number IS "
                      "NOT NULL"_s),
            0);
    // The product's ledger reads (the inventory page's history), the purged runs among the live rows.
    auto ledger = session().inventory().movements(u"TEE-1"_s, 50);
    ASSERT_TRUE(ledger) << describe(ledger.error());
    EXPECT_EQ(std::count_if(ledger->cbegin(), ledger->cend(),
                      [](const StockMovement &movement) { return movement.kind == StockMovementKind::Purged; }),
            2);
    // The dashboard keeps the purged days' figures, and a recomputation does not call that drift.
    EXPECT_EQ(aggregates(), aggregatesBefore);
    auto differences = DailyAggregates::differences(database());
    ASSERT_TRUE(differences);
    EXPECT_TRUE(differences->isEmpty()) << differences->join(u'\n').toStdString();
    EXPECT_EQ(scalar(database(), u"SELECT value FROM counters WHERE name = 'orders'"_s), 1);

    auto history = ArchivePurge::history(database());
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().orders, 3);
    EXPECT_EQ(history->first().purgedBy, database().actor());
    EXPECT_EQ(history->first().through, QDate(2026, 11, 1));
    EXPECT_EQ(history->first().archiveFile, u"orders.archive"_s);
    EXPECT_EQ(history->first().archiveSha256, purged->archiveSha256);
    EXPECT_EQ(history->first().purgedAt, db.clock().now());
    EXPECT_EQ(history->first().historyThrough, QDate(2026, 11, 2)) << "the tee shipped on Nov 2";

    // The archive still opens and verifies; the shop goes on: the later order ships, and everything holds.
    EXPECT_TRUE(ArchiveVerifier::verify(archive));
    ASSERT_TRUE(orders().markPaid(ref(later)));
    ASSERT_TRUE(orders().ship(ref(later), u"1Z999AA10123456786"_s, u"UPS"_s));
    EXPECT_TRUE(conservationViolations(database()).isEmpty())
            << conservationViolations(database()).join(u'\n').toStdString();
    differences = DailyAggregates::differences(database());
    ASSERT_TRUE(differences);
    EXPECT_TRUE(differences->isEmpty()) << differences->join(u'\n').toStdString();
    // Nothing left to purge through that day: a second run purges nothing.
    auto again = purge(archive);
    ASSERT_TRUE(again) << describe(again.error());
    EXPECT_EQ(again->orders, 0);
}

TEST_F(ArchivePurgeTest, RefusesAnArchiveOfAnotherDatabase)
{
    const QString archive = exportArchive();
    const QString other = changedCopy(
            archive, u"UPDATE archive_manifest SET value = '/elsewhere/shop.sqlite' WHERE key = 'source'"_s);
    ASSERT_TRUE(ArchiveVerifier::verify(other)) << "the rows are intact: only the source differs";
    const QString before = dumpDatabase(database());
    expectRefusedWritingNothing(purge(other), before, u"/elsewhere/shop.sqlite"_s);
}

TEST_F(ArchivePurgeTest, RefusesATamperedArchive)
{
    const QString archive = exportArchive();
    const QString tampered = changedCopy(archive, u"UPDATE order_lines SET sku = 'MUG-1' WHERE sku = 'TEE-1'"_s);
    const QString before = dumpDatabase(database());
    expectRefusedWritingNothing(purge(tampered), before, u"order_lines"_s);
    expectRefusedWritingNothing(
            purge(archivePath(u"missing.archive"_s)), before, u"missing.archive"_s, ErrorCode::NotFound);
}

TEST_F(ArchivePurgeTest, RefusesAnArchiveLackingAnOrderPlacedInThePeriodAfterTheExport)
{
    const QString archive = exportArchive();
    // An order placed (the clock of another desktop) on Oct 31 after the export, finished since.
    db.clock().set(at(10, 31, 12));
    const Order late = place(placeRequest({{u"CAP-1"_s, 1}}));
    ASSERT_TRUE(orders().cancel(ref(late), CancelReason::Customer, u"duplicate"_s));
    sendEverything();
    db.clock().set(at(11, 3, 10));
    const QString before = dumpDatabase(database());
    expectRefusedWritingNothing(purge(archive), before, ref(late));
}

TEST_F(ArchivePurgeTest, RefusesAnOrderChangedAfterTheExport)
{
    const QString archive = exportArchive();
    ASSERT_TRUE(orders().addNote(ref(first), u"Customer called about the invoice"_s));
    const QString before = dumpDatabase(database());
    const auto refused = purge(archive);
    expectRefusedWritingNothing(refused, before, ref(first));
    EXPECT_TRUE(refused.error().message.contains(u"changed"_s)) << describe(refused.error());
}

TEST_F(ArchivePurgeTest, RefusesOrdersThatAreNotFinished)
{
    // Grace's order is not cancelled but waits for payment: nothing through that day is purged.
    db.clock().set(at(11, 1, 9));
    const Order open = place(placeRequest({{u"CAP-1"_s, 1}}, u"grace@example.org"_s, u"Grace Hopper"_s));
    sendEverything();
    db.clock().set(at(11, 3, 10));
    const QString archive = exportArchive();
    const QString before = dumpDatabase(database());
    const auto refused = purge(archive);
    expectRefusedWritingNothing(refused, before, ref(open));
    EXPECT_TRUE(refused.error().message.contains(u"pending"_s)) << describe(refused.error());
}

TEST_F(ArchivePurgeTest, RefusesARedactedArchiveAndADayBeyondTheArchive)
{
    ArchiveExportOptions options;
    options.from = QDate(2026, 10, 30);
    options.to = QDate(2026, 11, 1);
    options.file = archivePath(u"redacted.archive"_s);
    options.now = db.clock().now();
    options.redactCustomers = true;
    ASSERT_TRUE(ArchiveExporter::exportPeriod(database(), options));
    const QString before = dumpDatabase(database());
    expectRefusedWritingNothing(purge(options.file), before, u"redacted"_s);
    const QString archive = exportArchive();
    expectRefusedWritingNothing(ArchivePurge::purge(session(), ArchivePurgeRequest{QDate(2026, 11, 2), archive, false}),
            before, u"2026-11-02"_s);
}

} // namespace
