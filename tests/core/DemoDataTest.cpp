#include "Helpers.h"

#include "demo/DemoDataGenerator.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

const QDateTime kNow(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC); // TestDatabase's clock start

DemoDataOptions options(quint32 seed = 7)
{
    DemoDataOptions result;
    result.orders = 2000;
    result.products = 60;
    result.customers = 300;
    result.seed = seed;
    result.now = kNow;
    return result;
}

QStringList orderRows(Database &database)
{
    return rows(database,
            u"SELECT number, uuid, status, total_minor, customer_name, placed_at, line_count "
            "FROM orders ORDER BY number"_s);
}

QStringList indexNames(Database &database)
{
    return rows(database, u"SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"_s);
}

TEST(DemoDataTest, GeneratesTheRequestedShopConsistently)
{
    TestDatabase db;
    Database &database = db.session().database();
    ASSERT_TRUE(db.session().isEmpty().value_or(false));
    const QStringList indexesBefore = db.isPostgres() ? QStringList() : indexNames(database);
    qint64 lastProgress = 0;
    auto report = DemoDataGenerator::generate(database, options(), [&](qint64 written, qint64 total) {
        EXPECT_EQ(total, 2000);
        EXPECT_GT(written, lastProgress);
        lastProgress = written;
    });
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_EQ(lastProgress, 2000);
    EXPECT_EQ(report->orders, 2000);
    EXPECT_EQ(report->products, 60);
    EXPECT_EQ(report->customers, 300);
    EXPECT_EQ(scalar(database, u"SELECT COUNT(*) FROM orders"_s), 2000);
    EXPECT_EQ(scalar(database, u"SELECT value FROM counters WHERE name = 'orders'"_s), 2000);
    auto counted = db.session().orders().count({});
    ASSERT_TRUE(counted);
    EXPECT_EQ(*counted, 2000);
    if (!db.isPostgres()) { // the count triggers were dropped for the load and are back
        EXPECT_EQ(scalar(database,
                          u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                          "('orders_count_insert', 'orders_count_delete')"_s),
                2);
    }
    EXPECT_EQ(scalar(database, u"SELECT COUNT(*) FROM products"_s), 60);
    EXPECT_EQ(scalar(database, u"SELECT COUNT(*) FROM customers"_s), 300);
    EXPECT_EQ(scalar(database, u"SELECT COUNT(*) FROM order_lines"_s), report->lines);
    EXPECT_EQ(scalar(database, u"SELECT COUNT(*) FROM order_events"_s), report->timelineEntries);
    EXPECT_EQ(scalar(database, u"SELECT MIN(number) FROM orders"_s), 1001);
    EXPECT_EQ(scalar(database, u"SELECT MAX(number) FROM orders"_s), 3000);
    EXPECT_EQ(scalar(database, u"SELECT value FROM counters WHERE name = 'order_number'"_s), 3000);
    EXPECT_LT(scalar(database, u"SELECT MAX(placed_at) FROM orders"_s), kNow.toMSecsSinceEpoch());
    // Every status occurs; every paid order has its payment.
    for (const QString &status : {u"pending"_s, u"confirmed"_s, u"shipped"_s, u"delivered"_s, u"cancelled"_s})
        EXPECT_GT(scalar(database, u"SELECT COUNT(*) FROM orders WHERE status = ?"_s, {status}), 0)
                << status.toStdString();
    EXPECT_EQ(scalar(database,
                      u"SELECT COUNT(*) FROM orders o WHERE o.paid_minor <> "
                      "(SELECT COALESCE(SUM(amount_minor), 0) FROM payments p WHERE p.order_number = o.number)"_s),
            0);
    if (!db.isPostgres()) {
        EXPECT_EQ(indexNames(database), indexesBefore); // the generator's dropped indexes are all back
    }
    const QStringList violations = conservationViolations(database);
    EXPECT_TRUE(violations.isEmpty()) << violations.join(u'\n').toStdString();

    // The services carry on from the generated state.
    EXPECT_EQ(db.session().orders().expireReservations().value_or(-1), 0); // nobody's hold has run out yet
    db.clock().advance(16 * 60 * 1000);
    const qint64 pending = scalar(database, u"SELECT COUNT(*) FROM orders WHERE status = 'pending'"_s);
    EXPECT_EQ(db.session().orders().expireReservations().value_or(-1), pending);
    auto next = db.session().orders().place(placeRequest({{u"SKU-10001"_s, 1}}));
    if (product(db.session(), u"SKU-10001"_s).available() > 0) {
        ASSERT_TRUE(next) << describe(next.error());
        EXPECT_EQ(next->number, 3001);
    }
    const QStringList after = conservationViolations(database);
    EXPECT_TRUE(after.isEmpty()) << after.join(u'\n').toStdString();
}

TEST(DemoDataTest, SameSeedAndTimeGiveTheSameShop)
{
    TestDatabase first;
    TestDatabase second;
    TestDatabase other;
    ASSERT_TRUE(DemoDataGenerator::generate(first.session().database(), options(7)));
    ASSERT_TRUE(DemoDataGenerator::generate(second.session().database(), options(7)));
    ASSERT_TRUE(DemoDataGenerator::generate(other.session().database(), options(8)));
    const QStringList rowsFirst = orderRows(first.session().database());
    EXPECT_EQ(rowsFirst.size(), 2000);
    EXPECT_EQ(rowsFirst, orderRows(second.session().database()));
    EXPECT_NE(rowsFirst, orderRows(other.session().database()));
    const QString lines = u"SELECT order_number, position, sku, quantity, line_total_minor FROM order_lines "
                          "ORDER BY order_number, position"_s;
    EXPECT_EQ(rows(first.session().database(), lines), rows(second.session().database(), lines));
    const QString stock = u"SELECT sku, name, price_minor, on_hand, reserved FROM products ORDER BY sku"_s;
    EXPECT_EQ(rows(first.session().database(), stock), rows(second.session().database(), stock));
}

TEST(DemoDataTest, RefusesANonEmptyDatabase)
{
    TestDatabase db;
    addProduct(db.session(), u"MUG-1"_s, u"12.50"_s, 10);
    const QString before = dumpDatabase(db.session().database());
    auto report = DemoDataGenerator::generate(db.session().database(), options());
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().code, ErrorCode::Conflict);
    EXPECT_EQ(dumpDatabase(db.session().database()), before);

    TestDatabase twice;
    DemoDataOptions small = options();
    small.orders = 50;
    ASSERT_TRUE(DemoDataGenerator::generate(twice.session().database(), small));
    auto again = DemoDataGenerator::generate(twice.session().database(), small);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_EQ(scalar(twice.session().database(), u"SELECT COUNT(*) FROM orders"_s), 50);
}

TEST(DemoDataTest, RefusesNonPositiveCounts)
{
    TestDatabase db;
    for (auto change : {+[](DemoDataOptions &o) { o.orders = -1; }, +[](DemoDataOptions &o) { o.products = 0; },
                 +[](DemoDataOptions &o) { o.customers = 0; }}) {
        DemoDataOptions bad = options();
        change(bad);
        auto report = DemoDataGenerator::generate(db.session().database(), bad);
        ASSERT_FALSE(report);
        EXPECT_EQ(report.error().code, ErrorCode::InvalidInput);
    }
    EXPECT_TRUE(db.session().isEmpty().value_or(false));
}

// A catalogue smaller than an order's line count (up to 4 lines) must still work.
TEST(DemoDataTest, WorksWithATinyCatalogue)
{
    TestDatabase db;
    DemoDataOptions tiny = options();
    tiny.orders = 200;
    tiny.products = 2;
    auto report = DemoDataGenerator::generate(db.session().database(), tiny);
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_LE(scalar(db.session().database(), u"SELECT MAX(line_count) FROM orders"_s), 2);
    EXPECT_TRUE(conservationViolations(db.session().database()).isEmpty());
}

} // namespace

namespace {

TEST(DemoDataTest, ADatabaseIsIncompleteWhileItsDemoDataIsBeingWritten)
{
    TestDatabase db;
    Database &database = db.session().database();
    EXPECT_TRUE(DemoDataGenerator::checkComplete(database)) << "an empty database is not a partial one";

    // What another process sees half-way: the progress callback runs after a batch of orders was committed
    // and before the stock, the indexes and the aggregates are written.
    std::optional<Status> seenWhileWriting;
    auto report = DemoDataGenerator::generate(database, options(), [&](qint64, qint64) {
        if (!seenWhileWriting) {
            auto reader = db.openAnother();
            seenWhileWriting = DemoDataGenerator::checkComplete(reader->database());
        }
    });
    ASSERT_TRUE(report) << describe(report.error());
    ASSERT_TRUE(seenWhileWriting.has_value());
    ASSERT_FALSE(*seenWhileWriting);
    EXPECT_EQ(seenWhileWriting->error().code, ErrorCode::Conflict);
    EXPECT_TRUE(seenWhileWriting->error().message.contains(u"incomplete"_s)) << describe(seenWhileWriting->error());

    EXPECT_TRUE(DemoDataGenerator::checkComplete(database)) << "finished demo data is complete";
}

} // namespace
