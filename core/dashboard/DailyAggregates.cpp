#include "dashboard/DailyAggregates.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QMap>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// What one source row adds to one aggregate column; `R.` stands for the row (NEW, OLD or the table).
struct Contribution {
    const char16_t *column;
    const char16_t *expression;
};

// One aggregate table fed by one source table.
struct Feed {
    QString table; // the aggregate
    QStringList keyColumns;
    QStringList keyExpressions; // over R
    QList<Contribution> contributions;
    QString source; // the source table
    QString condition; // over R: which source rows count
    QString join; // extra source table (alias) the expressions may use, or empty
    QString joinCondition; // over R and the alias
};

const QString kDay = u"86400000"_s;

QString expressionText(const char16_t *expression)
{
    return QString::fromUtf16(expression);
}

Feed orderFeed()
{
    return {u"daily_stats"_s, {u"day"_s, u"currency"_s}, {u"R.placed_at / "_s + kDay, u"R.currency"_s},
            {
                    {u"orders_placed", u"1"},
                    {u"orders_pending", u"CASE WHEN R.status = 'pending' THEN 1 ELSE 0 END"},
                    {u"orders_confirmed_now", u"CASE WHEN R.status = 'confirmed' THEN 1 ELSE 0 END"},
                    {u"orders_shipped", u"CASE WHEN R.status = 'shipped' THEN 1 ELSE 0 END"},
                    {u"orders_delivered", u"CASE WHEN R.status = 'delivered' THEN 1 ELSE 0 END"},
                    {u"orders_cancelled", u"CASE WHEN R.status = 'cancelled' THEN 1 ELSE 0 END"},
                    {u"orders_expired", u"CASE WHEN R.cancel_reason = 'expired' THEN 1 ELSE 0 END"},
                    // Confirmation is payment: an order that is, or was before it was cancelled,
                    // confirmed has money taken.
                    {u"orders_confirmed",
                            u"CASE WHEN R.status IN ('confirmed', 'shipped', 'delivered') "
                            u"OR (R.status = 'cancelled' AND R.paid_minor > 0) THEN 1 ELSE 0 END"},
                    {u"paid_minor", u"R.paid_minor"},
                    {u"refunded_minor", u"R.refunded_minor"},
                    // The tax in the money the order kept, so that revenue can leave tax out: all of it
                    // once the order kept its total, in proportion before (rounded half up). Orders over
                    // 2e9 minor units count their whole tax: the product must stay within 64 bits.
                    {u"tax_kept_minor",
                            u"CASE WHEN (R.paid_minor - R.refunded_minor) <= 0 THEN 0 "
                            u"WHEN (R.paid_minor - R.refunded_minor) >= R.total_minor THEN R.tax_minor "
                            u"WHEN R.total_minor <= 2000000000 THEN (2 * R.tax_minor * (R.paid_minor - "
                            u"R.refunded_minor) + R.total_minor) / (2 * R.total_minor) ELSE R.tax_minor END"},
            },
            u"orders"_s, u"TRUE"_s, {}, {}};
}

Feed chargeFeed()
{
    return {u"daily_stats"_s, {u"day"_s, u"currency"_s}, {u"R.started_at / "_s + kDay, u"R.currency"_s},
            {
                    {u"payment_attempts", u"1"},
                    {u"payment_failures", u"CASE WHEN R.status = 'failed' THEN 1 ELSE 0 END"},
            },
            u"payment_attempts"_s, u"R.kind = 'charge'"_s, {}, {}};
}

Feed placementFeed()
{
    return {u"daily_stats"_s, {u"day"_s, u"currency"_s}, {u"R.at / "_s + kDay, u"R.currency"_s},
            {
                    {u"placement_attempts", u"1"},
                    {u"placements_confirmed", u"CASE WHEN R.outcome = 'confirmed' THEN 1 ELSE 0 END"},
                    {u"placements_pending", u"CASE WHEN R.outcome = 'pending' THEN 1 ELSE 0 END"},
                    {u"placements_declined", u"CASE WHEN R.outcome = 'declined' THEN 1 ELSE 0 END"},
                    {u"placements_out_of_stock", u"CASE WHEN R.outcome = 'out_of_stock' THEN 1 ELSE 0 END"},
                    {u"placements_conflict", u"CASE WHEN R.outcome = 'conflict' THEN 1 ELSE 0 END"},
                    {u"placements_failed", u"CASE WHEN R.outcome = 'failed' THEN 1 ELSE 0 END"},
            },
            u"placement_log"_s, u"TRUE"_s, {}, {}};
}

Feed placementTimeFeed()
{
    // Durations rounded up to 10 ms: a day then has at most a few hundred distinct values however many
    // placements it saw, and the percentiles are exact to the next 10 ms (finer than a 2 s target needs).
    return {u"daily_placement_times"_s, {u"day"_s, u"duration_ms"_s},
            {u"R.at / "_s + kDay, u"(R.duration_ms + 9) / 10 * 10"_s}, {{u"placements", u"1"}}, u"placement_log"_s,
            u"TRUE"_s, {}, {}};
}

Feed emailFeed()
{
    return {u"daily_email_stats"_s, {u"day"_s}, {u"R.created_at / "_s + kDay},
            {
                    {u"emails_queued", u"1"},
                    {u"emails_sent", u"CASE WHEN R.status = 'sent' THEN 1 ELSE 0 END"},
                    {u"emails_failed", u"CASE WHEN R.status = 'failed' THEN 1 ELSE 0 END"},
                    {u"emails_waiting", u"CASE WHEN R.status IN ('pending', 'sending', 'retry') THEN 1 ELSE 0 END"},
            },
            // Emails only: the outbox also carries SMS (migration 27), which the email figures leave out.
            u"notification_outbox"_s, u"R.channel = 'email'"_s, {}, {}};
}

// Units and revenue of lines of orders that are not cancelled, by the order's day and currency. Revenue is
// the line's net of its discounts, without tax (a tax-inclusive line's tax is taken out).
Feed lineSalesFeed()
{
    return {u"daily_product_sales"_s, {u"day"_s, u"currency"_s, u"sku"_s},
            {u"o.placed_at / "_s + kDay, u"o.currency"_s, u"R.sku"_s},
            {{u"quantity", u"R.quantity"},
                    {u"revenue_minor",
                            u"R.line_total_minor - R.discount_minor - CASE WHEN o.prices_include_tax = 1 THEN "
                            u"R.tax_minor ELSE 0 END"}},
            u"order_lines"_s, u"o.status <> 'cancelled'"_s, u"orders o"_s, u"o.number = R.order_number"_s};
}

// Units in the parcels shipped, by the parcel's day.
Feed shippedUnitsFeed()
{
    return {u"daily_shipped_units"_s, {u"day"_s}, {u"s.shipped_at / "_s + kDay}, {{u"units", u"R.quantity"}},
            u"shipment_lines"_s, u"TRUE"_s, u"shipments s"_s, u"s.id = R.shipment_id"_s};
}

// Units returned per reason by the day the return was opened, and how many returns have a line with the
// reason (its line of the lowest SKU counts it), leaving rejected returns out.
Feed returnReasonsFeed()
{
    return {u"daily_return_reasons"_s, {u"day"_s, u"reason"_s}, {u"rt.opened_at / "_s + kDay, u"R.reason"_s},
            {{u"units", u"R.quantity"},
                    {u"returns",
                            u"CASE WHEN R.sku = (SELECT MIN(x.sku) FROM return_lines x WHERE x.return_id = "
                            u"R.return_id AND x.reason = R.reason) THEN 1 ELSE 0 END"}},
            u"return_lines"_s, u"rt.state <> 'rejected'"_s, u"returns rt"_s, u"rt.id = R.return_id"_s};
}

// The full recomputation of one feed: a GROUP BY over the source table, of the days after `closedDay`.
QString recomputeSelect(const Feed &feed, qint64 closedDay = -1)
{
    QStringList values = feed.keyExpressions;
    for (const Contribution &contribution : feed.contributions)
        values << u"SUM("_s + expressionText(contribution.expression) + u')';
    QString from = feed.source + u" R"_s;
    QString where = feed.condition;
    if (!feed.join.isEmpty()) {
        from += u", "_s + feed.join;
        where = feed.joinCondition + u" AND "_s + where;
    }
    if (closedDay >= 0) // every feed's first key is its day; the number is ours, not input
        where += u" AND (%1) > %2"_s.arg(feed.keyExpressions.constFirst()).arg(closedDay);
    return u"SELECT %1 FROM %2 WHERE %3 GROUP BY %4"_s.arg(
            values.join(u", "_s), from, where, feed.keyExpressions.join(u", "_s));
}

QString recomputeInsert(const Feed &feed, qint64 closedDay = -1)
{
    QStringList columns = feed.keyColumns;
    QStringList updates;
    for (const Contribution &contribution : feed.contributions) {
        const QString column = QString::fromUtf16(contribution.column);
        columns << column;
        updates << u"%1 = %2.%1 + excluded.%1"_s.arg(column, feed.table);
    }
    return u"INSERT INTO %1 (%2) %3 ON CONFLICT (%4) DO UPDATE SET %5"_s.arg(feed.table, columns.join(u", "_s),
            recomputeSelect(feed, closedDay), feed.keyColumns.join(u", "_s), updates.join(u", "_s));
}

QList<Feed> allFeeds()
{
    return {orderFeed(), chargeFeed(), placementFeed(), placementTimeFeed(), emailFeed(), lineSalesFeed(),
            shippedUnitsFeed(), returnReasonsFeed()};
}

const QStringList kAggregateTables{u"daily_stats"_s, u"daily_placement_times"_s, u"daily_product_sales"_s,
        u"daily_email_stats"_s, u"daily_shipped_units"_s, u"daily_return_reasons"_s};

} // namespace

qint64 DailyAggregates::dayNumber(QDate day)
{
    return QDate(1970, 1, 1).daysTo(day);
}

QDate DailyAggregates::dateOfDay(qint64 dayNumber)
{
    return QDate(1970, 1, 1).addDays(dayNumber);
}

namespace {

QStringList rebuildStatementsAfter(qint64 closedDay)
{
    QStringList statements;
    for (const QString &table : kAggregateTables)
        statements << u"DELETE FROM "_s + table + (closedDay >= 0 ? u" WHERE day > %1"_s.arg(closedDay) : QString());
    for (const Feed &feed : allFeeds())
        statements << recomputeInsert(feed, closedDay);
    return statements;
}

} // namespace

QStringList DailyAggregates::tables()
{
    return kAggregateTables;
}

Result<qint64> DailyAggregates::closedThroughDay(Database &database)
{
    // A database before migration 33 (the frozen-migration tests compare aggregates there) was never purged.
    auto present = database.query(database.dialect().isSqlite()
                    ? u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'purges'"_s
                    : u"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() "
                      "AND table_name = 'purges'"_s);
    if (!present)
        return fail(present.error());
    if (!present->next() || present->singleInteger() == 0)
        return qint64(-1);
    auto query = database.query(u"SELECT COALESCE(MAX(history_through_day), -1) FROM purges"_s);
    if (!query)
        return fail(query.error());
    return query->next() ? query->singleInteger() : qint64(-1);
}

QStringList DailyAggregates::rebuildStatements()
{
    return rebuildStatementsAfter(-1);
}

Status DailyAggregates::rebuild(Database &database)
{
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return fail(transaction.error());
    auto closedDay = closedThroughDay(database);
    if (!closedDay)
        return fail(closedDay.error());
    for (const QString &statement : rebuildStatementsAfter(*closedDay)) {
        if (auto done = database.execute(statement); !done)
            return done;
    }
    return transaction->commit();
}

Result<QStringList> DailyAggregates::differences(Database &database)
{
    // key "table|k1|k2" -> column -> value; rows whose values are all zero are the same as no row.
    using Values = QMap<QString, qint64>;
    QMap<QString, Values> stored;
    QMap<QString, Values> recomputed;
    auto closedDay = closedThroughDay(database);
    if (!closedDay)
        return fail(closedDay.error());
    const auto read = [&](const QString &table, const QString &sql, qsizetype keys, const QStringList &columns,
                              QMap<QString, Values> &into) -> Status {
        auto query = database.query(sql);
        if (!query)
            return fail(query.error());
        while (query->next()) {
            QStringList key{table};
            for (qsizetype i = 0; i < keys; ++i)
                key << query->valueAt(int(i)).toString(); // built from the feeds: read by position
            Values &values = into[key.join(u'|')];
            for (qsizetype i = 0; i < columns.size(); ++i)
                values[columns.at(i)] += query->valueAt(int(keys + i)).toLongLong();
        }
        return {};
    };
    for (const Feed &feed : allFeeds()) {
        QStringList columns;
        for (const Contribution &contribution : feed.contributions)
            columns << QString::fromUtf16(contribution.column);
        if (auto done
                = read(feed.table, recomputeSelect(feed, *closedDay), feed.keyColumns.size(), columns, recomputed);
                !done)
            return fail(done.error());
        const QString storedSql = u"SELECT %1, %2 FROM %3 WHERE day > %4"_s
                                          .arg(feed.keyColumns.join(u", "_s), columns.join(u", "_s), feed.table)
                                          .arg(*closedDay);
        if (auto done = read(feed.table, storedSql, feed.keyColumns.size(), columns, stored); !done)
            return fail(done.error());
    }
    QStringList differences;
    QStringList keys = stored.keys() + recomputed.keys();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        const Values have = stored.value(key);
        const Values want = recomputed.value(key);
        QStringList columns = have.keys() + want.keys();
        columns.removeDuplicates();
        for (const QString &column : std::as_const(columns)) {
            // Stored rows are read once per feed that writes the table, so compare per column.
            const qint64 storedValue = have.value(column);
            const qint64 wantedValue = want.value(column);
            if (storedValue != wantedValue)
                differences << u"%1 %2: stored %3, recomputed %4"_s.arg(key, column).arg(storedValue).arg(wantedValue);
        }
    }
    return differences;
}

} // namespace shipshape
