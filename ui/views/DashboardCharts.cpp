#include "views/DashboardCharts.h"

#include "models/KpiFormat.h"
#include "views/KpiCard.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

namespace {

// For drawing only: the bar's height in whole major units, rounded half away from zero in integers (a
// cent is below a pixel at any revenue scale). The exact figure is shown from Money in tooltips and cards.
qint64 barHeight(const Money &money)
{
    const qint64 per = money.currency().isValid() ? money.currency().minorPerMajor() : 1;
    const qint64 minor = money.minorUnits();
    const qint64 half = per / 2;
    return minor >= 0 ? (minor + half) / per : -((-minor + half) / per);
}

QColor accent()
{
    return QColor(0x3b, 0x82, 0xc4);
}

QColor secondAccent()
{
    return QColor(0xf0, 0x8c, 0x2e);
}

// Bar labels must be unique per axis; two products may share a name.
QStringList uniqueLabels(const QStringList &names, const QStringList &skus)
{
    QStringList labels;
    for (qsizetype i = 0; i < names.size(); ++i) {
        QString label = names.at(i).size() > 22 ? names.at(i).left(21) + u'…' : names.at(i);
        if (label.isEmpty() || labels.contains(label))
            label = skus.at(i);
        labels << label;
    }
    return labels;
}

void showTip(const QString &text)
{
    QToolTip::showText(QCursor::pos(), text);
}

void niceRange(QValueAxis *axis, double maximum)
{
    axis->setRange(0, maximum > 0 ? maximum : 1);
    axis->applyNiceNumbers();
}

} // namespace

QChart *DashboardCharts::newChart(const QPalette &palette)
{
    auto *chart = new QChart;
    // The theme first (it recolours everything), then the palette's own colours on top.
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(std::max(7.0, legendFont.pointSizeF() * 0.9));
    chart->legend()->setFont(legendFont);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void DashboardCharts::styleAxis(QAbstractAxis *axis, const QPalette &palette)
{
    axis->setLabelsBrush(palette.color(QPalette::Text));
    axis->setTitleBrush(palette.color(QPalette::Text));
    QColor grid = palette.color(QPalette::Text);
    grid.setAlpha(40);
    axis->setGridLineColor(grid);
    axis->setLinePenColor(palette.color(QPalette::Mid));
    QFont font = axis->labelsFont();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.85));
    axis->setLabelsFont(font);
    axis->setTitleFont(font);
}

QColor DashboardCharts::statusColor(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Pending:
        return QColor(0xe6, 0xa1, 0x17);
    case OrderStatus::Confirmed:
        return accent();
    case OrderStatus::Shipped:
        return QColor(0x8e, 0x5c, 0xc9);
    case OrderStatus::Delivered:
        return KpiCard::goodColor();
    case OrderStatus::Cancelled:
        return KpiCard::badColor();
    }
    return accent();
}

bool DashboardCharts::hasOrders(const DashboardSnapshot &snapshot)
{
    return snapshot.current.ordersPlaced > 0
            || std::any_of(snapshot.days.cbegin(), snapshot.days.cend(),
                    [](const DailyFigures &day) { return day.ordersPlaced > 0 || !day.revenue.isZero(); });
}

bool DashboardCharts::hasPlacementTimes(const DashboardSnapshot &snapshot)
{
    return std::any_of(snapshot.placementTimes.cbegin(), snapshot.placementTimes.cend(),
            [](const LatencyBucket &bucket) { return bucket.count > 0; });
}

QString DashboardCharts::bucketLabel(const DashboardSnapshot &snapshot, int bucket)
{
    const QLocale locale;
    const LatencyBucket &b = snapshot.placementTimes.at(bucket);
    if (b.upToMs)
        return KpiFormat::duration(*b.upToMs, locale);
    if (bucket > 0 && snapshot.placementTimes.at(bucket - 1).upToMs)
        return tr("> %1").arg(KpiFormat::duration(*snapshot.placementTimes.at(bucket - 1).upToMs, locale));
    return tr("all");
}

QChart *DashboardCharts::revenueAndOrders(
        const DashboardSnapshot &snapshot, const QPalette &palette, std::function<void(int day)> onDay)
{
    const QLocale locale;
    QChart *chart = newChart(palette);
    auto *revenue
            = new QBarSet(snapshot.currency.isEmpty() ? tr("Revenue") : tr("Revenue (%1)").arg(snapshot.currency));
    auto *orders = new QLineSeries;
    orders->setName(tr("Orders"));
    orders->setPointsVisible(snapshot.days.size() <= 31);

    qint64 maxRevenue = 0;
    qint64 maxOrders = 0;
    for (qsizetype i = 0; i < snapshot.days.size(); ++i) {
        const DailyFigures &day = snapshot.days.at(i);
        const qint64 value = barHeight(day.revenue);
        revenue->append(qreal(value));
        orders->append(double(i), double(day.ordersPlaced));
        maxRevenue = std::max(maxRevenue, value);
        maxOrders = std::max(maxOrders, day.ordersPlaced);
    }
    auto *bars = new QBarSeries;
    // One day as a wall-wide bar looks like a background; keep few bars slim.
    bars->setBarWidth(std::min(0.75, 0.25 * double(std::max<qsizetype>(1, snapshot.days.size()))));
    bars->append(revenue);
    chart->addSeries(bars);
    chart->addSeries(orders);
    // After addSeries: adding a series applies the theme's colours.
    revenue->setColor(accent());
    revenue->setBorderColor(accent());
    QPen linePen(secondAccent());
    linePen.setWidthF(2.0);
    orders->setPen(linePen);

    // Days on a value axis with a label every few days, so a 90-day custom period stays readable.
    auto *days = new QCategoryAxis;
    days->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const auto count = snapshot.days.size();
    const qsizetype step = std::max<qsizetype>(1, (count + 9) / 10);
    for (qsizetype i = 0; i < count; i += step)
        days->append(locale.toString(snapshot.days.at(i).day, u"d MMM"_s), double(i));
    days->setRange(-0.5, double(count) - 0.5);
    days->setGridLineVisible(false);
    styleAxis(days, palette);
    chart->addAxis(days, Qt::AlignBottom);

    auto *money = new QValueAxis;
    money->setLabelFormat(u"%.0f"_s);
    money->setTitleText(snapshot.currency);
    niceRange(money, double(maxRevenue));
    styleAxis(money, palette);
    chart->addAxis(money, Qt::AlignLeft);
    auto *counts = new QValueAxis;
    counts->setLabelFormat(u"%.0f"_s);
    counts->setTitleText(tr("Orders"));
    niceRange(counts, double(maxOrders));
    styleAxis(counts, palette);
    counts->setGridLineVisible(false);
    chart->addAxis(counts, Qt::AlignRight);

    bars->attachAxis(days);
    bars->attachAxis(money);
    orders->attachAxis(days);
    orders->attachAxis(counts);

    const QList<DailyFigures> figures = snapshot.days;
    QObject::connect(revenue, &QBarSet::clicked, chart, [onDay](int index) { onDay(index); });
    QObject::connect(orders, &QLineSeries::clicked, chart, [onDay, count](const QPointF &point) {
        const auto index = qRound(point.x());
        if (index >= 0 && index < count)
            onDay(index);
    });
    QObject::connect(revenue, &QBarSet::hovered, chart, [figures](bool on, int index) {
        if (!on || index < 0 || index >= figures.size())
            return;
        const DailyFigures &day = figures.at(index);
        const QLocale here;
        showTip(tr("%1: %2, %Ln order(s)", nullptr, int(std::min<qint64>(day.ordersPlaced, INT_MAX)))
                        .arg(here.toString(day.day, QLocale::ShortFormat), KpiFormat::money(day.revenue, here)));
    });
    return chart;
}

QChart *DashboardCharts::ordersByStatus(
        const DashboardSnapshot &snapshot, const QPalette &palette, std::function<void(OrderStatus)> onStatus)
{
    const QLocale locale;
    QChart *chart = newChart(palette);
    auto *donut = new QPieSeries;
    donut->setHoleSize(0.5);
    donut->setPieSize(0.85);
    qint64 total = 0;
    for (const StatusCount &entry : snapshot.byStatus)
        total += entry.count;
    for (const StatusCount &entry : snapshot.byStatus) {
        if (entry.count <= 0)
            continue;
        auto *slice = new QPieSlice(
                tr("%1 %2 · %3")
                        .arg(OrderLifecycle::displayName(entry.status), KpiFormat::count(entry.count, locale),
                                KpiFormat::share(entry.count, total, locale)),
                double(entry.count));
        slice->setColor(statusColor(entry.status));
        slice->setBorderColor(palette.color(QPalette::Base));
        const OrderStatus status = entry.status;
        QObject::connect(slice, &QPieSlice::clicked, chart, [onStatus, status] { onStatus(status); });
        QObject::connect(slice, &QPieSlice::hovered, chart, [slice](bool on) { slice->setExploded(on); });
        donut->append(slice);
    }
    chart->addSeries(donut);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setShowToolTips(true);
    // The theme recolours slices when the series is added; keep the status colours.
    for (QPieSlice *slice : donut->slices())
        slice->setLabelVisible(false);
    qsizetype i = 0;
    for (const StatusCount &entry : snapshot.byStatus) {
        if (entry.count <= 0)
            continue;
        donut->slices().at(i++)->setColor(statusColor(entry.status));
    }
    return chart;
}

QChart *DashboardCharts::topProducts(
        const DashboardSnapshot &snapshot, const QPalette &palette, std::function<void(int product)> onProduct)
{
    const QLocale locale;
    QChart *chart = newChart(palette);
    auto *units = new QBarSet(tr("Units sold"));
    QStringList names;
    QStringList skus;
    qint64 maximum = 0;
    // Horizontal bars run bottom to top: append the best seller last so it is drawn at the top.
    const auto count = snapshot.topProducts.size();
    for (qsizetype i = count - 1; i >= 0; --i) {
        const ProductSales &product = snapshot.topProducts.at(i);
        units->append(double(product.quantity));
        names << product.name;
        skus << product.sku;
        maximum = std::max(maximum, product.quantity);
    }
    auto *series = new QHorizontalBarSeries;
    series->setBarWidth(0.7);
    series->append(units);
    chart->addSeries(series);
    units->setColor(accent());
    units->setBorderColor(accent());
    auto *categories = new QBarCategoryAxis;
    categories->append(uniqueLabels(names, skus));
    // Product names matter more than a few pixels of bar: never elide them to "…".
    categories->setTruncateLabels(false);
    styleAxis(categories, palette);
    chart->addAxis(categories, Qt::AlignLeft);
    auto *values = new QValueAxis;
    values->setLabelFormat(u"%.0f"_s);
    niceRange(values, double(maximum));
    styleAxis(values, palette);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    chart->legend()->hide();

    const QList<ProductSales> products = snapshot.topProducts;
    auto productAt = [count](int barIndex) { return int(count - 1 - barIndex); };
    QObject::connect(
            units, &QBarSet::clicked, chart, [onProduct, productAt](int index) { onProduct(productAt(index)); });
    QObject::connect(units, &QBarSet::hovered, chart, [products, productAt, locale](bool on, int index) {
        const int at = productAt(index);
        if (!on || at < 0 || at >= products.size())
            return;
        const ProductSales &product = products.at(at);
        showTip(tr("%1 (%2): %3 units, %4")
                        .arg(product.name, product.sku, KpiFormat::count(product.quantity, locale),
                                KpiFormat::money(product.revenue, locale)));
    });
    return chart;
}

QChart *DashboardCharts::returnReasons(
        const DashboardSnapshot &snapshot, const QPalette &palette, std::function<void(ReturnReason)> onReason)
{
    const QLocale locale;
    QChart *chart = newChart(palette);
    auto *units = new QBarSet(tr("Units returned"));
    QStringList names;
    qint64 maximum = 0;
    // Horizontal bars run bottom to top: the most frequent reason last, drawn at the top.
    const QList<ReturnReasonCount> reasons = snapshot.topReturnReasons;
    const auto count = reasons.size();
    for (qsizetype i = count - 1; i >= 0; --i) {
        units->append(double(reasons.at(i).units));
        names << ReturnReasons::displayName(reasons.at(i).reason);
        maximum = std::max(maximum, reasons.at(i).units);
    }
    auto *series = new QHorizontalBarSeries;
    series->setBarWidth(0.7);
    series->append(units);
    chart->addSeries(series);
    units->setColor(accent());
    units->setBorderColor(accent());
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    categories->setTruncateLabels(false);
    styleAxis(categories, palette);
    chart->addAxis(categories, Qt::AlignLeft);
    auto *values = new QValueAxis;
    values->setLabelFormat(u"%.0f"_s);
    niceRange(values, double(maximum));
    styleAxis(values, palette);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    chart->legend()->hide();

    auto reasonAt = [count](int barIndex) { return int(count - 1 - barIndex); };
    QObject::connect(units, &QBarSet::clicked, chart, [onReason, reasons, reasonAt](int index) {
        const int at = reasonAt(index);
        if (at >= 0 && at < reasons.size())
            onReason(reasons.at(at).reason);
    });
    QObject::connect(units, &QBarSet::hovered, chart, [reasons, reasonAt, locale](bool on, int index) {
        const int at = reasonAt(index);
        if (!on || at < 0 || at >= reasons.size())
            return;
        const ReturnReasonCount &reason = reasons.at(at);
        showTip(tr("%1: %2 units in %3 returns")
                        .arg(ReturnReasons::displayName(reason.reason), KpiFormat::count(reason.units, locale),
                                KpiFormat::count(reason.returns, locale)));
    });
    return chart;
}

QChart *DashboardCharts::lowStock(
        const DashboardSnapshot &snapshot, const QPalette &palette, std::function<void(int product)> onProduct)
{
    const QLocale locale;
    QChart *chart = newChart(palette);
    auto *available = new QBarSet(tr("Available"));
    auto *threshold = new QBarSet(tr("Low-stock threshold"));
    QColor thresholdColor = palette.color(QPalette::Text);
    thresholdColor.setAlpha(90);
    QStringList names;
    QStringList skus;
    qint64 maximum = 0;
    const auto shown = std::min<qsizetype>(snapshot.lowStock.size(), kLowStockShown);
    for (qsizetype i = shown - 1; i >= 0; --i) {
        const LowStockProduct &product = snapshot.lowStock.at(i);
        available->append(double(product.available));
        threshold->append(double(product.threshold));
        names << product.name;
        skus << product.sku;
        maximum = std::max({maximum, product.available, product.threshold});
    }
    auto *series = new QHorizontalBarSeries;
    series->setBarWidth(0.8);
    series->append(available);
    series->append(threshold);
    chart->addSeries(series);
    // After addSeries: adding a series applies the theme's colours.
    available->setColor(KpiCard::badColor());
    available->setBorderColor(KpiCard::badColor());
    threshold->setColor(thresholdColor);
    threshold->setBorderColor(thresholdColor);
    auto *categories = new QBarCategoryAxis;
    categories->append(uniqueLabels(names, skus));
    // Product names matter more than a few pixels of bar: never elide them to "…".
    categories->setTruncateLabels(false);
    styleAxis(categories, palette);
    chart->addAxis(categories, Qt::AlignLeft);
    auto *values = new QValueAxis;
    values->setLabelFormat(u"%.0f"_s);
    niceRange(values, double(maximum));
    styleAxis(values, palette);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);

    const QList<LowStockProduct> products = snapshot.lowStock.mid(0, shown);
    auto productAt = [shown](int barIndex) { return int(shown - 1 - barIndex); };
    for (QBarSet *set : {available, threshold}) {
        QObject::connect(
                set, &QBarSet::clicked, chart, [onProduct, productAt](int index) { onProduct(productAt(index)); });
        QObject::connect(set, &QBarSet::hovered, chart, [products, productAt, locale](bool on, int index) {
            const int at = productAt(index);
            if (!on || at < 0 || at >= products.size())
                return;
            const LowStockProduct &product = products.at(at);
            showTip(tr("%1 (%2): %3 available, threshold %4")
                            .arg(product.name, product.sku, KpiFormat::count(product.available, locale),
                                    KpiFormat::count(product.threshold, locale)));
        });
    }
    return chart;
}

QChart *DashboardCharts::placementTimes(const DashboardSnapshot &snapshot, const QPalette &palette)
{
    QChart *chart = newChart(palette);
    // Both placement-time KPIs share the catalogue's target; a bucket is within it when all it counts is.
    const KpiTarget target = *KpiCatalogue::definition(Kpi::PlacementMedian).target;
    const QString threshold = KpiFormat::targetThreshold(Kpi::PlacementMedian, QLocale());
    auto *within = new QBarSet(tr("Within the %1 target").arg(threshold));
    auto *over = new QBarSet(tr("Over %1").arg(threshold));
    QStringList labels;
    qint64 maximum = 0;
    for (qsizetype i = 0; i < snapshot.placementTimes.size(); ++i) {
        const LatencyBucket &bucket = snapshot.placementTimes.at(i);
        const bool inTarget = bucket.upToMs && double(*bucket.upToMs) <= target.threshold;
        within->append(inTarget ? double(bucket.count) : 0.0);
        over->append(inTarget ? 0.0 : double(bucket.count));
        labels << bucketLabel(snapshot, int(i));
        maximum = std::max(maximum, bucket.count);
    }
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.85);
    series->append(within);
    series->append(over);
    chart->addSeries(series);
    within->setColor(KpiCard::goodColor());
    within->setBorderColor(KpiCard::goodColor());
    over->setColor(KpiCard::badColor());
    over->setBorderColor(KpiCard::badColor());
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setGridLineVisible(false);
    categories->setTitleText(tr("Placement took at most (last: longer)"));
    categories->setTruncateLabels(false);
    styleAxis(categories, palette);
    chart->addAxis(categories, Qt::AlignBottom);
    auto *values = new QValueAxis;
    values->setLabelFormat(u"%.0f"_s);
    values->setTitleText(tr("Placements"));
    niceRange(values, double(maximum));
    styleAxis(values, palette);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    return chart;
}

} // namespace shipshape
