#include "dashboard/DashboardService.h"

#include "common/Logging.h"
#include "common/Time.h"
#include "dashboard/DailyAggregates.h"
#include "storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// PostgreSQL returns SUM over BIGINT as NUMERIC (a string to Qt) and NULL over no rows.
qint64 integer(const QVariant &value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

std::optional<double> ratio(qint64 numerator, qint64 denominator)
{
    if (denominator == 0)
        return std::nullopt;
    return double(numerator) / double(denominator);
}

// Integer division rounded half away from zero: money never goes through floating point.
qint64 roundedQuotient(qint64 numerator, qint64 denominator)
{
    const qint64 quotient = numerator / denominator;
    const qint64 remainder = numerator % denominator;
    if (2 * (remainder < 0 ? -remainder : remainder) >= denominator)
        return quotient + (numerator < 0 ? -1 : 1);
    return quotient;
}

// Upper bounds of the placement-time histogram, in milliseconds (the last bucket has none).
constexpr qint64 kLatencyBounds[] = {250, 500, 1000, 2000, 5000};

} // namespace

DashboardService::DashboardService(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

Result<QString> DashboardService::defaultCurrency()
{
    // The currency most orders use; with no orders yet, the catalogue's; with neither, US dollars.
    auto query = m_database.query(u"SELECT currency FROM daily_stats GROUP BY currency "
                                  "ORDER BY SUM(orders_placed) DESC, currency LIMIT 1"_s);
    if (!query)
        return fail(query.error());
    QString code = query->next() ? query->text(u"currency") : QString();
    if (!code.isEmpty())
        return code;
    auto products = m_database.query(
            u"SELECT currency FROM products GROUP BY currency ORDER BY COUNT(*) DESC, currency LIMIT 1"_s);
    if (!products)
        return fail(products.error());
    code = products->next() ? products->text(u"currency") : u"USD"_s;
    return code;
}

Result<KpiFigures> DashboardService::figures(const DashboardPeriod &period, const Currency &currency)
{
    const qint64 firstDay = DailyAggregates::dayNumber(period.from);
    const qint64 lastDay = DailyAggregates::dayNumber(period.to);
    const QString code = currency.code();
    KpiFigures figures;
    figures.revenue = Money::zero(currency);
    figures.refunded = Money::zero(currency);

    auto totals = m_database.query(
            u"SELECT SUM(orders_placed) AS orders_placed, SUM(orders_confirmed) AS orders_confirmed, "
            "SUM(orders_cancelled) AS orders_cancelled, SUM(placement_attempts) AS placement_attempts, "
            "SUM(payment_attempts) AS payment_attempts, SUM(payment_failures) AS payment_failures, "
            "SUM(CASE WHEN currency = ? THEN paid_minor - refunded_minor - tax_kept_minor ELSE 0 END) AS "
            "revenue_minor, "
            "SUM(CASE WHEN currency = ? THEN refunded_minor ELSE 0 END) AS refunded_minor, "
            "SUM(CASE WHEN currency = ? THEN orders_confirmed ELSE 0 END) AS confirmed_in_currency "
            "FROM daily_stats WHERE day BETWEEN ? AND ?"_s,
            {code, code, code, firstDay, lastDay});
    if (!totals)
        return fail(totals.error());
    qint64 confirmedInCurrency = 0;
    if (totals->next()) {
        const Rows &row = *totals;
        figures.ordersPlaced = integer(row.value(u"orders_placed"));
        figures.ordersConfirmed = integer(row.value(u"orders_confirmed"));
        figures.ordersCancelled = integer(row.value(u"orders_cancelled"));
        figures.placementAttempts = integer(row.value(u"placement_attempts"));
        figures.paymentAttempts = integer(row.value(u"payment_attempts"));
        figures.paymentFailures = integer(row.value(u"payment_failures"));
        figures.revenue = Money(integer(row.value(u"revenue_minor")), currency);
        figures.refunded = Money(integer(row.value(u"refunded_minor")), currency);
        confirmedInCurrency = integer(row.value(u"confirmed_in_currency"));
        if (auto read = row.status(); !read)
            return fail(read.error());
    }
    if (confirmedInCurrency > 0)
        figures.averageOrderValue = Money(roundedQuotient(figures.revenue.minorUnits(), confirmedInCurrency), currency);
    figures.successRate = ratio(figures.ordersConfirmed, figures.placementAttempts);
    figures.paymentFailureRate = ratio(figures.paymentFailures, figures.paymentAttempts);

    // Nearest-rank percentiles over the distribution of placement times (one row per distinct
    // duration, not per placement): the smallest duration whose running count reaches p of the total.
    auto percentiles = m_database.query(
            u"WITH d AS (SELECT duration_ms, SUM(placements) AS n FROM daily_placement_times "
            "WHERE day BETWEEN ? AND ? GROUP BY duration_ms HAVING SUM(placements) > 0), "
            "c AS (SELECT duration_ms, SUM(n) OVER (ORDER BY duration_ms) AS running, SUM(n) OVER () AS total FROM d) "
            "SELECT MIN(CASE WHEN running * 2 >= total THEN duration_ms END) AS median_ms, "
            "MIN(CASE WHEN running * 20 >= total * 19 THEN duration_ms END) AS p95_ms FROM c"_s,
            {firstDay, lastDay});
    if (!percentiles)
        return fail(percentiles.error());
    if (percentiles->next()) {
        if (const auto median = percentiles->optionalInteger(u"median_ms"))
            figures.placementMedianMs = *median;
        if (const auto p95 = percentiles->optionalInteger(u"p95_ms"))
            figures.placementP95Ms = *p95;
    }

    auto declines = m_database.query(
            u"SELECT f.code, f.n, p.message FROM ("
            "SELECT COALESCE(NULLIF(decline_code, ''), NULLIF(error_code, ''), 'unknown') AS code, COUNT(*) AS n, "
            "MAX(id) AS last_id FROM payment_attempts "
            "WHERE kind = 'charge' AND status = 'failed' AND started_at >= ? AND started_at < ? "
            "GROUP BY COALESCE(NULLIF(decline_code, ''), NULLIF(error_code, ''), 'unknown')) f "
            "JOIN payment_attempts p ON p.id = f.last_id ORDER BY f.n DESC, f.code LIMIT 5"_s,
            {toStorage(period.start()), toStorage(period.end())});
    if (!declines)
        return fail(declines.error());
    while (declines->next()) {
        figures.topDeclineReasons.append(DeclineReasonCount{
                declines->text(u"code"), declines->text(u"message"), integer(declines->value(u"n"))});
    }
    if (auto read = declines->status(); !read)
        return fail(read.error());

    // Returns: units on the returns opened in the period (not rejected) over units in the parcels shipped in
    // it, from their daily aggregates (migration 29).
    auto returned = m_database.query(
            u"SELECT (SELECT SUM(units) FROM daily_return_reasons WHERE day BETWEEN ? AND ?) AS units_returned, "
            "(SELECT SUM(units) FROM daily_shipped_units WHERE day BETWEEN ? AND ?) AS units_shipped"_s,
            {firstDay, lastDay, firstDay, lastDay});
    if (!returned)
        return fail(returned.error());
    if (returned->next()) {
        figures.unitsReturned = integer(returned->value(u"units_returned"));
        figures.unitsShipped = integer(returned->value(u"units_shipped"));
        if (auto read = returned->status(); !read)
            return fail(read.error());
    }
    figures.returnRate = ratio(figures.unitsReturned, figures.unitsShipped);

    auto emails = m_database.query(u"SELECT SUM(emails_sent) AS emails_sent, SUM(emails_failed) AS emails_failed, "
                                   "SUM(emails_waiting) AS emails_waiting "
                                   "FROM daily_email_stats WHERE day BETWEEN ? AND ?"_s,
            {firstDay, lastDay});
    if (!emails)
        return fail(emails.error());
    if (emails->next()) {
        figures.emailsSent = integer(emails->value(u"emails_sent"));
        figures.emailsFailed = integer(emails->value(u"emails_failed"));
        figures.emailsWaiting = integer(emails->value(u"emails_waiting"));
        if (auto read = emails->status(); !read)
            return fail(read.error());
    }
    if (auto api = addApiFigures(figures, firstDay, lastDay); !api)
        return fail(api.error());
    return figures;
}

Status DashboardService::addApiFigures(KpiFigures &figures, qint64 firstDay, qint64 lastDay)
{
    // One statement. Hours of the period's days; an error is a 5xx, or a 4xx other than the shop's own
    // refusals of an order (402 a declined card, 409 out of stock or a changed price: answers the storefront
    // shows its customer). The 95th percentile is the nearest rank, as for placement times.
    const qint64 firstHour = firstDay * 24;
    const qint64 lastHour = lastDay * 24 + 23;
    auto api = m_database.query(
            u"WITH d AS (SELECT duration_ms, SUM(requests) AS n FROM api_daily_latency "
            "WHERE day BETWEEN ? AND ? GROUP BY duration_ms HAVING SUM(requests) > 0), "
            "c AS (SELECT duration_ms, SUM(n) OVER (ORDER BY duration_ms) AS running, SUM(n) OVER () AS total FROM d), "
            "h AS (SELECT SUM(requests) AS requests, "
            "SUM(CASE WHEN status >= 500 OR (status >= 400 AND status NOT IN (402, 409)) THEN requests ELSE 0 END) "
            "AS errors, SUM(CASE WHEN endpoint = 'orders.create' AND status = 201 THEN requests - replays ELSE 0 END) "
            "AS orders FROM api_hourly_requests WHERE hour BETWEEN ? AND ?), "
            "b AS (SELECT MAX(n) AS busiest FROM (SELECT SUM(requests - replays) AS n FROM api_hourly_requests "
            "WHERE hour BETWEEN ? AND ? AND endpoint = 'orders.create' AND status = 201 GROUP BY hour) x) "
            "SELECT h.requests, h.errors, h.orders, b.busiest, "
            "(SELECT MIN(CASE WHEN running * 20 >= total * 19 THEN duration_ms END) FROM c) AS p95_ms "
            "FROM h CROSS JOIN b"_s,
            {firstDay, lastDay, firstHour, lastHour, firstHour, lastHour});
    if (!api)
        return fail(api.error());
    if (api->next()) {
        figures.apiRequests = integer(api->value(u"requests"));
        figures.apiErrors = integer(api->value(u"errors"));
        figures.apiOrders = integer(api->value(u"orders"));
        figures.apiOrdersBusiestHour = integer(api->value(u"busiest"));
        if (const auto p95 = api->optionalInteger(u"p95_ms"))
            figures.apiP95Ms = *p95;
        if (auto read = api->status(); !read)
            return fail(read.error());
    }
    figures.apiErrorRate = ratio(figures.apiErrors, figures.apiRequests);
    return {};
}

Result<DashboardSnapshot> DashboardService::snapshot(const DashboardPeriod &period, const QString &currencyCode)
{
    if (!period.from.isValid())
        return fail(Error::invalid(u"from"_s, {}, tr("The period needs a valid first day.")));
    if (!period.to.isValid())
        return fail(Error::invalid(u"to"_s, {}, tr("The period needs a valid last day.")));
    if (!period.isValid()) {
        return fail(Error::invalid(u"to"_s, period.to.toString(Qt::ISODate),
                tr("The period ends (%1) before it starts (%2).")
                        .arg(period.to.toString(Qt::ISODate), period.from.toString(Qt::ISODate))));
    }
    if (period.days() > kMaxPeriodDays) {
        return fail(Error::invalid(u"from"_s, period.from.toString(Qt::ISODate),
                tr("A dashboard period is at most %1 days (got %2).").arg(kMaxPeriodDays).arg(period.days())));
    }
    QString code = currencyCode.trimmed().toUpper();
    if (code.isEmpty()) {
        auto found = defaultCurrency();
        if (!found)
            return fail(found.error());
        code = *found;
    }
    auto currency = Currency::fromCode(code);
    if (!currency)
        return fail(Error::invalid(u"currency"_s, currencyCode, currency.error().message));

    DashboardSnapshot snapshot;
    snapshot.period = period;
    snapshot.currency = currency->code();
    snapshot.computedAt = m_clock.now();

    auto current = figures(period, *currency);
    if (!current)
        return fail(current.error());
    snapshot.current = *current;
    auto previous = figures(period.previous(), *currency);
    if (!previous)
        return fail(previous.error());
    snapshot.previous = *previous;

    const qint64 firstDay = DailyAggregates::dayNumber(period.from);
    const qint64 lastDay = DailyAggregates::dayNumber(period.to);

    // Orders waiting to ship: counted from the aggregates; the oldest is the lowest-numbered confirmed
    // order (numbers are taken in placement order), one step down the (status, number) index.
    auto awaiting = m_database.query(u"SELECT SUM(orders_confirmed_now) FROM daily_stats"_s);
    if (!awaiting)
        return fail(awaiting.error());
    if (awaiting->next())
        snapshot.awaitingShipment = integer(awaiting->single());
    auto oldest
            = m_database.query(u"SELECT placed_at FROM orders WHERE status = 'confirmed' ORDER BY number LIMIT 1"_s);
    if (!oldest)
        return fail(oldest.error());
    if (oldest->next())
        snapshot.oldestAwaitingSince = fromStorage(oldest->value(u"placed_at"));

    auto days = m_database.query(
            u"SELECT day, SUM(orders_placed) AS orders_placed, SUM(orders_cancelled) AS orders_cancelled, "
            "SUM(payment_failures) AS payment_failures, "
            "SUM(CASE WHEN currency = ? THEN paid_minor - refunded_minor - tax_kept_minor ELSE 0 END) AS "
            "revenue_minor, "
            "SUM(orders_pending) AS orders_pending, SUM(orders_confirmed_now) AS orders_confirmed_now, "
            "SUM(orders_shipped) AS orders_shipped, SUM(orders_delivered) AS orders_delivered "
            "FROM daily_stats WHERE day BETWEEN ? AND ? GROUP BY day ORDER BY day"_s,
            {snapshot.currency, firstDay, lastDay});
    if (!days)
        return fail(days.error());
    qint64 byStatus[5] = {0, 0, 0, 0, 0};
    QDate nextDay = period.from;
    const auto zeroDay = [&](QDate day) { return DailyFigures{day, 0, 0, 0, Money::zero(*currency)}; };
    while (days->next()) {
        const Rows &row = *days;
        const QDate day = DailyAggregates::dateOfDay(integer(row.value(u"day")));
        for (; nextDay < day; nextDay = nextDay.addDays(1))
            snapshot.days.append(zeroDay(nextDay));
        snapshot.days.append(DailyFigures{day, integer(row.value(u"orders_placed")),
                integer(row.value(u"orders_cancelled")), integer(row.value(u"payment_failures")),
                Money(integer(row.value(u"revenue_minor")), *currency)});
        nextDay = day.addDays(1);
        byStatus[0] += integer(row.value(u"orders_pending"));
        byStatus[1] += integer(row.value(u"orders_confirmed_now"));
        byStatus[2] += integer(row.value(u"orders_shipped"));
        byStatus[3] += integer(row.value(u"orders_delivered"));
        byStatus[4] += integer(row.value(u"orders_cancelled"));
    }
    if (auto read = days->status(); !read)
        return fail(read.error());
    for (; nextDay <= period.to; nextDay = nextDay.addDays(1))
        snapshot.days.append(zeroDay(nextDay));
    const OrderStatus statuses[] = {OrderStatus::Pending, OrderStatus::Confirmed, OrderStatus::Shipped,
            OrderStatus::Delivered, OrderStatus::Cancelled};
    for (int i = 0; i < 5; ++i)
        snapshot.byStatus.append(StatusCount{statuses[i], byStatus[i]});

    auto top = m_database.query(
            u"SELECT s.sku, COALESCE(MAX(p.name), s.sku) AS name, SUM(s.quantity) AS quantity, "
            "SUM(s.revenue_minor) AS revenue_minor "
            "FROM daily_product_sales s LEFT JOIN products p ON p.sku = s.sku "
            "WHERE s.day BETWEEN ? AND ? AND s.currency = ? GROUP BY s.sku HAVING SUM(s.quantity) > 0 "
            "ORDER BY SUM(s.quantity) DESC, s.sku LIMIT 10"_s,
            {firstDay, lastDay, snapshot.currency});
    if (!top)
        return fail(top.error());
    while (top->next()) {
        snapshot.topProducts.append(ProductSales{top->text(u"sku"), top->text(u"name"),
                integer(top->value(u"quantity")), Money(integer(top->value(u"revenue_minor")), *currency)});
    }
    if (auto read = top->status(); !read)
        return fail(read.error());

    auto low = m_database.query(u"SELECT sku, name, on_hand - reserved AS available, low_stock_threshold FROM products "
                                "WHERE on_hand - reserved <= low_stock_threshold "
                                "ORDER BY on_hand - reserved, sku LIMIT 20"_s);
    if (!low)
        return fail(low.error());
    while (low->next()) {
        snapshot.lowStock.append(LowStockProduct{low->text(u"sku"), low->text(u"name"),
                integer(low->value(u"available")), integer(low->value(u"low_stock_threshold"))});
    }
    if (auto read = low->status(); !read)
        return fail(read.error());

    // Why the period's units came back: per reason, units and returns, most units first.
    auto reasons = m_database.query(u"SELECT reason, SUM(units) AS units, SUM(returns) AS returns "
                                    "FROM daily_return_reasons WHERE day BETWEEN ? AND ? "
                                    "GROUP BY reason HAVING SUM(units) > 0 ORDER BY SUM(units) DESC, reason"_s,
            {DailyAggregates::dayNumber(period.from), DailyAggregates::dayNumber(period.to)});
    if (!reasons)
        return fail(reasons.error());
    while (reasons->next()) {
        auto reason = ReturnReasons::fromKey(reasons->text(u"reason"));
        if (!reason)
            continue; // the CHECK of return_lines allows no other key
        snapshot.topReturnReasons.append(
                ReturnReasonCount{*reason, integer(reasons->value(u"units")), integer(reasons->value(u"returns"))});
    }
    if (auto read = reasons->status(); !read)
        return fail(read.error());

    // Bucket i is column bucket_i.
    QString bucketSql = u"SELECT "_s;
    qint64 lower = -1;
    int bucket = 0;
    for (const qint64 bound : kLatencyBounds) {
        bucketSql
                += u"SUM(CASE WHEN duration_ms > %1 AND duration_ms <= %2 THEN placements ELSE 0 END) AS bucket_%3, "_s
                           .arg(lower)
                           .arg(bound)
                           .arg(bucket++);
        lower = bound;
    }
    bucketSql += u"SUM(CASE WHEN duration_ms > %1 THEN placements ELSE 0 END) AS bucket_%2 "
                 "FROM daily_placement_times WHERE day BETWEEN ? AND ?"_s.arg(lower)
                         .arg(bucket);
    auto buckets = m_database.query(bucketSql, {firstDay, lastDay});
    if (!buckets)
        return fail(buckets.error());
    const bool hasRow = buckets->next();
    const auto count = [&](int index) { return hasRow ? integer(buckets->value(u"bucket_%1"_s.arg(index))) : 0; };
    int column = 0;
    for (const qint64 bound : kLatencyBounds)
        snapshot.placementTimes.append(LatencyBucket{bound, count(column++)});
    snapshot.placementTimes.append(LatencyBucket{std::nullopt, count(column)});
    if (auto read = buckets->status(); !read)
        return fail(read.error());
    return snapshot;
}

} // namespace shipshape
