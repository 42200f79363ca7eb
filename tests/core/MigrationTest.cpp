#include "Helpers.h"

#include "dashboard/DailyAggregates.h"
#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/Migrator.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

bool tableExists(Database &database, const QString &table)
{
    return scalar(database, u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"_s, {table}) == 1;
}

int versionOf(Database &database)
{
    auto version = Migrator(database).currentVersion();
    EXPECT_TRUE(version) << describe(version.error());
    return version ? *version : -1;
}

TEST(MigrationTest, FreshDatabaseIsAtTheLatestVersion)
{
    TestDatabase db;
    if (db.isPostgres())
        GTEST_SKIP() << "inspects sqlite_master";
    Database &database = db.session().database();
    EXPECT_GE(latestSchemaVersion(), 2);
    EXPECT_EQ(versionOf(database), latestSchemaVersion());
    EXPECT_EQ(scalar(database, u"SELECT COUNT(*) FROM schema_migrations"_s), allMigrations().size());
    // Versions only ascend: branches reserve numbers and are merged in order, so a gap may exist
    // until the branch holding the missing number lands.
    for (qsizetype i = 1; i < allMigrations().size(); ++i)
        EXPECT_LT(allMigrations().at(i - 1).version, allMigrations().at(i).version) << "migrations ascend";
    for (const QString &table : {u"counters"_s, u"customers"_s, u"products"_s, u"orders"_s, u"order_lines"_s,
                 u"order_events"_s, u"stock_movements"_s, u"payments"_s})
        EXPECT_TRUE(tableExists(database, table)) << table.toStdString();
    auto again = Migrator(database).migrateToLatest();
    ASSERT_TRUE(again);
    EXPECT_EQ(again->fromVersion, again->toVersion);
    EXPECT_TRUE(again->backupPath.isEmpty());
    EXPECT_TRUE(db.session().isEmpty().value_or(false));
}

// Reverting to an earlier version takes every later migration's indexes away, and migrating up again
// brings them back.
TEST(MigrationTest, RevertingLandsOnTheVersionAskedForAndTheIndexesComeBack)
{
    TestDatabase db;
    if (db.isPostgres())
        GTEST_SKIP() << "inspects sqlite_master";
    Database &database = db.session().database();
    ASSERT_GE(latestSchemaVersion(), 9);
    const int previous = 7; // before the order search indexes (8) and the outbox browsing index (9)
    const QString indexCount = u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                               "('orders_status_customer', 'orders_payment_state', 'orders_cancel_reason', "
                               "'notification_outbox_status_id')"_s;
    EXPECT_EQ(scalar(database, indexCount), 4);

    Migrator migrator(database);
    auto down = migrator.migrateTo(previous);
    ASSERT_TRUE(down) << describe(down.error());
    EXPECT_EQ(down->toVersion, previous);
    EXPECT_EQ(versionOf(database), previous);
    EXPECT_EQ(scalar(database, indexCount), 0);

    auto up = migrator.migrateToLatest();
    ASSERT_TRUE(up) << describe(up.error());
    EXPECT_EQ(up->fromVersion, previous);
    EXPECT_EQ(up->toVersion, latestSchemaVersion());
    EXPECT_EQ(scalar(database, indexCount), 4);
}

TEST(MigrationTest, DownAndUpAgain)
{
    TestDatabase db;
    if (db.isPostgres())
        GTEST_SKIP() << "inspects sqlite_master and SQLite backups";
    Session &session = db.session();
    Database &database = session.database();
    addProduct(session, u"MUG-1"_s, u"12.50"_s, 10);
    ASSERT_TRUE(session.orders().place(placeRequest({{u"MUG-1"_s, 2}})));
    Migrator migrator(database);

    auto toOne = migrator.migrateTo(1);
    ASSERT_TRUE(toOne) << describe(toOne.error());
    EXPECT_EQ(toOne->fromVersion, latestSchemaVersion());
    EXPECT_EQ(toOne->toVersion, 1);
    EXPECT_TRUE(QFileInfo(toOne->backupPath).isFile());
    EXPECT_EQ(versionOf(database), 1);
    EXPECT_FALSE(tableExists(database, u"orders"_s));
    EXPECT_FALSE(tableExists(database, u"stock_movements"_s));
    EXPECT_TRUE(tableExists(database, u"products"_s));

    auto up = migrator.migrateToLatest();
    ASSERT_TRUE(up) << describe(up.error());
    EXPECT_EQ(up->fromVersion, 1);
    EXPECT_EQ(up->toVersion, latestSchemaVersion());
    // The catalogue and customers (version 1) survive; orders and ledgers (version 2) start empty.
    EXPECT_EQ(scalar(database, u"SELECT COUNT(*) FROM products"_s), 1);
    EXPECT_EQ(scalar(database, u"SELECT COUNT(*) FROM customers"_s), 1);
    EXPECT_EQ(scalar(database, u"SELECT COUNT(*) FROM orders"_s), 0);
    EXPECT_EQ(scalar(database, u"SELECT COUNT(*) FROM stock_movements"_s), 0);

    auto toZero = migrator.migrateTo(0);
    ASSERT_TRUE(toZero) << describe(toZero.error());
    EXPECT_EQ(toZero->toVersion, 0);
    EXPECT_EQ(versionOf(database), 0);
    EXPECT_FALSE(tableExists(database, u"products"_s));
    EXPECT_FALSE(tableExists(database, u"counters"_s));
    EXPECT_TRUE(tableExists(database, u"schema_migrations"_s));

    auto fresh = migrator.migrateToLatest();
    ASSERT_TRUE(fresh) << describe(fresh.error());
    EXPECT_EQ(fresh->fromVersion, 0);
    EXPECT_TRUE(fresh->backupPath.isEmpty()); // nothing to back up at version 0
    EXPECT_EQ(scalar(database, u"SELECT COUNT(*) FROM products"_s), 0);
    EXPECT_EQ(scalar(database, u"SELECT value FROM counters WHERE name = 'order_number'"_s), 1000);
    // The services work on the re-created schema.
    addProduct(session, u"TEE-1"_s, u"29.99"_s, 3);
    auto order = session.orders().place(placeRequest({{u"TEE-1"_s, 1}}));
    ASSERT_TRUE(order) << describe(order.error());
    EXPECT_EQ(order->number, 1001);
}

// Version 12 rebuilds `refunds` and `notification_outbox` on SQLite (and alters them on PostgreSQL):
// what they held survives, and the dashboard's email triggers keep counting.
TEST(MigrationTest, Version12KeepsRefundsEmailsAndTheDashboardTriggers)
{
    TestDatabase db;
    Session &session = db.session();
    Database &database = session.database();
    addProduct(session, u"MUG-1"_s, u"12.50"_s, 10);
    auto order = session.orders().place(placeRequest({{u"MUG-1"_s, 2}}));
    ASSERT_TRUE(order) << describe(order.error());
    ASSERT_TRUE(session.orders().markPaid(QString::number(order->number), u"INV-1"_s));
    const qint64 emails = scalar(database, u"SELECT COUNT(*) FROM notification_outbox"_s);
    ASSERT_GE(emails, 2);

    Migrator migrator(database);
    ASSERT_TRUE(migrator.migrateTo(11));
    // A card refund as version 11 stores it: through its attempt.
    ASSERT_TRUE(database.query(u"INSERT INTO payment_attempts (order_number, kind, idempotency_key, amount_minor, "
                               "currency, payment_intent, provider_id, status, started_at, actor) VALUES "
                               "(?, 'refund', 'k-1', 1000, 'USD', 'pi_1', 're_1', 'succeeded', 0, 'x')"_s,
            {order->number}));
    ASSERT_TRUE(database.query(u"INSERT INTO refunds (order_number, attempt_id, amount_minor, currency, reason, "
                               "provider_id, actor, at) SELECT ?, id, 1000, 'USD', 'damaged', 're_1', 'x', 0 "
                               "FROM payment_attempts WHERE idempotency_key = 'k-1'"_s,
            {order->number}));
    ASSERT_TRUE(database.query(u"UPDATE orders SET refunded_minor = 1000 WHERE number = ?"_s, {order->number}));

    auto up = migrator.migrateToLatest();
    ASSERT_TRUE(up) << describe(up.error());
    EXPECT_EQ(rows(database, u"SELECT method, amount_minor, reason, provider_id, reference FROM refunds"_s),
            (QStringList{u"card | 1000 | damaged | re_1 | "_s}));
    EXPECT_EQ(scalar(database, u"SELECT COUNT(*) FROM notification_outbox"_s), emails);
    EXPECT_EQ(scalar(database, u"SELECT credit_minor FROM orders WHERE number = ?"_s, {order->number}), 0);
    if (!db.isPostgres()) {
        EXPECT_EQ(scalar(database,
                          u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' "
                          "AND tbl_name = 'notification_outbox'"_s),
                3);
        EXPECT_EQ(scalar(database,
                          u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                          "('notification_outbox_due', 'notification_outbox_order', "
                          "'notification_outbox_status_id', 'refunds_order', 'orders_payment_state', "
                          "'payment_links_one_live')"_s),
                6);
    }
    // New emails still reach the dashboard's counts, and every aggregate agrees with a recount.
    const qint64 queued = scalar(database, u"SELECT COALESCE(SUM(emails_queued), 0) FROM daily_email_stats"_s);
    ASSERT_TRUE(session.orders().cancel(QString::number(order->number), CancelReason::Customer, {}));
    EXPECT_EQ(scalar(database, u"SELECT COALESCE(SUM(emails_queued), 0) FROM daily_email_stats"_s), queued + 1);
    auto differences = DailyAggregates::differences(database);
    ASSERT_TRUE(differences) << describe(differences.error());
    EXPECT_TRUE(differences->isEmpty()) << differences->join(u'\n').toStdString();
    // The new payment-link email is accepted by the rebuilt table.
    EXPECT_TRUE(database.query(u"INSERT INTO notification_outbox (order_number, event, recipient_email, subject, "
                               "body_text, body_html, next_attempt_at, created_at, updated_at) "
                               "VALUES (?, 'payment_link', 'a@b.c', 's', 't', 'h', 0, 0, 0)"_s,
            {order->number}));

    // Down again: refunds made outside Shipshape and payment-link emails have no place in version 11.
    ManualRefundRequest manual;
    manual.amount = Money(500, *Currency::fromCode(u"USD"_s));
    ASSERT_TRUE(session.orders().recordRefund(QString::number(order->number), manual));
    ASSERT_TRUE(migrator.migrateTo(11));
    EXPECT_EQ(scalar(database, u"SELECT COUNT(*) FROM refunds"_s), 1);
    EXPECT_EQ(scalar(database, u"SELECT COUNT(*) FROM notification_outbox WHERE event = 'payment_link'"_s), 0);
    ASSERT_TRUE(migrator.migrateToLatest());
}

TEST(MigrationTest, AFileWithDataIsBackedUpBeforeMigrating)
{
    if (qEnvironmentVariable("SHIPSHAPE_TEST_DATABASE") == u"postgresql"_s)
        GTEST_SKIP() << "SQLite files are backed up; servers are the operator's";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"old.sqlite"_s);
    {
        auto database = Database::open(DatabaseUrl::sqliteFile(path));
        ASSERT_TRUE(database) << describe(database.error());
        ASSERT_TRUE(Migrator(**database).migrateTo(1));
        ASSERT_TRUE((*database)->query(u"INSERT INTO products (sku, name, price_minor, currency, on_hand, created_at, "
                                       "updated_at) VALUES ('OLD-1', 'Old', 100, 'USD', 7, 0, 0)"_s));
        auto report = Migrator(**database).migrateToLatest();
        ASSERT_TRUE(report) << describe(report.error());
        EXPECT_EQ(report->fromVersion, 1);
        ASSERT_FALSE(report->backupPath.isEmpty());
        EXPECT_TRUE(QFileInfo(report->backupPath).isFile()) << report->backupPath.toStdString();
        EXPECT_NE(report->backupPath, path);

        auto backup = Database::open(DatabaseUrl::sqliteFile(report->backupPath));
        ASSERT_TRUE(backup) << describe(backup.error());
        EXPECT_EQ(versionOf(**backup), 1);
        EXPECT_EQ(scalar(**backup, u"SELECT on_hand FROM products WHERE sku = 'OLD-1'"_s), 7);
        EXPECT_EQ(scalar(**database, u"SELECT on_hand FROM products WHERE sku = 'OLD-1'"_s), 7);
    }
}

TEST(MigrationTest, NewerDatabaseIsRefused)
{
    TestDatabase db;
    Database &database = db.session().database();
    ASSERT_TRUE(
            database.query(u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)"_s));
    const QString before = dumpDatabase(database);

    auto compatible = Migrator(database).checkCompatible();
    ASSERT_FALSE(compatible);
    EXPECT_EQ(compatible.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(compatible.error().message.contains(u"999"_s)) << compatible.error().message.toStdString();

    auto migrated = Migrator(database).migrateTo(1);
    ASSERT_FALSE(migrated);
    EXPECT_EQ(migrated.error().code, ErrorCode::Conflict);
    EXPECT_EQ(dumpDatabase(database), before);

    for (bool migrate : {true, false}) {
        SessionOptions options;
        options.migrate = migrate;
        options.clock = &db.clock();
        auto session = Session::open(db.url(), options);
        ASSERT_FALSE(session) << "migrate=" << migrate;
        EXPECT_EQ(session.error().code, ErrorCode::Conflict);
        EXPECT_TRUE(session.error().message.contains(u"999"_s));
    }
    EXPECT_EQ(dumpDatabase(database), before);
}

// A database whose record skips a migration (made by a build that had a later migration but not an
// earlier one) is refused rather than left without it for ever.
TEST(MigrationTest, ADatabaseThatSkippedAMigrationIsRefused)
{
    TestDatabase db;
    Database &database = db.session().database();
    ASSERT_TRUE(database.query(u"DELETE FROM schema_migrations WHERE version = 6"_s));
    const QString before = dumpDatabase(database);

    auto compatible = Migrator(database).checkCompatible();
    ASSERT_FALSE(compatible);
    EXPECT_EQ(compatible.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(compatible.error().message.contains(u"lacks migration 6"_s))
            << compatible.error().message.toStdString();
    auto migrated = Migrator(database).migrateToLatest();
    ASSERT_FALSE(migrated);
    EXPECT_EQ(dumpDatabase(database), before);
}

TEST(MigrationTest, UnknownTargetVersionsAreRefused)
{
    TestDatabase db;
    Migrator migrator(db.session().database());
    for (int target : {-1, latestSchemaVersion() + 1}) {
        auto report = migrator.migrateTo(target);
        ASSERT_FALSE(report) << target;
        EXPECT_EQ(report.error().code, ErrorCode::InvalidInput);
        EXPECT_EQ(report.error().field, u"to"_s);
        EXPECT_EQ(report.error().value, QString::number(target));
    }
    EXPECT_EQ(versionOf(db.session().database()), latestSchemaVersion());
}

} // namespace

// Version 19 (partial shipments): an order shipped or delivered before it becomes one parcel holding all
// its lines, with its carrier, tracking number and times; the order then carries on under the new rules.
TEST(MigrationShipmentsTest, Version19TurnsEveryShippedOrderIntoOneParcel)
{
    TestDatabase db;
    Session &session = db.session();
    Database &database = session.database();
    addProduct(session, u"MUG-1"_s, u"12.50"_s, 10);
    addProduct(session, u"TEE-1"_s, u"20.00"_s, 10);
    const auto paid = [&](const QList<Line> &lines) {
        auto placed = session.orders().place(placeRequest(lines));
        EXPECT_TRUE(placed) << describe(placed.error());
        auto confirmed = session.orders().markPaid(QString::number(placed ? placed->number : 0));
        EXPECT_TRUE(confirmed) << describe(confirmed.error());
        return confirmed ? *confirmed : Order{};
    };
    const Order shipped = paid({{u"MUG-1"_s, 2}, {u"TEE-1"_s, 1}});
    const Order delivered = paid({{u"TEE-1"_s, 3}});
    const Order waiting = paid({{u"MUG-1"_s, 1}});
    ASSERT_TRUE(session.orders().ship(QString::number(shipped.number), u"1ZOLD1"_s, u"UPS"_s));
    ASSERT_TRUE(session.orders().ship(QString::number(delivered.number), u"1ZOLD2"_s, {}));
    db.clock().advance(3600);
    ASSERT_TRUE(session.orders().deliver(QString::number(delivered.number)));

    Migrator migrator(database);
    auto down = migrator.migrateTo(18);
    ASSERT_TRUE(down) << describe(down.error());
    auto up = migrator.migrateToLatest();
    ASSERT_TRUE(up) << describe(up.error());
    EXPECT_EQ(up->fromVersion, 18);

    EXPECT_EQ(rows(database,
                      u"SELECT order_number, carrier, tracking_number, CASE WHEN delivered_at IS NULL THEN 0 ELSE 1 "
                      u"END FROM shipments "
                      "ORDER BY order_number"_s),
            (QStringList{
                    u"%1 | UPS | 1ZOLD1 | 0"_s.arg(shipped.number), u"%1 |  | 1ZOLD2 | 1"_s.arg(delivered.number)}));
    EXPECT_EQ(scalar(database, u"SELECT COUNT(*) FROM shipment_lines"_s), 3);
    EXPECT_EQ(scalar(database, u"SELECT COUNT(*) FROM order_lines WHERE shipped_quantity <> 0 AND order_number = ?"_s,
                      {waiting.number}),
            0);
    const QStringList violations = conservationViolations(database);
    EXPECT_TRUE(violations.isEmpty()) << violations.join(u"\n"_s).toStdString();

    auto found = session.orders().find(QString::number(delivered.number));
    ASSERT_TRUE(found) << describe(found.error());
    EXPECT_EQ(found->fulfillmentState(), FulfillmentState::Delivered);
    ASSERT_EQ(found->shipments.size(), 1);
    EXPECT_EQ(found->shipments.constFirst().lines, (QList<ShipmentLine>{{u"TEE-1"_s, 3}}));
    auto nowDelivered = session.orders().deliver(QString::number(shipped.number));
    ASSERT_TRUE(nowDelivered) << describe(nowDelivered.error());
    EXPECT_EQ(nowDelivered->status, OrderStatus::Delivered);
    ASSERT_TRUE(session.orders().ship(QString::number(waiting.number), u"1ZNEW"_s, {}));
    EXPECT_TRUE(conservationViolations(database).isEmpty());
}
