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
            u"notification_outbox"_s, u"TRUE"_s, {}, {}};
}

// Units and revenue of lines of orders that are not cancelled, by the order's day and currency.
Feed lineSalesFeed()
{
    return {u"daily_product_sales"_s, {u"day"_s, u"currency"_s, u"sku"_s},
            {u"o.placed_at / "_s + kDay, u"o.currency"_s, u"R.sku"_s},
            {{u"quantity", u"R.quantity"}, {u"revenue_minor", u"R.line_total_minor"}}, u"order_lines"_s,
            u"o.status <> 'cancelled'"_s, u"orders o"_s, u"o.number = R.order_number"_s};
}

// The same sales seen from the order's side: what all its lines contribute.
Feed orderSalesFeed()
{
    return {u"daily_product_sales"_s, {u"day"_s, u"currency"_s, u"sku"_s},
            {u"R.placed_at / "_s + kDay, u"R.currency"_s, u"l.sku"_s},
            {{u"quantity", u"l.quantity"}, {u"revenue_minor", u"l.line_total_minor"}}, u"orders"_s,
            u"R.status <> 'cancelled'"_s, u"order_lines l"_s, u"l.order_number = R.number"_s};
}

QString substituteRow(QString sql, const QString &row)
{
    return sql.replace(u"R."_s, row.isEmpty() ? QString() : row + u'.');
}

// An upsert adding `sign` times the contributions of trigger row `row` (NEW or OLD). The same text runs
// in a SQLite trigger body and in a PL/pgSQL function.
QString applyRow(const Feed &feed, const QString &row, int sign)
{
    QStringList columns = feed.keyColumns;
    QStringList values = feed.keyExpressions;
    QStringList updates;
    for (const Contribution &contribution : feed.contributions) {
        const QString column = QString::fromUtf16(contribution.column);
        columns << column;
        const QString expression = expressionText(contribution.expression);
        values << (sign < 0 ? u"-("_s + expression + u')' : expression);
        updates << u"%1 = %2.%1 + excluded.%1"_s.arg(column, feed.table);
    }
    QString where = feed.condition;
    if (!feed.join.isEmpty())
        where = feed.joinCondition + u" AND "_s + where;
    const QString sql = u"INSERT INTO %1 (%2) SELECT %3%4 WHERE %5 ON CONFLICT (%6) DO UPDATE SET %7"_s.arg(feed.table,
            columns.join(u", "_s), values.join(u", "_s), feed.join.isEmpty() ? QString() : u" FROM "_s + feed.join,
            where, feed.keyColumns.join(u", "_s), updates.join(u", "_s));
    return substituteRow(sql, row);
}

// The full recomputation of one feed: a GROUP BY over the source table.
QString recomputeSelect(const Feed &feed)
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
    return u"SELECT %1 FROM %2 WHERE %3 GROUP BY %4"_s.arg(
            values.join(u", "_s), from, where, feed.keyExpressions.join(u", "_s));
}

QString recomputeInsert(const Feed &feed)
{
    QStringList columns = feed.keyColumns;
    QStringList updates;
    for (const Contribution &contribution : feed.contributions) {
        const QString column = QString::fromUtf16(contribution.column);
        columns << column;
        updates << u"%1 = %2.%1 + excluded.%1"_s.arg(column, feed.table);
    }
    return u"INSERT INTO %1 (%2) %3 ON CONFLICT (%4) DO UPDATE SET %5"_s.arg(feed.table, columns.join(u", "_s),
            recomputeSelect(feed), feed.keyColumns.join(u", "_s), updates.join(u", "_s));
}

QList<Feed> allFeeds()
{
    return {orderFeed(), chargeFeed(), placementFeed(), placementTimeFeed(), emailFeed(), lineSalesFeed()};
}

const QStringList kAggregateTables{
        u"daily_stats"_s, u"daily_placement_times"_s, u"daily_product_sales"_s, u"daily_email_stats"_s};

QString sqliteTrigger(const QString &name, const QString &when, const QString &table, const QString &condition,
        const QStringList &statements)
{
    return u"${SQLITE_ONLY}CREATE TRIGGER %1 %2 ON %3%4 BEGIN %5; END"_s.arg(
            name, when, table, condition.isEmpty() ? QString() : u" WHEN "_s + condition, statements.join(u"; "_s));
}

// The old row's statements run for UPDATE and DELETE, the new row's for INSERT and UPDATE.
// SECURITY DEFINER: staff roles may read the aggregates, and only these functions write them.
QString postgresFunction(const QString &name, const QStringList &oldStatements, const QStringList &newStatements)
{
    return uR"(${POSTGRES_ONLY}CREATE OR REPLACE FUNCTION %1() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        %2;
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        %3;
                    END IF;
                    IF TG_OP = 'DELETE' THEN
                        RETURN OLD;
                    END IF;
                    RETURN NULL;
                END $$)"_s.arg(name, oldStatements.join(u";\n"_s), newStatements.join(u";\n"_s));
}

QString postgresCondition(QString condition)
{
    return condition.replace(u"<>"_s, u"IS DISTINCT FROM"_s);
}

const QString kOrderChanged = u"OLD.status <> NEW.status OR OLD.paid_minor <> NEW.paid_minor "
                              u"OR OLD.refunded_minor <> NEW.refunded_minor OR OLD.currency <> NEW.currency "
                              u"OR OLD.placed_at <> NEW.placed_at "
                              u"OR COALESCE(OLD.cancel_reason, '') <> COALESCE(NEW.cancel_reason, '')"_s;
const QString kOrderSalesKeyChanged = u"(OLD.status = 'cancelled') <> (NEW.status = 'cancelled') "
                                      u"OR OLD.currency <> NEW.currency OR OLD.placed_at <> NEW.placed_at"_s;
const QString kEmailChanged = u"OLD.status <> NEW.status OR OLD.created_at <> NEW.created_at"_s;

struct SqliteTrigger {
    QString name;
    QString when;
    QString table;
    QString condition;
    QStringList statements;
};

QList<SqliteTrigger> sqliteTriggers()
{
    const Feed orders = orderFeed();
    const Feed orderSales = orderSalesFeed();
    const Feed lineSales = lineSalesFeed();
    const Feed charges = chargeFeed();
    const Feed placements = placementFeed();
    const Feed times = placementTimeFeed();
    const Feed emails = emailFeed();
    const QString o = u"OLD"_s;
    const QString n = u"NEW"_s;
    return {
            {u"orders_stats_insert"_s, u"AFTER INSERT"_s, u"orders"_s, {}, {applyRow(orders, n, 1)}},
            {u"orders_stats_update"_s, u"AFTER UPDATE"_s, u"orders"_s, kOrderChanged,
                    {applyRow(orders, o, -1), applyRow(orders, n, 1)}},
            {u"orders_sales_update"_s, u"AFTER UPDATE"_s, u"orders"_s, kOrderSalesKeyChanged,
                    {applyRow(orderSales, o, -1), applyRow(orderSales, n, 1)}},
            // Before the delete, while the order's lines are still there to subtract.
            {u"orders_stats_delete"_s, u"BEFORE DELETE"_s, u"orders"_s, {},
                    {applyRow(orders, o, -1), applyRow(orderSales, o, -1)}},
            {u"order_lines_sales_insert"_s, u"AFTER INSERT"_s, u"order_lines"_s, {}, {applyRow(lineSales, n, 1)}},
            {u"order_lines_sales_update"_s, u"AFTER UPDATE"_s, u"order_lines"_s, {},
                    {applyRow(lineSales, o, -1), applyRow(lineSales, n, 1)}},
            {u"order_lines_sales_delete"_s, u"AFTER DELETE"_s, u"order_lines"_s, {}, {applyRow(lineSales, o, -1)}},
            {u"payment_attempts_stats_insert"_s, u"AFTER INSERT"_s, u"payment_attempts"_s, {},
                    {applyRow(charges, n, 1)}},
            {u"payment_attempts_stats_update"_s, u"AFTER UPDATE"_s, u"payment_attempts"_s, {},
                    {applyRow(charges, o, -1), applyRow(charges, n, 1)}},
            {u"payment_attempts_stats_delete"_s, u"AFTER DELETE"_s, u"payment_attempts"_s, {},
                    {applyRow(charges, o, -1)}},
            {u"placement_log_stats_insert"_s, u"AFTER INSERT"_s, u"placement_log"_s, {},
                    {applyRow(placements, n, 1), applyRow(times, n, 1)}},
            {u"placement_log_stats_update"_s, u"AFTER UPDATE"_s, u"placement_log"_s, {},
                    {applyRow(placements, o, -1), applyRow(times, o, -1), applyRow(placements, n, 1),
                            applyRow(times, n, 1)}},
            {u"placement_log_stats_delete"_s, u"AFTER DELETE"_s, u"placement_log"_s, {},
                    {applyRow(placements, o, -1), applyRow(times, o, -1)}},
            {u"notification_outbox_stats_insert"_s, u"AFTER INSERT"_s, u"notification_outbox"_s, {},
                    {applyRow(emails, n, 1)}},
            {u"notification_outbox_stats_update"_s, u"AFTER UPDATE"_s, u"notification_outbox"_s, kEmailChanged,
                    {applyRow(emails, o, -1), applyRow(emails, n, 1)}},
            {u"notification_outbox_stats_delete"_s, u"AFTER DELETE"_s, u"notification_outbox"_s, {},
                    {applyRow(emails, o, -1)}},
    };
}

QStringList postgresStatements()
{
    const QString o = u"OLD"_s;
    const QString n = u"NEW"_s;
    const Feed placements = placementFeed();
    const Feed times = placementTimeFeed();
    return {
            postgresFunction(
                    u"shipshape_stats_orders"_s, {applyRow(orderFeed(), o, -1)}, {applyRow(orderFeed(), n, 1)}),
            postgresFunction(u"shipshape_sales_orders"_s, {applyRow(orderSalesFeed(), o, -1)},
                    {applyRow(orderSalesFeed(), n, 1)}),
            postgresFunction(u"shipshape_sales_order_lines"_s, {applyRow(lineSalesFeed(), o, -1)},
                    {applyRow(lineSalesFeed(), n, 1)}),
            postgresFunction(u"shipshape_stats_payment_attempts"_s, {applyRow(chargeFeed(), o, -1)},
                    {applyRow(chargeFeed(), n, 1)}),
            postgresFunction(u"shipshape_stats_placement_log"_s, {applyRow(placements, o, -1), applyRow(times, o, -1)},
                    {applyRow(placements, n, 1), applyRow(times, n, 1)}),
            postgresFunction(
                    u"shipshape_stats_emails"_s, {applyRow(emailFeed(), o, -1)}, {applyRow(emailFeed(), n, 1)}),
            u"${POSTGRES_ONLY}CREATE TRIGGER orders_stats AFTER INSERT ON orders "
            u"FOR EACH ROW EXECUTE FUNCTION shipshape_stats_orders()"_s,
            u"${POSTGRES_ONLY}CREATE TRIGGER orders_stats_update AFTER UPDATE ON orders FOR EACH ROW WHEN ("_s
                    + postgresCondition(kOrderChanged) + u") EXECUTE FUNCTION shipshape_stats_orders()"_s,
            u"${POSTGRES_ONLY}CREATE TRIGGER orders_stats_delete BEFORE DELETE ON orders "
            u"FOR EACH ROW EXECUTE FUNCTION shipshape_stats_orders()"_s,
            u"${POSTGRES_ONLY}CREATE TRIGGER orders_sales_update AFTER UPDATE ON orders FOR EACH ROW WHEN ("_s
                    + postgresCondition(kOrderSalesKeyChanged) + u") EXECUTE FUNCTION shipshape_sales_orders()"_s,
            u"${POSTGRES_ONLY}CREATE TRIGGER orders_sales_delete BEFORE DELETE ON orders "
            u"FOR EACH ROW EXECUTE FUNCTION shipshape_sales_orders()"_s,
            u"${POSTGRES_ONLY}CREATE TRIGGER order_lines_sales AFTER INSERT OR UPDATE OR DELETE ON order_lines "
            u"FOR EACH ROW EXECUTE FUNCTION shipshape_sales_order_lines()"_s,
            u"${POSTGRES_ONLY}CREATE TRIGGER payment_attempts_stats AFTER INSERT OR UPDATE OR DELETE ON "
            u"payment_attempts "
            u"FOR EACH ROW EXECUTE FUNCTION shipshape_stats_payment_attempts()"_s,
            u"${POSTGRES_ONLY}CREATE TRIGGER placement_log_stats AFTER INSERT OR UPDATE OR DELETE ON placement_log "
            u"FOR EACH ROW EXECUTE FUNCTION shipshape_stats_placement_log()"_s,
            u"${POSTGRES_ONLY}CREATE TRIGGER notification_outbox_stats AFTER INSERT OR DELETE ON notification_outbox "
            u"FOR EACH ROW EXECUTE FUNCTION shipshape_stats_emails()"_s,
            u"${POSTGRES_ONLY}CREATE TRIGGER notification_outbox_stats_update AFTER UPDATE ON notification_outbox "
            u"FOR EACH ROW WHEN ("_s
                    + postgresCondition(kEmailChanged) + u") EXECUTE FUNCTION shipshape_stats_emails()"_s,
    };
}

} // namespace

qint64 DailyAggregates::dayNumber(QDate day)
{
    return QDate(1970, 1, 1).daysTo(day);
}

QDate DailyAggregates::dateOfDay(qint64 dayNumber)
{
    return QDate(1970, 1, 1).addDays(dayNumber);
}

QStringList DailyAggregates::sqliteTriggerNames()
{
    QStringList names;
    for (const SqliteTrigger &trigger : sqliteTriggers())
        names << trigger.name;
    return names;
}

QStringList DailyAggregates::sqliteTriggerStatements(const QString &table)
{
    QStringList statements;
    for (const SqliteTrigger &trigger : sqliteTriggers()) {
        if (trigger.table == table)
            statements << sqliteTrigger(
                    trigger.name, trigger.when, trigger.table, trigger.condition, trigger.statements);
    }
    return statements;
}

QStringList DailyAggregates::rebuildStatements()
{
    QStringList statements;
    for (const QString &table : kAggregateTables)
        statements << u"DELETE FROM "_s + table;
    for (const Feed &feed : allFeeds())
        statements << recomputeInsert(feed);
    return statements;
}

Migration DailyAggregates::migration()
{
    QStringList up{
            // Every order placement that got past input validation, refused ones included.
            uR"(CREATE TABLE placement_log (
                    id ${AUTO_ID},
                    at BIGINT NOT NULL,
                    currency TEXT NOT NULL CHECK (length(currency) = 3),
                    outcome TEXT NOT NULL
                        CHECK (outcome IN ('confirmed', 'pending', 'declined', 'out_of_stock', 'conflict', 'failed')),
                    duration_ms BIGINT NOT NULL CHECK (duration_ms >= 0),
                    order_number BIGINT REFERENCES orders (number) ON DELETE CASCADE,
                    payment_method TEXT NOT NULL DEFAULT '',
                    error TEXT NOT NULL DEFAULT '',
                    actor TEXT NOT NULL,
                    CHECK ((outcome IN ('confirmed', 'pending', 'declined')) = (order_number IS NOT NULL))))"_s,
            u"CREATE INDEX placement_log_at ON placement_log (at)"_s,
            u"CREATE UNIQUE INDEX placement_log_order ON placement_log (order_number) WHERE order_number IS NOT NULL"_s,
            // The top decline reasons read only failed charges.
            u"CREATE INDEX payment_attempts_failed ON payment_attempts (started_at) "
            u"WHERE kind = 'charge' AND status = 'failed'"_s,
            // No CHECK (x >= 0) on the sums: SQLite checks an upsert's candidate row, the negative delta,
            // before it turns into an update. Only the triggers write these tables.
            // Days are whole days since 1970-01-01 UTC. Orders count on the day they were placed, charges
            // on the day they started, placements on the day they were attempted.
            uR"(CREATE TABLE daily_stats (
                    day BIGINT NOT NULL,
                    currency TEXT NOT NULL CHECK (length(currency) = 3),
                    orders_placed BIGINT NOT NULL DEFAULT 0,
                    orders_pending BIGINT NOT NULL DEFAULT 0,
                    orders_confirmed_now BIGINT NOT NULL DEFAULT 0,
                    orders_shipped BIGINT NOT NULL DEFAULT 0,
                    orders_delivered BIGINT NOT NULL DEFAULT 0,
                    orders_cancelled BIGINT NOT NULL DEFAULT 0,
                    orders_expired BIGINT NOT NULL DEFAULT 0,
                    orders_confirmed BIGINT NOT NULL DEFAULT 0,
                    paid_minor BIGINT NOT NULL DEFAULT 0,
                    refunded_minor BIGINT NOT NULL DEFAULT 0,
                    payment_attempts BIGINT NOT NULL DEFAULT 0,
                    payment_failures BIGINT NOT NULL DEFAULT 0,
                    placement_attempts BIGINT NOT NULL DEFAULT 0,
                    placements_confirmed BIGINT NOT NULL DEFAULT 0,
                    placements_pending BIGINT NOT NULL DEFAULT 0,
                    placements_declined BIGINT NOT NULL DEFAULT 0,
                    placements_out_of_stock BIGINT NOT NULL DEFAULT 0,
                    placements_conflict BIGINT NOT NULL DEFAULT 0,
                    placements_failed BIGINT NOT NULL DEFAULT 0,
                    PRIMARY KEY (day, currency)))"_s,
            uR"(CREATE TABLE daily_placement_times (
                    day BIGINT NOT NULL,
                    duration_ms BIGINT NOT NULL,
                    placements BIGINT NOT NULL,
                    PRIMARY KEY (day, duration_ms)))"_s,
            uR"(CREATE TABLE daily_product_sales (
                    day BIGINT NOT NULL,
                    currency TEXT NOT NULL,
                    sku TEXT NOT NULL,
                    quantity BIGINT NOT NULL,
                    revenue_minor BIGINT NOT NULL,
                    PRIMARY KEY (day, currency, sku)))"_s,
            uR"(CREATE TABLE daily_email_stats (
                    day BIGINT PRIMARY KEY,
                    emails_queued BIGINT NOT NULL DEFAULT 0,
                    emails_sent BIGINT NOT NULL DEFAULT 0,
                    emails_failed BIGINT NOT NULL DEFAULT 0,
                    emails_waiting BIGINT NOT NULL DEFAULT 0))"_s,
    };
    for (const SqliteTrigger &trigger : sqliteTriggers())
        up << sqliteTrigger(trigger.name, trigger.when, trigger.table, trigger.condition, trigger.statements);
    up << postgresStatements();
    up << rebuildStatements(); // an existing database's history
    up << u"${POSTGRES_ONLY}GRANT SELECT ON placement_log, daily_stats, daily_placement_times, daily_product_sales, "
          u"daily_email_stats TO shipshape_warehouse, shipshape_support, shipshape_admin"_s
       << u"${POSTGRES_ONLY}GRANT INSERT, UPDATE ON placement_log TO shipshape_support"_s
       << u"${POSTGRES_ONLY}GRANT INSERT, UPDATE, DELETE ON placement_log TO shipshape_admin"_s
       << u"${POSTGRES_ONLY}GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public "
          u"TO shipshape_warehouse, shipshape_support, shipshape_admin"_s;

    QStringList down;
    for (const QString &trigger : {u"notification_outbox_stats_update ON notification_outbox"_s,
                 u"notification_outbox_stats ON notification_outbox"_s, u"placement_log_stats ON placement_log"_s,
                 u"payment_attempts_stats ON payment_attempts"_s, u"order_lines_sales ON order_lines"_s,
                 u"orders_sales_delete ON orders"_s, u"orders_sales_update ON orders"_s,
                 u"orders_stats_delete ON orders"_s, u"orders_stats_update ON orders"_s, u"orders_stats ON orders"_s})
        down << u"${POSTGRES_ONLY}DROP TRIGGER "_s + trigger;
    for (const QString &function :
            {u"shipshape_stats_emails"_s, u"shipshape_stats_placement_log"_s, u"shipshape_stats_payment_attempts"_s,
                    u"shipshape_sales_order_lines"_s, u"shipshape_sales_orders"_s, u"shipshape_stats_orders"_s})
        down << u"${POSTGRES_ONLY}DROP FUNCTION "_s + function + u"()"_s;
    const QList<SqliteTrigger> triggers = sqliteTriggers();
    for (auto it = triggers.crbegin(); it != triggers.crend(); ++it)
        down << u"${SQLITE_ONLY}DROP TRIGGER "_s + it->name;
    down << u"DROP INDEX payment_attempts_failed"_s << u"DROP TABLE daily_email_stats"_s
         << u"DROP TABLE daily_product_sales"_s << u"DROP TABLE daily_placement_times"_s << u"DROP TABLE daily_stats"_s
         << u"DROP TABLE placement_log"_s;
    return {6, u"dashboard: placement log and daily aggregates"_s, up, down};
}

Status DailyAggregates::rebuild(Database &database)
{
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return fail(transaction.error());
    for (const QString &statement : rebuildStatements()) {
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
    const auto read = [&](const QString &table, const QString &sql, qsizetype keys, const QStringList &columns,
                              QMap<QString, Values> &into) -> Status {
        auto query = database.run(sql);
        if (!query)
            return fail(query.error());
        while ((*query)->next()) {
            QStringList key{table};
            for (qsizetype i = 0; i < keys; ++i)
                key << (*query)->value(int(i)).toString();
            Values &values = into[key.join(u'|')];
            for (qsizetype i = 0; i < columns.size(); ++i)
                values[columns.at(i)] += (*query)->value(int(keys + i)).toLongLong();
        }
        (*query)->finish();
        return {};
    };
    for (const Feed &feed : allFeeds()) {
        QStringList columns;
        for (const Contribution &contribution : feed.contributions)
            columns << QString::fromUtf16(contribution.column);
        if (auto done = read(feed.table, recomputeSelect(feed), feed.keyColumns.size(), columns, recomputed); !done)
            return fail(done.error());
        const QString storedSql
                = u"SELECT %1, %2 FROM %3"_s.arg(feed.keyColumns.join(u", "_s), columns.join(u", "_s), feed.table);
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
