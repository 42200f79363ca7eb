#pragma once

#include "bulk/BulkShipDialog.h"
#include "orders/OrderPolicy.h"
#include "orders/OrderQuery.h"
#include "staff/Permissions.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolBar;
class QToolButton;

namespace shipshape {

class BulkProgressDialog;
class ChangeHub;
class ColumnFitter;
class EmptyStateOverlay;
class OrderBulkActions;
class OrderDetailView;
class OrderFilterBar;
class OrderTableModel;
class OrderViewSelector;
class Session;
class SessionWorker;

// The orders page: saved views, search and filters (status, payment, placing date, customer) above the
// windowed order table, bulk actions on the selected orders, and the selected order's detail beside
// it. The detail follows the list: a new search, filter or view keeps the order shown only while the
// list still has it, else shows the list's first order, or no order when nothing is listed (a sort or a
// refresh keeps it); an empty list says why and offers the way out. Messages for the status bar leave
// through statusMessage().
class OrdersView : public QWidget {
    Q_OBJECT

public:
    // Changes to orders reach the list and the detail through `changes`.
    OrdersView(Session &session, SessionWorker &worker, ChangeHub &changes, QWidget *parent = nullptr);
    ~OrdersView() override;

    [[nodiscard]] OrderTableModel *orderModel() const { return m_orderModel; }
    [[nodiscard]] QTableView *orderView() const { return m_orderView; }
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] QComboBox *statusFilter() const;
    [[nodiscard]] QComboBox *paymentFilter() const;
    // Orders carrying a tag (editable: any tag, the known ones offered).
    [[nodiscard]] QComboBox *tagFilter() const;
    [[nodiscard]] QComboBox *dateFilter() const;
    [[nodiscard]] QDateEdit *fromDate() const;
    [[nodiscard]] QDateEdit *untilDate() const;
    [[nodiscard]] QComboBox *viewSelector() const;
    [[nodiscard]] OrderDetailView *orderDetail() const { return m_detail; }
    // The order the detail pane shows (0: none, the pane says so instead).
    [[nodiscard]] qint64 shownOrderNumber() const { return m_shownNumber; }
    // What the detail pane shows: the detail, or the "no order" notice.
    [[nodiscard]] QStackedWidget *detailPane() const { return m_detailStack; }
    // Says why the list is empty (and what to do) while it is.
    [[nodiscard]] EmptyStateOverlay *emptyState() const { return m_emptyState; }
    [[nodiscard]] QMenu *columnMenu() const { return m_columnMenu; }
    [[nodiscard]] QAction *shipSelectedAction() const;
    [[nodiscard]] QAction *packingSlipsAction() const;
    [[nodiscard]] QAction *pickListAction() const;
    [[nodiscard]] QAction *exportCsvAction() const;
    [[nodiscard]] QAction *addTagAction() const;
    [[nodiscard]] QAction *removeTagAction() const;
    // The report of the latest bulk action (null before the first).
    [[nodiscard]] BulkProgressDialog *bulkDialog() const;
    [[nodiscard]] bool isBulkRunning() const;

    // Shows an order's detail (e.g. `--view order:1042`), selecting its row when the list has it at hand.
    void openOrder(qint64 number);
    // Re-counts and re-reads the list (F5, after a reconnect); the detail follows it.
    void reload();
    // Offers only the actions the current login may perform.
    void setPermissions(const Permissions &permissions);
    // Shows the list with exactly this filter (e.g. the dashboard opening "unpaid orders"); the filter
    // controls show it too.
    void showFiltered(const OrderFilter &filter);
    // Saves the current filter as a view with this name; returns the reason when it cannot.
    std::optional<QString> saveCurrentView(const QString &name);
    // Selects the view of that name in the view list; false if there is none.
    bool selectView(const QString &name);

    // Column layout and splitter position, kept in QSettings.
    void saveLayout() const;
    void restoreLayout();
    // "1,234 orders", or "10,000+ orders" when more match than were counted (OrderTableModel::isCountCapped).
    [[nodiscard]] QString orderCountText() const;

    // Test hooks: answer the next file dialog or bulk ship dialog instead of a person.
    void setNextSavePath(std::optional<QString> path);
    void setNextBulkShipAnswer(std::optional<QList<BulkShipLine>> answer);
    // The tag the next "Add tag…" or "Remove tag…" asks for.
    void setNextTagAnswer(std::optional<QString> tag);

Q_SIGNALS:
    // A message for the status bar (errors from loading or from an action).
    void statusMessage(const QString &message);
    // The number of orders matching the current filter (while the count is capped: the rows shown).
    void orderCountChanged(int count);
    // The same for the status bar: "1,234 orders", or "10,000+ orders" while the count is capped.
    void orderCountTextChanged(const QString &text);
    // "New order…" in the empty list of a shop without orders.
    void newOrderRequested();

private:
    // How the list changed as a whole (followList): a new filter or search, or the same question asked
    // again (a refresh, a sort, an order entering or leaving the list).
    enum class ListChange {
        Filtered,
        Reloaded
    };

    void buildToolbars();
    void buildColumnMenu();
    void applyFilter();
    void clearSearch();
    void followList(ListChange change);
    // Lists `filter`; the list is followed when its rows are in (at once without a page worker).
    void listFiltered(const OrderFilter &filter);
    // Selects the row of the order the detail shows if the list has it at hand; false if not.
    bool selectShownOrder();
    void showInDetail(qint64 number);
    void showNoOrder();
    void updateEmptyState();
    [[nodiscard]] OrderFilter filterFromControls() const;
    void resolveCustomerName();
    void filterEditedByHand();
    void showFilterInControls(const OrderFilter &filter);
    void setCustomerFilter(const QString &customerId);
    // The tags offered by the tag filter and the bulk tag dialog.
    void reloadKnownTags();

    Session &m_session;
    SessionWorker &m_worker;
    OrderTableModel *m_orderModel = nullptr;
    QToolBar *m_toolbar = nullptr;
    OrderFilterBar *m_filterBar = nullptr;
    QTableView *m_orderView = nullptr;
    QLineEdit *m_search = nullptr;
    OrderViewSelector *m_views = nullptr;
    OrderBulkActions *m_bulkActions = nullptr;
    QMenu *m_columnMenu = nullptr;
    QTimer *m_searchDelay = nullptr;
    OrderDetailView *m_detail = nullptr;
    QLabel *m_noOrder = nullptr;
    QStackedWidget *m_detailStack = nullptr;
    EmptyStateOverlay *m_emptyState = nullptr;
    ColumnFitter *m_columnFitter = nullptr;
    qint64 m_shownNumber = 0;
    // How the refresh the model is reading changed the list: followed when it is in (refreshed).
    ListChange m_nextChange = ListChange::Reloaded;
    // The selected current row whose page was on its way when it became current (-1: none): the detail
    // shows its order when the page arrives.
    int m_awaitedRow = -1;
    QSplitter *m_splitter = nullptr;
    Permissions m_permissions = Permissions::everything({});
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace shipshape
