// Guards the work behind the figures in docs/performance.md without timing anything: how many SQL
// statements a placement, a list page, an order's detail and a dashboard snapshot take, and that the
// queries of the order list, its search and the dashboard are answered from indexes (no full scan of
// the tables that grow with the orders). Timed assertions would be flaky on a shared machine; the
// number of statements and the query plan are the same on every run, and they are what a change that
// makes a figure ten times worse changes first.
//
// The database holds 20,000 demo orders, enough that both planners prefer an index wherever one
// exists (ANALYZE on PostgreSQL); the same test runs on PostgreSQL (core_query_work_tests_on_postgres).

#include "Helpers.h"

#include "demo/DemoDataGenerator.h"
#include "orders/OrderReturns.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

const QDateTime kNow(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC); // TestDatabase's clock start
constexpr qint64 kDemoOrders = 20'000;

// The tables that grow with the number of orders: a query of the list, its search or the dashboard
// that reads one of them from end to end costs seconds at ten million orders.
const QStringList kGrowingTables
        = {u"orders"_s, u"order_lines"_s, u"order_events"_s, u"order_discounts"_s, u"order_tags"_s, u"shipments"_s,
                u"shipment_lines"_s, u"stock_movements"_s, u"payments"_s, u"payment_attempts"_s, u"refunds"_s,
                u"notification_outbox"_s, u"placement_log"_s, u"returns"_s, u"return_lines"_s};

struct Statement {
    QString sql;
    QVariantList values;
};

// Records what the connection runs while it is alive.
class StatementLog {
public:
    explicit StatementLog(Database &database) : m_database(database)
    {
        m_database.setStatementObserver([this](const QString &sql, const QVariantList &values) {
            m_statements.append({sql, values});
        });
    }
    ~StatementLog() { m_database.setStatementObserver({}); }
    StatementLog(const StatementLog &) = delete;
    StatementLog &operator=(const StatementLog &) = delete;

    [[nodiscard]] const QList<Statement> &statements() const { return m_statements; }
    [[nodiscard]] qsizetype count() const { return m_statements.size(); }
    [[nodiscard]] std::string listing() const
    {
        QStringList lines;
        for (const Statement &statement : m_statements)
            lines.append(statement.sql.simplified().left(160));
        return lines.join(u'\n').toStdString();
    }

private:
    Database &m_database;
    QList<Statement> m_statements;
};

// The tables a statement names, by the name or alias the plan will call them.
QMap<QString, QString> growingTablesByAlias(const QString &sql)
{
    static const QRegularExpression reference(
            u"\\b(%1)\\b(?:\\s+(?:AS\\s+)?([a-z_][a-z0-9_]*))?"_s.arg(kGrowingTables.join(u'|')),
            QRegularExpression::CaseInsensitiveOption);
    static const QStringList keywords
            = {u"where"_s, u"on"_s, u"join"_s, u"left"_s, u"inner"_s, u"set"_s, u"values"_s, u"group"_s, u"order"_s,
                    u"limit"_s, u"using"_s, u"union"_s, u"and"_s, u"or"_s, u"select"_s, u"indexed"_s, u"not"_s};
    QMap<QString, QString> tables;
    for (auto match = reference.globalMatch(sql); match.hasNext();) {
        const auto found = match.next();
        const QString table = found.captured(1).toLower();
        tables.insert(table, table);
        const QString alias = found.captured(2).toLower();
        if (!alias.isEmpty() && !keywords.contains(alias))
            tables.insert(alias, table);
    }
    return tables;
}

// SQLite: `SCAN x` without `USING … INDEX` walks the table in rowid order. That is a full read when the
// statement has no LIMIT to stop it or sorts what it read (`USE TEMP B-TREE`); with a LIMIT and no sort
// it is the keyset walk newest-first lists do (rowid = order number), which stops at the page's end.
QStringList sqliteFullScans(Database &database, const Statement &statement, QString *plan)
{
    QSqlQuery query(database.connection());
    EXPECT_TRUE(query.prepare(u"EXPLAIN QUERY PLAN "_s + statement.sql)) << query.lastError().text().toStdString();
    for (qsizetype i = 0; i < statement.values.size(); ++i)
        query.bindValue(static_cast<int>(i), statement.values.at(i));
    EXPECT_TRUE(query.exec()) << query.lastError().text().toStdString();
    const auto tables = growingTablesByAlias(statement.sql);
    static const QRegularExpression scan(u"^SCAN ([a-z_][a-z0-9_]*)$"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression limit(u"\\bLIMIT\\b"_s, QRegularExpression::CaseInsensitiveOption);
    const bool stopsEarly = limit.match(statement.sql).hasMatch();
    QStringList tableScans;
    bool sorts = false;
    while (query.next()) {
        const QString detail = query.value(3).toString();
        plan->append(detail + u'\n');
        sorts = sorts || detail.startsWith(u"USE TEMP B-TREE FOR ORDER BY"_s);
        const auto match = scan.match(detail);
        if (match.hasMatch() && tables.contains(match.captured(1).toLower()))
            tableScans.append(tables.value(match.captured(1).toLower()));
    }
    return stopsEarly && !sorts ? QStringList() : tableScans;
}

// PostgreSQL cannot prepare an EXPLAIN with parameters, so the values are written into the text as
// untyped literals (which take the type of what they are compared with, as bound values do).
QString withLiterals(const Statement &statement)
{
    QString sql;
    qsizetype next = 0;
    bool inString = false;
    for (const QChar c : statement.sql) {
        if (c == u'\'')
            inString = !inString;
        if (c != u'?' || inString) {
            sql.append(c);
            continue;
        }
        const QVariant value = statement.values.value(next++);
        if (value.isNull())
            sql.append(u"NULL"_s);
        else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
            sql.append(value.toString());
        else if (value.typeId() == QMetaType::Bool)
            sql.append(value.toBool() ? u"TRUE"_s : u"FALSE"_s);
        else if (value.typeId() == QMetaType::QDateTime)
            sql.append(u"'"_s + value.toDateTime().toUTC().toString(Qt::ISODateWithMs) + u"'"_s);
        else
            sql.append(u"'"_s + value.toString().replace(u"'"_s, u"''"_s) + u"'"_s);
    }
    return sql;
}

// A Seq Scan under a Limit, with nothing between them that needs all of its input (a sort, a hash, an
// aggregate), stops at the page's end: the walk newest-first lists and bounded counts do. Any other Seq Scan
// of a growing table reads all of it.
void collectSeqScans(const QJsonObject &node, bool bounded, QStringList &scans)
{
    static const QStringList consumeAll = {u"Sort"_s, u"Incremental Sort"_s, u"Hash"_s, u"Aggregate"_s,
            u"Materialize"_s, u"WindowAgg"_s, u"Unique"_s, u"SetOp"_s};
    const QString type = node.value(u"Node Type"_s).toString();
    if (type == u"Limit"_s)
        bounded = true;
    else if (consumeAll.contains(type))
        bounded = false;
    if (type == u"Seq Scan"_s && !bounded) {
        const QString relation = node.value(u"Relation Name"_s).toString();
        if (kGrowingTables.contains(relation))
            scans.append(relation);
    }
    for (const QJsonValue child : node.value(u"Plans"_s).toArray())
        collectSeqScans(child.toObject(), bounded, scans);
}

QStringList postgresFullScans(Database &database, const Statement &statement, QString *plan)
{
    // PostgreSQL's cost model rightly prefers a scan of a small table, so small test tables would hide
    // nothing and flag everything. With sequential scans priced out, the planner takes any usable index:
    // a Seq Scan left in the plan means no index can answer the statement.
    QSqlQuery query(database.connection());
    EXPECT_TRUE(query.exec(u"SET enable_seqscan = off"_s)) << query.lastError().text().toStdString();
    EXPECT_TRUE(query.exec(u"EXPLAIN (FORMAT JSON) "_s + withLiterals(statement)))
            << query.lastError().text().toStdString();
    QStringList scans;
    if (query.next()) {
        *plan = query.value(0).toString();
        const auto document = QJsonDocument::fromJson(plan->toUtf8());
        for (const QJsonValue root : document.array())
            collectSeqScans(root.toObject().value(u"Plan"_s).toObject(), false, scans);
    }
    EXPECT_TRUE(query.exec(u"RESET enable_seqscan"_s)) << query.lastError().text().toStdString();
    return scans;
}

class QueryWorkTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        shop = new TestDatabase;
        Database &database = shop->session().database();
        DemoDataOptions options;
        options.orders = kDemoOrders;
        options.now = kNow;
        auto report = DemoDataGenerator::generate(database, options);
        ASSERT_TRUE(report) << describe(report.error());
        // Tags on a tenth of the orders, so that the planners see a table worth an index.
        QList<qint64> numbers;
        for (qint64 number = 1001; number < 1001 + kDemoOrders; number += 10)
            numbers.append(number);
        auto tagged = shop->session().orders().tags().addToEach(numbers, {u"wholesale"_s});
        ASSERT_TRUE(tagged) << describe(tagged.error());
        tagged = shop->session().orders().tags().addToEach(numbers.mid(0, 200), {u"priority"_s});
        ASSERT_TRUE(tagged) << describe(tagged.error());
        ASSERT_TRUE(database.execute(u"ANALYZE"_s)); // both planners then know the tables' sizes
    }
    static void TearDownTestSuite()
    {
        delete shop;
        shop = nullptr;
    }

    Session &session() { return shop->session(); }
    Database &database() { return shop->session().database(); }
    bool postgres() const { return shop->isPostgres(); }

    QString text(const QString &sql) { return rows(database(), sql).value(0); }

    // Every statement the log holds, planned: the growing tables it reads end to end (none expected).
    void expectIndexedOnly(const StatementLog &log, const QString &what)
    {
        ASSERT_GT(log.count(), 0) << what.toStdString();
        for (const Statement &statement : log.statements()) {
            if (!statement.sql.trimmed().startsWith(u"SELECT"_s, Qt::CaseInsensitive)
                    && !statement.sql.trimmed().startsWith(u"WITH"_s, Qt::CaseInsensitive))
                continue;
            QString plan;
            const QStringList scans = postgres() ? postgresFullScans(database(), statement, &plan)
                                                 : sqliteFullScans(database(), statement, &plan);
            EXPECT_TRUE(scans.isEmpty()) << what.toStdString() << ": full scan of " << scans.join(u", "_s).toStdString()
                                         << " in\n"
                                         << statement.sql.simplified().toStdString() << "\nplan:\n"
                                         << plan.toStdString();
        }
    }

    void expectListIndexed(const OrderFilter &filter, const OrderSort &sort, const QString &what)
    {
        StatementLog log(database());
        auto page = session().orders().list(filter, sort, 50, 0);
        ASSERT_TRUE(page) << describe(page.error());
        auto counted = session().orders().countUpTo(filter, 10'000);
        ASSERT_TRUE(counted) << describe(counted.error());
        expectIndexedOnly(log, what);
    }

    static TestDatabase *shop;
};

TestDatabase *QueryWorkTest::shop = nullptr;

TEST_F(QueryWorkTest, OrderListPagesAreReadFromIndexesInEverySortAndFilter)
{
    for (const auto key : {OrderSortKey::Number, OrderSortKey::PlacedAt, OrderSortKey::Customer, OrderSortKey::State,
                 OrderSortKey::Total}) {
        for (const bool descending : {true, false}) {
            expectListIndexed({}, {key, descending},
                    u"sort %1 %2"_s.arg(static_cast<int>(key)).arg(descending ? u"desc"_s : u"asc"_s));
        }
    }
    OrderFilter confirmed;
    confirmed.statuses = {OrderStatus::Confirmed, OrderStatus::Shipped};
    expectListIndexed(confirmed, {}, u"status filter"_s);
    OrderFilter cancelled;
    cancelled.cancelReasons = {CancelReason::Customer};
    expectListIndexed(cancelled, {}, u"cancel reason filter"_s);
    OrderFilter tagged;
    tagged.tag = u"WHOLESALE"_s;
    expectListIndexed(tagged, {}, u"tag filter"_s);
    OrderFilter recent;
    recent.from = kNow.addDays(-7);
    expectListIndexed(recent, {}, u"placed in the last week"_s);
    OrderFilter keyset;
    keyset.numberBelow = 15'000;
    expectListIndexed(keyset, {}, u"API cursor page"_s);
}

TEST_F(QueryWorkTest, SearchOfEveryKindIsReadFromIndexes)
{
    const QString email = text(u"SELECT email FROM customers ORDER BY id LIMIT 1"_s);
    const QString name = text(u"SELECT name FROM customers ORDER BY id LIMIT 1"_s).section(u' ', -1);
    const QString sku = text(u"SELECT sku FROM products ORDER BY sku LIMIT 1"_s);
    const QString tracking = text(u"SELECT tracking_number FROM shipments ORDER BY id LIMIT 1"_s);
    ASSERT_FALSE(email.isEmpty());
    ASSERT_FALSE(tracking.isEmpty());
    const QList<std::pair<QString, QString>> searches = {{u"number"_s, u"1042"_s}, {u"#number"_s, u"#1042"_s},
            {u"email"_s, email}, {u"email domain"_s, u"@"_s + email.section(u'@', 1)}, {u"name"_s, name},
            {u"sku"_s, sku}, {u"sku prefix"_s, sku.left(6)}, {u"tracking prefix"_s, tracking.left(8)},
            {u"no match"_s, u"qqzzxq"_s}};
    for (const auto &[what, term] : searches) {
        OrderFilter filter;
        filter.search = term;
        expectListIndexed(filter, {}, u"search %1 '%2'"_s.arg(what, term));
        filter.statuses = {OrderStatus::Delivered};
        expectListIndexed(filter, {}, u"search %1 '%2' of delivered orders"_s.arg(what, term));
    }
}

TEST_F(QueryWorkTest, DashboardPeriodsAreReadFromTheDailyAggregates)
{
    for (const qint64 days : {1, 7, 30, 90, 365}) {
        StatementLog log(database());
        auto snapshot = session().dashboard().snapshot(DashboardPeriod::lastDays(days, kNow.date()));
        ASSERT_TRUE(snapshot) << describe(snapshot.error());
        expectIndexedOnly(log, u"dashboard, %1 days"_s.arg(days));
    }
}

// The Returns page's filters and the dashboard's drill-down: by state, reason and opening time.
TEST_F(QueryWorkTest, ReturnListsAreReadFromIndexesInEveryFilter)
{
    ReturnFilter requested;
    requested.state = ReturnState::Requested;
    ReturnFilter damagedOlderThanAWeek;
    damagedOlderThanAWeek.reason = ReturnReason::Damaged;
    damagedOlderThanAWeek.openedBefore = kNow.addDays(-7);
    ReturnFilter period;
    period.openedFrom = kNow.addDays(-30);
    period.openedBefore = kNow;
    period.reason = ReturnReason::WrongItem;
    for (const auto &[filter, what] :
            {std::pair{ReturnFilter{}, u"all returns"_s}, std::pair{requested, u"requested"_s},
                    std::pair{damagedOlderThanAWeek, u"damaged, older than a week"_s},
                    std::pair{period, u"wrong item in the last 30 days"_s}}) {
        StatementLog log(database());
        auto listed = session().orders().returns().list(filter, 200);
        ASSERT_TRUE(listed) << describe(listed.error());
        expectIndexedOnly(log, u"returns list, "_s + what);
    }
}

TEST_F(QueryWorkTest, OrderDetailIsReadFromIndexes)
{
    StatementLog log(database());
    auto order = session().orders().find(u"12345"_s);
    ASSERT_TRUE(order) << describe(order.error());
    expectIndexedOnly(log, u"order detail"_s);
}

// The budgets are today's counts. A change that needs more says so here, on purpose; one that needs
// a statement per line or per order (the usual way a figure collapses) fails.
TEST_F(QueryWorkTest, StatementsPerOperationStayWithinTheirBudgets)
{
    addProduct(session(), u"WORK-1"_s, u"10.00"_s, 100);
    addProduct(session(), u"WORK-2"_s, u"20.00"_s, 100);
    addProduct(session(), u"WORK-3"_s, u"30.00"_s, 100);
    {
        StatementLog log(database());
        auto placed = session().orders().place(placeRequest({{u"WORK-1"_s, 1}}));
        ASSERT_TRUE(placed) << describe(placed.error());
        const qsizetype oneLine = log.count();
        StatementLog threeLines(database());
        placed = session().orders().place(placeRequest({{u"WORK-1"_s, 1}, {u"WORK-2"_s, 2}, {u"WORK-3"_s, 3}}));
        ASSERT_TRUE(placed) << describe(placed.error());
        EXPECT_LE(oneLine, 40) << log.listing();
        // Each further line adds its own insert, stock update and ledger row, nothing else: the low-stock
        // threshold that decides on a stock.low webhook comes back from the stock update (RETURNING).
        EXPECT_LE(threeLines.count() - oneLine, 2 * 4) << threeLines.listing();
    }
    {
        StatementLog log(database());
        auto page = session().orders().list({}, {}, 50, 0);
        ASSERT_TRUE(page) << describe(page.error());
        ASSERT_EQ(page->size(), 50);
        EXPECT_LE(log.count(), 3) << log.listing(); // the rows, their tags
    }
    {
        StatementLog log(database());
        auto order = session().orders().find(u"12345"_s);
        ASSERT_TRUE(order) << describe(order.error());
        EXPECT_LE(log.count(), 16) << log.listing();
    }
    {
        StatementLog log(database());
        auto snapshot = session().dashboard().snapshot(DashboardPeriod::lastDays(30, kNow.date()));
        ASSERT_TRUE(snapshot) << describe(snapshot.error());
        // 20: the return rate of each period and the top return reasons are one statement each, and so are
        // each period's Order API figures.
        EXPECT_LE(log.count(), 20) << log.listing();
    }
}

} // namespace
