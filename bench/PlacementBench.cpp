// Area 1: order placement on an SQLite file with synchronous=FULL.
//
// Shipshape places manual-payment orders through Session/OrderService::place; the alternative is a
// raw SQLite C-API program that runs, per order, the same statements in one transaction (the list in
// placeRawSqlite mirrors OrderService::placeOnce, the repositories and the notification outbox, plus
// the read-back that place() returns). Both start from byte-identical copies of the same database and
// place the same requests (customers, SKUs and quantities).

#include "Cases.h"
#include "pricing/TaxService.h"
#include "Harness.h"

#include "FakeStripe.h"
#include "ScriptedHttpServer.h"
#include "payment/StripeGateway.h"
#include "session/Session.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstring>
#include <string>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::bench {
namespace {

constexpr int kSkuCount = 20;
constexpr int kCustomerCount = 500;
constexpr qint64 kBenchStock = 100'000'000;

// The i-th request of every placement run: an existing customer, two distinct SKUs, quantities 1..3.
struct PlannedOrder {
    int customer = 0;
    std::array<int, 2> skus{};
    std::array<qint64, 2> quantities{};
};

PlannedOrder plan(int i)
{
    PlannedOrder order;
    order.customer = (i * 37) % kCustomerCount;
    order.skus = {i % kSkuCount, (i + 7) % kSkuCount};
    order.quantities = {1 + i % 3, 1 + (i / 3) % 3};
    return order;
}

QString benchSku(int index)
{
    return u"SKU-%1"_s.arg(10001 + index);
}

std::unique_ptr<Session> openSession(const QString &path)
{
    auto url = DatabaseUrl::parse(u"sqlite:"_s + path);
    if (!url)
        die(url.error().message);
    auto session = Session::open(*url);
    if (!session)
        die(session.error().message);
    return std::move(*session);
}

QStringList customerEmails(Session &session)
{
    QSqlQuery query(session.database().connection());
    if (!query.exec(u"SELECT email FROM customers ORDER BY id LIMIT %1"_s.arg(kCustomerCount)))
        die(u"cannot read customers"_s);
    QStringList emails;
    while (query.next())
        emails << query.value(0).toString();
    if (emails.size() < kCustomerCount)
        die(u"the placement database needs at least %1 customers"_s.arg(kCustomerCount));
    return emails;
}

PlaceOrderRequest requestFor(int i, const QStringList &emails, PaymentMethodType method)
{
    const PlannedOrder planned = plan(i);
    PlaceOrderRequest request;
    request.customer.email = emails.at(planned.customer);
    request.customer.name = u"Bench Customer"_s; // ignored: the email finds the existing customer
    for (std::size_t line = 0; line < planned.skus.size(); ++line)
        request.items.append(OrderItemRequest{benchSku(planned.skus[line]), planned.quantities[line], std::nullopt});
    request.shippingAddress = Address{u"1 Main St"_s, u"Springfield"_s, u"IL"_s, u"62701"_s, u"US"_s};
    request.paymentMethod = method;
    if (method == PaymentMethodType::Card)
        request.paymentToken = u"pm_card_visa"_s;
    return request;
}

void emitLatencies(const QString &benchCase, const QList<double> &latencies, double totalMs)
{
    emitMetric(benchCase, u"orders_per_s"_s, double(latencies.size()) / (totalMs / 1000.0), u"orders/s"_s);
    emitMetric(benchCase, u"latency_p50_ms"_s, percentile(latencies, 50), u"ms"_s);
    emitMetric(benchCase, u"latency_p95_ms"_s, percentile(latencies, 95), u"ms"_s);
    emitMetric(benchCase, u"latency_p99_ms"_s, percentile(latencies, 99), u"ms"_s);
}

// ---- raw SQLite C API ---------------------------------------------------------------------------

class RawDb {
public:
    explicit RawDb(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            die(u"sqlite3_open_v2 failed"_s);
        // The same connection settings as Database::configure.
        exec("PRAGMA busy_timeout=5000");
        exec("PRAGMA journal_mode=WAL");
        exec("PRAGMA foreign_keys=ON");
        exec("PRAGMA synchronous=FULL");
        exec("PRAGMA temp_store=MEMORY");
        exec("PRAGMA cache_size=-65536");
    }
    ~RawDb()
    {
        for (auto &[sql, statement] : m_statements)
            sqlite3_finalize(statement);
        sqlite3_close(m_db);
    }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    void exec(const char *sql)
    {
        char *error = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
            const QString message = QString::fromUtf8(error ? error : "?");
            sqlite3_free(error);
            die(u"%1: %2"_s.arg(QString::fromUtf8(sql), message));
        }
    }

    // Prepared once per connection and reused, as Database::run does.
    sqlite3_stmt *statement(const char *sql)
    {
        for (auto &[text, prepared] : m_statements) {
            if (text == sql) {
                sqlite3_reset(prepared);
                sqlite3_clear_bindings(prepared);
                return prepared;
            }
        }
        sqlite3_stmt *prepared = nullptr;
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &prepared, nullptr) != SQLITE_OK)
            die(u"prepare failed: %1 (%2)"_s.arg(QString::fromUtf8(sqlite3_errmsg(m_db)), QString::fromUtf8(sql)));
        m_statements.emplace_back(sql, prepared);
        return prepared;
    }

    void check(int rc, const char *what)
    {
        if (rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE)
            die(u"%1: %2"_s.arg(QString::fromUtf8(what), QString::fromUtf8(sqlite3_errmsg(m_db))));
    }

    // Steps through every row (reads what a repository would read into its value objects).
    int drain(sqlite3_stmt *statement, const char *what)
    {
        int rows = 0;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            const int columns = sqlite3_column_count(statement);
            for (int c = 0; c < columns; ++c)
                (void) sqlite3_column_text(statement, c);
            ++rows;
        }
        check(rc, what);
        sqlite3_reset(statement);
        return rows;
    }

private:
    sqlite3 *m_db = nullptr;
    std::vector<std::pair<std::string, sqlite3_stmt *>> m_statements;
};

void bindText(sqlite3_stmt *statement, int index, const std::string &text)
{
    sqlite3_bind_text(statement, index, text.data(), int(text.size()), SQLITE_TRANSIENT);
}

std::string uuidText()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

qint64 nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
}

// The outbox row carries a rendered email (subject, text, HTML); render one of realistic size.
std::string renderedText(qint64 number, const std::string &name, qint64 totalMinor)
{
    char buffer[1024];
    std::snprintf(buffer, sizeof buffer,
            "Hello %s,\n\nthank you for your order #%lld. We have received it and will let you know as soon "
            "as it ships.\n\nTotal: $%lld.%02lld\nPayment: Invoice\n\nShip to:\n1 Main St\nSpringfield, IL "
            "62701\nUS\n\nQuestions? Just reply to this email.\n\nShipshape\n",
            name.c_str(), static_cast<long long>(number), static_cast<long long>(totalMinor / 100),
            static_cast<long long>(totalMinor % 100));
    return buffer;
}

// The HTML part: Shipshape's template is about 2.6 kB with its inline styles; this one is as large.
std::string htmlEmail(const std::string &text)
{
    static const std::string styles = [] {
        std::string css;
        while (css.size() < 2200)
            css += "td.item{padding:4px 8px;border-bottom:1px solid #e5e7eb;font:14px/1.4 sans-serif;color:#111827}\n";
        return css;
    }();
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>" + styles + "</style></head><body><pre>" + text
            + "</pre></body></html>";
}

} // namespace

int preparePlacement(const CaseOptions &options)
{
    auto session = openSession(options.database);
    for (int i = 0; i < kSkuCount; ++i) {
        if (auto set = session->inventory().setStock(benchSku(i), kBenchStock, u"benchmark stock"_s); !set)
            die(set.error().message);
    }
    (void) customerEmails(*session); // fails early when there are too few customers
    emitMetric(u"prepare-placement"_s, u"skus"_s, kSkuCount, u"count"_s);
    return 0;
}

int placeShipshape(const CaseOptions &options)
{
    auto session = openSession(options.database);
    const QStringList emails = customerEmails(*session);
    for (int i = 0; i < options.warmup; ++i) {
        if (auto placed = session->orders().place(requestFor(i, emails, PaymentMethodType::Invoice)); !placed)
            die(placed.error().message);
    }
    QList<double> latencies;
    latencies.reserve(options.orders);
    Stopwatch total;
    for (int i = options.warmup; i < options.warmup + options.orders; ++i) {
        Stopwatch one;
        auto placed = session->orders().place(requestFor(i, emails, PaymentMethodType::Invoice));
        latencies.append(one.elapsedMs());
        if (!placed)
            die(placed.error().message);
    }
    emitLatencies(u"place-shipshape"_s, latencies, total.elapsedMs());
    return 0;
}

// The same orders with the money of issue #13 on each: a tax rate for the destination, a 10 % order
// discount with a code and a shipping fee — the pricing, the rate lookup and the discount row included.
int placePriced(const CaseOptions &options)
{
    auto session = openSession(options.database);
    if (auto rate = TaxService(session->database(), session->clock())
                            .setRate(u"US"_s, u"IL"_s, u"standard"_s, u"IL sales tax"_s, u"6.25"_s);
            !rate)
        die(rate.error().message);
    const QStringList emails = customerEmails(*session);
    const auto priced = [&](int i) {
        PlaceOrderRequest request = requestFor(i, emails, PaymentMethodType::Invoice);
        request.discounts = {DiscountRequest{u"percent"_s, u"10"_s, {}, u"BENCH10"_s, {}}};
        request.shipping = ShippingRequest{u"Parcel"_s, u"4.95"_s};
        return request;
    };
    for (int i = 0; i < options.warmup; ++i) {
        if (auto placed = session->orders().place(priced(i)); !placed)
            die(placed.error().message);
    }
    QList<double> latencies;
    latencies.reserve(options.orders);
    Stopwatch total;
    for (int i = options.warmup; i < options.warmup + options.orders; ++i) {
        Stopwatch one;
        auto placed = session->orders().place(priced(i));
        latencies.append(one.elapsedMs());
        if (!placed)
            die(placed.error().message);
    }
    emitLatencies(u"place-priced"_s, latencies, total.elapsedMs());
    return 0;
}

int placeRawSqlite(const CaseOptions &options)
{
    RawDb db(options.database);
    // The same customers and products as the Shipshape run (read outside the measurement).
    std::vector<std::string> emails;
    {
        sqlite3_stmt *query = db.statement("SELECT email FROM customers ORDER BY id LIMIT ?");
        sqlite3_bind_int(query, 1, kCustomerCount);
        while (sqlite3_step(query) == SQLITE_ROW)
            emails.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(query, 0)));
        sqlite3_reset(query);
    }
    if (emails.size() < std::size_t(kCustomerCount))
        die(u"the placement database needs at least %1 customers"_s.arg(kCustomerCount));
    const std::string actor = qEnvironmentVariable("USER", u"root"_s).toStdString();

    const auto placeOne = [&](int i) {
        const PlannedOrder planned = plan(i);
        const qint64 now = nowMs();
        db.exec("BEGIN IMMEDIATE");

        // Customer lookup by email (CustomerRepository::findByEmail).
        sqlite3_stmt *customer
                = db.statement("SELECT id, uuid, name, email, created_at FROM customers WHERE lower(email) = lower(?)");
        bindText(customer, 1, emails[std::size_t(planned.customer)]);
        if (sqlite3_step(customer) != SQLITE_ROW)
            die(u"customer missing"_s);
        const qint64 customerId = sqlite3_column_int64(customer, 0);
        const std::string customerName = reinterpret_cast<const char *>(sqlite3_column_text(customer, 2));
        const std::string customerEmail = reinterpret_cast<const char *>(sqlite3_column_text(customer, 3));
        sqlite3_reset(customer);

        // Product lookups (InventoryRepository::find, one per line, in request order).
        struct Line {
            std::string sku;
            std::string name;
            qint64 quantity;
            qint64 price;
        };
        std::vector<Line> lines;
        for (std::size_t l = 0; l < planned.skus.size(); ++l) {
            sqlite3_stmt *product = db.statement("SELECT sku, name, price_minor, currency, on_hand, reserved, "
                                                 "low_stock_threshold, created_at, updated_at "
                                                 "FROM products WHERE sku = ?");
            const std::string sku = benchSku(planned.skus[l]).toStdString();
            bindText(product, 1, sku);
            if (sqlite3_step(product) != SQLITE_ROW)
                die(u"product missing"_s);
            lines.push_back(Line{sku, reinterpret_cast<const char *>(sqlite3_column_text(product, 1)),
                    planned.quantities[l], sqlite3_column_int64(product, 2)});
            sqlite3_reset(product);
        }
        qint64 total = 0;
        for (const Line &line : lines)
            total += line.quantity * line.price;

        // Order number (OrderRepository::allocateNumber).
        sqlite3_stmt *counter
                = db.statement("UPDATE counters SET value = value + 1 WHERE name = 'order_number' RETURNING value");
        if (sqlite3_step(counter) != SQLITE_ROW)
            die(u"counter missing"_s);
        const qint64 number = sqlite3_column_int64(counter, 0);
        sqlite3_reset(counter);

        // The order row (OrderRepository::insert).
        sqlite3_stmt *order = db.statement(
                "INSERT INTO orders (number, uuid, customer_id, customer_name, customer_email, status, currency, "
                "total_minor, line_count, paid_minor, refunded_minor, payment_method, ship_street, ship_city, "
                "ship_state, "
                "ship_zip, ship_country, carrier, tracking_number, cancel_reason, reservation_expires_at, placed_at, "
                "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        sqlite3_bind_int64(order, 1, number);
        bindText(order, 2, uuidText());
        sqlite3_bind_int64(order, 3, customerId);
        bindText(order, 4, customerName);
        bindText(order, 5, customerEmail);
        bindText(order, 6, "pending");
        bindText(order, 7, "USD");
        sqlite3_bind_int64(order, 8, total);
        sqlite3_bind_int64(order, 9, qint64(lines.size()));
        sqlite3_bind_int64(order, 10, 0);
        sqlite3_bind_int64(order, 11, 0);
        bindText(order, 12, "invoice");
        bindText(order, 13, "1 Main St");
        bindText(order, 14, "Springfield");
        bindText(order, 15, "IL");
        bindText(order, 16, "62701");
        bindText(order, 17, "US");
        sqlite3_bind_null(order, 18);
        sqlite3_bind_null(order, 19);
        sqlite3_bind_null(order, 20);
        sqlite3_bind_int64(order, 21, now + 15 * 60 * 1000);
        sqlite3_bind_int64(order, 22, now);
        sqlite3_bind_int64(order, 23, now);
        sqlite3_bind_int64(order, 24, 1);
        db.check(sqlite3_step(order), "insert order");
        sqlite3_reset(order);

        // Lines (OrderRepository::replaceLines: delete, then one insert per line).
        sqlite3_stmt *removeLines = db.statement("DELETE FROM order_lines WHERE order_number = ?");
        sqlite3_bind_int64(removeLines, 1, number);
        db.check(sqlite3_step(removeLines), "delete lines");
        sqlite3_reset(removeLines);
        for (std::size_t l = 0; l < lines.size(); ++l) {
            sqlite3_stmt *line = db.statement(
                    "INSERT INTO order_lines (order_number, position, sku, product_name, quantity, unit_price_minor, "
                    "line_total_minor) VALUES (?, ?, ?, ?, ?, ?, ?)");
            sqlite3_bind_int64(line, 1, number);
            sqlite3_bind_int64(line, 2, qint64(l + 1));
            bindText(line, 3, lines[l].sku);
            bindText(line, 4, lines[l].name);
            sqlite3_bind_int64(line, 5, lines[l].quantity);
            sqlite3_bind_int64(line, 6, lines[l].price);
            sqlite3_bind_int64(line, 7, lines[l].price * lines[l].quantity);
            db.check(sqlite3_step(line), "insert line");
            sqlite3_reset(line);
        }

        // Reservations in SKU order: conditional update plus a ledger row each (adjustStock).
        std::vector<Line> bySku = lines;
        std::sort(bySku.begin(), bySku.end(), [](const Line &a, const Line &b) { return a.sku < b.sku; });
        for (const Line &line : bySku) {
            sqlite3_stmt *reserve
                    = db.statement("UPDATE products SET reserved = reserved + ?, updated_at = ? "
                                   "WHERE sku = ? AND on_hand - reserved >= ? RETURNING on_hand, reserved");
            sqlite3_bind_int64(reserve, 1, line.quantity);
            sqlite3_bind_int64(reserve, 2, now);
            bindText(reserve, 3, line.sku);
            sqlite3_bind_int64(reserve, 4, line.quantity);
            if (sqlite3_step(reserve) != SQLITE_ROW)
                die(u"out of stock"_s);
            const qint64 onHand = sqlite3_column_int64(reserve, 0);
            const qint64 reserved = sqlite3_column_int64(reserve, 1);
            sqlite3_reset(reserve);
            sqlite3_stmt *ledger
                    = db.statement("INSERT INTO stock_movements (sku, kind, on_hand_delta, reserved_delta, "
                                   "on_hand_after, reserved_after, "
                                   "order_number, actor, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            bindText(ledger, 1, line.sku);
            bindText(ledger, 2, "reserve");
            sqlite3_bind_int64(ledger, 3, 0);
            sqlite3_bind_int64(ledger, 4, line.quantity);
            sqlite3_bind_int64(ledger, 5, onHand);
            sqlite3_bind_int64(ledger, 6, reserved);
            sqlite3_bind_int64(ledger, 7, number);
            bindText(ledger, 8, actor);
            bindText(ledger, 9, "");
            sqlite3_bind_int64(ledger, 10, now);
            db.check(sqlite3_step(ledger), "insert ledger");
            sqlite3_reset(ledger);
        }

        // The OrderPlaced timeline row with the same JSON details.
        std::string items = "[";
        for (std::size_t l = 0; l < lines.size(); ++l) {
            char item[256];
            std::snprintf(item, sizeof item, "%s{\"quantity\":%lld,\"sku\":\"%s\",\"unitPrice\":\"%lld.%02lld\"}",
                    l ? "," : "", static_cast<long long>(lines[l].quantity), lines[l].sku.c_str(),
                    static_cast<long long>(lines[l].price / 100), static_cast<long long>(lines[l].price % 100));
            items += item;
        }
        items += "]";
        char details[1024];
        std::snprintf(details, sizeof details,
                "{\"currency\":\"USD\",\"items\":%s,\"paymentMethod\":\"invoice\",\"total\":\"%lld.%02lld\"}",
                items.c_str(), static_cast<long long>(total / 100), static_cast<long long>(total % 100));
        sqlite3_stmt *timeline = db.statement(
                "INSERT INTO order_events (order_number, at, actor, event, from_status, to_status, reason, details) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        sqlite3_bind_int64(timeline, 1, number);
        sqlite3_bind_int64(timeline, 2, now);
        bindText(timeline, 3, actor);
        bindText(timeline, 4, "OrderPlaced");
        sqlite3_bind_null(timeline, 5);
        bindText(timeline, 6, "pending");
        bindText(timeline, 7, "");
        bindText(timeline, 8, details);
        db.check(sqlite3_step(timeline), "insert timeline");
        sqlite3_reset(timeline);

        // The order-confirmation email in the outbox (NotificationOutbox::insert).
        const std::string text = renderedText(number, customerName, total);
        const std::string html = htmlEmail(text);
        sqlite3_stmt *outbox = db.statement("INSERT INTO notification_outbox (order_number, event, recipient_email, "
                                            "recipient_name, subject, body_text, "
                                            "body_html, status, next_attempt_at, last_error, created_at, updated_at) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        sqlite3_bind_int64(outbox, 1, number);
        bindText(outbox, 2, "placed");
        bindText(outbox, 3, customerEmail);
        bindText(outbox, 4, customerName);
        bindText(outbox, 5, "Your order #" + std::to_string(number) + " has been received");
        bindText(outbox, 6, text);
        bindText(outbox, 7, html);
        bindText(outbox, 8, "pending");
        sqlite3_bind_int64(outbox, 9, now);
        bindText(outbox, 10, "");
        sqlite3_bind_int64(outbox, 11, now);
        sqlite3_bind_int64(outbox, 12, now);
        db.check(sqlite3_step(outbox), "insert outbox");
        sqlite3_reset(outbox);

        db.exec("COMMIT");

        // place() returns the stored order: the same reads as OrderService::find.
        const auto readBack = [&](const char *sql, qint64 key) {
            sqlite3_stmt *query = db.statement(sql);
            sqlite3_bind_int64(query, 1, key);
            db.drain(query, sql);
        };
        readBack("SELECT number FROM orders WHERE number = ?", number);
        readBack("SELECT number, uuid, customer_id, customer_name, customer_email, status, currency, total_minor, "
                 "paid_minor, refunded_minor, payment_method, ship_street, ship_city, ship_state, ship_zip, "
                 "ship_country, carrier, tracking_number, cancel_reason, reservation_expires_at, placed_at, "
                 "updated_at, version FROM orders WHERE number = ?",
                number);
        readBack("SELECT uuid, created_at FROM customers WHERE id = ?", customerId);
        readBack("SELECT sku, product_name, quantity, unit_price_minor, line_total_minor FROM order_lines "
                 "WHERE order_number = ? ORDER BY position",
                number);
        readBack("SELECT id, at, actor, event, from_status, to_status, reason, details FROM order_events "
                 "WHERE order_number = ? ORDER BY id",
                number);
        readBack("SELECT id, method, amount_minor, currency, reference, actor, at FROM payments "
                 "WHERE order_number = ? ORDER BY id",
                number);
        readBack("SELECT id, attempt_id, amount_minor, reason, provider_id, actor, at FROM refunds "
                 "WHERE order_number = ? ORDER BY id",
                number);
        readBack("SELECT id, order_number, kind, idempotency_key, amount_minor, currency, payment_method, "
                 "payment_intent, provider_id, status, decline_code, error_code, message, reason, started_at, "
                 "finished_at, duration_ms, actor FROM payment_attempts WHERE order_number = ? ORDER BY id",
                number);
    };

    for (int i = 0; i < options.warmup; ++i)
        placeOne(i);
    QList<double> latencies;
    latencies.reserve(options.orders);
    Stopwatch total;
    for (int i = options.warmup; i < options.warmup + options.orders; ++i) {
        Stopwatch one;
        placeOne(i);
        latencies.append(one.elapsedMs());
    }
    emitLatencies(u"place-raw"_s, latencies, total.elapsedMs());
    return 0;
}

// The bench's own top-level loop runs until the asynchronous placement (waiting for the loopback
// Stripe) has finished, as the desktop's event loop would.
template <typename T>
T awaitResult(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    if (future.isCanceled() || future.resultCount() == 0)
        die(u"the card placement was abandoned"_s);
    return future.result();
}

int placeCard(const CaseOptions &options)
{
    auto session = openSession(options.database);
    const QStringList emails = customerEmails(*session);
    test::ScriptedHttpServer server;
    test::FakeStripe stripe(server);
    StripeSettings settings;
    settings.apiBase = server.baseUrl();
    settings.secretKey = QString::fromLatin1(test::FakeStripe::kSecretKey);
    session->setPaymentGateway(std::make_unique<StripeGateway>(&session->network(), settings, 1u));

    const auto placeOne = [&](int i) {
        auto placed = awaitResult(session->payments().placeOrder(requestFor(i, emails, PaymentMethodType::Card)));
        if (!placed)
            die(placed.error().message);
        if (placed->status != OrderStatus::Confirmed)
            die(u"card order %1 was not confirmed"_s.arg(placed->number));
    };
    for (int i = 0; i < options.warmup; ++i)
        placeOne(i);
    QList<double> latencies;
    Stopwatch total;
    for (int i = options.warmup; i < options.warmup + options.orders; ++i) {
        Stopwatch one;
        placeOne(i);
        latencies.append(one.elapsedMs());
    }
    emitLatencies(u"place-card"_s, latencies, total.elapsedMs());
    if (stripe.intentsCreated() != options.warmup + options.orders)
        die(u"FakeStripe saw %1 charges for %2 orders"_s.arg(stripe.intentsCreated())
                        .arg(options.warmup + options.orders));
    return 0;
}

} // namespace shipshape::bench
