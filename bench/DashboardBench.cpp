// Area 4: the dashboard at a million orders. One snapshot (current and previous period, days, statuses,
// top products, low stock, placement times) for periods of 1, 7, 30 and 90 days ending on the day of the
// newest order, against the same figures computed by plain GROUP BY queries over the orders, lines,
// placement log, charges and emails, without the daily aggregates. The baseline's figures are checked
// against the snapshot's, so both sides compute the same thing.

#include "Cases.h"
#include "Harness.h"

#include "common/Time.h"
#include "dashboard/DashboardService.h"
#include "session/Session.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::bench {
namespace {

constexpr qint64 kPeriods[] = {1, 7, 30, 90};

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

QDate newestDay(Session &session)
{
    QSqlQuery query(session.database().connection());
    if (!query.exec(u"SELECT MAX(placed_at) FROM orders"_s) || !query.next() || query.value(0).isNull())
        die(u"the benchmark database has no orders"_s);
    return fromStorage(query.value(0)).date();
}

// One query, bound values, every row read; returns the first row's first value (for the checks).
qint64 run(QSqlQuery &query, const QString &sql, const QVariantList &values, qint64 *checksum)
{
    if (!query.prepare(sql))
        die(query.lastError().text());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        die(query.lastError().text() + u" in "_s + sql);
    qint64 first = 0;
    bool isFirst = true;
    while (query.next()) {
        if (isFirst)
            first = query.value(0).toLongLong();
        isFirst = false;
        *checksum += query.value(0).toLongLong();
    }
    return first;
}

struct BaselineFigures {
    qint64 ordersPlaced = 0;
    qint64 revenueMinor = 0;
};

// The KPI figures of one period straight from the source tables.
BaselineFigures baselineKpis(QSqlQuery &query, const DashboardPeriod &period, const QString &currency, qint64 *sum)
{
    const qint64 start = toStorage(period.start());
    const qint64 end = toStorage(period.end());
    BaselineFigures figures;
    figures.ordersPlaced = run(query,
            u"SELECT COUNT(*), SUM(CASE WHEN status IN ('confirmed', 'shipped', 'delivered') "
            "OR (status = 'cancelled' AND paid_minor > 0) THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN currency = ? THEN paid_minor - refunded_minor ELSE 0 END), "
            "SUM(CASE WHEN currency = ? THEN refunded_minor ELSE 0 END) "
            "FROM orders WHERE placed_at >= ? AND placed_at < ?"_s,
            {currency, currency, start, end}, sum);
    figures.revenueMinor = run(query,
            u"SELECT SUM(paid_minor - refunded_minor) FROM orders WHERE currency = ? AND placed_at >= ? AND placed_at < ?"_s,
            {currency, start, end}, sum);
    const qint64 attempts
            = run(query, u"SELECT COUNT(*) FROM placement_log WHERE at >= ? AND at < ?"_s, {start, end}, sum);
    for (const qint64 rank : {(attempts + 1) / 2, (attempts * 19 + 19) / 20}) {
        if (attempts > 0)
            run(query,
                    u"SELECT duration_ms FROM placement_log WHERE at >= ? AND at < ? ORDER BY duration_ms LIMIT 1 OFFSET ?"_s,
                    {start, end, rank - 1}, sum);
    }
    run(query,
            u"SELECT COUNT(*), SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) FROM payment_attempts "
            "WHERE kind = 'charge' AND started_at >= ? AND started_at < ?"_s,
            {start, end}, sum);
    run(query,
            u"SELECT COALESCE(NULLIF(decline_code, ''), NULLIF(error_code, ''), 'unknown'), COUNT(*) "
            "FROM payment_attempts WHERE kind = 'charge' AND status = 'failed' AND started_at >= ? AND started_at < ? "
            "GROUP BY 1 ORDER BY 2 DESC LIMIT 5"_s,
            {start, end}, sum);
    run(query,
            u"SELECT status, COUNT(*) FROM notification_outbox WHERE created_at >= ? AND created_at < ? GROUP BY status"_s,
            {start, end}, sum);
    return figures;
}

BaselineFigures baselineSnapshot(QSqlQuery &query, const DashboardPeriod &period, const QString &currency, qint64 *sum)
{
    const BaselineFigures current = baselineKpis(query, period, currency, sum);
    baselineKpis(query, period.previous(), currency, sum);
    const qint64 start = toStorage(period.start());
    const qint64 end = toStorage(period.end());
    run(query, u"SELECT COUNT(*), MIN(placed_at) FROM orders WHERE status = 'confirmed'"_s, {}, sum);
    run(query,
            u"SELECT placed_at / 86400000, COUNT(*), SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN currency = ? THEN paid_minor - refunded_minor ELSE 0 END) "
            "FROM orders WHERE placed_at >= ? AND placed_at < ? GROUP BY placed_at / 86400000"_s,
            {currency, start, end}, sum);
    run(query,
            u"SELECT started_at / 86400000, COUNT(*) FROM payment_attempts WHERE kind = 'charge' AND status = 'failed' "
            "AND started_at >= ? AND started_at < ? GROUP BY started_at / 86400000"_s,
            {start, end}, sum);
    run(query, u"SELECT status, COUNT(*) FROM orders WHERE placed_at >= ? AND placed_at < ? GROUP BY status"_s,
            {start, end}, sum);
    run(query,
            u"SELECT l.sku, SUM(l.quantity), SUM(l.line_total_minor) FROM order_lines l JOIN orders o "
            "ON o.number = l.order_number WHERE o.placed_at >= ? AND o.placed_at < ? AND o.status <> 'cancelled' "
            "AND o.currency = ? GROUP BY l.sku ORDER BY 2 DESC, l.sku LIMIT 10"_s,
            {start, end, currency}, sum);
    run(query,
            u"SELECT sku, on_hand - reserved FROM products WHERE on_hand - reserved <= low_stock_threshold "
            "ORDER BY on_hand - reserved, sku LIMIT 20"_s,
            {}, sum);
    run(query,
            u"SELECT SUM(CASE WHEN duration_ms <= 250 THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN duration_ms > 250 AND duration_ms <= 500 THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN duration_ms > 500 AND duration_ms <= 1000 THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN duration_ms > 1000 AND duration_ms <= 2000 THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN duration_ms > 2000 AND duration_ms <= 5000 THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN duration_ms > 5000 THEN 1 ELSE 0 END) FROM placement_log WHERE at >= ? AND at < ?"_s,
            {start, end}, sum);
    return current;
}

template <typename Work>
double medianMs(int repetitions, const Work &work)
{
    work(); // warm the page cache and the prepared statements
    QList<double> times;
    for (int i = 0; i < qMax(repetitions, 1); ++i) {
        Stopwatch watch;
        work();
        times.append(watch.elapsedMs());
    }
    return median(times);
}

} // namespace

int dashboardShipshape(const CaseOptions &options)
{
    auto session = openSession(options.database);
    const QDate last = newestDay(*session);
    for (const qint64 days : kPeriods) {
        const DashboardPeriod period = DashboardPeriod::lastDays(days, last);
        qint64 placed = 0;
        const double ms = medianMs(options.repetitions, [&] {
            auto snapshot = session->dashboard().snapshot(period);
            if (!snapshot)
                die(snapshot.error().message);
            placed = snapshot->current.ordersPlaced;
        });
        emitMetric(u"dashboard-shipshape"_s, u"snapshot_%1d_ms"_s.arg(days), ms, u"ms"_s);
        emitMetric(u"dashboard-shipshape"_s, u"orders_%1d"_s.arg(days), double(placed), u"orders"_s);
    }
    return 0;
}

int dashboardGroupBy(const CaseOptions &options)
{
    auto session = openSession(options.database);
    const QDate last = newestDay(*session);
    auto currency = session->dashboard().defaultCurrency();
    if (!currency)
        die(currency.error().message);
    QSqlQuery query(session->database().connection());
    for (const qint64 days : kPeriods) {
        const DashboardPeriod period = DashboardPeriod::lastDays(days, last);
        qint64 checksum = 0;
        BaselineFigures figures;
        const double ms = medianMs(
                options.repetitions, [&] { figures = baselineSnapshot(query, period, *currency, &checksum); });
        // The two ways must agree, or the comparison means nothing.
        auto snapshot = session->dashboard().snapshot(period, *currency);
        if (!snapshot)
            die(snapshot.error().message);
        if (snapshot->current.ordersPlaced != figures.ordersPlaced
                || snapshot->current.revenue.minorUnits() != figures.revenueMinor) {
            die(u"the aggregates disagree with the orders for %1 days: %2 vs %3 orders, %4 vs %5 revenue"_s.arg(days)
                            .arg(snapshot->current.ordersPlaced)
                            .arg(figures.ordersPlaced)
                            .arg(snapshot->current.revenue.minorUnits())
                            .arg(figures.revenueMinor));
        }
        emitMetric(u"dashboard-groupby"_s, u"snapshot_%1d_ms"_s.arg(days), ms, u"ms"_s);
    }
    return 0;
}

} // namespace shipshape::bench
