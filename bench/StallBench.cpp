// Area 7: frozen frames. The real main window on the benchmark database, driven as a user would: the order
// list scrolled top to bottom with its scroll bar, searches typed letter by letter, the dashboard's
// periods switched. A 1 ms timer on the GUI thread measures how late each of its ticks comes: a tick that
// is late by more than a frame (16 ms) means the thread was busy (a query, a layout, a paint) and the
// window did not answer. Every action runs from the event loop, so its own time is counted as well.

#include "Cases.h"
#include "Harness.h"

#include "models/OrderTableModel.h"
#include "session/Session.h"
#include "views/DashboardView.h"
#include "views/OrdersView.h"
#include "windows/MainWindow.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMap>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::bench {
namespace {

// How late the GUI thread's 1 ms ticks come, per phase of the script.
class StallMeter : public QObject {
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
        m_clock.start();
    }

    void startPhase(const QString &phase)
    {
        m_phase = phase;
        m_last = m_clock.nsecsElapsed();
        m_timer.start();
    }

    void stop() { m_timer.stop(); }
    // What the script does now: the longest stalls are reported with it (on stderr).
    void setAction(const QString &action) { m_action = action; }
    void printWorst(int count) const
    {
        QList<std::pair<double, QString>> worst;
        for (auto it = m_worst.cbegin(); it != m_worst.cend(); ++it)
            worst.append({it.value(), it.key()});
        std::sort(worst.begin(), worst.end(), std::greater<>());
        for (const auto &[stall, action] : worst.mid(0, count))
            std::fprintf(stderr, "gui-stall: %.1f ms while %s\n", stall, qPrintable(action));
    }

    // Milliseconds the thread could not answer: each gap between ticks beyond the 1 ms interval.
    [[nodiscard]] QList<double> stalls(const QString &phase) const { return m_stalls.value(phase); }
    [[nodiscard]] QStringList phases() const { return m_stalls.keys(); }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const double stall = std::max(0.0, double(now - m_last) / 1e6 - 1.0);
        m_stalls[m_phase].append(stall);
        m_last = now;
        const QString where = m_phase + u": "_s + m_action;
        m_worst[where] = std::max(m_worst.value(where), stall);
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QString m_phase;
    QString m_action;
    QMap<QString, QList<double>> m_stalls;
    QMap<QString, double> m_worst; // per phase and action
};

// Runs the event loop for `ms` milliseconds (the meter keeps ticking).
void pump(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs the event loop until `done` or `timeoutMs`; dies when it never happens.
template <typename Done>
void pumpUntil(const Done &done, int timeoutMs, const QString &what)
{
    QElapsedTimer waited;
    waited.start();
    while (!done()) {
        if (waited.elapsed() > timeoutMs)
            die(u"gui-stall: %1 did not happen within %2 ms"_s.arg(what).arg(timeoutMs));
        pump(5);
    }
}

void typeKey(QWidget *widget, int key, const QString &text = {})
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QApplication::sendEvent(widget, &release);
}

// Types `text` at about 12 letters a second, waits for the list, then erases it the same way.
void typeSearch(StallMeter &meter, QLineEdit *field, const QString &text)
{
    field->setFocus();
    for (const QChar letter : text) {
        meter.setAction(u"typing \"%1\""_s.arg(letter));
        typeKey(field, letter.isLetter() ? Qt::Key_A + (letter.toUpper().unicode() - u'A') : Qt::Key_unknown,
                QString(letter));
        pump(80);
    }
    meter.setAction(u"waiting for \"%1\""_s.arg(text));
    pump(800);
    meter.setAction(u"erasing \"%1\""_s.arg(text));
    for (qsizetype i = 0; i < text.size(); ++i) {
        typeKey(field, Qt::Key_Backspace);
        pump(40);
    }
    pump(800);
}

void emitPhase(const StallMeter &meter, const QString &phase)
{
    const QList<double> stalls = meter.stalls(phase);
    double longest = 0;
    int frames = 0;
    for (const double stall : stalls) {
        longest = std::max(longest, stall);
        if (stall > 16.0)
            ++frames;
    }
    emitMetric(u"gui-stall"_s, phase + u"_longest_ms"_s, longest, u"ms"_s);
    emitMetric(u"gui-stall"_s, phase + u"_p99_ms"_s, percentile(stalls, 99.0), u"ms"_s);
    emitMetric(u"gui-stall"_s, phase + u"_over_16ms"_s, frames, u"ticks"_s);
}

} // namespace

int guiStall(const CaseOptions &options)
{
    auto url = DatabaseUrl::parse(u"sqlite:"_s + options.database);
    if (!url)
        die(url.error().message);
    auto session = Session::open(*url);
    if (!session)
        die(session.error().message);
    MainWindow window(**session);
    window.resize(1200, 800);
    window.show();
    window.showPage(MainWindow::Page::Orders);
    OrdersView *orders = window.ordersView();
    QTableView *table = orders->orderView();
    pumpUntil([&] { return orders->orderModel()->rowCount() > 0; }, 30000, u"the first page of orders"_s);
    pump(500);

    StallMeter meter;
    // The scroll bar dragged from the first row to the last in 200 moves, 25 ms apart (5 s).
    meter.startPhase(u"scroll"_s);
    QScrollBar *bar = table->verticalScrollBar();
    const int steps = 200;
    for (int step = 1; step <= steps; ++step) {
        meter.setAction(u"moving the bar to %1 %"_s.arg(step * 100 / steps));
        bar->setValue(int(qint64(bar->maximum()) * step / steps));
        pump(25);
    }
    meter.setAction(u"waiting at the last row"_s);
    pump(1000);

    meter.startPhase(u"search"_s);
    QLineEdit *search = orders->searchField();
    for (const QString &text : {u"olivia"_s, u"smith"_s, u"sku-1"_s, u"zzzz"_s})
        typeSearch(meter, search, text);

    meter.startPhase(u"dashboard"_s);
    meter.setAction(u"opening the page"_s);
    window.showPage(MainWindow::Page::Dashboard);
    auto *dashboard = qobject_cast<DashboardView *>(window.page(MainWindow::Page::Dashboard));
    if (!dashboard)
        die(u"gui-stall: this build has no dashboard"_s);
    const auto settle = [&] {
        pumpUntil([&] { return !dashboard->hasPendingWork(); }, 30000, u"the dashboard's figures"_s);
        pump(300);
    };
    settle();
    for (int round = 0; round < 2; ++round) {
        for (const auto choice : {DashboardView::PeriodChoice::Today, DashboardView::PeriodChoice::Last7Days,
                     DashboardView::PeriodChoice::Last30Days}) {
            meter.setAction(u"choosing period %1"_s.arg(int(choice)));
            dashboard->choosePeriod(choice);
            settle();
        }
        for (const int days : {90, 365}) {
            meter.setAction(u"choosing the last %1 days"_s.arg(days));
            dashboard->setPeriod(DashboardPeriod::lastDays(days, QDate::currentDate()));
            settle();
        }
    }
    meter.stop();
    meter.printWorst(8);

    for (const QString &phase : meter.phases())
        emitPhase(meter, phase);
    emitMetric(u"gui-stall"_s, u"rss_mib"_s, residentMiB(), u"MiB"_s);
    return 0;
}

} // namespace shipshape::bench
