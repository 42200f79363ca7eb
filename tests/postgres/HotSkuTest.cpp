// Many shipshape-cli processes at once against one PostgreSQL database: the conditional UPDATE sells
// exactly the stock there is, and concurrent state changes of one order have exactly one winner.

#include "PgFixture.h"

#include "storage/Database.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <list>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

constexpr int kLanes = 8;
constexpr int kAttemptsPerLane = 30;
constexpr qint64 kStock = 100;

// One lane: a shell loop that runs shipshape-cli once per attempt and prints each exit code
// (and, for unexpected ones, what the CLI said).
const QString kLaneScript = uR"(cli="$1"; url="$2"; file="$3"; n="$4"; i=0
while [ "$i" -lt "$n" ]; do
  err=$("$cli" --database "$url" orders place "$file" 2>&1 >/dev/null); rc=$?
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 4 ]; then echo "$rc $err" | tr '\n' ' '; echo; else echo "$rc"; fi
  i=$((i + 1))
done)"_s;

class HotSkuTest : public PgTest {};

TEST_F(HotSkuTest, ExactlyTheAvailableStockIsSoldToManyProcesses)
{
    ASSERT_FALSE(cliPath().isEmpty()) << "SHIPSHAPE_CLI is not set";
    addProduct(admin(), u"HOT-1"_s, u"9.99"_s, kStock);
    // Every lane orders for the same new customer: the first inserts race on the unique e-mail and the
    // loser's transaction is re-run (TransactionRunner), which then finds the customer.
    const QString file = placeFile(u"HOT-1"_s, 1, u"crowd@example.com"_s);

    QElapsedTimer timer;
    timer.start();
    std::list<QProcess> lanes;
    for (int lane = 0; lane < kLanes; ++lane) {
        QProcess &process = lanes.emplace_back();
        process.start(u"/bin/sh"_s,
                {u"-c"_s, kLaneScript, u"lane"_s, cliPath(), url(), file, QString::number(kAttemptsPerLane)});
    }
    int sold = 0;
    int refused = 0;
    QStringList unexpected;
    for (QProcess &process : lanes) {
        ASSERT_TRUE(process.waitForFinished(240000)) << "a lane did not finish";
        const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (line == u"0"_s)
                ++sold;
            else if (line == u"4"_s)
                ++refused;
            else
                unexpected << line;
        }
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    std::cout << "[ hot SKU  ] " << kLanes * kAttemptsPerLane << " attempts from " << kLanes
              << " concurrent CLI lanes in " << seconds << " s: " << sold << " sold, " << refused << " refused\n";

    EXPECT_TRUE(unexpected.isEmpty()) << unexpected.join(u"\n"_s).toStdString();
    EXPECT_EQ(sold, kStock);
    EXPECT_EQ(refused, kLanes * kAttemptsPerLane - kStock);

    Database &database = admin().database();
    EXPECT_EQ(scalar(database, u"SELECT COUNT(*) FROM orders"_s), kStock);
    EXPECT_EQ(scalar(database, u"SELECT COUNT(*) FROM customers"_s), 1);
    const Product hot = product(admin(), u"HOT-1"_s);
    EXPECT_EQ(hot.onHand, kStock);
    EXPECT_EQ(hot.reserved, kStock);
    EXPECT_EQ(scalar(database, u"SELECT SUM(reserved_delta) FROM stock_movements WHERE sku = 'HOT-1'"_s), kStock);
    EXPECT_EQ(scalar(database, u"SELECT COUNT(*) FROM stock_movements WHERE sku = 'HOT-1' AND kind = 'reserve'"_s),
            kStock);
    const QStringList violations = conservationViolations(database);
    EXPECT_TRUE(violations.isEmpty()) << violations.join(u"\n"_s).toStdString();
}

TEST_F(HotSkuTest, ConcurrentCancelAndShipOfOneOrderHaveOneWinner)
{
    ASSERT_FALSE(cliPath().isEmpty());
    addProduct(admin(), u"RACE-1"_s, u"5.00"_s, 10);
    auto placed = admin().orders().place(placeRequest({{u"RACE-1"_s, 2}}));
    ASSERT_TRUE(placed) << describe(placed.error());
    ASSERT_TRUE(admin().orders().markPaid(QString::number(placed->number)));
    const QString number = QString::number(placed->number);

    std::list<QProcess> processes;
    for (int i = 0; i < 12; ++i) {
        QProcess &process = processes.emplace_back();
        if (i % 2 == 0)
            startCli(process,
                    {u"orders"_s, u"cancel"_s, number, u"--reason"_s, u"customer"_s, u"--money"_s, u"credit"_s});
        else
            startCli(process, {u"orders"_s, u"ship"_s, number, u"--tracking"_s, u"1Z%1"_s.arg(i)});
    }
    int winners = 0;
    int conflicts = 0;
    for (QProcess &process : processes) {
        ASSERT_TRUE(process.waitForFinished(60000));
        const int code = process.exitCode();
        if (code == kExitOk)
            ++winners;
        else if (code == kExitConflict)
            ++conflicts;
        else
            ADD_FAILURE() << "exit " << code << ": " << process.readAllStandardError().toStdString();
    }
    EXPECT_EQ(winners, 1);
    EXPECT_EQ(conflicts, 11);
    auto order = admin().orders().find(number);
    ASSERT_TRUE(order);
    EXPECT_TRUE(order->status == OrderStatus::Cancelled || order->status == OrderStatus::Shipped);
    const QStringList violations = conservationViolations(admin().database());
    EXPECT_TRUE(violations.isEmpty()) << violations.join(u"\n"_s).toStdString();
}

TEST_F(HotSkuTest, ConcurrentModifiesAndCancelsStayConsistent)
{
    ASSERT_FALSE(cliPath().isEmpty());
    addProduct(admin(), u"MOD-A"_s, u"3.00"_s, 20);
    addProduct(admin(), u"MOD-B"_s, u"4.00"_s, 20);
    auto placed = admin().orders().place(placeRequest({{u"MOD-A"_s, 1}, {u"MOD-B"_s, 1}}));
    ASSERT_TRUE(placed) << describe(placed.error());
    const QString number = QString::number(placed->number);

    std::list<QProcess> processes;
    for (int i = 0; i < 10; ++i) {
        QProcess &process = processes.emplace_back();
        if (i % 5 == 4) {
            startCli(process, {u"orders"_s, u"cancel"_s, number, u"--reason"_s, u"staff"_s});
        } else {
            // Lines in both orders of SKUs, so that unsorted row locks would deadlock.
            const QJsonObject request{{u"items"_s,
                    i % 2 == 0 ? QJsonArray{QJsonObject{{u"productId"_s, u"MOD-A"_s}, {u"quantity"_s, i + 2}},
                            QJsonObject{{u"productId"_s, u"MOD-B"_s}, {u"quantity"_s, 1}}}
                               : QJsonArray{QJsonObject{{u"productId"_s, u"MOD-B"_s}, {u"quantity"_s, i + 2}},
                                       QJsonObject{{u"productId"_s, u"MOD-A"_s}, {u"quantity"_s, 1}}}}};
            const QString file = writeFile(u"modify-%1.json"_s.arg(i), QJsonDocument(request).toJson());
            startCli(process, {u"orders"_s, u"modify"_s, number, file});
        }
    }
    int cancelled = 0;
    for (QProcess &process : processes) {
        ASSERT_TRUE(process.waitForFinished(60000));
        const int code = process.exitCode();
        EXPECT_TRUE(code == kExitOk || code == kExitConflict)
                << "exit " << code << ": " << process.readAllStandardError().toStdString();
        if (code == kExitOk && process.arguments().contains(u"cancel"_s))
            ++cancelled;
    }
    EXPECT_EQ(cancelled, 1);
    const QStringList violations = conservationViolations(admin().database());
    EXPECT_TRUE(violations.isEmpty()) << violations.join(u"\n"_s).toStdString();
    EXPECT_EQ(product(admin(), u"MOD-A"_s).reserved, 0);
    EXPECT_EQ(product(admin(), u"MOD-B"_s).reserved, 0);
}

} // namespace
