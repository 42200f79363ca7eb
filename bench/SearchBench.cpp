// Area 3: free-text search at a million orders: OrderService::list (limit 50) plus the count the order
// list asks for — countUpTo(10,000), as OrderTableModel does for any filter — for a few representative
// terms (docs/search.md); the exact count, which the list used before, is reported beside it, against the plain search
// a first implementation writes and Shipshape used until schema v8 — `lower(column) LIKE '%term%'` over every order and
// its lines — run through the SQLite C API, so that the baseline pays nothing for Qt. Each term: one warm-up, then
// `repetitions` measured runs in this process; the median is reported.

#include "Cases.h"
#include "Harness.h"

#include "models/OrderTableModel.h"
#include "session/Session.h"

#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::bench {
namespace {

struct Term {
    QString label;
    QString text;
    QList<OrderStatus> statuses = {};
};

// What OrderTableModel counts to before it shows "10,000+" (OrderTableModel::kDefaultCountCap).
constexpr qint64 kCountCap = 10000;

// Terms picked from the database itself, so they exist (or not) for any seed and size.
QList<Term> searchTerms(const QSqlDatabase &db)
{
    const auto scalar = [&](const QString &sql) {
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next())
            die(u"cannot pick a search term: %1"_s.arg(sql));
        return query.value(0).toString();
    };
    const QString rareEmail
            = scalar(u"SELECT email FROM customers ORDER BY id LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM customers)"_s);
    const QString sku = scalar(u"SELECT sku FROM products ORDER BY sku LIMIT 1 OFFSET 41"_s);
    const QString tracking = scalar(u"SELECT substr(tracking_number, 1, 8) FROM orders "
                                    "WHERE tracking_number IS NOT NULL ORDER BY number LIMIT 1"_s);
    const QString number = scalar(u"SELECT number FROM orders ORDER BY number LIMIT 1 "
                                  "OFFSET (SELECT COUNT(*) / 2 FROM orders)"_s);
    return {{u"number"_s, number}, {u"surname"_s, u"smith"_s}, {u"email"_s, rareEmail}, {u"sku"_s, sku},
            {u"tracking"_s, tracking}, {u"nomatch"_s, u"zqxjv"_s}, {u"skuprefix"_s, u"SKU-1"_s},
            {u"firstname"_s, u"Emma"_s}, {u"confirmedsmith"_s, u"smith"_s, {OrderStatus::Confirmed}}};
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

// The LIKE-over-every-order search (OrderRepository's WHERE clause before schema v8) for a term that
// is not an order number.
const char *const kSearchWhere = " WHERE 1 = 1 AND (lower(o.customer_name) LIKE lower(?1) ESCAPE '\\' OR "
                                 "lower(o.customer_email) LIKE lower(?1) ESCAPE '\\'"
                                 " OR lower(o.tracking_number) LIKE lower(?1) ESCAPE '\\'"
                                 " OR EXISTS (SELECT 1 FROM order_lines l WHERE l.order_number = o.number AND "
                                 "lower(l.sku) LIKE lower(?1) ESCAPE '\\'))";

void emitTerm(const QString &benchCase, const Term &term, const QList<double> &list, const QList<double> &count,
        qint64 matches, const QList<double> &exactCount = {})
{
    if (!exactCount.isEmpty()) {
        QList<double> exactTotal;
        for (qsizetype i = 0; i < list.size(); ++i)
            exactTotal.append(list.at(i) + exactCount.at(i));
        emitMetric(benchCase, term.label + u"_exact_ms"_s, median(exactTotal), u"ms"_s);
        emitMetric(benchCase, term.label + u"_exact_count_ms"_s, median(exactCount), u"ms"_s);
    }
    QList<double> total;
    for (qsizetype i = 0; i < list.size(); ++i)
        total.append(list.at(i) + count.at(i));
    emitMetric(benchCase, term.label + u"_ms"_s, median(total), u"ms"_s);
    emitMetric(benchCase, term.label + u"_list_ms"_s, median(list), u"ms"_s);
    emitMetric(benchCase, term.label + u"_count_ms"_s, median(count), u"ms"_s);
    emitMetric(benchCase, term.label + u"_matches"_s, double(matches), u"rows"_s);
}

} // namespace

int searchShipshape(const CaseOptions &options)
{
    auto url = DatabaseUrl::parse(u"sqlite:"_s + options.database);
    if (!url)
        die(url.error().message);
    auto session = Session::open(*url);
    if (!session)
        die(session.error().message);
    OrderService &orders = (*session)->orders();
    const QList<Term> terms = searchTerms((*session)->database().connection());
    for (const Term &term : terms) {
        OrderFilter filter;
        filter.search = term.text;
        filter.statuses = term.statuses;
        QList<double> list;
        QList<double> count;
        QList<double> exactCount;
        qint64 matches = 0;
        for (int run = 0; run <= options.repetitions; ++run) {
            Stopwatch watch;
            auto rows = orders.list(filter, OrderSort{}, 50, 0);
            const double listMs = watch.elapsedMs();
            watch.restart();
            auto bounded = orders.countUpTo(filter, kCountCap);
            const double countMs = watch.elapsedMs();
            watch.restart();
            auto total = orders.count(filter);
            const double exactMs = watch.elapsedMs();
            if (!rows || !bounded || !total || *bounded != std::min(*total, kCountCap + 1))
                die(u"search failed"_s);
            matches = *total;
            if (run == 0)
                continue; // warm-up
            list.append(listMs);
            count.append(countMs);
            exactCount.append(exactMs);
        }
        emitTerm(u"search-shipshape"_s, term, list, count, matches, exactCount);

        // What the order list does with it: setFilter counts (up to the cap) and the view reads the
        // first 50 rows, a 200-row page. A fresh model each time, so no page is cached.
        QList<double> modelTimes;
        bool capped = false;
        for (int run = 0; run <= options.repetitions; ++run) {
            OrderTableModel model(orders, nullptr);
            Stopwatch watch;
            model.setFilter(filter);
            qsizetype checksum = 0;
            for (int row = 0; row < std::min(50, model.rowCount()); ++row)
                checksum += model.index(row, OrderTableModel::Customer).data().toString().size();
            const double modelMs = watch.elapsedMs();
            if (!model.lastError().isEmpty() || (model.rowCount() > 0 && checksum == 0))
                die(u"the order model returned nothing: %1"_s.arg(model.lastError()));
            capped = model.isCountCapped();
            if (run > 0)
                modelTimes.append(modelMs);
        }
        emitMetric(u"search-shipshape"_s, term.label + u"_model_ms"_s, median(modelTimes), u"ms"_s);
        emitMetric(u"search-shipshape"_s, term.label + u"_model_capped"_s, capped ? 1 : 0, u"bool"_s);
    }
    return 0;
}

int searchRawSqlite(const CaseOptions &options)
{
    QList<Term> terms;
    {
        // Pick the terms through a short-lived Qt connection, exactly as the Shipshape case does.
        auto url = DatabaseUrl::parse(u"sqlite:"_s + options.database);
        if (!url)
            die(url.error().message);
        auto session = Session::open(*url);
        if (!session)
            die(session.error().message);
        terms = searchTerms((*session)->database().connection());
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(options.database.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        die(u"sqlite3_open_v2 failed"_s);
    sqlite3_exec(db, "PRAGMA cache_size=-65536", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "PRAGMA temp_store=MEMORY", nullptr, nullptr, nullptr);
    const QByteArray listSql
            = QByteArray(
                      "SELECT o.number, o.uuid, o.placed_at, o.customer_name, o.customer_email, o.status, o.currency, "
                      "o.total_minor, o.line_count, o.payment_method, o.paid_minor, o.refunded_minor, "
                      "o.tracking_number FROM orders o")
            + kSearchWhere + " ORDER BY o.number DESC LIMIT 50 OFFSET 0";
    const QByteArray countSql = QByteArray("SELECT COUNT(*) FROM orders o") + kSearchWhere;
    sqlite3_stmt *list = nullptr;
    sqlite3_stmt *count = nullptr;
    if (sqlite3_prepare_v2(db, listSql.constData(), -1, &list, nullptr) != SQLITE_OK
            || sqlite3_prepare_v2(db, countSql.constData(), -1, &count, nullptr) != SQLITE_OK)
        die(QString::fromUtf8(sqlite3_errmsg(db)));

    for (const Term &term : terms) {
        if (term.label == u"number"_s || !term.statuses.isEmpty())
            continue; // the LIKE search looked numbers up by primary key too: nothing to compare
        const QByteArray pattern = likePattern(term.text).toUtf8();
        QList<double> listTimes;
        QList<double> countTimes;
        qint64 matches = 0;
        for (int run = 0; run <= options.repetitions; ++run) {
            Stopwatch watch;
            sqlite3_bind_text(list, 1, pattern.constData(), int(pattern.size()), SQLITE_TRANSIENT);
            while (sqlite3_step(list) == SQLITE_ROW) {
                for (int c = 0; c < 13; ++c)
                    (void) sqlite3_column_text(list, c);
            }
            sqlite3_reset(list);
            const double listMs = watch.elapsedMs();
            watch.restart();
            sqlite3_bind_text(count, 1, pattern.constData(), int(pattern.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(count) == SQLITE_ROW)
                matches = sqlite3_column_int64(count, 0);
            sqlite3_reset(count);
            const double countMs = watch.elapsedMs();
            if (run == 0)
                continue;
            listTimes.append(listMs);
            countTimes.append(countMs);
        }
        emitTerm(u"search-raw"_s, term, listTimes, countTimes, matches);
    }
    sqlite3_finalize(list);
    sqlite3_finalize(count);
    sqlite3_close(db);
    return 0;
}

} // namespace shipshape::bench
