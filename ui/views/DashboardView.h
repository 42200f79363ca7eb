#pragma once

#include "dashboard/DashboardSnapshot.h"
#include "orders/OrderQuery.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace shipshape {

class ChartPanel;
class Clock;
class EmptyStateOverlay;
class KpiCard;
class KpiCardGrid;
class KpiTableModel;
class SessionWorker;

// The shop manager's dashboard: KPI cards for a period with the change against the previous one,
// charts, and a KPI table. Figures come from DashboardService on the SessionWorker; the GUI thread
// only draws them. Cards and chart elements open the orders they count through openOrders().
class DashboardView : public QWidget {
    Q_OBJECT

public:
    enum class PeriodChoice {
        Today,
        Last7Days,
        Last30Days,
        Custom
    };
    // How long refresh() waits for more changes before recomputing, so a burst costs one query.
    static constexpr int kRefreshDelayMs = 400;

    // `clock` decides what "today" is (UTC days, as the daily figures); it must outlive the view.
    DashboardView(SessionWorker &worker, const Clock &clock, QWidget *parent = nullptr);
    ~DashboardView() override;

    // Recomputes the current period soon; calls in quick succession (order or stock changes) are
    // coalesced into one computation, and one running computation is never duplicated. While the view
    // is hidden (another page of the main window) nothing runs; it recomputes once when shown.
    void refresh();
    void choosePeriod(PeriodChoice choice);
    // A custom period (both days included); invalid periods are refused with a message.
    void setPeriod(const DashboardPeriod &period);
    [[nodiscard]] DashboardPeriod period() const { return m_period; }
    [[nodiscard]] PeriodChoice periodChoice() const;

    [[nodiscard]] const std::optional<DashboardSnapshot> &snapshot() const { return m_snapshot; }
    [[nodiscard]] bool isLoading() const { return m_loading; }
    // A computation running or a refresh waiting to start.
    [[nodiscard]] bool hasPendingWork() const;
    [[nodiscard]] int requestsStarted() const { return m_requestsStarted; }
    [[nodiscard]] KpiTableModel *kpiModel() const { return m_kpiModel; }
    [[nodiscard]] QTableView *kpiTable() const { return m_kpiTable; }
    [[nodiscard]] EmptyStateOverlay *kpiEmptyState() const { return m_kpiEmpty; }
    [[nodiscard]] QList<ChartPanel *> chartPanels() const;
    [[nodiscard]] QList<KpiCard *> cards() const;

    // Export; the path comes from a file dialog unless a test set the next one.
    bool exportChart(ChartPanel *panel);
    bool exportKpiCsv();
    void setNextExportPath(std::optional<QString> path) { m_nextExportPath = std::move(path); }

Q_SIGNALS:
    // The orders a card or chart element counts (the main window shows them in the Orders view).
    void openOrders(const OrderFilter &filter);
    // The return rate card and the return reasons chart: the returns opened from `from` to `to` (UTC days),
    // with a line given `reason` when a bar was clicked.
    void openReturns(QDate from, QDate to, std::optional<ReturnReason> reason);
    // A snapshot was drawn (after every successful computation of the current period).
    void snapshotShown();
    void loadFailed(const QString &message);
    void exported(const QString &path);
    void exportFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // What a click on a card opens.
    void buildCards();
    void buildCharts();
    void onPeriodChoiceChanged();
    void onCustomDatesChanged();
    void applyPeriod(const DashboardPeriod &period);
    void startLoad();
    void showSnapshot(const DashboardSnapshot &snapshot);
    // Each chart's drawing of `snapshot`, in the order they are drawn.
    [[nodiscard]] QList<std::function<void()>> chartSteps(const DashboardSnapshot &snapshot);
    // Draws the charts of a new snapshot one per turn of the event loop, then says snapshotShown():
    // the window takes input and paints between them (building and painting all six at once froze it
    // for 40-70 ms at every change of period).
    void drawChartsInTurns(const DashboardSnapshot &snapshot);
    void drawNextChart();
    void setBusy(bool busy);
    void showError(const QString &message);
    QString exportPath(const QString &title, const QString &fileName, const QString &filter);
    void reportExport(const QString &path, bool ok, const QString &what);
    [[nodiscard]] QDate today() const;

    // What a card or chart element counts, as an order filter.
    // `filter` narrowed to the orders placed in the period shown.
    [[nodiscard]] OrderFilter placedInPeriod(OrderFilter filter = {}) const;
    // A chart element's click, read from the snapshot its chart was drawn from (while a new snapshot's
    // charts are drawn in turns, the old charts are still on screen and clickable).
    [[nodiscard]] static OrderFilter placedIn(const DashboardPeriod &period, OrderFilter filter = {});
    void openDay(const DashboardSnapshot &drawn, int dayIndex);
    void openStatus(const DashboardSnapshot &drawn, OrderStatus status);
    void openTopProduct(const DashboardSnapshot &drawn, int index);
    void openLowStockProduct(const DashboardSnapshot &drawn, int index);
    void openReturnReason(const DashboardSnapshot &drawn, std::optional<ReturnReason> reason);

    SessionWorker &m_worker;
    const Clock &m_clock;
    DashboardPeriod m_period;
    std::optional<DashboardSnapshot> m_snapshot;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_refreshAfterLoad = false;
    bool m_refreshWhenShown = false;
    int m_requestsStarted = 0;
    std::optional<QString> m_nextExportPath;
    bool m_exportFromDialog = false;

    QComboBox *m_periodChoice = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_periodLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_updatedLabel = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_csvButton = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_error = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_customDelay = nullptr;
    QTimer *m_chartTurn = nullptr;
    QList<std::function<void()>> m_chartStepsLeft;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_kpiTable = nullptr;
    KpiTableModel *m_kpiModel = nullptr;
    EmptyStateOverlay *m_kpiEmpty = nullptr;

    KpiCardGrid *m_cards = nullptr;

    ChartPanel *m_revenueChart = nullptr;
    ChartPanel *m_statusChart = nullptr;
    ChartPanel *m_productsChart = nullptr;
    ChartPanel *m_lowStockChart = nullptr;
    ChartPanel *m_latencyChart = nullptr;
    ChartPanel *m_returnReasonsChart = nullptr;
};

} // namespace shipshape
