#pragma once

#include "replica/OfflineMode.h"
#include "secrets/SessionSecrets.h"
#include "staff/Permissions.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <vector>

class QAction;
class QActionGroup;
class QLabel;
class QStackedWidget;
class QToolBar;

namespace shipshape {

class ChangeHub;
class OrderEditor;
class OrdersView;
class Session;
class OfflineDraftStore;
class OfflineDraftsPresenter;
class OfflinePresenter;
class OrderImportDialog;
class ProductImportDialog;
class SessionWorker;
class DiagnosticsDialog;

// The desktop app's main window: a navigation bar on the left (Ctrl+1… switches pages), the pages in
// the middle, created when first shown, and a status bar with the database and login, the connection
// state, work in progress and the number of orders listed.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class Page {
        Dashboard,
        Orders,
        Customers,
        Inventory,
        Outbox,
        Returns,
        Settings,
        Pack,
        Counts
    };
    Q_ENUM(Page)

    explicit MainWindow(Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] OrdersView *ordersView() const { return m_ordersView; }
    [[nodiscard]] Page currentPage() const { return m_current; }
    // The page's widget, created on first use; null for a page this build does not have.
    QWidget *page(Page page);
    void showPage(Page page);
    [[nodiscard]] QAction *pageAction(Page page) const;

    // Shows an order's detail on the orders page (e.g. `--view order:1042`).
    void openOrder(qint64 number);
    // `dashboard`, `orders`, `customers`, `inventory`, `outbox`, `returns`, `settings`, `pack` or `order:NUMBER`;
    // false (and nothing changes) for anything else.
    bool showView(const QString &view);
    // The names showView() accepts, for help and error messages.
    [[nodiscard]] QStringList viewNames() const;

    // Opens the order editor with a new draft (Ctrl+N).
    void newOrder();
    [[nodiscard]] OrderEditor *orderEditor() const { return m_editor; }
    [[nodiscard]] QAction *newOrderAction() const { return m_newOrderAction; }
    // Jobs queued or running on the window's worker threads (for --screenshot and tests).
    [[nodiscard]] int pendingWork() const;

    // Where every change reaches the pages (main adds the background jobs to it).
    [[nodiscard]] ChangeHub &changeHub() const { return *m_changes; }

    // Help → Diagnostics: shows the dialog (created on first use) and runs the checks.
    DiagnosticsDialog *showDiagnostics();
    [[nodiscard]] QAction *diagnosticsAction() const { return m_diagnosticsAction; }

    // File → Import products…: asks for a CSV file (or takes `path`) and opens the import dialog, which
    // checks it at once. Null when the login may not change stock or no file was chosen.
    ProductImportDialog *importProducts(const QString &path = {});
    [[nodiscard]] QAction *importProductsAction() const { return m_importProductsAction; }
    // File → Import orders… (`path` empty: asks for the file).
    OrderImportDialog *importOrders(const QString &path = {});
    [[nodiscard]] QAction *importOrdersAction() const { return m_importOrdersAction; }

    // Background work (reservation expiry, payment reconciliation, customer emails) as one line.
    void setBackgroundStatus(const QString &text);

    // The session is an archive opened read-only (`--archive`): a banner and the title say so and name
    // its period, and every action that would change the shop is disabled with a tooltip saying why.
    void setArchive(const QString &title, const QString &file);
    [[nodiscard]] bool isArchive() const { return !m_archiveTitle.isEmpty(); }
    // File → Open archive…: asks for a file and opens it in a new window of its own (a new process, so
    // that the shop's session here is left as it is).
    [[nodiscard]] QAction *openArchiveAction() const { return m_openArchiveAction; }

    // Offline mode (a PostgreSQL shop, docs/replica.md): the window follows `mode` — while the server does
    // not answer, every page reads the replica read-only, a banner says how old its history is and every
    // action that would change the shop is disabled with the reason (OfflineMode::permissionsFor); when it
    // answers again, the pages read the server and the actions come back. The first sync's progress shows
    // in the status bar. `mode` outlives the window.
    void followOfflineMode(OfflineMode &mode);
    // The banner's label (hidden while live); null before followOfflineMode.
    [[nodiscard]] QLabel *offlineBanner() const;
    // Orders typed offline and their review; null before followOfflineMode.
    [[nodiscard]] OfflineDraftsPresenter *offlineDrafts() const { return m_offlineDrafts; }
    // What the login may do now (its own permissions, or none while offline or in an archive).
    [[nodiscard]] const Permissions &permissions() const { return m_permissions; }

Q_SIGNALS:
    // The secrets were read again after the Settings page changed a key; this window's session and
    // workers have them already, whoever else runs a session (the background jobs) should take them.
    void secretsReloaded(const shipshape::SessionSecrets &secrets);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void reloadSecrets();
    // Hands `permissions` to every page and action that offers changes (one place for archive and offline).
    void applyPermissions(const Permissions &permissions);
    // Where the order editor keeps what is typed: this desktop while offline (for a login that places
    // orders), otherwise null (the server's drafts).
    [[nodiscard]] std::shared_ptr<OfflineDraftStore> offlineDraftStore() const;

    struct PageEntry {
        Page page;
        QString key; // for --view and QSettings
        QString title;
        std::function<QWidget *()> create;
        QWidget *widget = nullptr;
        QAction *action = nullptr;
    };

    void addPage(Page page, const QString &key, const QString &title, std::function<QWidget *()> create);
    PageEntry *entry(Page page);
    const PageEntry *entry(Page page) const;
    void addRefreshShortcut(QWidget *page, std::function<void()> refresh);
    void updateDatabaseLabel(bool connected);
    void updateBusy();
    void restoreLayout();
    void showStatusMessage(const QString &message);

    Session &m_session;
    QToolBar *m_navigation = nullptr;
    QActionGroup *m_pageGroup = nullptr;
    QStackedWidget *m_pages = nullptr;
    std::vector<PageEntry> m_entries;
    Page m_current = Page::Orders;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_busyLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_backgroundLabel = nullptr;
    ChangeHub *m_changes = nullptr;
    // One worker thread (and connection) per kind of work, so a slow report never delays an order action.
    SessionWorker *m_orderWorker = nullptr;
    SessionWorker *m_pageWorker = nullptr;
    SessionWorker *m_reportWorker = nullptr;
    SessionWorker *m_editorWorker = nullptr;
    Permissions m_permissions;
    Permissions m_loginPermissions; // what the login may do while the server answers
    OfflineMode *m_offline = nullptr;
    OfflinePresenter *m_offlinePresenter = nullptr; // null unless the window follows an OfflineMode
    OfflineDraftsPresenter *m_offlineDrafts = nullptr; // likewise: orders typed while offline
    QAction *m_newOrderAction = nullptr;
    QAction *m_diagnosticsAction = nullptr;
    QAction *m_importProductsAction = nullptr;
    QAction *m_importOrdersAction = nullptr;
    QAction *m_openArchiveAction = nullptr;
    QLabel *m_archiveBanner = nullptr;
    QString m_archiveTitle; // empty: the shop's own database
    QPointer<DiagnosticsDialog> m_diagnostics;
    OrderEditor *m_editor = nullptr;
    OrdersView *m_ordersView = nullptr;
};

} // namespace shipshape
