#include "Helpers.h"

#include "storage/Database.h"

#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <barrier>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

class CycleCountTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        addProduct(session(), u"MUG-1"_s, u"12.50"_s, 50);
        addProduct(session(), u"TEE-1"_s, u"20.00"_s, 30);
        addProduct(session(), u"CAP-1"_s, u"9.99"_s, 10);
        auto barcoded = session().inventory().editProduct(u"MUG-1"_s, ProductEdit{.barcode = u"4006381333931"_s});
        ASSERT_TRUE(barcoded) << describe(barcoded.error());
    }
    Session &session() { return db.session(); }
    CycleCounts &counts() { return session().counts(); }
    CycleCount started(const QStringList &skus)
    {
        auto count = counts().start(skus, u"aisle A"_s);
        EXPECT_TRUE(count) << describe(count.error());
        return count ? *count : CycleCount{};
    }
    Order confirmed(const QList<Line> &lines)
    {
        auto placed = session().orders().place(placeRequest(lines));
        EXPECT_TRUE(placed) << describe(placed.error());
        if (!placed)
            return {};
        auto paid = session().orders().markPaid(QString::number(placed->number));
        EXPECT_TRUE(paid) << describe(paid.error());
        return paid ? *paid : Order{};
    }
    void ship(const Order &order)
    {
        auto shipped = session().orders().ship(QString::number(order.number), u"1Z999AA10123456784"_s, u"UPS"_s);
        ASSERT_TRUE(shipped) << describe(shipped.error());
    }
    qint64 corrections(const QString &sku)
    {
        return scalar(session().database(),
                u"SELECT COUNT(*) FROM stock_movements WHERE sku = ? AND kind = 'correction'"_s, {sku});
    }
    void expectNothingWritten(const QString &before) { EXPECT_EQ(dumpDatabase(session().database()), before); }

    TestDatabase db;
};

TEST_F(CycleCountTest, ACountStartsExpectingEachProductsStockNow)
{
    // Products by SKU or by barcode, as a scanner types them.
    const CycleCount count = started({u"TEE-1"_s, u"4006381333931"_s});
    EXPECT_GT(count.id, 0);
    EXPECT_EQ(count.state, CycleCountState::Open);
    EXPECT_EQ(count.note, u"aisle A"_s);
    EXPECT_EQ(count.startedBy, session().database().actor());
    EXPECT_EQ(count.startedAt, db.clock().now());
    ASSERT_EQ(count.lines.size(), 2);
    EXPECT_EQ(count.lines.at(0).sku, u"MUG-1"_s);
    EXPECT_EQ(count.lines.at(0).expected, 50);
    EXPECT_EQ(count.lines.at(0).barcode, u"4006381333931"_s);
    EXPECT_FALSE(count.lines.at(0).isCounted());
    EXPECT_FALSE(count.lines.at(0).variance());
    EXPECT_EQ(count.lines.at(1).sku, u"TEE-1"_s);
    EXPECT_EQ(count.lines.at(1).expected, 30);
    EXPECT_EQ(count.countedLines(), 0);
}

TEST_F(CycleCountTest, AShipmentDuringTheCountIsAccountedNotReportedAsVariance)
{
    const CycleCount count = started({u"MUG-1"_s, u"TEE-1"_s});
    ship(confirmed({{u"MUG-1"_s, 3}}));
    db.clock().advance(60'000);

    // The shelf holds what the system says once the shipment left: no variance, nothing to post.
    auto mug = counts().enter(count.id, u"MUG-1"_s, 47);
    ASSERT_TRUE(mug) << describe(mug.error());
    EXPECT_EQ(mug->expected, 50);
    EXPECT_EQ(mug->onHandAtCount, 47);
    EXPECT_EQ(mug->movedDuringCount(), -3);
    EXPECT_EQ(mug->variance(), 0);
    EXPECT_EQ(mug->countedAt, db.clock().now());
    // Two tees are missing.
    auto tee = counts().enter(count.id, u"TEE-1"_s, 28);
    ASSERT_TRUE(tee) << describe(tee.error());
    EXPECT_EQ(tee->variance(), -2);

    auto approved = counts().approve(count.id);
    ASSERT_TRUE(approved) << describe(approved.error());
    EXPECT_EQ(approved->state, CycleCountState::Approved);
    EXPECT_EQ(approved->closedBy, session().database().actor());
    EXPECT_EQ(product(session(), u"MUG-1"_s).onHand, 47);
    EXPECT_EQ(product(session(), u"TEE-1"_s).onHand, 28);
    EXPECT_EQ(corrections(u"MUG-1"_s), 0);
    EXPECT_FALSE(approved->line(u"MUG-1"_s)->correctionId);
    ASSERT_TRUE(approved->line(u"TEE-1"_s)->correctionId);

    auto ledger = session().inventory().movements(u"TEE-1"_s, 1);
    ASSERT_TRUE(ledger) << describe(ledger.error());
    ASSERT_EQ(ledger->size(), 1);
    EXPECT_EQ(ledger->at(0).id, *approved->line(u"TEE-1"_s)->correctionId);
    EXPECT_EQ(ledger->at(0).kind, StockMovementKind::Correction);
    EXPECT_EQ(ledger->at(0).onHandDelta, -2);
    EXPECT_EQ(ledger->at(0).onHandAfter, 28);
    EXPECT_TRUE(ledger->at(0).reason.contains(u"#%1"_s.arg(count.id))) << ledger->at(0).reason.toStdString();
    EXPECT_TRUE(ledger->at(0).reason.contains(u"aisle A"_s)) << ledger->at(0).reason.toStdString();
    EXPECT_EQ(conservationViolations(session().database()), QStringList());
}

TEST_F(CycleCountTest, ScansAddUpByGtinOrSkuInAnyCaseAndATypedCountReplacesThem)
{
    const CycleCount count = started({u"MUG-1"_s});
    ASSERT_TRUE(counts().add(count.id, u"4006381333931"_s));
    ASSERT_TRUE(counts().add(count.id, u"mug-1"_s));
    auto third = counts().add(count.id, u" MUG-1 "_s, 2);
    ASSERT_TRUE(third) << describe(third.error());
    EXPECT_EQ(third->counted, 4);
    auto typed = counts().enter(count.id, u"MUG-1"_s, 49);
    ASSERT_TRUE(typed) << describe(typed.error());
    EXPECT_EQ(typed->counted, 49);
    EXPECT_EQ(typed->variance(), -1);
}

TEST_F(CycleCountTest, RefusalsNameTheFieldAndWriteNothing)
{
    const CycleCount count = started({u"MUG-1"_s, u"TEE-1"_s});
    const QString before = dumpDatabase(session().database());
    const auto refused = [&](const auto &result, ErrorCode code, const QString &field, const char *what) {
        ASSERT_FALSE(result) << what;
        EXPECT_EQ(result.error().code, code) << what << ": " << describe(result.error());
        EXPECT_EQ(result.error().field, field) << what << ": " << describe(result.error());
        expectNothingWritten(before);
    };
    refused(counts().enter(count.id, u"CAP-1"_s, 3), ErrorCode::Conflict, u"sku"_s, "a product not in the count");
    refused(counts().enter(count.id, u"NO-SUCH"_s, 3), ErrorCode::InvalidInput, u"sku"_s, "no product");
    refused(counts().enter(count.id, u"MUG-1"_s, -1), ErrorCode::InvalidInput, u"counted"_s, "a negative count");
    refused(counts().add(count.id, u"MUG-1"_s, 0), ErrorCode::InvalidInput, u"quantity"_s, "a scan of nothing");
    refused(counts().enter(count.id + 1, u"MUG-1"_s, 3), ErrorCode::NotFound, u"count"_s, "no such count");
    refused(counts().approve(count.id), ErrorCode::Conflict, u"count"_s, "uncounted lines");
    refused(counts().start({u"CAP-1"_s, u"MUG-1"_s}), ErrorCode::Conflict, u"sku"_s, "in another open count");
    refused(counts().start({u"CAP-1"_s, u"NOPE-1"_s}), ErrorCode::InvalidInput, u"sku"_s, "an unknown product");
    refused(counts().start({u"CAP-1"_s, u"cap-1"_s}), ErrorCode::InvalidInput, u"sku"_s, "a product twice");
    refused(counts().start({}), ErrorCode::InvalidInput, u"sku"_s, "no product");

    ASSERT_TRUE(counts().enter(count.id, u"MUG-1"_s, 50));
    ASSERT_TRUE(counts().enter(count.id, u"TEE-1"_s, 30));
    ASSERT_TRUE(counts().approve(count.id));
    const QString approved = dumpDatabase(session().database());
    auto again = counts().enter(count.id, u"MUG-1"_s, 1);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::Conflict) << describe(again.error());
    EXPECT_FALSE(counts().cancel(count.id));
    EXPECT_FALSE(counts().approve(count.id));
    EXPECT_EQ(dumpDatabase(session().database()), approved);
}

TEST_F(CycleCountTest, AStockCorrectedByHandAfterItWasCountedIsCountedAgainBeforeApproval)
{
    const CycleCount count = started({u"MUG-1"_s});
    ASSERT_TRUE(counts().enter(count.id, u"MUG-1"_s, 45));
    // Someone else corrects the shelf meanwhile: posting −5 on top would correct twice.
    ASSERT_TRUE(session().inventory().setStock(u"MUG-1"_s, 45, u"found a broken box"_s));
    const QString before = dumpDatabase(session().database());
    auto refused = counts().approve(count.id);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict) << describe(refused.error());
    EXPECT_TRUE(refused.error().message.contains(u"MUG-1"_s)) << describe(refused.error());
    expectNothingWritten(before);

    ASSERT_TRUE(counts().enter(count.id, u"MUG-1"_s, 45));
    auto approved = counts().approve(count.id);
    ASSERT_TRUE(approved) << describe(approved.error());
    EXPECT_EQ(product(session(), u"MUG-1"_s).onHand, 45);
    EXPECT_EQ(corrections(u"MUG-1"_s), 1); // the hand correction only
}

TEST_F(CycleCountTest, ScansAfterAHandCorrectionAreRefusedUntilTheWholeCountIsEnteredAgain)
{
    const CycleCount count = started({u"MUG-1"_s});
    ASSERT_TRUE(counts().add(count.id, u"MUG-1"_s, 30));
    ASSERT_TRUE(session().inventory().setStock(u"MUG-1"_s, 40, u"found a broken box"_s));
    // Thirty units counted before the correction and one after would be judged against the stock after it.
    const QString before = dumpDatabase(session().database());
    auto refused = counts().add(count.id, u"MUG-1"_s);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict) << describe(refused.error());
    expectNothingWritten(before);
    auto again = counts().enter(count.id, u"MUG-1"_s, 39);
    ASSERT_TRUE(again) << describe(again.error());
    EXPECT_EQ(again->variance(), -1);
    ASSERT_TRUE(counts().add(count.id, u"MUG-1"_s)) << "scans add up again after a whole entry";
}

TEST_F(CycleCountTest, ProductsDueAreThoseInNoOpenCount)
{
    auto first = counts().startDue(30, 2);
    ASSERT_TRUE(first) << describe(first.error());
    ASSERT_EQ(first->lines.size(), 2);
    EXPECT_EQ(first->lines.at(0).sku, u"CAP-1"_s);
    EXPECT_EQ(first->lines.at(1).sku, u"MUG-1"_s);
    auto second = counts().startDue(30, 5);
    ASSERT_TRUE(second) << describe(second.error());
    ASSERT_EQ(second->lines.size(), 1);
    EXPECT_EQ(second->lines.at(0).sku, u"TEE-1"_s);
    auto none = counts().startDue(30, 5);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, ErrorCode::Conflict);
    EXPECT_EQ(none.error().field, u"days"_s);
}

TEST_F(CycleCountTest, AnApprovalThatLeavesLessOnHandThanOpenOrdersReserveIsRefused)
{
    const CycleCount count = started({u"CAP-1"_s});
    confirmed({{u"CAP-1"_s, 8}});
    ASSERT_TRUE(counts().enter(count.id, u"CAP-1"_s, 5));
    const QString before = dumpDatabase(session().database());
    auto refused = counts().approve(count.id);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict) << describe(refused.error());
    EXPECT_EQ(refused.error().field, u"sku"_s);
    EXPECT_EQ(refused.error().value, u"CAP-1"_s);
    expectNothingWritten(before);
}

TEST_F(CycleCountTest, ACancelledCountChangesNoStockAndFreesItsProducts)
{
    const CycleCount count = started({u"MUG-1"_s});
    ASSERT_TRUE(counts().enter(count.id, u"MUG-1"_s, 2));
    auto cancelled = counts().cancel(count.id);
    ASSERT_TRUE(cancelled) << describe(cancelled.error());
    EXPECT_EQ(cancelled->state, CycleCountState::Cancelled);
    EXPECT_EQ(product(session(), u"MUG-1"_s).onHand, 50);
    EXPECT_EQ(corrections(u"MUG-1"_s), 0);
    EXPECT_TRUE(counts().start({u"MUG-1"_s}));
}

TEST_F(CycleCountTest, TheListShowsProgressAndProductsNotCountedForDaysAreDue)
{
    const CycleCount first = started({u"MUG-1"_s, u"TEE-1"_s});
    ASSERT_TRUE(counts().enter(first.id, u"MUG-1"_s, 49));
    ASSERT_TRUE(counts().enter(first.id, u"TEE-1"_s, 30));
    ASSERT_TRUE(counts().approve(first.id));
    const CycleCount second = started({u"CAP-1"_s});

    auto open = counts().list(CycleCountState::Open);
    ASSERT_TRUE(open) << describe(open.error());
    ASSERT_EQ(open->size(), 1);
    EXPECT_EQ(open->at(0).id, second.id);
    auto all = counts().list();
    ASSERT_TRUE(all) << describe(all.error());
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(1).id, first.id);
    EXPECT_EQ(all->at(1).state, CycleCountState::Approved);
    EXPECT_EQ(all->at(1).lines, 2);
    EXPECT_EQ(all->at(1).countedLines, 2);
    EXPECT_EQ(all->at(1).differingLines, 1);

    // CAP-1 was never counted but is being counted now; the others were counted just now.
    auto due = counts().due(30);
    ASSERT_TRUE(due) << describe(due.error());
    EXPECT_TRUE(due->isEmpty());
    ASSERT_TRUE(counts().cancel(second.id));
    due = counts().due(30);
    ASSERT_TRUE(due) << describe(due.error());
    ASSERT_EQ(due->size(), 1);
    EXPECT_EQ(due->at(0).sku, u"CAP-1"_s);
    EXPECT_FALSE(due->at(0).lastCountedAt.isValid());
    db.clock().advance(qint64(31) * 24 * 3600 * 1000);
    due = counts().due(30);
    ASSERT_TRUE(due) << describe(due.error());
    ASSERT_EQ(due->size(), 3);
    EXPECT_EQ(due->at(0).sku, u"CAP-1"_s);
    EXPECT_TRUE(due->at(1).lastCountedAt.isValid());
    EXPECT_FALSE(counts().due(-1));
}

// One desktop ships orders of a product while another scans it into a count: every scan waits for the shipment
// holding the product and is then judged against the stock after it (on PostgreSQL a scan that waited once read a
// ledger older than the stock it locked, and the server refused it).
TEST_F(CycleCountTest, ScansRacingShipmentsOfTheProductAreAllCountedAgainstTheStockAfterEach)
{
    constexpr int kOrders = 15;
    constexpr int kScans = 30;
    QList<qint64> numbers;
    for (int i = 0; i < kOrders; ++i)
        numbers << confirmed({{u"MUG-1"_s, 1}}).number;
    const CycleCount count = started({u"MUG-1"_s});
    std::barrier start(2);
    std::atomic<int> shipped{0};
    std::atomic<int> scanned{0};
    std::atomic<int> failures{0};
    QList<QThread *> desktops;
    for (int d = 0; d < 2; ++d) {
        desktops << QThread::create([&, d] {
            SessionOptions options;
            options.clock = &db.clock();
            auto opened = Session::open(db.url(), options);
            start.arrive_and_wait();
            if (!opened) {
                ++failures;
                return;
            }
            Session &desktop = **opened;
            if (d == 0) {
                for (const qint64 number : std::as_const(numbers)) {
                    auto done = desktop.orders().ship(QString::number(number), u"1Z999AA10123456784"_s, u"UPS"_s);
                    done ? ++shipped : ++failures;
                }
                return;
            }
            for (int i = 0; i < kScans; ++i) {
                auto done = desktop.counts().add(count.id, u"MUG-1"_s);
                if (done) {
                    ++scanned;
                } else {
                    ++failures;
                    ADD_FAILURE() << describe(done.error());
                }
            }
        });
    }
    for (QThread *desktop : std::as_const(desktops))
        desktop->start();
    for (QThread *desktop : std::as_const(desktops)) {
        desktop->wait();
        delete desktop;
    }
    EXPECT_EQ(failures.load(), 0);
    EXPECT_EQ(shipped.load(), kOrders);
    EXPECT_EQ(scanned.load(), kScans);
    auto after = counts().count(count.id);
    ASSERT_TRUE(after) << describe(after.error());
    const CycleCountLine &line = after->lines.constFirst();
    EXPECT_EQ(line.counted, kScans);
    EXPECT_EQ(line.expected, 50);
    EXPECT_GE(*line.onHandAtCount, 50 - kOrders);
    // The last scan's stock and ledger row agree: the ledger row is the one that left that stock.
    const qint64 onHandAfterRow = scalar(session().database(),
            u"SELECT on_hand_after FROM stock_movements WHERE id = ?"_s, {line.lastMovementId.value_or(0)});
    EXPECT_EQ(onHandAfterRow, *line.onHandAtCount);
    EXPECT_EQ(conservationViolations(session().database()), QStringList());
}

// The schema holds the rules for SQL that bypasses core (on PostgreSQL also for the owner, who runs this).
TEST_F(CycleCountTest, TheSchemaRefusesAnApprovalWithoutItsCorrectionsAndChangesToClosedCounts)
{
    Database &database = session().database();
    const CycleCount count = started({u"MUG-1"_s});
    EXPECT_FALSE(database.query(u"UPDATE stock_counts SET state = 'approved', closed_by = 'x', closed_at = 1 "
                                "WHERE id = ?"_s,
            {count.id}))
            << "approved with a line not counted";
    ASSERT_TRUE(counts().enter(count.id, u"MUG-1"_s, 40));
    EXPECT_FALSE(database.query(u"UPDATE stock_counts SET state = 'approved', closed_by = 'x', closed_at = 1 "
                                "WHERE id = ?"_s,
            {count.id}))
            << "approved without posting the difference";
    EXPECT_FALSE(database.query(
            u"INSERT INTO stock_count_lines (count_id, sku, expected) VALUES (?, 'MUG-1', 50)"_s, {count.id + 1}))
            << "a line of no count";

    // A correction written before the count was entered does not post it, even when it is of the right size.
    ASSERT_TRUE(session().inventory().setStock(u"TEE-1"_s, 25, u"earlier recount"_s));
    const CycleCount tees = started({u"TEE-1"_s});
    ASSERT_TRUE(session().inventory().setStock(u"TEE-1"_s, 20, u"another recount"_s));
    ASSERT_TRUE(counts().enter(tees.id, u"TEE-1"_s, 15));
    const qint64 earlier = scalar(database, u"SELECT MAX(id) FROM stock_movements WHERE sku = 'TEE-1'"_s);
    ASSERT_TRUE(database.query(
            u"UPDATE stock_count_lines SET counted = on_hand_at_count - 5 WHERE count_id = ?"_s, {tees.id}));
    ASSERT_TRUE(
            database.query(u"UPDATE stock_count_lines SET correction_id = ? WHERE count_id = ?"_s, {earlier, tees.id}));
    EXPECT_FALSE(database.query(u"UPDATE stock_counts SET state = 'approved', closed_by = 'x', closed_at = 1 "
                                "WHERE id = ?"_s,
            {tees.id}))
            << "approved by a correction from before the count";

    ASSERT_TRUE(counts().approve(count.id));
    EXPECT_FALSE(database.query(u"UPDATE stock_count_lines SET counted = 1 WHERE count_id = ?"_s, {count.id}))
            << "a line of an approved count";
    EXPECT_FALSE(database.query(u"UPDATE stock_counts SET note = 'x' WHERE id = ?"_s, {count.id}))
            << "an approved count";
    EXPECT_FALSE(database.query(
            u"INSERT INTO stock_count_lines (count_id, sku, expected) VALUES (?, 'TEE-1', 30)"_s, {count.id}))
            << "a line added to an approved count";
    EXPECT_EQ(product(session(), u"MUG-1"_s).onHand, 40);
}

} // namespace
