// Area 2: the order list at a million orders. Each model runs in its own process (scripts/bench starts
// one per case) so that the resident memory reported is that model's and nothing else's.
//
// Steps, the same for every model, on the same database and the same connection settings:
//   first_page  construct the model sorted by number descending, read 50 rows x 5 columns
//   last_row    make the last row available and read it (stock models must fetchMore through all rows)
//   rss         VmRSS right after that (and the growth over the process before the model existed)
//   sort_total  sort by total descending, read the first 50 rows again
//   filter      status in (confirmed, shipped) and the text "smith", read the first 50 rows

#include "Cases.h"
#include "Harness.h"

#include "background/ChangeHub.h"
#include "models/OrderTableModel.h"
#include "session/Session.h"

#include <QSqlError>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlTableModel>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::bench {
namespace {

constexpr int kFirstPageRows = 50;
const QString kSearch = u"smith"_s;

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

// Reads what a view shows for rows [first, first + count) of the given columns; returns a checksum so
// the reads cannot be optimised away.
qsizetype readRows(const QAbstractItemModel &model, int first, int count, const QList<int> &columns)
{
    qsizetype checksum = 0;
    const int end = std::min(first + count, model.rowCount());
    for (int row = first; row < end; ++row) {
        for (int column : columns)
            checksum += model.data(model.index(row, column)).toString().size();
    }
    return checksum;
}

// The WHERE clause OrderRepository builds for the same filter, written out for the stock models
// (values inline: the stock models take a filter string). "smith" is no SKU and starts no tracking
// number, so the repository's search keeps only its customer branch (docs/search.md).
QString stockWhere(const QString &table)
{
    const QString pattern = u"'%"_s + kSearch + u"%'"_s;
    return u"%1.status IN ('confirmed', 'shipped') AND %1.customer_id IN (SELECT c.id FROM customers c WHERE "
           "(lower(c.name) LIKE lower(%2) ESCAPE '\\' OR lower(c.email) LIKE lower(%2) ESCAPE '\\'))"_s.arg(
                   table, pattern);
}

void emitCommon(const QString &benchCase, double firstPage, double lastRow, double rss, double rssBefore,
        double sortTotal, double filter, int rows)
{
    emitMetric(benchCase, u"first_page_ms"_s, firstPage, u"ms"_s);
    emitMetric(benchCase, u"last_row_ms"_s, lastRow, u"ms"_s);
    emitMetric(benchCase, u"rss_mib"_s, rss, u"MiB"_s);
    emitMetric(benchCase, u"rss_growth_mib"_s, rss - rssBefore, u"MiB"_s);
    emitMetric(benchCase, u"sort_total_ms"_s, sortTotal, u"ms"_s);
    emitMetric(benchCase, u"filter_ms"_s, filter, u"ms"_s);
    emitMetric(benchCase, u"rows"_s, rows, u"rows"_s);
}

} // namespace

int listShipshape(const CaseOptions &options)
{
    auto session = openSession(options.database);
    const double rssBefore = residentMiB();
    const QList<int> columns{OrderTableModel::Number, OrderTableModel::PlacedAt, OrderTableModel::Customer,
            OrderTableModel::Status, OrderTableModel::Total};
    qsizetype checksum = 0;

    ChangeHub changes;
    changes.listenTo(session->events());
    Stopwatch watch;
    OrderTableModel model(session->orders(), &changes);
    model.sort(OrderTableModel::Number, Qt::DescendingOrder);
    checksum += readRows(model, 0, kFirstPageRows, columns);
    const double firstPage = watch.elapsedMs();

    watch.restart();
    const int rows = model.rowCount();
    checksum += readRows(model, rows - 1, 1, columns);
    const double lastRow = watch.elapsedMs();
    const double rss = residentMiB();

    watch.restart();
    model.sort(OrderTableModel::Total, Qt::DescendingOrder);
    checksum += readRows(model, 0, kFirstPageRows, columns);
    const double sortTotal = watch.elapsedMs();

    watch.restart();
    model.sort(OrderTableModel::Number, Qt::DescendingOrder); // back to the list's default order
    OrderFilter statusAndText;
    statusAndText.statuses = {OrderStatus::Confirmed, OrderStatus::Shipped};
    statusAndText.search = kSearch;
    model.setFilter(statusAndText);
    checksum += readRows(model, 0, kFirstPageRows, columns);
    const double filter = watch.elapsedMs();

    if (checksum == 0 || !model.lastError().isEmpty())
        die(u"the Shipshape model returned nothing: %1"_s.arg(model.lastError()));

    // Where the first page's time goes: the model counts the rows before it shows any (the view needs
    // rowCount for its scroll bar). Median of three counts, unfiltered and filtered.
    const auto countMs = [&](const OrderFilter &countFilter) {
        QList<double> times;
        for (int i = 0; i < 3; ++i) {
            Stopwatch countWatch;
            if (!session->orders().count(countFilter))
                die(u"count failed"_s);
            times.append(countWatch.elapsedMs());
        }
        return median(times);
    };
    emitMetric(u"list-shipshape"_s, u"count_ms"_s, countMs(OrderFilter{}), u"ms"_s);
    QList<double> pageTimes; // one warm 200-row page query, for the same breakdown
    for (int i = 0; i < 3; ++i) {
        Stopwatch pageWatch;
        if (!session->orders().list(OrderFilter{}, OrderSort{}, OrderTableModel::kPageSize, 0))
            die(u"list failed"_s);
        pageTimes.append(pageWatch.elapsedMs());
    }
    emitMetric(u"list-shipshape"_s, u"warm_page_ms"_s, median(pageTimes), u"ms"_s);
    // The model counts a filter's matches only up to its cap; the exact count is what it did before.
    QList<double> boundedTimes;
    for (int i = 0; i < 3; ++i) {
        Stopwatch countWatch;
        if (!session->orders().countUpTo(model.filter(), model.countCap()))
            die(u"bounded count failed"_s);
        boundedTimes.append(countWatch.elapsedMs());
    }
    emitMetric(u"list-shipshape"_s, u"filter_count_ms"_s, median(boundedTimes), u"ms"_s);
    emitMetric(u"list-shipshape"_s, u"filter_exact_count_ms"_s, countMs(model.filter()), u"ms"_s);
    emitCommon(u"list-shipshape"_s, firstPage, lastRow, rss, rssBefore, sortTotal, filter, rows);
    emitMetric(u"list-shipshape"_s, u"filtered_rows"_s, model.rowCount(), u"rows"_s);
    return 0;
}

int listQSqlTableModel(const CaseOptions &options)
{
    auto session = openSession(options.database);
    const double rssBefore = residentMiB();
    qsizetype checksum = 0;

    Stopwatch watch;
    QSqlTableModel model(nullptr, session->database().connection());
    model.setTable(u"orders"_s);
    const QList<int> columns{model.fieldIndex(u"number"_s), model.fieldIndex(u"placed_at"_s),
            model.fieldIndex(u"customer_name"_s), model.fieldIndex(u"status"_s), model.fieldIndex(u"total_minor"_s)};
    model.setSort(columns.at(0), Qt::DescendingOrder);
    if (!model.select())
        die(model.lastError().text());
    checksum += readRows(model, 0, kFirstPageRows, columns);
    const double firstPage = watch.elapsedMs();

    watch.restart();
    while (model.canFetchMore())
        model.fetchMore();
    const int rows = model.rowCount();
    checksum += readRows(model, rows - 1, 1, columns);
    const double lastRow = watch.elapsedMs();
    const double rss = residentMiB();

    watch.restart();
    model.sort(columns.at(4), Qt::DescendingOrder);
    checksum += readRows(model, 0, kFirstPageRows, columns);
    const double sortTotal = watch.elapsedMs();

    watch.restart();
    model.setSort(columns.at(0), Qt::DescendingOrder);
    model.setFilter(stockWhere(u"orders"_s));
    if (!model.select())
        die(model.lastError().text());
    checksum += readRows(model, 0, kFirstPageRows, columns);
    const double filter = watch.elapsedMs();

    if (checksum == 0)
        die(u"QSqlTableModel returned nothing"_s);
    emitCommon(u"list-qsqltablemodel"_s, firstPage, lastRow, rss, rssBefore, sortTotal, filter, rows);
    return 0;
}

int listQSqlQueryModel(const CaseOptions &options)
{
    auto session = openSession(options.database);
    const QSqlDatabase db = session->database().connection();
    const double rssBefore = residentMiB();
    const QString select = u"SELECT number, placed_at, customer_name, status, total_minor FROM orders"_s;
    const QList<int> columns{0, 1, 2, 3, 4};
    qsizetype checksum = 0;

    const auto setQuery = [&](QSqlQueryModel &model, const QString &sql) {
        model.setQuery(sql, db);
        if (model.lastError().isValid())
            die(model.lastError().text());
    };

    Stopwatch watch;
    QSqlQueryModel model;
    setQuery(model, select + u" ORDER BY number DESC"_s);
    checksum += readRows(model, 0, kFirstPageRows, columns);
    const double firstPage = watch.elapsedMs();

    watch.restart();
    while (model.canFetchMore())
        model.fetchMore();
    const int rows = model.rowCount();
    checksum += readRows(model, rows - 1, 1, columns);
    const double lastRow = watch.elapsedMs();
    const double rss = residentMiB();

    // QSqlQueryModel cannot sort itself: the query is replaced, as an application would.
    watch.restart();
    setQuery(model, select + u" ORDER BY total_minor DESC, number DESC"_s);
    checksum += readRows(model, 0, kFirstPageRows, columns);
    const double sortTotal = watch.elapsedMs();

    watch.restart();
    setQuery(model, select + u" WHERE "_s + stockWhere(u"orders"_s) + u" ORDER BY number DESC"_s);
    checksum += readRows(model, 0, kFirstPageRows, columns);
    const double filter = watch.elapsedMs();

    if (checksum == 0)
        die(u"QSqlQueryModel returned nothing"_s);
    emitCommon(u"list-qsqlquerymodel"_s, firstPage, lastRow, rss, rssBefore, sortTotal, filter, rows);
    return 0;
}

} // namespace shipshape::bench
