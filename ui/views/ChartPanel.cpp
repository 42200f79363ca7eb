#include "views/ChartPanel.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

ChartPanel::ChartPanel(const QString &title, QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    m_title = new QLabel(title, this);
    m_title->setObjectName(u"chartTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true); // a long title (German, 200 %) takes a second line rather than being cut
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_export = new QToolButton(this);
    m_export->setObjectName(u"exportButton"_s);
    m_export->setText(tr("Save PNG…"));
    m_export->setAutoRaise(true);
    m_export->setEnabled(false);
    connect(m_export, &QToolButton::clicked, this, &ChartPanel::exportRequested);

    m_view = new QChartView(this);
    m_view->setObjectName(u"chartView"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setBackgroundRole(QPalette::Base);
    m_view->setMinimumHeight(150);
    // The view starts with a chart of its own; track it so the first setChart() deletes it.
    m_chart = m_view->chart();
    m_empty = new QLabel(this);
    m_empty->setObjectName(u"emptyState"_s);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(16);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    // Charts take the room the dashboard has, not the room they would like: a chart's preferred height
    // would otherwise push the dashboard into scrolling at 1280×800.
    m_stack->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_stack->setMinimumHeight(150);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    setTitle(title);
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::setTitle(const QString &title)
{
    m_title->setText(title);
    setAccessibleName(title);
    m_view->setAccessibleName(tr("Chart: %1").arg(title));
    m_export->setAccessibleName(tr("Save the chart “%1” as a PNG image").arg(title));
    m_export->setToolTip(m_export->accessibleName());
}

QString ChartPanel::title() const
{
    return m_title->text();
}

void ChartPanel::setChart(QChart *chart)
{
    QChart *old = m_chart;
    m_chart = chart;
    m_view->setChart(chart);
    // QChartView releases the chart it replaces without deleting it.
    delete old;
    m_stack->setCurrentWidget(m_view);
    m_export->setEnabled(true);
}

void ChartPanel::showEmpty(const QString &explanation)
{
    m_empty->setText(explanation);
    m_empty->setAccessibleName(explanation);
    m_stack->setCurrentWidget(m_empty);
    m_export->setEnabled(false);
}

bool ChartPanel::isEmpty() const
{
    return m_stack->currentWidget() == m_empty;
}

QString ChartPanel::emptyText() const
{
    return isEmpty() ? m_empty->text() : QString();
}

QPixmap ChartPanel::renderChart() const
{
    return m_view->grab();
}

} // namespace shipshape
