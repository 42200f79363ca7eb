// Shared-database benchmark (not a test): hot-SKU order throughput with 1, 4 and 16 clients next to
// pgbench running the same reservation UPDATE on the same server, and LISTEN/NOTIFY latency.
// Run by scripts/bench-postgres; `--smoke` is a tiny run for CTest. Prints a Markdown table.

#include "PostgresCluster.h"

#include "inventory/InventoryService.h"
#include "orders/OrderRequests.h"
#include "session/Session.h"
#include "staff/StaffDirectory.h"
#include "storage/Database.h"
#include "sync/ChangeFeed.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

using SteadyClock = std::chrono::steady_clock;

PlaceOrderRequest hotRequest(int client)
{
    PlaceOrderRequest request;
    request.customer.name = u"Bench Client %1"_s.arg(client);
    request.customer.email = u"bench%1@example.com"_s.arg(client);
    request.items = {OrderItemRequest{u"HOT-1"_s, 1, std::nullopt}};
    request.shippingAddress = Address{u"1 Main St"_s, u"Springfield"_s, u"IL"_s, u"62701"_s, u"US"_s};
    request.paymentMethod = PaymentMethodType::Invoice;
    return request;
}

struct Throughput {
    qint64 placed = 0;
    qint64 failed = 0;
    double seconds = 0;
    [[nodiscard]] double perSecond() const { return seconds > 0 ? double(placed) / seconds : 0; }
};

Throughput shipshapeThroughput(const DatabaseUrl &url, int clients, double seconds)
{
    std::atomic<qint64> placed{0};
    std::atomic<qint64> failed{0};
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    std::vector<std::thread> threads;
    SteadyClock::time_point start;
    for (int client = 0; client < clients; ++client) {
        threads.emplace_back([&, client] {
            auto session = Session::open(url);
            ++ready;
            if (!session) {
                std::fprintf(stderr, "client %d: %s\n", client, qPrintable(session.error().message));
                return;
            }
            const PlaceOrderRequest request = hotRequest(client);
            (void) (*session)->orders().place(request); // creates the client's customer before timing
            while (!go.load())
                std::this_thread::yield();
            const auto deadline = start + std::chrono::duration<double>(seconds);
            while (SteadyClock::now() < deadline) {
                if ((*session)->orders().place(request))
                    ++placed;
                else
                    ++failed;
            }
        });
    }
    while (ready.load() < clients)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    std::this_thread::sleep_for(std::chrono::milliseconds(200)); // customers created
    start = SteadyClock::now();
    go = true;
    for (std::thread &thread : threads)
        thread.join();
    const double elapsed = std::chrono::duration<double>(SteadyClock::now() - start).count();
    return Throughput{placed.load(), failed.load(), elapsed};
}

double pgbenchTps(
        PostgresCluster &cluster, const QString &database, const QString &scriptPath, int clients, double seconds)
{
    QProcess pgbench;
    pgbench.setProcessChannelMode(QProcess::MergedChannels);
    pgbench.start(cluster.binDirectory() + u"/pgbench"_s,
            {u"-n"_s, u"-h"_s, cluster.host(), u"-p"_s, QString::number(cluster.port()), u"-U"_s, u"postgres"_s,
                    u"-c"_s, QString::number(clients), u"-j"_s, QString::number(std::min(clients, 4)), u"-T"_s,
                    QString::number(std::max(1, int(std::lround(seconds)))), u"-f"_s, scriptPath, database});
    if (!pgbench.waitForFinished(600000) || pgbench.exitCode() != 0) {
        std::fprintf(stderr, "pgbench failed: %s\n", pgbench.readAll().constData());
        return 0;
    }
    const QString output = QString::fromUtf8(pgbench.readAll());
    const QRegularExpression tps(u"tps = ([0-9.]+)"_s);
    const auto match = tps.match(output);
    return match.hasMatch() ? match.captured(1).toDouble() : 0;
}

std::pair<double, double> notifyLatency(const DatabaseUrl &url, int changes)
{
    auto listener = Session::open(url);
    if (!listener)
        return {-1, -1};
    ChangeFeed &feed = (*listener)->changeFeed();
    if (!feed.start())
        return {-1, -1};
    std::vector<SteadyClock::time_point> sent(static_cast<size_t>(changes));
    std::atomic<int> sentCount{0};
    QList<double> latencies;
    QEventLoop loop;
    QObject context;
    QObject::connect(&feed, &ChangeFeed::stockChanged, &context, [&](const QString &sku) {
        if (sku != u"NOTE-1"_s)
            return;
        const auto now = SteadyClock::now();
        const auto index = static_cast<size_t>(latencies.size());
        if (index < sent.size())
            latencies << std::chrono::duration<double, std::milli>(now - sent[index]).count();
        if (latencies.size() >= changes)
            loop.quit();
    });
    // The writer is another client on its own thread and connection.
    std::thread writer([&] {
        auto session = Session::open(url);
        if (!session)
            return;
        for (int i = 0; i < changes; ++i) {
            sent[static_cast<size_t>(i)] = SteadyClock::now();
            ++sentCount;
            (void) (*session)->inventory().replenish(u"NOTE-1"_s, 1, u"bench"_s);
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    writer.join();
    if (latencies.isEmpty())
        return {-1, -1};
    std::sort(latencies.begin(), latencies.end());
    const auto at = [&](double fraction) {
        const auto index = static_cast<qsizetype>(std::ceil(fraction * double(latencies.size()))) - 1;
        return latencies.at(std::clamp<qsizetype>(index, 0, latencies.size() - 1));
    };
    return {at(0.5), at(0.95)};
}

const QString kStaffLogin = QStringLiteral("bench_support");
const QString kStaffPassword = QStringLiteral("bench-support-password");

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // One log line per order would be part of what is measured.
    QLoggingCategory::setFilterRules(u"shipshape.*.info=false"_s);
    const QStringList arguments = app.arguments();
    const bool smoke = arguments.contains(u"--smoke"_s);
    const double seconds = smoke ? 0.5 : 10.0;
    const QList<int> clientCounts = smoke ? QList<int>{1, 2} : QList<int>{1, 4, 16};
    const int changes = smoke ? 20 : 200;

    QString problem;
    auto cluster = PostgresCluster::start(&problem);
    if (!cluster) {
        std::fprintf(stderr, "cannot start PostgreSQL: %s\n", qPrintable(problem));
        return 1;
    }
    const QString database = cluster->createDatabase();
    const DatabaseUrl url = cluster->url(database);
    {
        auto admin = Session::open(url);
        if (!admin) {
            std::fprintf(stderr, "cannot open: %s\n", qPrintable(admin.error().message));
            return 1;
        }
        NewProduct hot{u"HOT-1"_s, u"Hot item"_s, u"9.99"_s, u"USD"_s, 10, 5};
        NewProduct note{u"NOTE-1"_s, u"Notified item"_s, u"1.00"_s, u"USD"_s, 10, 5};
        if (!(*admin)->inventory().addProduct(hot) || !(*admin)->inventory().addProduct(note)) {
            std::fprintf(stderr, "cannot add the products\n");
            return 1;
        }
        // Stock for every attempt: the benchmark measures contention on one row, not refusals. Through the
        // ledger, so that the server's checks at commit (migration 13) accept the staff login's orders.
        if (!(*admin)->inventory().replenish(u"HOT-1"_s, 1000000000 - hot.onHand, u"bench stock"_s)) {
            std::fprintf(stderr, "cannot raise the stock\n");
            return 1;
        }
        // A support login: its writes are checked by the server at commit, the superuser's are not.
        if (!(*admin)->staff().add(kStaffLogin, kStaffPassword, StaffRole::Support)) {
            std::fprintf(stderr, "cannot add the staff login\n");
            return 1;
        }
    }
    const DatabaseUrl staffUrl = cluster->url(database, kStaffLogin);
    qputenv("PGPASSWORD", kStaffPassword.toUtf8());
    const auto writeScript = [](const QString &name, const QByteArray &text) {
        const QString path
                = QDir::temp().filePath(u"shipshape-%1-%2.sql"_s.arg(name).arg(QCoreApplication::applicationPid()));
        QFile script(path);
        if (script.open(QIODevice::WriteOnly | QIODevice::Truncate))
            script.write(text);
        return path;
    };
    // Exactly the statement InventoryRepository::reserve runs, one transaction per reservation.
    const QString reserveScript = writeScript(u"reserve"_s,
            "UPDATE products SET reserved = reserved + 1, updated_at = 0 "
            "WHERE sku = 'HOT-1' AND on_hand - reserved >= 1 RETURNING on_hand, reserved;\n");
    // The statements OrderService::place sends for a one-line order (customer lookup, price, number,
    // order, lines, reservation, ledger, timeline, commit) and then find() (order, customer, lines,
    // timeline, payments): the same work without Qt, the driver and the domain code.
    const QString placeScript = writeScript(u"place"_s, R"(BEGIN;
SELECT id AS cid FROM customers WHERE lower(email) = lower('bench' || :client_id || '@example.com') \gset
SELECT sku, name, price_minor, currency, on_hand, reserved, low_stock_threshold, created_at, updated_at FROM products WHERE sku = 'HOT-1';
UPDATE counters SET value = value + 1 WHERE name = 'order_number' RETURNING value AS num \gset
INSERT INTO orders (number, uuid, customer_id, customer_name, customer_email, status, currency, total_minor, line_count, paid_minor, refunded_minor, payment_method, ship_street, ship_city, ship_state, ship_zip, ship_country, carrier, tracking_number, cancel_reason, reservation_expires_at, placed_at, updated_at, version) VALUES (:num, gen_random_uuid()::text, :cid, 'Bench Client', 'bench@example.com', 'pending', 'USD', 999, 1, 0, 0, 'invoice', '1 Main St', 'Springfield', 'IL', '62701', 'US', NULL, NULL, NULL, 1, 0, 0, 1);
DELETE FROM order_lines WHERE order_number = :num;
INSERT INTO order_lines (order_number, position, sku, product_name, quantity, unit_price_minor, line_total_minor) VALUES (:num, 1, 'HOT-1', 'Hot item', 1, 999, 999);
UPDATE products SET reserved = reserved + 1, updated_at = 0 WHERE sku = 'HOT-1' AND on_hand - reserved >= 1 RETURNING on_hand AS oh, reserved AS rs \gset
INSERT INTO stock_movements (sku, kind, on_hand_delta, reserved_delta, on_hand_after, reserved_after, order_number, actor, reason, at) VALUES ('HOT-1', 'reserve', 0, 1, :oh, :rs, :num, 'bench', '', 0);
INSERT INTO order_events (order_number, at, actor, event, from_status, to_status, reason, details) VALUES (:num, 0, 'bench', 'OrderPlaced', NULL, 'pending', '', '{}');
COMMIT;
SELECT * FROM orders WHERE number = :num;
SELECT uuid, created_at FROM customers WHERE id = :cid;
SELECT sku, product_name, quantity, unit_price_minor, line_total_minor FROM order_lines WHERE order_number = :num ORDER BY position;
SELECT * FROM order_events WHERE order_number = :num ORDER BY id;
SELECT * FROM payments WHERE order_number = :num;
)");

    std::printf(
            "| Clients | Shipshape orders/s (full place) | as a staff login (checked at commit) | pgbench, same place "
            "SQL (tx/s) | ratio | pgbench, reservation UPDATE alone (tx/s) |\n");
    std::printf("| --- | --- | --- | --- | --- | --- |\n");
    for (int clients : clientCounts) {
        const Throughput shipshape = shipshapeThroughput(url, clients, seconds);
        const Throughput staff = shipshapeThroughput(staffUrl, clients, seconds);
        const double placeTps = pgbenchTps(*cluster, database, placeScript, clients, seconds);
        const double reserveTps = pgbenchTps(*cluster, database, reserveScript, clients, seconds);
        std::printf("| %d | %.0f (%lld placed, %lld failed) | %.0f (%lld placed, %lld failed) | %.0f | %.2f | %.0f |\n",
                clients, shipshape.perSecond(), static_cast<long long>(shipshape.placed),
                static_cast<long long>(shipshape.failed), staff.perSecond(), static_cast<long long>(staff.placed),
                static_cast<long long>(staff.failed), placeTps, placeTps > 0 ? shipshape.perSecond() / placeTps : 0.0,
                reserveTps);
        std::fflush(stdout);
        if (shipshape.placed == 0 || staff.placed == 0)
            return 1;
    }
    QFile::remove(reserveScript);
    QFile::remove(placeScript);
    const auto [median, p95] = notifyLatency(url, changes);
    std::printf("\nLISTEN/NOTIFY, %d changes from another client: median %.2f ms, p95 %.2f ms\n", changes, median, p95);
    cluster->dropDatabase(database);
    return median >= 0 ? 0 : 1;
}
