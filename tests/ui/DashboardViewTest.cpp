#include "views/DashboardView.h"
#include "TestDatabase.h"
#include "api/ApiTrafficRecorder.h"
#include "background/SessionWorker.h"
#include "dashboard/DashboardService.h"
#include "dashboard/KpiCatalogue.h"
#include "demo/DemoDataGenerator.h"
#include "models/KpiFormat.h"
#include "models/KpiTableModel.h"
#include "models/ReturnTableModel.h"
#include "orders/OrderReturns.h"
#include "payment/DeclineReasons.h"
#include "style/TextTone.h"
#include "views/ChartPanel.h"
#include "views/KpiCard.h"
#include "views/ReturnsView.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

constexpr int kTimeoutMs = 20000;

class DashboardViewTest : public ::testing::Test {
protected:
    // Five orders over two days (2 and 3 November 2026, the test clock's days):
    // #1001 2 mugs paid, #1002 a tee paid and shipped, #1003 a mug pending, #1004 a mug cancelled,
    // #1005 3 mugs paid the next day. Paid: 25.00 + 20.00 + 37.50 = 82.50.
    void seed()
    {
        Session &session = db.session();
        ASSERT_TRUE(session.inventory().addProduct({u"MUG-1"_s, u"Mug"_s, u"12.50"_s, u"USD"_s, 100, 2}).has_value());
        ASSERT_TRUE(
                session.inventory().addProduct({u"TEE-1"_s, u"T-shirt"_s, u"20.00"_s, u"USD"_s, 6, 10}).has_value());
        ASSERT_TRUE(session.inventory().addProduct({u"CAP-1"_s, u"Cap"_s, u"8.00"_s, u"USD"_s, 1, 3}).has_value());
        place(u"ada@example.com"_s, u"MUG-1"_s, 2);
        place(u"bob@example.com"_s, u"TEE-1"_s, 1);
        place(u"cy@example.com"_s, u"MUG-1"_s, 1);
        place(u"dee@example.com"_s, u"MUG-1"_s, 1);
        ASSERT_TRUE(session.orders().markPaid(u"1001"_s).has_value());
        ASSERT_TRUE(session.orders().markPaid(u"1002"_s).has_value());
        ASSERT_TRUE(session.orders().ship(u"1002"_s, u"1Z999AA10123456784"_s, u"UPS"_s).has_value());
        ASSERT_TRUE(session.orders().cancel(u"1004"_s, CancelReason::Customer, u"changed mind"_s).has_value());
        db.clock().advance(24LL * 3600 * 1000);
        place(u"eve@example.com"_s, u"MUG-1"_s, 3);
        ASSERT_TRUE(session.orders().markPaid(u"1005"_s).has_value());
    }

    void place(const QString &email, const QString &sku, qint64 quantity)
    {
        PlaceOrderRequest request;
        request.customer = {{}, email.section(u'@', 0, 0), email};
        request.items = {OrderItemRequest{sku, quantity, std::nullopt}};
        request.shippingAddress = Address{u"1 Main St"_s, u"Springfield"_s, u"IL"_s, u"62701"_s, u"US"_s};
        auto placed = db.session().orders().place(request);
        ASSERT_TRUE(placed.has_value()) << placed.error().message.toStdString();
    }

    // What the service computes for a period, on the test's own connection.
    DashboardSnapshot expected(const DashboardPeriod &period)
    {
        auto snapshot = db.session().dashboard().snapshot(period);
        EXPECT_TRUE(snapshot.has_value()) << snapshot.error().message.toStdString();
        return snapshot ? *snapshot : DashboardSnapshot{};
    }

    static bool settle(DashboardView &view)
    {
        return QTest::qWaitFor([&] { return !view.hasPendingWork() && view.snapshot().has_value(); }, kTimeoutMs);
    }

    static KpiCard *card(DashboardView &view, const QString &name) { return view.findChild<KpiCard *>(name); }
    static ChartPanel *panel(DashboardView &view, const QString &name) { return view.findChild<ChartPanel *>(name); }

    test::TestDatabase db;
};

TEST_F(DashboardViewTest, CardsShowWhatTheServiceComputes)
{
    seed();
    // What an Order API server reported in the period, recorded as `serve` records it.
    ApiTrafficTally traffic;
    const qint64 noon = QDateTime(QDate(2026, 11, 3), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < 3; ++i)
        traffic.add(u"orders.create"_s, 201, false, 80, noon);
    traffic.add(u"orders.get"_s, 500, false, 1200, noon);
    ASSERT_TRUE(ApiTrafficRecorder(db.session().database()).record(traffic.take()));
    SessionWorker worker(db.url());
    DashboardView view(worker, db.clock());
    QAbstractItemModelTester tester(view.kpiModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.resize(1280, 800);
    view.show();
    ASSERT_TRUE(settle(view));

    const DashboardPeriod last30{QDate(2026, 10, 5), QDate(2026, 11, 3)};
    EXPECT_EQ(view.period(), last30);
    const DashboardSnapshot service = expected(last30);
    const QLocale locale;

    // Hand-known figures first, then everything against the service.
    EXPECT_EQ(service.current.ordersPlaced, 5);
    EXPECT_EQ(service.current.ordersCancelled, 1);
    EXPECT_EQ(service.current.revenue.minorUnits(), 8250);
    EXPECT_EQ(service.awaitingShipment, 2);
    EXPECT_EQ(card(view, u"ordersCard"_s)->value(), u"5"_s);
    EXPECT_EQ(card(view, u"revenueCard"_s)->value(), KpiFormat::money(Money(8250, *Currency::fromCode(u"USD"_s))));
    EXPECT_EQ(card(view, u"cancelledCard"_s)->value(), u"1"_s);
    EXPECT_EQ(card(view, u"awaitingShipmentCard"_s)->value(), u"2"_s);
    // Nothing in the 30 days before: every change against zero is "new".
    EXPECT_EQ(card(view, u"ordersCard"_s)->changeText(), u"new"_s);
    EXPECT_EQ(card(view, u"revenueCard"_s)->changeText(), u"new"_s);

    EXPECT_EQ(card(view, u"revenueCard"_s)->value(), KpiFormat::money(service.current.revenue, locale));
    EXPECT_EQ(card(view, u"ordersCard"_s)->value(), KpiFormat::count(service.current.ordersPlaced, locale));
    EXPECT_EQ(card(view, u"averageOrderValueCard"_s)->value(),
            service.current.averageOrderValue ? KpiFormat::money(*service.current.averageOrderValue, locale) : u"—"_s);
    EXPECT_EQ(card(view, u"successRateCard"_s)->value(),
            service.current.successRate ? KpiFormat::percent(*service.current.successRate, locale) : u"—"_s);
    EXPECT_EQ(card(view, u"placementMedianCard"_s)->value(),
            service.current.placementMedianMs ? KpiFormat::duration(*service.current.placementMedianMs, locale)
                                              : u"—"_s);
    EXPECT_EQ(card(view, u"placementP95Card"_s)->value(),
            service.current.placementP95Ms ? KpiFormat::duration(*service.current.placementP95Ms, locale) : u"—"_s);
    // Three of five placements confirmed: 60%, short of the 95% target and shown as bad news.
    EXPECT_EQ(service.current.placementAttempts, 5);
    EXPECT_EQ(card(view, u"successRateCard"_s)->value(), KpiFormat::percent(0.6, locale));
    EXPECT_EQ(card(view, u"successRateCard"_s)->targetState(), KpiCard::TargetState::Missed);
    KpiCard *successRate = card(view, u"successRateCard"_s);
    EXPECT_EQ(successRate->valueColor(), TextTone::color(TextTone::Tone::Bad, successRate->palette()));
    ASSERT_TRUE(service.current.placementMedianMs.has_value());
    EXPECT_EQ(card(view, u"placementMedianCard"_s)->targetState(),
            *service.current.placementMedianMs < 2000 ? KpiCard::TargetState::Met : KpiCard::TargetState::Missed);
    EXPECT_FALSE(panel(view, u"placementTimeChart"_s)->isEmpty());
    EXPECT_EQ(card(view, u"emailCard"_s)->value(), KpiFormat::count(service.current.emailsSent, locale));

    // Titles and targets come from the KPI catalogue, in the one wording the table and the CLI use.
    const QList<std::pair<QString, Kpi>> cardKpis{{u"revenueCard"_s, Kpi::Revenue},
            {u"ordersCard"_s, Kpi::OrdersPlaced}, {u"averageOrderValueCard"_s, Kpi::AverageOrderValue},
            {u"successRateCard"_s, Kpi::SuccessRate}, {u"placementMedianCard"_s, Kpi::PlacementMedian},
            {u"placementP95Card"_s, Kpi::PlacementP95}, {u"paymentFailureCard"_s, Kpi::PaymentFailureRate},
            {u"cancelledCard"_s, Kpi::OrdersCancelled}, {u"emailCard"_s, Kpi::EmailsSent},
            {u"awaitingShipmentCard"_s, Kpi::AwaitingShipment}, {u"returnRateCard"_s, Kpi::ReturnRate},
            {u"apiOrdersCard"_s, Kpi::ApiOrdersBusiestHour}, {u"apiErrorRateCard"_s, Kpi::ApiErrorRate},
            {u"apiResponseP95Card"_s, Kpi::ApiResponseP95}};
    ASSERT_EQ(view.cards().size(), cardKpis.size());
    for (const auto &[name, kpi] : cardKpis)
        EXPECT_EQ(card(view, name)->title(), KpiCatalogue::label(kpi)) << name.toStdString();
    EXPECT_EQ(card(view, u"successRateCard"_s)->title(), u"Order success rate"_s);
    EXPECT_TRUE(card(view, u"successRateCard"_s)->detail().endsWith(u"target at least 95%"_s))
            << card(view, u"successRateCard"_s)->detail().toStdString();
    EXPECT_TRUE(card(view, u"placementMedianCard"_s)->detail().endsWith(u"target under 2 s"_s))
            << card(view, u"placementMedianCard"_s)->detail().toStdString();
    EXPECT_TRUE(card(view, u"placementP95Card"_s)->detail().endsWith(u"target under 2 s"_s));

    // The Order API's cards: three orders in one hour, one request in four failed, the slowest took 1.2 s.
    EXPECT_EQ(card(view, u"apiOrdersCard"_s)->value(), u"3"_s);
    // Plurals as the app's translator words them (the tests load none: "3 order(s)").
    const auto plural = [](const char *text, int n) {
        return QCoreApplication::translate("shipshape::KpiCardGrid", text, nullptr, n);
    };
    EXPECT_EQ(card(view, u"apiOrdersCard"_s)->detail(), plural("%Ln order(s) through the API in this period", 3));
    EXPECT_EQ(card(view, u"apiErrorRateCard"_s)->value(), KpiFormat::percent(0.25, locale));
    EXPECT_EQ(card(view, u"apiErrorRateCard"_s)->detail(), plural("%1 of %Ln request(s) failed", 4).arg(1));
    EXPECT_EQ(card(view, u"apiResponseP95Card"_s)->value(), KpiFormat::duration(1200, locale));
    EXPECT_EQ(card(view, u"apiResponseP95Card"_s)->detail(), plural("over %Ln request(s)", 4));

    // Charts: a bar per day of the period, the two products sold, the two low-stock products.
    ChartPanel *revenue = panel(view, u"revenueChart"_s);
    ASSERT_FALSE(revenue->isEmpty());
    auto *bars = qobject_cast<QBarSeries *>(revenue->chart()->series().value(0));
    ASSERT_NE(bars, nullptr);
    EXPECT_EQ(bars->barSets().first()->count(), 30);
    // USD 37.50 drawn as a whole-dollar bar (integer rounding, half away from zero): no floating-point money.
    EXPECT_DOUBLE_EQ(bars->barSets().first()->at(29), 38.0);
    ChartPanel *products = panel(view, u"topProductsChart"_s);
    ASSERT_FALSE(products->isEmpty());
    auto *productBars = qobject_cast<QAbstractBarSeries *>(products->chart()->series().value(0));
    ASSERT_NE(productBars, nullptr);
    EXPECT_EQ(productBars->barSets().first()->count(), service.topProducts.size());
    EXPECT_FALSE(panel(view, u"lowStockChart"_s)->isEmpty());
    auto *donut = qobject_cast<QPieSeries *>(panel(view, u"statusChart"_s)->chart()->series().value(0));
    ASSERT_NE(donut, nullptr);
    EXPECT_DOUBLE_EQ(donut->sum(), 5.0);
    EXPECT_FALSE(view.findChild<QLabel *>(u"emptyNotice"_s)->isVisible());

    // The KPI table holds the same figures.
    KpiTableModel *model = view.kpiModel();
    EXPECT_EQ(model->index(model->rowOf(u"revenue_net"_s), KpiTableModel::Current)
                      .data(KpiTableModel::RawValueRole)
                      .toString(),
            service.current.revenue.toDecimalString());
}

TEST_F(DashboardViewTest, EmptyDatabaseExplainsInsteadOfDividingByZero)
{
    SessionWorker worker(db.url());
    DashboardView view(worker, db.clock());
    view.resize(1280, 800);
    view.show();
    ASSERT_TRUE(settle(view));

    auto *notice = view.findChild<QLabel *>(u"emptyNotice"_s);
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().startsWith(u"No orders were placed"_s)) << notice->text().toStdString();
    for (ChartPanel *chart : view.chartPanels()) {
        if (chart->objectName() == u"lowStockChart"_s)
            continue;
        EXPECT_TRUE(chart->isEmpty()) << chart->objectName().toStdString();
        EXPECT_FALSE(chart->emptyText().isEmpty());
        EXPECT_FALSE(chart->exportButton()->isEnabled());
    }
    EXPECT_EQ(card(view, u"ordersCard"_s)->value(), u"0"_s);
    EXPECT_EQ(card(view, u"averageOrderValueCard"_s)->value(), u"—"_s);
    EXPECT_EQ(card(view, u"successRateCard"_s)->value(), u"—"_s);
    EXPECT_EQ(card(view, u"paymentFailureCard"_s)->value(), u"—"_s);
    EXPECT_EQ(card(view, u"ordersCard"_s)->changeText(), u"no change"_s);
    EXPECT_EQ(card(view, u"apiErrorRateCard"_s)->value(), u"—"_s);
    EXPECT_EQ(card(view, u"apiResponseP95Card"_s)->value(), u"—"_s);
    EXPECT_EQ(card(view, u"apiOrdersCard"_s)->detail(), u"no API requests in this period"_s);
    // No NaN, infinity or "-nan%" anywhere a person could read it.
    const QRegularExpression broken(u"\\b(nan|inf|infinity)\\b"_s, QRegularExpression::CaseInsensitiveOption);
    for (QLabel *label : view.findChildren<QLabel *>())
        EXPECT_FALSE(broken.match(label->text()).hasMatch()) << label->text().toStdString();
    const QString csv = QString::fromUtf8(view.kpiModel()->toCsv());
    EXPECT_FALSE(broken.match(csv).hasMatch()) << csv.toStdString();
}

TEST_F(DashboardViewTest, PeriodChangeRecomputesAndStaleAnswersAreIgnored)
{
    seed();
    SessionWorker worker(db.url());
    DashboardView view(worker, db.clock());
    view.show();
    ASSERT_TRUE(settle(view));
    auto *busy = view.findChild<QProgressBar *>(u"busyIndicator"_s);
    ASSERT_NE(busy, nullptr);
    EXPECT_FALSE(busy->isVisible());

    QSignalSpy shown(&view, &DashboardView::snapshotShown);
    view.choosePeriod(DashboardView::PeriodChoice::Today);
    EXPECT_TRUE(busy->isVisible());
    ASSERT_TRUE(shown.wait(kTimeoutMs));
    EXPECT_FALSE(busy->isVisible());
    EXPECT_EQ(view.period(), (DashboardPeriod{QDate(2026, 11, 3), QDate(2026, 11, 3)}));
    EXPECT_EQ(card(view, u"ordersCard"_s)->value(), u"1"_s);
    EXPECT_EQ(card(view, u"revenueCard"_s)->value(), KpiFormat::money(Money(3750, *Currency::fromCode(u"USD"_s))));
    // The day before had four orders: 1 against 4 is 75% down.
    EXPECT_EQ(card(view, u"ordersCard"_s)->changeText(),
            KpiFormat::relative(1, expected(view.period()).previous.ordersPlaced).text);

    const DashboardPeriod second{QDate(2026, 11, 2), QDate(2026, 11, 2)};
    view.setPeriod(second);
    ASSERT_TRUE(settle(view));
    EXPECT_EQ(view.periodChoice(), DashboardView::PeriodChoice::Custom);
    EXPECT_EQ(view.snapshot()->period, second);
    EXPECT_EQ(card(view, u"ordersCard"_s)->value(), QString::number(expected(second).current.ordersPlaced));
    EXPECT_EQ(card(view, u"ordersCard"_s)->value(), u"4"_s);

    // Two period changes in a row: the first answer arrives after the second request and is dropped.
    shown.clear();
    view.choosePeriod(DashboardView::PeriodChoice::Today);
    view.choosePeriod(DashboardView::PeriodChoice::Last7Days);
    ASSERT_TRUE(settle(view));
    EXPECT_EQ(shown.count(), 1);
    const DashboardPeriod week{QDate(2026, 10, 28), QDate(2026, 11, 3)};
    EXPECT_EQ(view.snapshot()->period, week);
    EXPECT_EQ(card(view, u"ordersCard"_s)->value(), u"5"_s);
}

TEST_F(DashboardViewTest, ChartsAreDrawnInTurnsAfterTheFiguresAndTheSnapshotIsShownAfterTheLast)
{
    seed();
    SessionWorker worker(db.url());
    DashboardView view(worker, db.clock());
    view.resize(1280, 800);
    view.show();
    ASSERT_TRUE(settle(view));
    ChartPanel *revenue = panel(view, u"revenueChart"_s);
    ChartPanel *status = panel(view, u"statusChart"_s);
    ASSERT_NE(revenue, nullptr);
    ASSERT_NE(status, nullptr);
    const QChart *revenueBefore = revenue->chart();
    const QChart *statusBefore = status->chart();

    // What the view shows at the moment its figures are in, and at the moment it says the snapshot is shown.
    bool chartsWaitedForTheFigures = false;
    bool chartsDrawnWhenShown = false;
    const DashboardPeriod second{QDate(2026, 11, 2), QDate(2026, 11, 2)};
    QObject::connect(view.kpiModel(), &QAbstractItemModel::modelReset, &view, [&] {
        chartsWaitedForTheFigures = view.snapshot()->period == second && card(view, u"ordersCard"_s)->value() == u"4"_s
                && revenue->chart() == revenueBefore && status->chart() == statusBefore;
    });
    QObject::connect(&view, &DashboardView::snapshotShown, &view,
            [&] { chartsDrawnWhenShown = revenue->chart() != revenueBefore && status->chart() != statusBefore; });
    QSignalSpy shown(&view, &DashboardView::snapshotShown);
    view.setPeriod(second);
    ASSERT_TRUE(settle(view));
    EXPECT_EQ(shown.count(), 1);
    // The figures came first, the charts after them in turns of the event loop, then snapshotShown.
    EXPECT_TRUE(chartsWaitedForTheFigures);
    EXPECT_TRUE(chartsDrawnWhenShown);
    auto *bars = qobject_cast<QBarSeries *>(revenue->chart()->series().value(0));
    ASSERT_NE(bars, nullptr);
    EXPECT_EQ(bars->barSets().value(0)->count(), 1); // one day
}

TEST_F(DashboardViewTest, RefreshBurstsCostOneComputation)
{
    seed();
    SessionWorker worker(db.url());
    DashboardView view(worker, db.clock());
    view.show();
    ASSERT_TRUE(settle(view));
    const int before = view.requestsStarted();
    place(u"fay@example.com"_s, u"MUG-1"_s, 1);
    for (int i = 0; i < 10; ++i)
        view.refresh();
    ASSERT_TRUE(settle(view));
    EXPECT_EQ(view.requestsStarted(), before + 1);
    EXPECT_EQ(card(view, u"ordersCard"_s)->value(), u"6"_s);

    // A change during a computation runs one more after it (the first may have read before the change).
    view.choosePeriod(DashboardView::PeriodChoice::Last7Days);
    ASSERT_TRUE(view.isLoading());
    place(u"gus@example.com"_s, u"MUG-1"_s, 1);
    view.refresh();
    view.refresh();
    ASSERT_TRUE(settle(view));
    EXPECT_EQ(view.requestsStarted(), before + 3);
    EXPECT_EQ(card(view, u"ordersCard"_s)->value(), u"7"_s);
}

TEST_F(DashboardViewTest, HiddenDashboardRecomputesOnceWhenShown)
{
    seed();
    SessionWorker worker(db.url());
    DashboardView view(worker, db.clock());
    ASSERT_TRUE(settle(view)); // the first computation runs even before the view is shown
    const int before = view.requestsStarted();
    place(u"fay@example.com"_s, u"MUG-1"_s, 1);
    for (int i = 0; i < 5; ++i)
        view.refresh();
    EXPECT_FALSE(view.hasPendingWork());
    EXPECT_EQ(view.requestsStarted(), before);
    EXPECT_EQ(card(view, u"ordersCard"_s)->value(), u"5"_s);

    view.show();
    ASSERT_TRUE(view.hasPendingWork());
    ASSERT_TRUE(settle(view));
    EXPECT_EQ(view.requestsStarted(), before + 1);
    EXPECT_EQ(card(view, u"ordersCard"_s)->value(), u"6"_s);
}

TEST_F(DashboardViewTest, ClicksOpenTheOrdersTheyCount)
{
    seed();
    SessionWorker worker(db.url());
    DashboardView view(worker, db.clock());
    view.resize(1280, 800);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    ASSERT_TRUE(settle(view));
    QList<OrderFilter> opened;
    QObject::connect(&view, &DashboardView::openOrders, &view, [&](const OrderFilter &filter) { opened << filter; });
    const QDateTime start = QDate(2026, 10, 5).startOfDay(Qt::UTC);
    const QDateTime end = QDate(2026, 11, 4).startOfDay(Qt::UTC);

    QTest::mouseClick(card(view, u"ordersCard"_s), Qt::LeftButton);
    ASSERT_EQ(opened.size(), 1);
    EXPECT_TRUE(opened.last().statuses.isEmpty());
    EXPECT_EQ(opened.last().from, start);
    EXPECT_EQ(opened.last().until, end);

    QTest::mouseClick(card(view, u"paymentFailureCard"_s), Qt::LeftButton);
    ASSERT_EQ(opened.size(), 2);
    EXPECT_EQ(opened.last().statuses, QList<OrderStatus>{OrderStatus::Cancelled});
    EXPECT_EQ(opened.last().cancelReasons, QList<CancelReason>{CancelReason::Declined});
    EXPECT_EQ(opened.last().from, start);
    EXPECT_EQ(opened.last().until, end);

    card(view, u"awaitingShipmentCard"_s)->setFocus();
    QTest::keyClick(card(view, u"awaitingShipmentCard"_s), Qt::Key_Return);
    ASSERT_EQ(opened.size(), 3);
    OrderFilter waiting;
    waiting.statuses = {OrderStatus::Confirmed};
    EXPECT_EQ(opened.last(), waiting);

    QTest::mouseClick(card(view, u"emailCard"_s), Qt::LeftButton); // emails are not orders
    EXPECT_EQ(opened.size(), 3);

    // A click on the last day's revenue bar: the orders placed on 3 November.
    ChartPanel *revenue = panel(view, u"revenueChart"_s);
    auto *bars = qobject_cast<QBarSeries *>(revenue->chart()->series().value(0));
    ASSERT_NE(bars, nullptr);
    const QPointF inBar = revenue->chart()->mapToPosition(QPointF(29, 37.5 / 2), bars);
    const QPoint at = revenue->chartView()->mapFromScene(inBar);
    QTest::mouseClick(revenue->chartView()->viewport(), Qt::LeftButton, {}, at);
    ASSERT_EQ(opened.size(), 4);
    OrderFilter day;
    day.from = QDate(2026, 11, 3).startOfDay(Qt::UTC);
    day.until = QDate(2026, 11, 4).startOfDay(Qt::UTC);
    EXPECT_EQ(opened.last(), day);

    // A donut slice: the period's orders in that status.
    auto *donut = qobject_cast<QPieSeries *>(panel(view, u"statusChart"_s)->chart()->series().value(0));
    ASSERT_NE(donut, nullptr);
    QPieSlice *cancelled = nullptr;
    for (QPieSlice *slice : donut->slices()) {
        if (slice->label().startsWith(OrderLifecycle::displayName(OrderStatus::Cancelled)))
            cancelled = slice;
    }
    ASSERT_NE(cancelled, nullptr);
    Q_EMIT cancelled->clicked();
    ASSERT_EQ(opened.size(), 5);
    EXPECT_EQ(opened.last().statuses, QList<OrderStatus>{OrderStatus::Cancelled});
    EXPECT_EQ(opened.last().from, start);

    // The best-selling product's bar (drawn at the top): its orders in the period, not cancelled.
    auto *products = qobject_cast<QAbstractBarSeries *>(panel(view, u"topProductsChart"_s)->chart()->series().value(0));
    ASSERT_NE(products, nullptr);
    QBarSet *units = products->barSets().first();
    Q_EMIT units->clicked(int(units->count() - 1));
    ASSERT_EQ(opened.size(), 6);
    EXPECT_EQ(opened.last().search, u"MUG-1"_s);
    EXPECT_FALSE(opened.last().statuses.contains(OrderStatus::Cancelled));
    EXPECT_EQ(opened.last().until, end);
}

// RFC 4180 fields of one line (quoted fields may hold commas and doubled quotes).
QStringList csvFields(const QString &line)
{
    QStringList fields{QString()};
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
            fields.last() += u'"';
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            fields << QString();
        } else {
            fields.last() += c;
        }
    }
    return fields;
}

// The dashboard's exported figures are the ones `shipshape-cli report kpis --json` prints headless.
// The return rate card and the reasons chart (docs/dashboard.md, "Returns"): units returned of units shipped
// in the period; a click opens the Returns page on the period's returns, and a bar on its reason.
TEST_F(DashboardViewTest, ReturnRateCardAndReasonsOpenThePeriodsReturns)
{
    seed();
    // #1002's tee came back damaged: one unit of the one shipped.
    auto opened = db.session().orders().returns().open(
            u"1002"_s, {ReturnRequestLine{u"TEE-1"_s, 1, ReturnReason::Damaged, {}}}, {});
    ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
    SessionWorker worker(db.url());
    DashboardView view(worker, db.clock());
    view.resize(1280, 900);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    ASSERT_TRUE(settle(view));
    const QLocale locale;
    KpiCard *returnCard = card(view, u"returnRateCard"_s);
    ASSERT_NE(returnCard, nullptr);
    EXPECT_EQ(returnCard->value(), KpiFormat::percent(1.0, locale));
    EXPECT_TRUE(returnCard->detail().contains(ReturnReasons::displayName(ReturnReason::Damaged)))
            << returnCard->detail().toStdString();
    EXPECT_FALSE(panel(view, u"returnReasonsChart"_s)->isEmpty());

    QList<std::tuple<QDate, QDate, std::optional<ReturnReason>>> asked;
    QObject::connect(
            &view, &DashboardView::openReturns, &view, [&](QDate from, QDate to, std::optional<ReturnReason> reason) {
                asked.append({from, to, reason});
            });
    QTest::mouseClick(returnCard, Qt::LeftButton);
    ASSERT_EQ(asked.size(), 1);
    EXPECT_EQ(std::get<0>(asked.last()), QDate(2026, 10, 5));
    EXPECT_EQ(std::get<1>(asked.last()), QDate(2026, 11, 3));
    EXPECT_FALSE(std::get<2>(asked.last()).has_value());

    // The Returns page the main window opens with it lists that return, and only it for the reason.
    ReturnsView returns(worker);
    returns.show();
    QSignalSpy loaded(&returns, &ReturnsView::loaded);
    ASSERT_TRUE(loaded.wait(kTimeoutMs));
    returns.showPeriod(QDate(2026, 10, 5), QDate(2026, 11, 3), ReturnReason::Damaged);
    ASSERT_TRUE(loaded.wait(kTimeoutMs));
    EXPECT_TRUE(returns.clearPeriodButton()->isVisibleTo(&returns));
    ASSERT_EQ(returns.model()->rowCount(), 1);
    returns.showPeriod(QDate(2026, 10, 5), QDate(2026, 11, 3), ReturnReason::WrongItem);
    ASSERT_TRUE(loaded.wait(kTimeoutMs));
    EXPECT_EQ(returns.model()->rowCount(), 0);
    returns.showPeriod(QDate(2026, 9, 1), QDate(2026, 9, 30));
    ASSERT_TRUE(loaded.wait(kTimeoutMs));
    EXPECT_EQ(returns.model()->rowCount(), 0);
    QTest::mouseClick(returns.clearPeriodButton(), Qt::LeftButton);
    ASSERT_TRUE(loaded.wait(kTimeoutMs));
    EXPECT_EQ(returns.model()->rowCount(), 1);
    EXPECT_FALSE(returns.period().has_value());
}

TEST_F(DashboardViewTest, DeclineReasonsReadAsWordsNotProviderCodes)
{
    DemoDataOptions options;
    options.orders = 1500;
    options.products = 20;
    options.customers = 200;
    options.seed = 11;
    options.now = db.clock().now();
    ASSERT_TRUE(DemoDataGenerator::generate(db.session().database(), options));
    SessionWorker worker(db.url());
    DashboardView view(worker, db.clock());
    view.resize(1280, 800);
    view.show();
    ASSERT_TRUE(settle(view));
    const QList<DeclineReasonCount> reasons = view.snapshot()->current.topDeclineReasons;
    ASSERT_FALSE(reasons.isEmpty()) << "the demo data declines some cards";

    KpiCard *payments = card(view, u"paymentFailureCard"_s);
    ASSERT_NE(payments, nullptr);
    const QString top = DeclineReasons::label(reasons.first().code);
    ASSERT_NE(top, reasons.first().code);
    EXPECT_TRUE(payments->detail().contains(top)) << payments->detail().toStdString();
    EXPECT_FALSE(payments->detail().contains(u'_')) << "no provider codes: " << payments->detail().toStdString();
    // The tooltip names Stripe's code too (staff look it up there) and what to do.
    EXPECT_TRUE(payments->toolTip().contains(u"(%1)"_s.arg(reasons.first().code))) << payments->toolTip().toStdString();
    EXPECT_TRUE(payments->toolTip().contains(DeclineReasons::advice(reasons.first().code)));

    const int row = view.kpiModel()->rowOf(u"decline_reason:"_s + reasons.first().code);
    ASSERT_GE(row, 0);
    EXPECT_EQ(view.kpiModel()->index(row, KpiTableModel::Figure).data().toString(), u"Declined: "_s + top);
}

TEST_F(DashboardViewTest, CsvFiguresMatchTheCliReport)
{
    const QString cli = qEnvironmentVariable("SHIPSHAPE_CLI");
    ASSERT_FALSE(cli.isEmpty()) << "SHIPSHAPE_CLI is not set (CTest sets it to the built shipshape-cli)";
    seed();
    SessionWorker worker(db.url());
    DashboardView view(worker, db.clock());
    ASSERT_TRUE(settle(view));
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(u"kpis.csv"_s);
    view.setNextExportPath(csvPath);
    ASSERT_TRUE(view.exportKpiCsv());
    QFile csvFile(csvPath);
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    QHash<QString, QStringList> csv; // key -> {current, previous}
    for (const QString &line : QString::fromUtf8(csvFile.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts)) {
        const QStringList fields = csvFields(line);
        ASSERT_EQ(fields.size(), 5) << line.toStdString();
        csv.insert(fields.at(0), {fields.at(3), fields.at(4)});
    }

    QProcess process;
    process.start(cli,
            {u"--database"_s, db.url().toString(), u"--json"_s, u"report"_s, u"kpis"_s, u"--from"_s,
                    view.period().from.toString(Qt::ISODate), u"--to"_s, view.period().to.toString(Qt::ISODate)});
    ASSERT_TRUE(process.waitForFinished(60000));
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const QJsonObject report = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    ASSERT_FALSE(report.isEmpty());
    EXPECT_EQ(csv.value(u"currency"_s).value(0), report.value(u"currency"_s).toString());
    const QList<std::pair<QString, QString>> figures{{u"revenue_net"_s, u"revenue"_s}, {u"refunded"_s, u"refunded"_s},
            {u"orders_placed"_s, u"ordersPlaced"_s}, {u"orders_confirmed"_s, u"ordersConfirmed"_s},
            {u"orders_cancelled"_s, u"ordersCancelled"_s}, {u"placement_attempts"_s, u"placementAttempts"_s},
            {u"average_order_value"_s, u"averageOrderValue"_s}, {u"placement_median_ms"_s, u"placementMedianMs"_s},
            {u"placement_p95_ms"_s, u"placementP95Ms"_s}, {u"payment_attempts"_s, u"paymentAttempts"_s},
            {u"payment_failures"_s, u"paymentFailures"_s}, {u"emails_sent"_s, u"emailsSent"_s},
            {u"emails_failed"_s, u"emailsFailed"_s}, {u"emails_waiting"_s, u"emailsWaiting"_s}};
    auto text = [](const QJsonValue &value) {
        if (value.isNull() || value.isUndefined())
            return QString();
        return value.isString() ? value.toString() : QString::number(value.toInteger());
    };
    for (const auto &[key, json] : figures) {
        ASSERT_TRUE(csv.contains(key)) << key.toStdString();
        EXPECT_EQ(csv.value(key).value(0), text(report.value(u"current"_s).toObject().value(json)))
                << key.toStdString();
        EXPECT_EQ(csv.value(key).value(1), text(report.value(u"previous"_s).toObject().value(json)))
                << key.toStdString();
    }
    EXPECT_EQ(csv.value(u"revenue_net"_s).value(0), u"82.50"_s);
    EXPECT_EQ(csv.value(u"awaiting_shipment"_s).value(0), text(report.value(u"awaitingShipment"_s)));
}

TEST_F(DashboardViewTest, ChartsFollowThePalette)
{
    seed();
    SessionWorker worker(db.url());
    DashboardView view(worker, db.clock());
    view.resize(1280, 800);
    view.show();
    ASSERT_TRUE(settle(view));
    QChart *light = panel(view, u"revenueChart"_s)->chart();
    EXPECT_EQ(light->backgroundBrush().color(), view.palette().color(QPalette::Base));

    QPalette dark = view.palette();
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    view.setPalette(dark);
    for (ChartPanel *chart : view.chartPanels()) {
        if (chart->isEmpty())
            continue;
        EXPECT_EQ(chart->chart()->backgroundBrush().color(), QColor(0x1e, 0x1e, 0x1e))
                << chart->objectName().toStdString();
        EXPECT_EQ(chart->chart()->theme(), QChart::ChartThemeDark);
    }
    // Cards draw on the palette's base colour, never a fixed white.
    KpiCard *orders = card(view, u"ordersCard"_s);
    EXPECT_EQ(orders->palette().color(orders->backgroundRole()), QColor(0x1e, 0x1e, 0x1e));
    EXPECT_EQ(orders->valueColor(), QColor(0xe0, 0xe0, 0xe0));
}

TEST_F(DashboardViewTest, AnInvertedCustomPeriodIsRefusedWithAMessage)
{
    SessionWorker worker(db.url());
    DashboardView view(worker, db.clock());
    view.show();
    ASSERT_TRUE(settle(view));
    const int before = view.requestsStarted();
    const DashboardPeriod shown = view.period();
    view.setPeriod({QDate(2026, 11, 3), QDate(2026, 11, 1)});
    auto *error = view.findChild<QLabel *>(u"errorLabel"_s);
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(u"start on or before"_s)) << error->text().toStdString();
    EXPECT_EQ(view.period(), shown);
    EXPECT_EQ(view.requestsStarted(), before);
}

TEST_F(DashboardViewTest, ExportsKpiCsvAndChartPng)
{
    seed();
    SessionWorker worker(db.url());
    DashboardView view(worker, db.clock());
    view.resize(1280, 800);
    view.show();
    ASSERT_TRUE(settle(view));
    const DashboardSnapshot service = expected(view.period());
    QTemporaryDir dir;
    QSignalSpy exported(&view, &DashboardView::exported);

    const QString csvPath = dir.filePath(u"kpis.csv"_s);
    view.setNextExportPath(csvPath);
    QTest::mouseClick(view.findChild<QPushButton *>(u"exportCsvButton"_s), Qt::LeftButton);
    ASSERT_EQ(exported.count(), 1);
    QFile csvFile(csvPath);
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csvFile.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    EXPECT_EQ(lines.value(0), u"kpi,label,unit,current,previous"_s);
    EXPECT_TRUE(lines.contains(u"period_from,Period start,date,2026-10-05,2026-09-05"_s));
    EXPECT_TRUE(lines.contains(u"revenue_net,Net revenue (without tax),money,82.50,0.00"_s))
            << lines.join(u'\n').toStdString();
    EXPECT_TRUE(lines.contains(u"orders_placed,Orders placed,count,5,0"_s));
    EXPECT_TRUE(lines.contains(u"orders_cancelled,Orders cancelled,count,1,0"_s));
    EXPECT_TRUE(lines.contains(u"awaiting_shipment,Orders waiting to ship (now),count,2,"_s));
    EXPECT_TRUE(lines.contains(
            u"emails_sent,Emails sent,count,%1,%2"_s.arg(service.current.emailsSent).arg(service.previous.emailsSent)));

    const QString pngPath = dir.filePath(u"revenue.png"_s);
    view.setNextExportPath(pngPath);
    ChartPanel *revenue = panel(view, u"revenueChart"_s);
    QTest::mouseClick(revenue->exportButton(), Qt::LeftButton);
    ASSERT_EQ(exported.count(), 2);
    EXPECT_EQ(exported.last().at(0).toString(), pngPath);
    QImageReader reader(pngPath);
    EXPECT_EQ(reader.format(), "png");
    const QImage image = reader.read();
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), revenue->chartView()->size() * revenue->chartView()->devicePixelRatio());

    // A path that cannot be written is reported, not silently dropped.
    QSignalSpy failed(&view, &DashboardView::exportFailed);
    view.setNextExportPath(dir.filePath(u"missing/dir/chart.png"_s));
    EXPECT_FALSE(view.exportChart(revenue));
    EXPECT_EQ(failed.count(), 1);
}

} // namespace
} // namespace shipshape
