// The crash sweep: each command that changes the shop is run by the real shipshape-cli and killed just
// before its 1st statement, then before its 2nd, and so on until it finishes (SHIPSHAPE_CRASH_BEFORE_STATEMENT,
// which ends the process with _Exit: no rollback, no destructor, like kill -9). After every crash the
// database must
//   - keep every invariant (conservationViolations: stock, reservations, ledger, totals), and
//   - be all or nothing: exactly the state before the command or exactly the state a clean run leaves,
//   - and let the command run again to completion when it had not happened.
// The same sweep runs on PostgreSQL (core_crash_sweep_tests_on_postgres), where the server rolls back
// what the dead connection left open. scripts/crash-sweep runs every point; CTest runs every point too,
// since each run is a short process (the figures are in docs/testing.md).

#include "Helpers.h"

#include "PostgresCluster.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

constexpr int kInjectedCrashExit = 86; // cli::ExitInjectedCrash
constexpr int kMostStatements = 400; // a command that needs more has a loop per row somewhere

// The state of the shop without times (the CLI runs on the wall clock): every table's row count, the
// orders' money and status, the products' stock and the lines' quantities.
QString fingerprint(Database &database)
{
    static const QStringList tables = {u"orders"_s, u"order_lines"_s, u"order_events"_s, u"order_discounts"_s,
            u"order_tags"_s, u"stock_movements"_s, u"payments"_s, u"refunds"_s, u"payment_attempts"_s,
            u"notification_outbox"_s, u"shipments"_s, u"shipment_lines"_s, u"customers"_s, u"products"_s, u"counters"_s,
            u"daily_stats"_s, u"daily_product_sales"_s, u"placement_log"_s, u"order_placements"_s};
    QStringList parts;
    for (const QString &table : tables)
        parts.append(table + u'=' + QString::number(scalar(database, u"SELECT COUNT(*) FROM "_s + table)));
    parts += rows(database,
            u"SELECT number, status, total_minor, paid_minor, refunded_minor, credit_minor, line_count FROM orders "
            "ORDER BY number"_s);
    parts += rows(database, u"SELECT sku, on_hand, reserved FROM products ORDER BY sku"_s);
    parts += rows(database,
            u"SELECT order_number, sku, quantity, shipped_quantity, cancelled_quantity FROM order_lines "
            "ORDER BY order_number, sku"_s);
    parts += rows(database, u"SELECT name, value FROM counters ORDER BY name"_s);
    return parts.join(u'\n');
}

// One copy of the prepared shop per run: a file copy on SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL.
class ShopCopies {
public:
    explicit ShopCopies(bool postgres) : m_postgres(postgres) {}
    ~ShopCopies()
    {
        if (m_postgres) {
            for (const QString &name : std::as_const(m_databases))
                PostgresCluster::shared().dropDatabase(name);
        }
    }
    ShopCopies(const ShopCopies &) = delete;
    ShopCopies &operator=(const ShopCopies &) = delete;

    // The prepared shop, migrated and empty, to fill through a session and then close.
    DatabaseUrl createBase()
    {
        if (!m_postgres)
            return DatabaseUrl::sqliteFile(m_dir.filePath(u"base.sqlite"_s));
        m_base = PostgresCluster::shared().createMigratedDatabase();
        m_databases.append(m_base);
        return PostgresCluster::shared().url(m_base);
    }

    DatabaseUrl copy()
    {
        const QString name = u"copy_%1"_s.arg(++m_copies);
        if (!m_postgres) {
            const QString path = m_dir.filePath(name + u".sqlite"_s);
            EXPECT_TRUE(QFile::copy(m_dir.filePath(u"base.sqlite"_s), path));
            return DatabaseUrl::sqliteFile(path);
        }
        QString problem;
        const QString database = u"%1_%2"_s.arg(m_base, name);
        EXPECT_TRUE(PostgresCluster::shared().execute(
                u"CREATE DATABASE %1 TEMPLATE %2"_s.arg(database, m_base), u"postgres"_s, &problem))
                << problem.toStdString();
        m_databases.append(database);
        return PostgresCluster::shared().url(database);
    }

    [[nodiscard]] QString folder() const { return m_dir.path(); }

private:
    bool m_postgres;
    QTemporaryDir m_dir;
    QString m_base;
    QStringList m_databases;
    int m_copies = 0;
};

struct CliRun {
    int exitCode = -1;
    QString output;
};

CliRun runCli(const DatabaseUrl &url, const QStringList &arguments, int crashBefore)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"SHIPSHAPE_CRASH_BEFORE_STATEMENT"_s);
    if (crashBefore > 0)
        environment.insert(u"SHIPSHAPE_CRASH_BEFORE_STATEMENT"_s, QString::number(crashBefore));
    environment.insert(u"SHIPSHAPE_DATABASE"_s, url.toString());
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(qEnvironmentVariable("SHIPSHAPE_CLI"), arguments);
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        return {-1, u"timed out"_s};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

std::unique_ptr<Session> openSession(const DatabaseUrl &url)
{
    auto session = Session::open(url);
    EXPECT_TRUE(session) << (session ? std::string() : describe(session.error()));
    return session ? std::move(*session) : nullptr;
}

class CrashSweepTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_FALSE(qEnvironmentVariable("SHIPSHAPE_CLI").isEmpty()) << "SHIPSHAPE_CLI is not set; run through ctest";
        m_copies = std::make_unique<ShopCopies>(PostgresCluster::requestedByEnvironment());
        const DatabaseUrl base = m_copies->createBase();
        auto session = openSession(base);
        ASSERT_TRUE(session);
        prepareShop(*session);
        if (!PostgresCluster::requestedByEnvironment()) {
            ASSERT_TRUE(session->database().execute(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
    }

    // Products, and five orders in the states the commands below start from: the first unpaid, the others
    // paid (confirmed).
    void prepareShop(Session &session)
    {
        addProduct(session, u"CRASH-A"_s, u"12.50"_s, 40);
        addProduct(session, u"CRASH-B"_s, u"7.25"_s, 40);
        OrderService &orders = session.orders();
        for (int i = 0; i < 5; ++i) {
            auto placed = orders.place(placeRequest({{u"CRASH-A"_s, 2}, {u"CRASH-B"_s, 1}}));
            ASSERT_TRUE(placed) << describe(placed.error());
            m_orders.append(QString::number(placed->number));
            if (i == 0)
                continue; // order 1 stays pending (unpaid invoice)
            auto paid = orders.markPaid(QString::number(placed->number), u"INV-%1"_s.arg(i));
            ASSERT_TRUE(paid) << describe(paid.error());
        }
        // A sixth, shipped, with one unit under a requested return (for the exchange).
        auto placed = orders.place(placeRequest({{u"CRASH-A"_s, 2}}));
        ASSERT_TRUE(placed) << describe(placed.error());
        const QString number = QString::number(placed->number);
        ASSERT_TRUE(orders.markPaid(number, u"INV-5"_s));
        ASSERT_TRUE(orders.ship(number, u"1ZCRASH0006"_s, u"UPS"_s));
        auto opened = orders.returns().open(number, {{u"CRASH-A"_s, 1, ReturnReason::WrongItem, {}}}, {});
        ASSERT_TRUE(opened) << describe(opened.error());
        m_returnId = opened->id;
    }

    QString writeFile(const QString &name, const QJsonObject &content)
    {
        const QString path = m_copies->folder() + u'/' + name;
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(content).toJson());
        return path;
    }

    // Runs the command once cleanly on a copy (the state after), then once per crash point on a fresh
    // copy each, until the command finishes despite the crash setting.
    void sweep(const QStringList &arguments)
    {
        SCOPED_TRACE(arguments.join(u' ').toStdString());
        const DatabaseUrl reference = m_copies->copy();
        QString before;
        {
            auto session = openSession(reference);
            ASSERT_TRUE(session);
            before = fingerprint(session->database());
        }
        const CliRun clean = runCli(reference, arguments, 0);
        ASSERT_EQ(clean.exitCode, 0) << clean.output.toStdString();
        QString after;
        {
            auto session = openSession(reference);
            ASSERT_TRUE(session);
            after = fingerprint(session->database());
            ASSERT_TRUE(conservationViolations(session->database()).isEmpty());
        }
        ASSERT_NE(before, after) << "the command changed nothing";

        int crashes = 0;
        int notHappened = 0;
        // A copy of a PostgreSQL database (CREATE DATABASE … TEMPLATE) costs far more than a file copy, so CTest
        // samples every fifth point there; SHIPSHAPE_CRASH_SWEEP_EVERY_POINT=1 runs them all.
        const int stride = PostgresCluster::requestedByEnvironment()
                        && qEnvironmentVariableIntValue("SHIPSHAPE_CRASH_SWEEP_EVERY_POINT") == 0
                ? 5
                : 1;
        for (int point = 1; point <= kMostStatements; point += stride) {
            const DatabaseUrl copy = m_copies->copy();
            const CliRun run = runCli(copy, arguments, point);
            if (run.exitCode == 0)
                break;
            ASSERT_EQ(run.exitCode, kInjectedCrashExit) << "crash point " << point << ": " << run.output.toStdString();
            ++crashes;
            auto session = openSession(copy);
            ASSERT_TRUE(session) << "crash point " << point;
            const QStringList violations = conservationViolations(session->database());
            EXPECT_TRUE(violations.isEmpty()) << "crash point " << point << ":\n"
                                              << violations.join(u'\n').toStdString();
            const QString state = fingerprint(session->database());
            session.reset();
            if (state == after)
                continue;
            ASSERT_EQ(state, before) << "crash point " << point << " left half a change";
            ++notHappened;
            const CliRun again = runCli(copy, arguments, 0);
            EXPECT_EQ(again.exitCode, 0) << "crash point " << point << ", run again: " << again.output.toStdString();
            auto reopened = openSession(copy);
            ASSERT_TRUE(reopened);
            EXPECT_EQ(fingerprint(reopened->database()), after) << "crash point " << point << ", run again";
        }
        ASSERT_GT(crashes, 0);
        ASSERT_LT(crashes, kMostStatements) << "the command never finished";
        // Some crash points come before the commit, so the sweep saw the command not happen and redone.
        EXPECT_GT(notHappened, 0);
        std::printf("[ sweep    ] %s: %d crash points, %d before the commit\n", qUtf8Printable(arguments.join(u' ')),
                crashes, notHappened);
    }

    // The prepared orders' numbers, as the CLI takes them.
    [[nodiscard]] QString order(int index) const { return m_orders.value(index); }

    std::unique_ptr<ShopCopies> m_copies;
    QStringList m_orders;
    qint64 m_returnId = 0;
};

TEST_F(CrashSweepTest, PlacingAnOrder)
{
    const QJsonObject request{
            {u"customer"_s, QJsonObject{{u"name"_s, u"Grace Hopper"_s}, {u"email"_s, u"grace@example.com"_s}}},
            {u"items"_s,
                    QJsonArray{QJsonObject{{u"productId"_s, u"CRASH-A"_s}, {u"quantity"_s, 3}},
                            QJsonObject{{u"productId"_s, u"CRASH-B"_s}, {u"quantity"_s, 2}}}},
            {u"shippingAddress"_s,
                    QJsonObject{{u"street"_s, u"1 Main St"_s}, {u"city"_s, u"Springfield"_s}, {u"state"_s, u"IL"_s},
                            {u"zip"_s, u"62701"_s}}},
            {u"paymentMethod"_s, QJsonObject{{u"type"_s, u"invoice"_s}}}};
    sweep({u"orders"_s, u"place"_s, writeFile(u"order.json"_s, request)});
}

TEST_F(CrashSweepTest, MarkingAnInvoicePaid)
{
    sweep({u"orders"_s, u"mark-paid"_s, order(0)});
}

TEST_F(CrashSweepTest, ShippingPartOfAnOrder)
{
    sweep({u"orders"_s, u"ship"_s, order(1), u"--tracking"_s, u"1ZCRASH0001"_s, u"--line"_s, u"CRASH-A:1"_s});
}

TEST_F(CrashSweepTest, CancellingAPaidOrderWithARecordedRefund)
{
    sweep({u"orders"_s, u"cancel"_s, order(2), u"--reason"_s, u"customer"_s, u"--money"_s, u"record"_s, u"--method"_s,
            u"bank_transfer"_s});
}

TEST_F(CrashSweepTest, EditingAPaidOrder)
{
    sweep({u"orders"_s, u"edit"_s, order(3),
            writeFile(u"edit.json"_s,
                    QJsonObject{{u"items"_s,
                                        QJsonArray{QJsonObject{{u"productId"_s, u"CRASH-A"_s}, {u"quantity"_s, 5}},
                                                QJsonObject{{u"productId"_s, u"CRASH-B"_s}, {u"quantity"_s, 1}}}},
                            {u"note"_s, u"customer wants more"_s}})});
}

TEST_F(CrashSweepTest, RefundingPartOfAPaidOrder)
{
    sweep({u"orders"_s, u"refund"_s, order(4), u"--method"_s, u"bank_transfer"_s, u"--amount"_s, u"5.00"_s,
            u"--reason"_s, u"goodwill"_s});
}

TEST_F(CrashSweepTest, ExchangingAReturn)
{
    // A dearer replacement: the order, its reservations, the link, both timelines and the email, or nothing.
    sweep({u"returns"_s, u"exchange"_s, QString::number(m_returnId),
            writeFile(u"exchange.json"_s,
                    QJsonObject{{u"items"_s,
                            QJsonArray{QJsonObject{{u"productId"_s, u"CRASH-B"_s}, {u"quantity"_s, 2}}}}})});
}

} // namespace
