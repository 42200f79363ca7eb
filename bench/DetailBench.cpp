// Area 8: the order detail at the benchmark database's size. OrderService::find — what the desktop's
// detail pane and `orders show` load: the order with its lines, discounts, payments, timeline, shipments
// and returns — for orders of each shape the demo data holds (delivered in one parcel, partly shipped,
// returned, exchanged), picked across the whole number range so that the index lookups are not all warm
// in the same pages. Each order: one warm-up load, then `repetitions` measured loads in this process.

#include "Cases.h"
#include "Harness.h"

#include "session/Session.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::bench {
namespace {

struct Shape {
    QString label;
    QString where; // picks order numbers of this shape from `orders o`
};

// Orders of each shape; the numbers are spread over the table (every n-th match).
constexpr int kOrdersPerShape = 40;

const QList<Shape> &shapes()
{
    static const QList<Shape> list{
            {u"delivered"_s,
                    u"o.status = 'delivered' AND NOT EXISTS (SELECT 1 FROM returns r WHERE r.order_number = o.number)"_s},
            {u"partly_shipped"_s,
                    u"o.status = 'confirmed' AND EXISTS (SELECT 1 FROM shipments s WHERE s.order_number = o.number)"_s},
            {u"returned"_s,
                    u"EXISTS (SELECT 1 FROM returns r WHERE r.order_number = o.number AND r.replacement_order IS NULL)"_s},
            {u"exchanged"_s,
                    u"EXISTS (SELECT 1 FROM returns r WHERE r.order_number = o.number AND r.replacement_order IS NOT NULL)"_s},
    };
    return list;
}

QList<qint64> pickOrders(const QSqlDatabase &db, const Shape &shape)
{
    QSqlQuery query(db);
    // Every n-th order of the shape: a window over the numbers, never a full sort of the matches.
    const QString sql = u"SELECT number FROM (SELECT o.number, ROW_NUMBER() OVER (ORDER BY o.number) AS position, "
                        "COUNT(*) OVER () AS matches FROM orders o WHERE %1) "
                        "WHERE position % MAX(1, matches / %2) = 0 LIMIT %2"_s.arg(shape.where)
                                .arg(kOrdersPerShape);
    if (!query.exec(sql))
        die(u"cannot pick %1 orders: %2"_s.arg(shape.label, query.lastError().text()));
    QList<qint64> numbers;
    while (query.next())
        numbers.append(query.value(0).toLongLong());
    return numbers;
}

} // namespace

int detailShipshape(const CaseOptions &options)
{
    auto url = DatabaseUrl::parse(u"sqlite:"_s + options.database);
    if (!url)
        die(url.error().message);
    auto opened = Session::open(*url);
    if (!opened)
        die(opened.error().message);
    Session &session = **opened;
    const int repetitions = std::max(1, options.repetitions);

    QList<double> all;
    for (const Shape &shape : shapes()) {
        const QList<qint64> numbers = pickOrders(session.database().connection(), shape);
        if (numbers.isEmpty()) {
            // A database made without this shape (demo-data --returned 0 …): nothing to report for it.
            emitMetric(u"detail-shipshape"_s, shape.label + u"_orders"_s, 0, u"orders"_s);
            continue;
        }
        QList<double> times;
        qint64 timelineRows = 0;
        for (const qint64 number : numbers) {
            const QString reference = QString::number(number);
            if (auto warm = session.orders().find(reference); !warm)
                die(u"order %1: %2"_s.arg(reference, warm.error().message));
            for (int i = 0; i < repetitions; ++i) {
                Stopwatch watch;
                auto order = session.orders().find(reference);
                const double ms = watch.elapsedMs();
                if (!order)
                    die(u"order %1: %2"_s.arg(reference, order.error().message));
                if (order->lines.isEmpty() || order->timeline.isEmpty())
                    die(u"order %1 loaded without its lines or timeline"_s.arg(reference));
                if (shape.label != u"delivered"_s && order->shipments.isEmpty() && order->returns.isEmpty())
                    die(u"order %1 (%2) loaded without its shipments or returns"_s.arg(reference, shape.label));
                times.append(ms);
                timelineRows += order->timeline.size();
            }
        }
        all.append(times);
        const QString prefix = u"detail-shipshape"_s;
        emitMetric(prefix, shape.label + u"_orders"_s, double(numbers.size()), u"orders"_s);
        emitMetric(prefix, shape.label + u"_p50_ms"_s, median(times), u"ms"_s);
        emitMetric(prefix, shape.label + u"_p95_ms"_s, percentile(times, 95), u"ms"_s);
        emitMetric(prefix, shape.label + u"_max_ms"_s, percentile(times, 100), u"ms"_s);
        emitMetric(prefix, shape.label + u"_timeline_rows"_s, double(timelineRows) / double(times.size()), u"rows"_s);
    }
    if (all.isEmpty())
        die(u"the benchmark database has no orders to open"_s);
    emitMetric(u"detail-shipshape"_s, u"all_p95_ms"_s, percentile(all, 95), u"ms"_s);
    return 0;
}

} // namespace shipshape::bench
