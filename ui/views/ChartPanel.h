#pragma once

#include <QFrame>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace shipshape {

// A titled dashboard chart with its "Save as PNG" button, or an explanation when there is nothing to
// draw (an empty chart with bare axes would look like a broken one).
class ChartPanel : public QFrame {
    Q_OBJECT

public:
    explicit ChartPanel(const QString &title, QWidget *parent = nullptr);
    ~ChartPanel() override;

    // Shows `chart` (the panel owns it from now on and deletes the one it replaces).
    void setChart(QChart *chart);
    void showEmpty(const QString &explanation);
    void setTitle(const QString &title);

    [[nodiscard]] QString title() const;
    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] QString emptyText() const;
    [[nodiscard]] QChartView *chartView() const { return m_view; }
    [[nodiscard]] QChart *chart() const { return m_chart; }
    [[nodiscard]] QToolButton *exportButton() const { return m_export; }
    // The chart as it is drawn now, for export.
    [[nodiscard]] QPixmap renderChart() const;

Q_SIGNALS:
    void exportRequested();

private:
    QLabel *m_title = nullptr;
    QToolButton *m_export = nullptr;
    QStackedWidget *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace shipshape
