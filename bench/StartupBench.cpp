// Area 5: start-up to a painted order list, in process: from the top of main() (before QApplication)
// to a rendered window (QWidget::grab paints it, fetching the rows the view shows). The alternative is
// the window a stock-Qt program would open: a QTableView on a QSqlTableModel of the orders table.
// scripts/bench also times the real `shipshape --screenshot` process from outside.

#include "Cases.h"
#include "Harness.h"

#include "session/Session.h"
#include "windows/MainWindow.h"

#include <QApplication>
#include <QHeaderView>
#include <QPixmap>
#include <QSqlError>
#include <QSqlTableModel>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::bench {

// Started at the top of main().
extern Stopwatch g_processClock;

namespace {

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

void emitStartup(const QString &benchCase, QWidget &window, double openMs)
{
    QApplication::processEvents();
    const QPixmap painted = window.grab();
    const double paintedMs = g_processClock.elapsedMs();
    if (painted.isNull())
        die(u"nothing was painted"_s);
    emitMetric(benchCase, u"open_ms"_s, openMs, u"ms"_s);
    emitMetric(benchCase, u"painted_ms"_s, paintedMs, u"ms"_s);
    emitMetric(benchCase, u"rss_mib"_s, residentMiB(), u"MiB"_s);
}

} // namespace

int startupShipshape(const CaseOptions &options)
{
    auto session = openSession(options.database);
    const double openMs = g_processClock.elapsedMs();
    MainWindow window(*session);
    window.resize(1200, 800);
    window.show();
    emitStartup(u"startup-shipshape"_s, window, openMs);
    return 0;
}

int startupQSqlTableModel(const CaseOptions &options)
{
    auto session = openSession(options.database);
    const double openMs = g_processClock.elapsedMs();
    QSqlTableModel model(nullptr, session->database().connection());
    model.setTable(u"orders"_s);
    model.setSort(model.fieldIndex(u"number"_s), Qt::DescendingOrder);
    if (!model.select())
        die(model.lastError().text());
    QTableView view;
    view.setModel(&model);
    view.resize(1200, 800);
    view.show();
    emitStartup(u"startup-qsqltablemodel"_s, view, openMs);
    return 0;
}

} // namespace shipshape::bench
