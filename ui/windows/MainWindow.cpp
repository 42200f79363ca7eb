#include "windows/MainWindow.h"

#include "background/ChangeHub.h"
#include "background/SessionWorker.h"
#include "models/OrderTableModel.h"
#include "secrets/SecretStore.h"
#include "session/Session.h"
#include "staff/StaffDirectory.h"
#include "sync/ChangeFeed.h"
#include "sync/ConnectionMonitor.h"
#include "views/CountsView.h"
#include "views/CustomersView.h"
#include "views/DashboardView.h"
#include "views/InventoryView.h"
#include "views/OrderEditor.h"
#include "views/OrdersView.h"
#include "views/OutboxView.h"
#include "views/PackView.h"
#include "views/ReturnsView.h"
#include "views/SettingsView.h"
#include "views/TaxRatesPanel.h"
#include "views/WebhooksPanel.h"
#include "windows/DiagnosticsDialog.h"
#include "windows/OfflineDraftsPresenter.h"
#include "windows/OfflinePresenter.h"
#include "windows/OrderImportDialog.h"
#include "windows/ProductImportDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

MainWindow::MainWindow(Session &session, QWidget *parent) : QMainWindow(parent), m_session(session)
{
    setObjectName(u"mainWindow"_s);

    // The status bar first: pages report into it while they are being built.
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(u"databaseLabel"_s);
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(u"busyLabel"_s);
    m_countLabel = new QLabel(this);
    m_backgroundLabel = new QLabel(this);
    m_backgroundLabel->setObjectName(u"backgroundLabel"_s);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_backgroundLabel);
    statusBar()->addPermanentWidget(m_countLabel);

    // Every change reaches the pages through one hub on this thread: this session's own events, each
    // worker's session's, the background jobs' (main adds them) and the change feed's.
    m_changes = new ChangeHub(this);
    m_changes->listenTo(session.events());
    m_changes->listenTo(session.changeFeed());
    m_orderWorker = new SessionWorker(session.database().url(), session.options(), this);
    m_pageWorker = new SessionWorker(session.database().url(), session.options(), this);
    m_reportWorker = new SessionWorker(session.database().url(), session.options(), this);
    m_editorWorker = new SessionWorker(session.database().url(), session.options(), this);
    for (SessionWorker *worker : {m_orderWorker, m_pageWorker, m_reportWorker, m_editorWorker}) {
        connect(worker, &SessionWorker::busyChanged, this, &MainWindow::updateBusy);
        m_changes->listenTo(*worker);
    }

    m_navigation = new QToolBar(tr("Navigation"), this);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setMovable(false);
    m_navigation->setFloatable(false);
    m_navigation->setToolButtonStyle(Qt::ToolButtonTextOnly);
    addToolBar(Qt::LeftToolBarArea, m_navigation);
    m_pageGroup = new QActionGroup(this);
    m_pageGroup->setExclusive(true);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pages"_s);
    setCentralWidget(m_pages);

    const auto permissions = session.staff().currentPermissions();
    if (permissions)
        m_permissions = *permissions;
    m_loginPermissions = m_permissions;

    // Ctrl+N from any page: the order editor opens in its own window beside the list.
    m_newOrderAction = m_navigation->addAction(tr("New order…"));
    m_newOrderAction->setObjectName(u"newOrder"_s);
    m_newOrderAction->setShortcut(QKeySequence::New);
    m_newOrderAction->setToolTip(
            tr("Take a new order (%1)").arg(m_newOrderAction->shortcut().toString(QKeySequence::NativeText)));
    m_newOrderAction->setEnabled(m_permissions.placeOrders);
    connect(m_newOrderAction, &QAction::triggered, this, &MainWindow::newOrder);
    m_navigation->addSeparator();

    // The order list is what people open the app for: build it now, every other page when first shown.
    m_ordersView = new OrdersView(session, *m_orderWorker, *m_changes, m_pages);
    // The rows painted while scrolling are read on the page worker's connection: the window never waits.
    m_ordersView->orderModel()->setPageWorker(m_pageWorker);
    if (permissions)
        m_ordersView->setPermissions(*permissions);
    connect(m_ordersView, &OrdersView::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_ordersView, &OrdersView::newOrderRequested, this, &MainWindow::newOrder);
    // "1,234 orders", or "10,000+ orders" when a broad search was counted only that far.
    connect(m_ordersView, &OrdersView::orderCountTextChanged, m_countLabel, &QLabel::setText);
    addPage(Page::Orders, u"orders"_s, tr("Orders"), [this] { return m_ordersView; });

    addPage(Page::Dashboard, u"dashboard"_s, tr("Dashboard"), [this] {
        auto *dashboard = new DashboardView(*m_reportWorker, m_session.clock(), m_pages);
        // The view coalesces bursts and only recomputes while shown (the aggregates make that cheap).
        connect(m_changes, &ChangeHub::orderChanged, dashboard, &DashboardView::refresh);
        connect(m_changes, &ChangeHub::stockChanged, dashboard, &DashboardView::refresh);
        connect(m_changes, &ChangeHub::resynchronize, dashboard, &DashboardView::refresh);
        connect(dashboard, &DashboardView::openOrders, this, [this](const OrderFilter &filter) {
            showPage(Page::Orders);
            m_ordersView->showFiltered(filter);
        });
        connect(dashboard, &DashboardView::openReturns, this,
                [this](QDate from, QDate to, std::optional<ReturnReason> reason) {
                    showPage(Page::Returns);
                    if (auto *returns = qobject_cast<ReturnsView *>(page(Page::Returns)))
                        returns->showPeriod(from, to, reason);
                });
        connect(dashboard, &DashboardView::loadFailed, this, &MainWindow::showStatusMessage);
        connect(dashboard, &DashboardView::exported, this,
                [this](const QString &path) { showStatusMessage(tr("Saved %1").arg(path)); });
        connect(dashboard, &DashboardView::exportFailed, this, &MainWindow::showStatusMessage);
        addRefreshShortcut(dashboard, [dashboard] { dashboard->refresh(); });
        return dashboard;
    });
    addPage(Page::Customers, u"customers"_s, tr("Customers"), [this] {
        auto *customers = new CustomersView(*m_pageWorker, m_pages);
        customers->restoreLayout(QSettings());
        connect(m_changes, &ChangeHub::orderChanged, customers, &CustomersView::refreshOrder);
        connect(m_changes, &ChangeHub::resynchronize, customers, &CustomersView::reload);
        connect(customers, &CustomersView::openOrder, this, &MainWindow::openOrder);
        connect(customers, &CustomersView::actionFailed, this, &MainWindow::showStatusMessage);
        customers->setPermissions(m_permissions);
        addRefreshShortcut(customers, [customers] { customers->reload(); });
        return customers;
    });
    addPage(Page::Inventory, u"inventory"_s, tr("Inventory"), [this] {
        auto *inventory = new InventoryView(*m_pageWorker, m_pages);
        inventory->setPermissions(m_permissions);
        inventory->restoreLayout(QSettings());
        connect(m_changes, &ChangeHub::stockChanged, inventory, &InventoryView::refreshProduct);
        connect(m_changes, &ChangeHub::resynchronize, inventory, &InventoryView::reload);
        connect(inventory, &InventoryView::openOrder, this, &MainWindow::openOrder);
        connect(inventory, &InventoryView::statusMessage, this, &MainWindow::showStatusMessage);
        connect(inventory, &InventoryView::actionFailed, this, &MainWindow::showStatusMessage);
        addRefreshShortcut(inventory, [inventory] { inventory->reload(); });
        return inventory;
    });
    addPage(Page::Outbox, u"outbox"_s, tr("Outbox"), [this] {
        auto *outbox = new OutboxView(*m_pageWorker, m_pages);
        if (!m_permissions.readOnlyReason.isEmpty())
            outbox->setReadOnly(m_permissions.readOnlyReason);
        connect(m_changes, &ChangeHub::orderChanged, outbox, &OutboxView::refreshOrder);
        connect(m_changes, &ChangeHub::outboxChanged, outbox, &OutboxView::refreshVisible);
        connect(outbox, &OutboxView::openOrderRequested, this, &MainWindow::openOrder);
        connect(outbox, &OutboxView::actionFinished, this, &MainWindow::showStatusMessage);
        connect(outbox, &OutboxView::actionFailed, this, &MainWindow::showStatusMessage);
        return outbox;
    });
    addPage(Page::Returns, u"returns"_s, tr("Returns"), [this] {
        auto *returns = new ReturnsView(*m_pageWorker, m_pages);
        if (!m_permissions.readOnlyReason.isEmpty())
            returns->setReadOnly(m_permissions.readOnlyReason);
        // A return opened, received or refunded from the order detail (or another desktop) changes its order.
        connect(m_changes, &ChangeHub::orderChanged, returns, &ReturnsView::refresh);
        connect(returns, &ReturnsView::openOrderRequested, this, &MainWindow::openOrder);
        connect(returns, &ReturnsView::returnChanged, this,
                [this](qint64 returnId) { showStatusMessage(tr("Return %1 updated.").arg(returnId)); });
        connect(returns, &ReturnsView::actionFailed, this, &MainWindow::showStatusMessage);
        return returns;
    });
    addPage(Page::Settings, u"settings"_s, tr("Settings"), [this] {
        auto *settings = new SettingsView(m_pages);
        settings->setCurrentDatabase(m_session.database().url());
        if (!isArchive()) { // an archive's tax rates and webhooks are history, not settings
            auto *taxRates = new TaxRatesPanel(*m_pageWorker, settings);
            taxRates->setReadOnly(m_permissions.readOnlyReason);
            settings->addShopSection(taxRates);
            auto *webhooks = new WebhooksPanel(*m_pageWorker, m_session.network(), {}, settings);
            webhooks->setEnabled(m_permissions.readOnlyReason.isEmpty());
            webhooks->setToolTip(m_permissions.readOnlyReason);
            settings->addShopSection(webhooks);
        }
        connect(settings, &SettingsView::saved, this,
                [this] { showStatusMessage(tr("Settings saved; they take effect at the next start.")); });
        connect(settings, &SettingsView::databaseChosen, this, [this](const DatabaseUrl &url) {
            showStatusMessage(tr("Shipshape will open %1 at the next start.").arg(url.displayName()));
        });
        connect(settings, &SettingsView::secretsChanged, this, &MainWindow::reloadSecrets);
        return settings;
    });

    // Scan-to-pack: last in the navigation (Ctrl+8), so the pages before it keep their shortcuts. Scans run on
    // the order worker, in the order scanned, like every order action.
    addPage(Page::Pack, u"pack"_s, tr("Pack"), [this] {
        auto *pack = new PackView(*m_orderWorker, m_pages);
        pack->setPermissions(m_permissions);
        pack->setPackingSlipFolder(
                QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"packing-slips"_s));
        connect(pack, &PackView::orderShipped, this, [this](qint64 number) {
            showStatusMessage(tr("Order %1 shipped from the packing station.").arg(number));
        });
        return pack;
    });

    // Cycle counts (Ctrl+9), beside the packing station: counting is the warehouse's too. Entries run on the
    // order worker, in the order scanned, like the packing station's.
    addPage(Page::Counts, u"counts"_s, tr("Counts"), [this] {
        auto *counts = new CountsView(*m_orderWorker, m_pages);
        counts->setPermissions(m_permissions);
        // An approval here or on another desktop, or a shipment, changes the stock a count is judged against.
        connect(m_changes, &ChangeHub::stockChanged, counts, &CountsView::refreshProduct);
        connect(m_changes, &ChangeHub::resynchronize, counts, &CountsView::refresh);
        connect(counts, &CountsView::statusMessage, this, &MainWindow::showStatusMessage);
        addRefreshShortcut(counts, [counts] { counts->refresh(); });
        return counts;
    });

    // File → Import products…: the catalogue from a CSV file, checked first, on the dialog's own worker.
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    m_importProductsAction = file->addAction(tr("&Import products…"));
    m_importProductsAction->setObjectName(u"importProductsAction"_s);
    m_importProductsAction->setToolTip(tr("Create or update products from a CSV file, all rows or none"));
    m_importProductsAction->setEnabled(m_permissions.editStock);
    connect(m_importProductsAction, &QAction::triggered, this, [this] { importProducts(); });
    m_importOrdersAction = file->addAction(tr("Import &orders…"));
    m_importOrdersAction->setObjectName(u"importOrdersAction"_s);
    m_importOrdersAction->setToolTip(tr("Place orders from another system's CSV or JSON Lines file, each once"));
    m_importOrdersAction->setEnabled(m_permissions.placeOrders);
    connect(m_importOrdersAction, &QAction::triggered, this, [this] { importOrders(); });
    m_openArchiveAction = file->addAction(tr("Open &archive…"));
    m_openArchiveAction->setObjectName(u"openArchiveAction"_s);
    m_openArchiveAction->setToolTip(tr("Open an archive of order history read-only, in a window of its own"));
    connect(m_openArchiveAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open archive"), QDir::homePath(),
                tr("Shipshape archives (*.shipshape-archive *.archive *.sqlite);;All files (*)"));
        if (path.isEmpty())
            return;
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), {u"--archive"_s, path}))
            showStatusMessage(tr("Could not start Shipshape to open %1.").arg(QDir::toNativeSeparators(path)));
    });

    // Help → Diagnostics: the report shipshape-cli doctor prints, computed on the dialog's own worker.
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    m_diagnosticsAction = help->addAction(tr("&Diagnostics…"));
    m_diagnosticsAction->setObjectName(u"diagnosticsAction"_s);
    m_diagnosticsAction->setToolTip(tr("Check the database, the payment and email providers and this machine"));
    connect(m_diagnosticsAction, &QAction::triggered, this, &MainWindow::showDiagnostics);

    // The hub listens to the feed; start it once the first pages listen to the hub.
    session.changeFeed().start();
    connect(&session.connectionMonitor(), &ConnectionMonitor::connectionChanged, this,
            &MainWindow::updateDatabaseLabel);

    updateDatabaseLabel(true);
    if (!permissions)
        showStatusMessage(permissions.error().message);

    resize(1280, 800);
    restoreLayout();
    m_countLabel->setText(m_ordersView->orderCountText());
    showPage(Page::Orders);
}

MainWindow::~MainWindow() = default;

void MainWindow::setArchive(const QString &title, const QString &file)
{
    m_loginPermissions = Permissions::readOnly(
            m_permissions.login, tr("Read-only: this window shows an archive, not the shop (%1).").arg(title));
    applyPermissions(m_loginPermissions);

    auto *bar = new QToolBar(tr("Archive"), this);
    bar->setObjectName(u"archiveBar"_s);
    bar->setMovable(false);
    bar->setFloatable(false);
    m_archiveBanner = new QLabel(tr("<b>%1</b> — %2. Nothing here can be changed; the shop's own database is not "
                                    "open in this window.")
                                         .arg(title.toHtmlEscaped(), QDir::toNativeSeparators(file).toHtmlEscaped()),
            bar);
    m_archiveBanner->setObjectName(u"archiveBanner"_s);
    m_archiveBanner->setTextFormat(Qt::RichText);
    m_archiveBanner->setContentsMargins(8, 4, 8, 4);
    bar->addWidget(m_archiveBanner);
    addToolBar(Qt::TopToolBarArea, bar);
    m_archiveTitle = title;
    setWindowTitle(tr("%1 — %2").arg(entry(m_current)->title, title));
    m_databaseLabel->setText(tr("Archive: %1").arg(QDir::toNativeSeparators(file)));
}

void MainWindow::applyPermissions(const Permissions &permissions)
{
    m_permissions = permissions;
    const QString &why = permissions.readOnlyReason;
    const std::shared_ptr<OfflineDraftStore> offlineStore = offlineDraftStore();
    const QString shortcut = m_newOrderAction->shortcut().toString(QKeySequence::NativeText);
    m_newOrderAction->setEnabled(permissions.placeOrders || offlineStore);
    m_newOrderAction->setToolTip(offlineStore ? tr("Type a new order (%1); offline, it is kept on this desktop and "
                                                   "offered for placing when the server answers again")
                                                        .arg(shortcut)
                    : why.isEmpty() ? tr("Take a new order (%1)").arg(shortcut)
                                    : why);
    m_importProductsAction->setEnabled(permissions.editStock);
    m_importOrdersAction->setEnabled(permissions.placeOrders);
    m_importOrdersAction->setToolTip(
            why.isEmpty() ? tr("Place orders from another system's CSV or JSON Lines file, each once") : why);
    m_importProductsAction->setToolTip(
            why.isEmpty() ? tr("Create or update products from a CSV file, all rows or none") : why);
    m_ordersView->setPermissions(permissions);
    if (auto *inventory = qobject_cast<InventoryView *>(entry(Page::Inventory)->widget))
        inventory->setPermissions(permissions);
    if (auto *customers = qobject_cast<CustomersView *>(entry(Page::Customers)->widget))
        customers->setPermissions(permissions);
    if (auto *outbox = qobject_cast<OutboxView *>(entry(Page::Outbox)->widget))
        outbox->setReadOnly(why);
    if (auto *pack = qobject_cast<PackView *>(entry(Page::Pack)->widget))
        pack->setPermissions(permissions);
    if (auto *counts = qobject_cast<CountsView *>(entry(Page::Counts)->widget))
        counts->setPermissions(permissions);
    if (auto *returns = qobject_cast<ReturnsView *>(entry(Page::Returns)->widget))
        returns->setReadOnly(why);
    if (QWidget *settings = entry(Page::Settings)->widget) {
        if (auto *taxRates = settings->findChild<TaxRatesPanel *>())
            taxRates->setReadOnly(why);
        if (auto *webhooks = settings->findChild<WebhooksPanel *>()) {
            webhooks->setEnabled(why.isEmpty());
            webhooks->setToolTip(why);
        }
    }
    if (m_editor) {
        m_editor->setPermissions(permissions);
        m_editor->setOfflineDrafts(offlineStore, m_loginPermissions.login);
    }
}

std::shared_ptr<OfflineDraftStore> MainWindow::offlineDraftStore() const
{
    const bool typing = m_offlineDrafts && !m_offline->isLive() && m_loginPermissions.placeOrders;
    return typing ? m_offlineDrafts->store() : nullptr;
}

void MainWindow::followOfflineMode(OfflineMode &mode)
{
    m_offline = &mode;
    m_offlinePresenter = new OfflinePresenter(mode, m_session, *this);
    connect(m_offlinePresenter, &OfflinePresenter::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_offlinePresenter, &OfflinePresenter::loginPermissionsRead, this,
            [this](const Permissions &permissions) { m_loginPermissions = permissions; });
    connect(m_offlinePresenter, &OfflinePresenter::readFromChanged, this,
            [this](Session *readFrom, const DatabaseUrl &url, const SessionOptions &options) {
                // The workers read from the new source before the list's model does: resetting the model
                // selects an order again, and its detail is read on a worker.
                for (SessionWorker *worker : {m_orderWorker, m_pageWorker, m_reportWorker, m_editorWorker})
                    worker->switchDatabase(url, options);
                m_ordersView->orderModel()->setSource(readFrom->orders());
            });
    m_offlineDrafts = new OfflineDraftsPresenter(mode.replicaPath(), *m_editorWorker, *this);
    if (auto *file = menuBar()->findChild<QMenu *>(u"fileMenu"_s))
        file->insertAction(m_openArchiveAction, m_offlineDrafts->reviewAction());
    connect(m_offlineDrafts, &OfflineDraftsPresenter::movedToDrafts, this, [this](const QStringList &draftIds) {
        showStatusMessage(tr("%n order(s) typed offline moved to the drafts.", nullptr, int(draftIds.size())));
        if (m_editor)
            m_editor->refreshDrafts();
    });
    connect(m_offlinePresenter, &OfflinePresenter::applied, this, [this](bool first) {
        applyPermissions(m_offline->permissionsFor(m_loginPermissions));
        m_offlineDrafts->apply(m_offline->isLive(), m_loginPermissions.placeOrders);
        updateDatabaseLabel(m_offline->isLive());
        // Every page reads again from what it now reads (the order list did when its source changed).
        if (!first)
            Q_EMIT m_changes->resynchronize();
    });
    m_offlinePresenter->apply();
}

QLabel *MainWindow::offlineBanner() const
{
    return m_offlinePresenter ? m_offlinePresenter->banner() : nullptr;
}

void MainWindow::addPage(Page page, const QString &key, const QString &title, std::function<QWidget *()> create)
{
    PageEntry added{page, key, title, std::move(create)};
    added.action = m_navigation->addAction(title);
    added.action->setCheckable(true);
    added.action->setObjectName(u"page_"_s + key);
    // Ctrl+1 … Ctrl+9 in navigation order, as in most tabbed desktop tools.
    added.action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(page))));
    added.action->setToolTip(tr("%1 (%2)").arg(title, added.action->shortcut().toString(QKeySequence::NativeText)));
    m_pageGroup->addAction(added.action);
    connect(added.action, &QAction::triggered, this, [this, page] { showPage(page); });
    // Full-width buttons read as a sidebar rather than a row of loose words.
    if (auto *button = qobject_cast<QToolButton *>(m_navigation->widgetForAction(added.action))) {
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setMinimumWidth(110);
    }
    // Keep the navigation in the enum's order whatever order pages are registered in.
    auto position = std::find_if(m_entries.begin(), m_entries.end(),
            [page](const PageEntry &existing) { return static_cast<int>(existing.page) > static_cast<int>(page); });
    if (position != m_entries.end()) {
        m_navigation->removeAction(added.action);
        m_navigation->insertAction(position->action, added.action);
    }
    m_entries.insert(position, std::move(added));
}

void MainWindow::addRefreshShortcut(QWidget *page, std::function<void()> refresh)
{
    // Window-wide F5, active only while this page is the one shown (hidden widgets' shortcuts are off).
    auto *action = new QAction(tr("Refresh"), page);
    action->setShortcut(QKeySequence::Refresh);
    page->addAction(action);
    connect(action, &QAction::triggered, page, std::move(refresh));
}

void MainWindow::newOrder()
{
    if (!m_editor) {
        m_editor = new OrderEditor(*m_editorWorker, this);
        // A window of its own, so an agent can look up orders while taking one.
        m_editor->setWindowFlag(Qt::Window);
        // The platform adds the application's name (QGuiApplication::applicationDisplayName).
        m_editor->setWindowTitle(tr("New order"));
        m_editor->resize(1100, 760);
        m_editor->setPermissions(m_permissions);
        m_editor->setOfflineDrafts(offlineDraftStore(), m_loginPermissions.login);
        connect(m_changes, &ChangeHub::stockChanged, m_editor, &OrderEditor::refreshQuote);
        connect(m_editor, &OrderEditor::orderPlaced, this, [this](qint64 number) {
            m_editor->close();
            showStatusMessage(tr("Order #%1 placed.").arg(number));
            m_ordersView->orderModel()->reload();
            openOrder(number);
            raise();
            activateWindow();
        });
        connect(m_editor, &OrderEditor::placementFailed, this, &MainWindow::showStatusMessage);
    }
    m_editor->startNewDraft();
    m_editor->show();
    m_editor->raise();
    m_editor->activateWindow();
}

int MainWindow::pendingWork() const
{
    int pending = 0;
    for (const SessionWorker *worker : {m_orderWorker, m_pageWorker, m_reportWorker, m_editorWorker})
        pending += worker->pendingJobs();
    return pending;
}

MainWindow::PageEntry *MainWindow::entry(Page page)
{
    auto found = std::find_if(
            m_entries.begin(), m_entries.end(), [page](const PageEntry &candidate) { return candidate.page == page; });
    return found == m_entries.end() ? nullptr : &*found;
}

const MainWindow::PageEntry *MainWindow::entry(Page page) const
{
    return const_cast<MainWindow *>(this)->entry(page);
}

QWidget *MainWindow::page(Page page)
{
    PageEntry *found = entry(page);
    if (!found)
        return nullptr;
    if (!found->widget) {
        found->widget = found->create();
        m_pages->addWidget(found->widget);
    }
    return found->widget;
}

QAction *MainWindow::pageAction(Page page) const
{
    const PageEntry *found = entry(page);
    return found ? found->action : nullptr;
}

void MainWindow::showPage(Page page)
{
    QWidget *widget = this->page(page);
    if (!widget)
        return;
    m_current = page;
    m_pages->setCurrentWidget(widget);
    const PageEntry *shown = entry(page);
    shown->action->setChecked(true);
    // "Orders — Shipshape": the platform adds the application's display name; an archive names its period.
    setWindowTitle(m_archiveTitle.isEmpty() ? shown->title : tr("%1 — %2").arg(shown->title, m_archiveTitle));
}

void MainWindow::openOrder(qint64 number)
{
    showPage(Page::Orders);
    m_ordersView->openOrder(number);
}

bool MainWindow::showView(const QString &view)
{
    if (view.startsWith(u"order:"_s)) {
        QString number = view.mid(6);
        if (number.startsWith(u'#'))
            number.remove(0, 1);
        bool ok = false;
        const qint64 value = number.toLongLong(&ok);
        if (!ok || value <= 0)
            return false;
        openOrder(value);
        return true;
    }
    for (const PageEntry &candidate : m_entries) {
        if (candidate.key == view) {
            showPage(candidate.page);
            return true;
        }
    }
    return false;
}

QStringList MainWindow::viewNames() const
{
    QStringList names;
    for (const PageEntry &candidate : m_entries)
        names << candidate.key;
    names << u"order:NUMBER"_s;
    return names;
}

void MainWindow::setBackgroundStatus(const QString &text)
{
    m_backgroundLabel->setText(text);
}

void MainWindow::showStatusMessage(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::updateDatabaseLabel(bool connected)
{
    // The URL names the file, or the server and the login; never a secret.
    QString text = m_session.database().url().displayName();
    if (m_offline && !m_offline->isLive())
        connected = false;
    if (!connected)
        text = tr("%1 — offline, reconnecting…").arg(text);
    m_databaseLabel->setText(text);
    m_databaseLabel->setToolTip(connected ? tr("Connected") : tr("The database cannot be reached; retrying."));
}

void MainWindow::updateBusy()
{
    const int pending = pendingWork();
    m_busyLabel->setText(pending > 0 ? tr("Working… (%Ln task(s))", nullptr, pending) : QString());
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
    if (auto *customers = qobject_cast<CustomersView *>(entry(Page::Customers)->widget))
        customers->saveLayout(settings);
    if (auto *inventory = qobject_cast<InventoryView *>(entry(Page::Inventory)->widget))
        inventory->saveLayout(settings);
    if (m_editor)
        m_editor->close(); // saves what was typed into the draft
    event->accept();
}

void MainWindow::reloadSecrets()
{
    // Read here, on the GUI thread, and handed to every session: a worker takes them between two jobs.
    SessionSecrets::load(SecretStore(), m_session.database().url(), this, [this](const SessionSecrets &secrets) {
        m_session.setSecrets(secrets);
        for (SessionWorker *worker : {m_orderWorker, m_pageWorker, m_reportWorker, m_editorWorker})
            worker->setSecrets(secrets);
        if (m_diagnostics)
            m_diagnostics->setSecrets(secrets);
        Q_EMIT secretsReloaded(secrets);
    });
}

ProductImportDialog *MainWindow::importProducts(const QString &path)
{
    if (!m_permissions.editStock)
        return nullptr;
    QString file = path;
    if (file.isEmpty()) {
        file = QFileDialog::getOpenFileName(this, tr("Import products"), QString(), tr("CSV files (*.csv)"));
        if (file.isEmpty())
            return nullptr;
    }
    auto *dialog = new ProductImportDialog(m_session.database().url(), m_session.options(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // What the import changed reaches the inventory page like any other change of stock.
    connect(dialog, &ProductImportDialog::finished, this, [this](bool imported) {
        if (!imported)
            return;
        const PageEntry *inventoryPage = entry(Page::Inventory);
        if (auto *inventory = inventoryPage ? qobject_cast<InventoryView *>(inventoryPage->widget) : nullptr)
            inventory->reload();
        showStatusMessage(tr("Products imported."));
    });
    dialog->show();
    dialog->openFile(file);
    return dialog;
}

OrderImportDialog *MainWindow::importOrders(const QString &path)
{
    if (!m_permissions.placeOrders)
        return nullptr;
    QString file = path;
    if (file.isEmpty()) {
        file = QFileDialog::getOpenFileName(
                this, tr("Import orders"), QString(), tr("Order files (*.csv *.jsonl *.ndjson);;All files (*)"));
        if (file.isEmpty())
            return nullptr;
    }
    auto *dialog = new OrderImportDialog(m_session.database().url(), m_session.options(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrderImportDialog::finished, this, [this](bool imported) {
        if (!imported)
            return;
        m_ordersView->reload();
        showStatusMessage(tr("Orders imported."));
    });
    dialog->show();
    dialog->openFile(file);
    return dialog;
}

DiagnosticsDialog *MainWindow::showDiagnostics()
{
    // One dialog, kept: opening it again shows the last report and runs the checks again.
    DiagnosticsDialog *dialog = m_diagnostics;
    if (!dialog) {
        dialog = new DiagnosticsDialog(m_session.database().url(), m_session.options(), this);
        m_diagnostics = dialog;
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    dialog->runChecks();
    return dialog;
}

} // namespace shipshape
