#include "views/DashboardView.h"

#include "background/SessionWorker.h"
#include "common/Clock.h"
#include "dashboard/DashboardService.h"
#include "dashboard/KpiCatalogue.h"
#include "models/KpiFormat.h"
#include "models/KpiTableModel.h"
#include "orders/OrderSets.h"
#include "session/Session.h"
#include "views/ChartPanel.h"
#include "views/ColumnFitter.h"
#include "views/DashboardCharts.h"
#include "views/EmptyStateOverlay.h"
#include "views/KpiCard.h"
#include "views/KpiCardGrid.h"
#include "views/TableViewSetup.h"

#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <memory>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

namespace {

OrderFilter withStatus(OrderStatus status)
{
    OrderFilter filter;
    filter.statuses = {status};
    return filter;
}

ChartPanel *newPanel(const QString &objectName, const QString &title, QWidget *parent)
{
    auto *panel = new ChartPanel(title, parent);
    panel->setObjectName(objectName);
    return panel;
}

} // namespace

DashboardView::DashboardView(SessionWorker &worker, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_worker(worker), m_clock(clock)
{
    setObjectName(u"dashboard"_s);
    setAccessibleName(tr("Dashboard"));

    m_periodChoice = new QComboBox(this);
    m_periodChoice->setObjectName(u"periodChoice"_s);
    m_periodChoice->setAccessibleName(tr("Period"));
    m_periodChoice->addItem(tr("Today"), int(PeriodChoice::Today));
    m_periodChoice->addItem(tr("Last 7 days"), int(PeriodChoice::Last7Days));
    m_periodChoice->addItem(tr("Last 30 days"), int(PeriodChoice::Last30Days));
    m_periodChoice->addItem(tr("Custom"), int(PeriodChoice::Custom));
    m_from = new QDateEdit(this);
    m_from->setObjectName(u"periodFrom"_s);
    m_from->setAccessibleName(tr("Period start"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_to = new QDateEdit(this);
    m_to->setObjectName(u"periodTo"_s);
    m_to->setAccessibleName(tr("Period end"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_periodLabel = new QLabel(this);
    m_periodLabel->setObjectName(u"periodLabel"_s);
    m_periodLabel->setTextFormat(Qt::PlainText);
    m_periodLabel->setForegroundRole(QPalette::PlaceholderText);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"busyIndicator"_s);
    m_busy->setAccessibleName(tr("Computing the dashboard"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedWidth(90);
    m_busy->setMaximumHeight(12);
    m_busy->hide();
    m_updatedLabel = new QLabel(this);
    m_updatedLabel->setObjectName(u"updatedLabel"_s);
    m_updatedLabel->setForegroundRole(QPalette::PlaceholderText);
    m_refreshButton = new QPushButton(tr("Refresh"), this);
    m_refreshButton->setObjectName(u"refreshButton"_s);
    m_refreshButton->setAccessibleName(tr("Recompute the dashboard"));
    m_csvButton = new QPushButton(tr("Export KPIs as CSV…"), this);
    m_csvButton->setObjectName(u"exportCsvButton"_s);
    m_csvButton->setAccessibleName(tr("Export the KPI figures as CSV"));
    m_csvButton->setEnabled(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Period:"), this));
    bar->addWidget(m_periodChoice);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addSpacing(8);
    bar->addWidget(m_periodLabel, 1);
    bar->addWidget(m_busy);
    bar->addWidget(m_updatedLabel);
    bar->addWidget(m_refreshButton);
    bar->addWidget(m_csvButton);

    m_notice = new QLabel(this);
    m_notice->setObjectName(u"emptyNotice"_s);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setBackgroundRole(QPalette::AlternateBase);
    m_notice->setAutoFillBackground(true);
    m_notice->setMargin(8);
    m_notice->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, KpiCard::badColor());
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_cards = new KpiCardGrid(content);
    contentLayout->addWidget(m_cards);
    buildCards();

    buildCharts();
    auto *chartsPage = new QWidget;
    auto *chartGrid = new QGridLayout(chartsPage);
    chartGrid->setContentsMargins(0, 4, 0, 0);
    chartGrid->setSpacing(8);
    // Twelve equal columns: the daily chart takes seven, the donut (with its legend) five; the
    // bottom row splits evenly.
    chartGrid->addWidget(m_revenueChart, 0, 0, 1, 7);
    chartGrid->addWidget(m_statusChart, 0, 7, 1, 5);
    chartGrid->addWidget(m_productsChart, 1, 0, 1, 4);
    chartGrid->addWidget(m_lowStockChart, 1, 4, 1, 4);
    chartGrid->addWidget(m_latencyChart, 1, 8, 1, 4);
    chartGrid->addWidget(m_returnReasonsChart, 2, 0, 1, 4);
    for (int column = 0; column < 12; ++column)
        chartGrid->setColumnStretch(column, 1);

    m_kpiModel = new KpiTableModel(this);
    m_kpiTable = new QTableView;
    m_kpiTable->setObjectName(u"kpiTable"_s);
    m_kpiTable->setAccessibleName(tr("KPI figures"));
    m_kpiTable->setModel(m_kpiModel);
    TableViewSetup::prepare(m_kpiTable, 8);
    m_kpiTable->horizontalHeader()->setSectionResizeMode(KpiTableModel::Figure, QHeaderView::Stretch);
    m_kpiTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_kpiTable->setAlternatingRowColors(true);
    QList<int> kpiColumns;
    for (int column = 0; column < KpiTableModel::ColumnCount; ++column) {
        if (column != KpiTableModel::Figure)
            kpiColumns << column;
    }
    new ColumnFitter(m_kpiTable, kpiColumns);
    // The table always has its rows once figures are in; empty, it is either still loading or failed.
    m_kpiEmpty = new EmptyStateOverlay(m_kpiTable);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"dashboardTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(chartsPage, tr("Charts"));
    m_tabs->addTab(m_kpiTable, tr("KPI table"));
    contentLayout->addWidget(m_tabs, 1);

    // Small windows scroll rather than squash the charts.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"dashboardScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    content->setMinimumSize(960, 560);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardView::startLoad);
    // Typing a date fires a change per keystroke; wait until it settles.
    m_customDelay = new QTimer(this);
    m_customDelay->setSingleShot(true);
    m_customDelay->setInterval(300);
    connect(m_customDelay, &QTimer::timeout, this, &DashboardView::onCustomDatesChanged);
    m_chartTurn = new QTimer(this);
    m_chartTurn->setSingleShot(true);
    m_chartTurn->setInterval(0);
    connect(m_chartTurn, &QTimer::timeout, this, &DashboardView::drawNextChart);

    connect(m_periodChoice, &QComboBox::currentIndexChanged, this, &DashboardView::onPeriodChoiceChanged);
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (periodChoice() == PeriodChoice::Custom)
            m_customDelay->start();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (periodChoice() == PeriodChoice::Custom)
            m_customDelay->start();
    });
    connect(m_refreshButton, &QPushButton::clicked, this, &DashboardView::startLoad);
    connect(m_csvButton, &QPushButton::clicked, this, &DashboardView::exportKpiCsv);
    for (ChartPanel *panel : chartPanels())
        connect(panel, &ChartPanel::exportRequested, this, [this, panel] { exportChart(panel); });

    m_periodChoice->setCurrentIndex(int(PeriodChoice::Last30Days));
    onPeriodChoiceChanged();
}

DashboardView::~DashboardView() = default;

void DashboardView::buildCards()
{
    auto clickable = [this](Kpi kpi, std::function<OrderFilter()> filter) {
        KpiCard *card = m_cards->card(kpi);
        card->setClickable(true);
        connect(card, &KpiCard::activated, this, [this, filter = std::move(filter)] {
            if (m_snapshot)
                Q_EMIT openOrders(filter());
        });
    };
    // Revenue and the average are over orders that were paid: the sold ones (cancelled ones were refunded).
    clickable(Kpi::Revenue, [this] { return placedInPeriod(OrderSets::filter(OrderSet::Sold)); });
    clickable(Kpi::AverageOrderValue, [this] { return placedInPeriod(OrderSets::filter(OrderSet::Sold)); });
    clickable(Kpi::OrdersPlaced, [this] { return placedInPeriod(); });
    clickable(Kpi::SuccessRate, [this] { return placedInPeriod(); });
    clickable(Kpi::PlacementMedian, [this] { return placedInPeriod(); });
    clickable(Kpi::PlacementP95, [this] { return placedInPeriod(); });
    clickable(Kpi::PaymentFailureRate, [this] {
        OrderFilter filter = placedInPeriod(withStatus(OrderStatus::Cancelled));
        filter.cancelReasons = {CancelReason::Declined};
        return filter;
    });
    clickable(Kpi::OrdersCancelled, [this] { return placedInPeriod(withStatus(OrderStatus::Cancelled)); });
    // Now, whenever placed: the set the count is of.
    clickable(Kpi::AwaitingShipment, [] { return OrderSets::filter(OrderSet::ToShip); });
    // Returns are not orders: the card opens the Returns page on the period's returns.
    KpiCard *returnCard = m_cards->card(Kpi::ReturnRate);
    returnCard->setClickable(true);
    connect(returnCard, &KpiCard::activated, this, [this] {
        if (m_snapshot)
            openReturnReason(*m_snapshot, std::nullopt);
    });
    // Emails are not orders: the card has nothing in the Orders view to open.
    m_cards->card(Kpi::EmailsSent)->setClickable(false);
}

void DashboardView::buildCharts()
{
    m_revenueChart = newPanel(u"revenueChart"_s, tr("Revenue and orders per day"), this);
    m_statusChart = newPanel(u"statusChart"_s, tr("Orders by status"), this);
    m_productsChart = newPanel(u"topProductsChart"_s, tr("Top products by units"), this);
    m_lowStockChart = newPanel(u"lowStockChart"_s, tr("Low stock against threshold"), this);
    m_latencyChart = newPanel(u"placementTimeChart"_s, tr("Placement time distribution"), this);
    m_returnReasonsChart = newPanel(u"returnReasonsChart"_s, tr("Top return reasons by units"), this);
}

QList<KpiCard *> DashboardView::cards() const
{
    return m_cards->cards();
}
QList<ChartPanel *> DashboardView::chartPanels() const
{
    return {m_revenueChart, m_statusChart, m_productsChart, m_lowStockChart, m_latencyChart, m_returnReasonsChart};
}

QDate DashboardView::today() const
{
    return m_clock.now().toUTC().date();
}

DashboardView::PeriodChoice DashboardView::periodChoice() const
{
    return PeriodChoice(m_periodChoice->currentData().toInt());
}

void DashboardView::choosePeriod(PeriodChoice choice)
{
    const int index = m_periodChoice->findData(int(choice));
    if (index == m_periodChoice->currentIndex())
        onPeriodChoiceChanged();
    else
        m_periodChoice->setCurrentIndex(index);
}

void DashboardView::setPeriod(const DashboardPeriod &period)
{
    const QSignalBlocker blockChoice(m_periodChoice);
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_periodChoice->setCurrentIndex(m_periodChoice->findData(int(PeriodChoice::Custom)));
    m_from->setEnabled(true);
    m_to->setEnabled(true);
    m_from->setDate(period.from);
    m_to->setDate(period.to);
    m_customDelay->stop();
    onCustomDatesChanged();
}

void DashboardView::onPeriodChoiceChanged()
{
    const PeriodChoice choice = periodChoice();
    const bool custom = choice == PeriodChoice::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (custom) {
        // Start from whatever was shown, so switching to Custom changes nothing until a date does.
        onCustomDatesChanged();
        return;
    }
    const qint64 days = choice == PeriodChoice::Today ? 1 : choice == PeriodChoice::Last7Days ? 7 : 30;
    const DashboardPeriod period = DashboardPeriod::lastDays(days, today());
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(period.from);
    m_to->setDate(period.to);
    applyPeriod(period);
}

void DashboardView::onCustomDatesChanged()
{
    const DashboardPeriod period{m_from->date(), m_to->date()};
    if (!period.isValid()) {
        showError(tr("The period must start on or before its last day (%1 is after %2).")
                          .arg(QLocale().toString(period.from, QLocale::ShortFormat),
                                  QLocale().toString(period.to, QLocale::ShortFormat)));
        return;
    }
    applyPeriod(period);
}

void DashboardView::applyPeriod(const DashboardPeriod &period)
{
    if (period == m_period && (m_snapshot || m_loading))
        return;
    m_period = period;
    const QLocale locale;
    const DashboardPeriod before = period.previous();
    m_periodLabel->setText(tr("%1 – %2 (UTC days), compared with %3 – %4")
                                   .arg(locale.toString(period.from, QLocale::ShortFormat),
                                           locale.toString(period.to, QLocale::ShortFormat),
                                           locale.toString(before.from, QLocale::ShortFormat),
                                           locale.toString(before.to, QLocale::ShortFormat)));
    startLoad();
}

void DashboardView::refresh()
{
    if (!isVisible()) {
        // Changes keep coming while people work on other pages; one computation when they come back.
        m_refreshWhenShown = true;
        return;
    }
    if (m_loading) {
        // The running computation may have read the database before the change: run once more after it.
        m_refreshAfterLoad = true;
        return;
    }
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_refreshWhenShown, false))
        refresh();
}

bool DashboardView::hasPendingWork() const
{
    return m_loading || m_refreshTimer->isActive() || m_customDelay->isActive() || !m_chartStepsLeft.isEmpty();
}

void DashboardView::startLoad()
{
    if (!m_period.isValid())
        return;
    m_refreshTimer->stop();
    m_refreshAfterLoad = false;
    const quint64 generation = ++m_generation;
    const DashboardPeriod period = m_period;
    m_loading = true;
    ++m_requestsStarted;
    setBusy(true);
    m_worker.run([period](Session &session) { return session.dashboard().snapshot(period); }, this,
            [this, generation, period](const Result<DashboardSnapshot> &result) {
                // A newer request (another period, or a refresh) is on its way: this answer is stale.
                if (generation != m_generation || period != m_period)
                    return;
                m_loading = false;
                setBusy(false);
                if (result) {
                    m_kpiEmpty->clearState();
                    showSnapshot(*result);
                } else {
                    showError(tr("The dashboard could not be computed: %1").arg(result.error().message));
                    m_kpiEmpty->setState(tr("The figures could not be computed."), result.error().message,
                            {{tr("Try again"), [this] { startLoad(); }, u"retryLoad"_s}});
                    Q_EMIT loadFailed(result.error().message);
                }
                if (std::exchange(m_refreshAfterLoad, false))
                    refresh();
            });
}

void DashboardView::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_refreshButton->setEnabled(!busy);
}

void DashboardView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void DashboardView::showSnapshot(const DashboardSnapshot &snapshot)
{
    m_snapshot = snapshot;
    showError({});
    const QLocale locale;
    if (DashboardCharts::hasOrders(snapshot)) {
        m_notice->hide();
    } else {
        m_notice->setText(
                tr("No orders were placed from %1 to %2. The figures are zero and the charts stay empty until "
                   "orders come in; choose a longer period to see earlier orders.")
                        .arg(locale.toString(snapshot.period.from, QLocale::LongFormat),
                                locale.toString(snapshot.period.to, QLocale::LongFormat)));
        m_notice->show();
    }
    m_cards->showSnapshot(snapshot);
    m_kpiModel->setSnapshot(snapshot);
    m_kpiTable->resizeColumnsToContents();
    m_kpiTable->horizontalHeader()->setSectionResizeMode(KpiTableModel::Figure, QHeaderView::Stretch);
    m_csvButton->setEnabled(true);
    m_updatedLabel->setText(
            tr("Updated %1").arg(locale.toString(snapshot.computedAt.toLocalTime().time(), QLocale::ShortFormat)));
    drawChartsInTurns(snapshot);
}

void DashboardView::drawChartsInTurns(const DashboardSnapshot &snapshot)
{
    // A newer snapshot replaces the charts still to be drawn of an older one.
    m_chartStepsLeft = chartSteps(snapshot);
    m_chartTurn->start(); // the cards and figures are painted first
}

void DashboardView::drawNextChart()
{
    if (m_chartStepsLeft.isEmpty())
        return;
    const std::function<void()> step = m_chartStepsLeft.takeFirst();
    step();
    if (m_chartStepsLeft.isEmpty())
        Q_EMIT snapshotShown();
    else
        m_chartTurn->start();
}

QList<std::function<void()>> DashboardView::chartSteps(const DashboardSnapshot &drawn)
{
    // Shared by the steps: a year's snapshot is not copied six times.
    const auto snapshot = std::make_shared<const DashboardSnapshot>(drawn);
    const QString noOrders = tr("No orders were placed in this period.");
    return {
            [this, snapshot, noOrders] {
                if (DashboardCharts::hasOrders(*snapshot)) {
                    m_revenueChart->setChart(DashboardCharts::revenueAndOrders(
                            *snapshot, palette(), [this, snapshot](int day) { openDay(*snapshot, day); }));
                } else {
                    m_revenueChart->showEmpty(noOrders);
                }
            },
            [this, snapshot, noOrders] {
                if (DashboardCharts::hasOrders(*snapshot)) {
                    m_statusChart->setChart(DashboardCharts::ordersByStatus(*snapshot, palette(),
                            [this, snapshot](OrderStatus status) { openStatus(*snapshot, status); }));
                } else {
                    m_statusChart->showEmpty(noOrders);
                }
            },
            [this, snapshot] {
                if (snapshot->topProducts.isEmpty()) {
                    m_productsChart->showEmpty(tr("No products were sold in this period."));
                } else {
                    m_productsChart->setChart(DashboardCharts::topProducts(*snapshot, palette(),
                            [this, snapshot](int product) { openTopProduct(*snapshot, product); }));
                }
            },
            [this, snapshot] {
                if (snapshot->lowStock.isEmpty()) {
                    m_lowStockChart->setTitle(tr("Low stock against threshold"));
                    m_lowStockChart->showEmpty(tr("No product is at or below its low-stock threshold."));
                    return;
                }
                const auto shown = std::min<qsizetype>(snapshot->lowStock.size(), DashboardCharts::kLowStockShown);
                m_lowStockChart->setTitle(shown < snapshot->lowStock.size()
                                ? tr("Low stock against threshold (lowest %1 of %2)")
                                          .arg(shown)
                                          .arg(snapshot->lowStock.size())
                                : tr("Low stock against threshold"));
                m_lowStockChart->setChart(DashboardCharts::lowStock(*snapshot, palette(),
                        [this, snapshot](int product) { openLowStockProduct(*snapshot, product); }));
            },
            [this, snapshot] {
                if (snapshot->topReturnReasons.isEmpty()) {
                    m_returnReasonsChart->showEmpty(tr("No returns were opened in this period."));
                } else {
                    m_returnReasonsChart->setChart(DashboardCharts::returnReasons(*snapshot, palette(),
                            [this, snapshot](ReturnReason reason) { openReturnReason(*snapshot, reason); }));
                }
            },
            [this, snapshot] {
                if (DashboardCharts::hasPlacementTimes(*snapshot))
                    m_latencyChart->setChart(DashboardCharts::placementTimes(*snapshot, palette()));
                else
                    m_latencyChart->showEmpty(tr("No order placements were timed in this period."));
            },
    };
}

void DashboardView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Light/dark switch: charts take their colours from the palette when built, so build them again.
    if (event->type() == QEvent::PaletteChange && m_snapshot) {
        // At once (a theme switch repaints everything anyway); charts still to be drawn are drawn now.
        const bool announce = !m_chartStepsLeft.isEmpty();
        m_chartStepsLeft.clear();
        m_chartTurn->stop();
        for (const std::function<void()> &step : chartSteps(*m_snapshot))
            step();
        if (announce)
            Q_EMIT snapshotShown();
    }
}

OrderFilter DashboardView::placedInPeriod(OrderFilter filter) const
{
    return placedIn(m_snapshot ? m_snapshot->period : m_period, std::move(filter));
}

OrderFilter DashboardView::placedIn(const DashboardPeriod &period, OrderFilter filter)
{
    filter.from = period.start();
    filter.until = period.end();
    return filter;
}

void DashboardView::openDay(const DashboardSnapshot &drawn, int dayIndex)
{
    if (dayIndex < 0 || dayIndex >= drawn.days.size())
        return;
    const QDate day = drawn.days.at(dayIndex).day;
    OrderFilter filter;
    filter.from = day.startOfDay(Qt::UTC);
    filter.until = day.addDays(1).startOfDay(Qt::UTC);
    Q_EMIT openOrders(filter);
}

void DashboardView::openStatus(const DashboardSnapshot &drawn, OrderStatus status)
{
    Q_EMIT openOrders(placedIn(drawn.period, withStatus(status)));
}

void DashboardView::openTopProduct(const DashboardSnapshot &drawn, int index)
{
    if (index < 0 || index >= drawn.topProducts.size())
        return;
    // The units counted: orders of the period holding this SKU and not cancelled.
    OrderFilter filter = placedIn(drawn.period, OrderSets::filter(OrderSet::NotCancelled));
    filter.search = drawn.topProducts.at(index).sku;
    Q_EMIT openOrders(filter);
}

void DashboardView::openReturnReason(const DashboardSnapshot &drawn, std::optional<ReturnReason> reason)
{
    Q_EMIT openReturns(drawn.period.from, drawn.period.to, reason);
}

void DashboardView::openLowStockProduct(const DashboardSnapshot &drawn, int index)
{
    if (index < 0 || index >= drawn.lowStock.size())
        return;
    // What holds the product's stock: open orders with a reservation on it, whenever placed.
    OrderFilter filter = OrderSets::filter(OrderSet::HoldsStock);
    filter.search = drawn.lowStock.at(index).sku;
    Q_EMIT openOrders(filter);
}

QString DashboardView::exportPath(const QString &title, const QString &fileName, const QString &filter)
{
    m_exportFromDialog = !m_nextExportPath.has_value();
    if (m_nextExportPath)
        return *std::exchange(m_nextExportPath, std::nullopt);
    QSettings settings;
    const QString directory = settings.value(u"dashboard/exportDirectory"_s,
                                              QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .toString();
    const QString path = QFileDialog::getSaveFileName(this, title, QDir(directory).filePath(fileName), filter);
    if (!path.isEmpty())
        settings.setValue(u"dashboard/exportDirectory"_s, QFileInfo(path).absolutePath());
    return path;
}

void DashboardView::reportExport(const QString &path, bool ok, const QString &what)
{
    if (ok) {
        Q_EMIT exported(path);
        return;
    }
    const QString message = tr("Could not save %1 to %2.").arg(what, QDir::toNativeSeparators(path));
    Q_EMIT exportFailed(message);
    if (m_exportFromDialog)
        QMessageBox::warning(this, tr("Export"), message);
}

bool DashboardView::exportChart(ChartPanel *panel)
{
    if (!panel || panel->isEmpty() || !m_snapshot)
        return false;
    const QString fileName = u"shipshape-%1-%2-%3.png"_s.arg(panel->objectName(),
            m_snapshot->period.from.toString(Qt::ISODate), m_snapshot->period.to.toString(Qt::ISODate));
    const QString path = exportPath(tr("Save chart as PNG"), fileName, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return false;
    const bool ok = panel->renderChart().save(path, "PNG");
    reportExport(path, ok, tr("the chart"));
    return ok;
}

bool DashboardView::exportKpiCsv()
{
    if (!m_snapshot)
        return false;
    const QString fileName = u"shipshape-kpis-%1-%2.csv"_s.arg(
            m_snapshot->period.from.toString(Qt::ISODate), m_snapshot->period.to.toString(Qt::ISODate));
    const QString path = exportPath(tr("Export KPIs as CSV"), fileName, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(m_kpiModel->toCsv()) >= 0 && file.commit();
    reportExport(path, ok, tr("the KPI figures"));
    return ok;
}

} // namespace shipshape
