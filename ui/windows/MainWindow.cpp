#include "windows/MainWindow.h"

#include "background/SessionWorker.h"
#include "models/OrderTableModel.h"
#include "session/Session.h"
#include "staff/StaffDirectory.h"
#include "sync/ChangeFeed.h"
#include "sync/ConnectionMonitor.h"
#include "views/OrdersView.h"

#include <QCloseEvent>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

MainWindow::MainWindow(Session &session, QWidget *parent) : QMainWindow(parent), m_session(session)
{
    setWindowTitle(tr("Shipshape — Orders"));
    setObjectName(u"mainWindow"_s);

    m_worker = new SessionWorker(session.database().url(), this);
    m_ordersView = new OrdersView(session, *m_worker, this);
    setCentralWidget(m_ordersView);
    if (auto permissions = session.staff().currentPermissions())
        m_ordersView->setPermissions(*permissions);
    else
        statusBar()->showMessage(permissions.error().message, 10000);

    // The views listen to the feed; start it once they are connected.
    session.changeFeed().start();
    connect(&session.connectionMonitor(), &ConnectionMonitor::connectionChanged, this, [this](bool connected) {
        m_databaseLabel->setText(connected
                        ? m_session.database().url().displayName()
                        : tr("%1 — offline, reconnecting…").arg(m_session.database().url().displayName()));
    });

    m_databaseLabel = new QLabel(session.database().url().displayName(), this);
    m_countLabel = new QLabel(this);
    m_backgroundLabel = new QLabel(this);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_backgroundLabel);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_ordersView, &OrdersView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_ordersView, &OrdersView::orderCountChanged, this, &MainWindow::updateOrderCount);

    resize(1280, 800);
    restoreLayout();
    updateOrderCount(m_ordersView->orderModel()->rowCount());
}

MainWindow::~MainWindow() = default;

void MainWindow::updateOrderCount(int count)
{
    m_countLabel->setText(tr("%n order(s)", nullptr, count));
}

void MainWindow::openOrder(qint64 number)
{
    m_ordersView->openOrder(number);
}

void MainWindow::setBackgroundStatus(const QString &text)
{
    m_backgroundLabel->setText(text);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray());
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    m_ordersView->saveLayout();
    event->accept();
}

} // namespace shipshape
