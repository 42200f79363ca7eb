#include "views/OrdersView.h"

#include "background/ChangeHub.h"
#include "background/SessionWorker.h"
#include "bulk/OrderBulkActions.h"
#include "customers/CustomerRepository.h"
#include "models/OrderTableModel.h"
#include "orders/OrderService.h"
#include "orders/PaymentStates.h"
#include "session/Session.h"
#include "tags/Tag.h"
#include "views/ColumnFitter.h"
#include "views/EmptyStateOverlay.h"
#include "views/OrderDetailView.h"
#include "views/OrderFilterBar.h"
#include "views/OrderViewSelector.h"
#include "views/TableViewSetup.h"
#include "views/TagChipDelegate.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

OrdersView::OrdersView(Session &session, SessionWorker &worker, ChangeHub &changes, QWidget *parent)
    : QWidget(parent), m_session(session), m_worker(worker)
{
    setObjectName(u"ordersView"_s);

    m_orderModel = new OrderTableModel(session.orders(), &changes, this);

    m_orderView = new QTableView(this);
    m_orderView->setObjectName(u"orderTable"_s);
    m_orderView->setAccessibleName(tr("Orders"));
    m_orderView->setModel(m_orderModel);
    m_orderView->setSortingEnabled(true);
    m_orderView->sortByColumn(OrderTableModel::Number, Qt::DescendingOrder);
    m_orderView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_orderView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_orderView->setAlternatingRowColors(true);
    TableViewSetup::prepare(m_orderView);
    m_orderView->setItemDelegateForColumn(
            OrderTableModel::Tags, new TagChipDelegate(OrderTableModel::RawValueRole, m_orderView));
    QHeaderView *header = m_orderView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(OrderTableModel::Customer, QHeaderView::Stretch);
    header->setSectionsMovable(true);
    // Shown by default: what a person scans for; the rest is one right-click away.
    header->setSectionHidden(OrderTableModel::Email, true);
    header->setSectionHidden(OrderTableModel::Items, true);
    header->setSectionHidden(OrderTableModel::Tracking, true);
    header->setSectionHidden(OrderTableModel::Payment, true);
    m_sortColumn = OrderTableModel::Number;
    // Columns SQL cannot sort on an index keep the current order: put the indicator back.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder order) {
        if (OrderTableModel::isSortable(column)) {
            m_sortColumn = column;
            m_sortOrder = order; // the list is followed when the sorted rows are in (refreshed)
            return;
        }
        header->setSortIndicator(m_sortColumn, m_sortOrder);
    });
    m_emptyState = new EmptyStateOverlay(m_orderView);

    m_detail = new OrderDetailView(m_worker, this);
    // Shown instead of the detail while no order is: the detail never shows an order the list has left.
    m_noOrder = new QLabel(tr("Select an order to see its lines, payment and timeline."), this);
    m_noOrder->setObjectName(u"noOrderSelected"_s);
    m_noOrder->setAlignment(Qt::AlignCenter);
    m_noOrder->setWordWrap(true);
    m_noOrder->setMargin(24);
    m_noOrder->setForegroundRole(QPalette::PlaceholderText);
    m_detailStack = new QStackedWidget(this);
    m_detailStack->setObjectName(u"orderDetailStack"_s);
    m_detailStack->addWidget(m_noOrder);
    m_detailStack->addWidget(m_detail);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"ordersSplitter"_s);
    m_splitter->addWidget(m_orderView);
    m_splitter->addWidget(m_detailStack);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({700, 580});

    buildToolbars();
    buildColumnMenu();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);

    connect(m_orderView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                // The selected row, not the keyboard cursor alone: focusing the list puts its cursor on the
                // first row without selecting it, and must not replace an order opened by number.
                if (!current.isValid() || !m_orderView->selectionModel()->isRowSelected(current.row(), {}))
                    return;
                const qint64 number = current.data(OrderTableModel::OrderNumberRole).toLongLong();
                m_awaitedRow = number > 0 ? -1 : current.row();
                if (number > 0 && number != m_shownNumber)
                    showInDetail(number);
            });
    connect(m_orderView->selectionModel(), &QItemSelectionModel::selectionChanged, m_bulkActions,
            &OrderBulkActions::updateActions);
    connect(m_orderModel, &OrderTableModel::modelReset, m_bulkActions, &OrderBulkActions::updateActions);
    // A reset (an order entering or leaving the list, a batch that changed many) clears the selection:
    // the order shown is selected again when the list has it at hand.
    connect(m_orderModel, &OrderTableModel::modelReset, this, [this] { selectShownOrder(); });
    // A page read in the background: when it holds the selected current row (chosen while its page was
    // on its way, e.g. with End), the detail shows that order now.
    connect(m_orderModel, &OrderTableModel::dataChanged, this,
            [this](const QModelIndex &first, const QModelIndex &last) {
                if (m_awaitedRow < first.row() || m_awaitedRow > last.row())
                    return;
                const QModelIndex current = m_orderView->selectionModel()->currentIndex();
                if (!current.isValid() || current.row() != m_awaitedRow
                        || !m_orderView->selectionModel()->isRowSelected(current.row(), {})) {
                    m_awaitedRow = -1;
                    return;
                }
                const qint64 number = current.data(OrderTableModel::OrderNumberRole).toLongLong();
                if (number <= 0)
                    return;
                m_awaitedRow = -1;
                if (number != m_shownNumber)
                    showInDetail(number);
            });
    connect(m_detail, &OrderDetailView::orderChanged, m_orderModel, &OrderTableModel::refreshOrder);
    connect(m_detail, &OrderDetailView::actionFailed, this, &OrdersView::statusMessage);
    connect(m_detail, &OrderDetailView::actionSucceeded, this, &OrdersView::statusMessage);
    connect(m_detail, &OrderDetailView::customerOrdersRequested, this, &OrdersView::setCustomerFilter);

    // Changes committed elsewhere (a worker, the background jobs, another process, another desktop)
    // refresh only their rows (the model listens to the hub); after a reconnect the whole list is re-read.
    connect(&changes, &ChangeHub::orderChanged, this, [this](qint64 number) {
        if (number == m_shownNumber)
            m_detail->showOrder(number);
    });
    connect(&changes, &ChangeHub::resynchronize, this, &OrdersView::reload);

    connect(m_orderModel, &OrderTableModel::countChanged, this, [this] {
        Q_EMIT orderCountChanged(m_orderModel->rowCount());
        Q_EMIT orderCountTextChanged(orderCountText());
        updateEmptyState();
    });
    connect(m_orderModel, &OrderTableModel::loadFailed, this, &OrdersView::statusMessage);
    connect(m_orderModel, &OrderTableModel::refreshed, this,
            [this] { followList(std::exchange(m_nextChange, ListChange::Reloaded)); });

    // Fitted to the orders on screen the first time there are some, unless the person's layout is restored.
    m_columnFitter = new ColumnFitter(m_orderView,
            {OrderTableModel::Number, OrderTableModel::PlacedAt, OrderTableModel::Status, OrderTableModel::Total,
                    OrderTableModel::Email, OrderTableModel::Items, OrderTableModel::Payment, OrderTableModel::Tracking,
                    OrderTableModel::Tags},
            280);
    restoreLayout();
    m_bulkActions->updateActions();
    updateEmptyState();
    followList(ListChange::Reloaded);
}

OrdersView::~OrdersView() = default;

QAction *OrdersView::shipSelectedAction() const
{
    return m_bulkActions->shipSelectedAction();
}

QAction *OrdersView::packingSlipsAction() const
{
    return m_bulkActions->packingSlipsAction();
}

QAction *OrdersView::pickListAction() const
{
    return m_bulkActions->pickListAction();
}

QAction *OrdersView::exportCsvAction() const
{
    return m_bulkActions->exportCsvAction();
}

QAction *OrdersView::addTagAction() const
{
    return m_bulkActions->addTagAction();
}

QAction *OrdersView::removeTagAction() const
{
    return m_bulkActions->removeTagAction();
}

BulkProgressDialog *OrdersView::bulkDialog() const
{
    return m_bulkActions->bulkDialog();
}

bool OrdersView::isBulkRunning() const
{
    return m_bulkActions->isRunning();
}

void OrdersView::setNextSavePath(std::optional<QString> path)
{
    m_bulkActions->setNextSavePath(std::move(path));
}

void OrdersView::setNextBulkShipAnswer(std::optional<QList<BulkShipLine>> answer)
{
    m_bulkActions->setNextBulkShipAnswer(std::move(answer));
}

void OrdersView::setNextTagAnswer(std::optional<QString> tag)
{
    m_bulkActions->setNextTagAnswer(std::move(tag));
}

void OrdersView::reload()
{
    m_orderModel->reload(); // followed when its rows are in (refreshed)
    reloadKnownTags();
}

void OrdersView::listFiltered(const OrderFilter &filter)
{
    m_nextChange = ListChange::Filtered;
    if (!m_orderModel->setFilter(filter) && !m_orderModel->isRefreshing())
        followList(std::exchange(m_nextChange, ListChange::Reloaded)); // the same filter: nothing is read
}

void OrdersView::showInDetail(qint64 number)
{
    m_shownNumber = number;
    m_detailStack->setCurrentWidget(m_detail);
    m_detail->showOrder(number);
}

void OrdersView::showNoOrder()
{
    m_shownNumber = 0;
    m_detailStack->setCurrentWidget(m_noOrder);
}

bool OrdersView::selectShownOrder()
{
    const int row = m_shownNumber > 0 ? m_orderModel->loadedRowOf(m_shownNumber) : -1;
    if (row < 0)
        return false;
    const QModelIndex index = m_orderModel->index(row, OrderTableModel::Number);
    m_orderView->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_orderView->scrollTo(index);
    return true;
}

void OrdersView::followList(ListChange change)
{
    // The detail shows the list's current order. After the list changed as a whole, the order shown stays
    // (and is selected again) while the list has it among the rows read so far. A new search or filter
    // otherwise shows the list's first order, or no order when nothing is listed. A new sort or a refresh
    // asks the same question of the same orders, so the order shown stays even when it moved beyond those
    // rows (it changed here or elsewhere, it stays in view, as after any action on it).
    if (selectShownOrder())
        return;
    if (change != ListChange::Filtered && m_shownNumber > 0 && m_orderModel->rowCount() > 0)
        return;
    if (m_orderModel->rowCount() > 0) {
        const QModelIndex first = m_orderModel->index(0, OrderTableModel::Number);
        m_orderView->selectionModel()->setCurrentIndex(
                first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_orderView->scrollToTop();
        // When the list's cursor was on the first row already (the list took the focus while nothing was
        // listed), selecting it changes no current row and says nothing: show it here.
        if (const qint64 number = first.data(OrderTableModel::OrderNumberRole).toLongLong();
                number > 0 && number != m_shownNumber)
            showInDetail(number);
        return;
    }
    m_orderView->selectionModel()->clear();
    showNoOrder();
}

void OrdersView::updateEmptyState()
{
    // While a new filter's rows are on their way the overlay keeps describing the rows shown (countChanged
    // calls again when they are in): it would otherwise name the new filter over the old rows.
    if (m_orderModel->isRefreshing())
        return;
    if (m_orderModel->rowCount() > 0) {
        m_emptyState->clearState();
        return;
    }
    if (!m_orderModel->lastError().isEmpty()) {
        m_emptyState->setState(tr("The orders could not be read."), m_orderModel->lastError(),
                {{tr("Try again"), [this] { reload(); }, u"retryLoad"_s}});
        return;
    }
    const OrderFilter filter = m_orderModel->filter();
    const QString search = filter.search.trimmed();
    OrderFilter withoutSearch = filter;
    withoutSearch.search.clear();
    const bool filtered = !(withoutSearch == OrderFilter{});
    if (search.isEmpty() && !filtered) {
        QList<EmptyStateOverlay::Action> actions;
        if (m_permissions.placeOrders)
            actions << EmptyStateOverlay::Action{
                    tr("New order…"), [this] { Q_EMIT newOrderRequested(); }, u"newOrder"_s};
        m_emptyState->setState(tr("No orders yet."),
                tr("Orders taken here or placed with shipshape-cli appear in this list."), actions);
        return;
    }
    const QString conditions = m_filterBar->describe(filter);
    QString message;
    if (!search.isEmpty())
        message = conditions.isEmpty() ? tr("No orders match “%1”.").arg(search)
                                       : tr("No orders match “%1” %2.").arg(search, conditions);
    else
        message = tr("No orders %1.").arg(conditions);
    QList<EmptyStateOverlay::Action> actions;
    if (!search.isEmpty())
        actions << EmptyStateOverlay::Action{tr("Clear the search"), [this] { clearSearch(); }, u"clearSearch"_s};
    if (filtered)
        actions << EmptyStateOverlay::Action{search.isEmpty() ? tr("Show all orders") : tr("Search all orders"),
                [this, search] {
                    OrderFilter all;
                    all.search = search;
                    showFiltered(all);
                },
                u"clearFilters"_s};
    const QString hint = search.isEmpty()
            ? QString()
            : tr("The search looks at order numbers, customer names and emails, SKUs and tracking numbers.");
    m_emptyState->setState(message, hint, actions);
}

void OrdersView::clearSearch()
{
    m_search->clear();
    filterEditedByHand();
}

QString OrdersView::orderCountText() const
{
    const int count = m_orderModel->rowCount();
    return m_orderModel->isCountCapped() ? tr("%Ln+ order(s)", nullptr, count) : tr("%Ln order(s)", nullptr, count);
}

void OrdersView::buildToolbars()
{
    m_toolbar = new QToolBar(tr("Orders"), this);
    m_toolbar->setObjectName(u"ordersToolbar"_s);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_views = new OrderViewSelector(m_session.clock(), *m_orderModel, this);
    m_toolbar->addWidget(m_views->comboBox());
    connect(m_views, &OrderViewSelector::viewChosen, this, &OrdersView::showFilterInControls);

    m_search = new QLineEdit(m_toolbar);
    m_search->setObjectName(u"orderSearch"_s);
    m_search->setPlaceholderText(tr("Search number, customer, email, SKU or tracking…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search orders"));
    m_search->setMinimumWidth(320);
    m_toolbar->addWidget(m_search);

    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);

    auto *refresh = m_toolbar->addAction(tr("Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Reload the order list (F5)"));
    connect(refresh, &QAction::triggered, this, &OrdersView::reload);

    m_toolbar->addSeparator();
    m_bulkActions = new OrderBulkActions(m_worker, *m_orderModel, *m_orderView, this);
    m_bulkActions->addTo(*m_toolbar);
    connect(m_bulkActions, &OrderBulkActions::statusMessage, this, &OrdersView::statusMessage);
    connect(m_bulkActions, &OrderBulkActions::tagsChanged, this, &OrdersView::reloadKnownTags);

    m_filterBar = new OrderFilterBar(m_session.clock(), this);
    connect(m_filterBar, &OrderFilterBar::customerCleared, this, [this] { setCustomerFilter({}); });
    reloadKnownTags();
    m_filterBar->addTrailingActions({m_views->saveAction(), m_views->deleteAction()});

    // Searching on every keystroke would run a query per letter; wait for a pause in typing.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &OrdersView::filterEditedByHand);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &OrdersView::filterEditedByHand);
    connect(m_filterBar, &OrderFilterBar::edited, this, &OrdersView::filterEditedByHand);
    connect(m_filterBar, &OrderFilterBar::typing, m_searchDelay, qOverload<>(&QTimer::start));
}

void OrdersView::buildColumnMenu()
{
    m_columnMenu = new QMenu(tr("Columns"), this);
    m_columnMenu->setObjectName(u"columnMenu"_s);
    QHeaderView *header = m_orderView->horizontalHeader();
    for (int column = 0; column < OrderTableModel::ColumnCount; ++column) {
        QAction *action = m_columnMenu->addAction(m_orderModel->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(u"column:%1"_s.arg(column));
        action->setCheckable(true);
        action->setData(column);
        // The order number identifies a row; it always stays.
        action->setEnabled(column != OrderTableModel::Number);
        connect(action, &QAction::toggled, this, [this, header, column](bool visible) {
            header->setSectionHidden(column, !visible);
            saveLayout();
        });
    }
    connect(m_columnMenu, &QMenu::aboutToShow, this, [this, header] {
        for (QAction *action : m_columnMenu->actions()) {
            const QSignalBlocker blocker(action);
            action->setChecked(!header->isSectionHidden(action->data().toInt()));
        }
    });
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint &pos) { m_columnMenu->popup(header->viewport()->mapToGlobal(pos)); });

    auto *columns = new QToolButton(m_toolbar);
    columns->setText(tr("Columns"));
    columns->setAccessibleName(tr("Choose columns"));
    columns->setMenu(m_columnMenu);
    columns->setPopupMode(QToolButton::InstantPopup);
    m_toolbar->addWidget(columns);
}

void OrdersView::setPermissions(const Permissions &permissions)
{
    m_permissions = permissions;
    m_detail->setPermissions(permissions);
    m_bulkActions->setPermissions(permissions);
    updateEmptyState();
}

void OrdersView::filterEditedByHand()
{
    // The controls no longer show a saved view: say so instead of keeping its name up.
    m_views->markAsCustom();
    applyFilter();
}

void OrdersView::applyFilter()
{
    m_searchDelay->stop();
    listFiltered(filterFromControls());
    updateEmptyState();
}

OrderFilter OrdersView::filterFromControls() const
{
    OrderFilter filter = m_filterBar->filter();
    filter.search = m_search->text().trimmed();
    return filter;
}

void OrdersView::showFiltered(const OrderFilter &filter)
{
    // Asked from outside (the dashboard, a customer's orders): the view list says what this is.
    if (filter == OrderFilter{}) {
        m_views->showAllOrders();
        return;
    }
    m_views->markAsCustom();
    showFilterInControls(filter);
}

void OrdersView::showFilterInControls(const OrderFilter &filter)
{
    {
        const QSignalBlocker searchBlocker(m_search);
        m_search->setText(filter.search);
    }
    m_filterBar->showFilter(filter);

    // The controls round dates to whole local days; the filter asked for is what is listed.
    m_searchDelay->stop();
    listFiltered(filter);
    resolveCustomerName();
    updateEmptyState();
}

void OrdersView::setCustomerFilter(const QString &customerId)
{
    m_filterBar->setCustomer(customerId);
    filterEditedByHand();
    resolveCustomerName();
}

void OrdersView::resolveCustomerName()
{
    const QString customerId = m_filterBar->customerId();
    if (customerId.isEmpty() || !m_filterBar->customerName().isEmpty())
        return;
    m_worker.run([customerId](Session &session) { return CustomerRepository(session.database()).findById(customerId); },
            this,
            [this, customerId](const Result<std::optional<Customer>> &found) {
                if (customerId != m_filterBar->customerId())
                    return;
                if (!found) {
                    Q_EMIT statusMessage(found.error().message);
                    return;
                }
                m_filterBar->setCustomerName(*found ? (*found)->name : tr("unknown customer"));
                updateEmptyState();
            });
}

QComboBox *OrdersView::statusFilter() const
{
    return m_filterBar->statusFilter();
}

QComboBox *OrdersView::paymentFilter() const
{
    return m_filterBar->paymentFilter();
}

QComboBox *OrdersView::tagFilter() const
{
    return m_filterBar->tagFilter();
}

QComboBox *OrdersView::dateFilter() const
{
    return m_filterBar->dateFilter();
}

QDateEdit *OrdersView::fromDate() const
{
    return m_filterBar->fromDate();
}

QDateEdit *OrdersView::untilDate() const
{
    return m_filterBar->untilDate();
}

bool OrdersView::selectView(const QString &name)
{
    return m_views->select(name);
}

std::optional<QString> OrdersView::saveCurrentView(const QString &name)
{
    return m_views->saveShownFilter(name);
}

QComboBox *OrdersView::viewSelector() const
{
    return m_views->comboBox();
}

void OrdersView::openOrder(qint64 number)
{
    if (number <= 0)
        return;
    showInDetail(number);
    // Opened by number (not by clicking a row): its row is selected if the list has it at hand, and no
    // other row stays highlighted.
    if (!selectShownOrder())
        m_orderView->selectionModel()->clear();
}

void OrdersView::reloadKnownTags()
{
    // From what the list reads: the server, or the replica while offline.
    auto known = m_orderModel->source().tags().inUse();
    if (!known) {
        Q_EMIT statusMessage(known.error().message);
        return;
    }
    m_filterBar->setKnownTags(*known);
    m_bulkActions->setKnownTags(*known);
}

// The splitter key predates OrdersView (it was part of the main window); keeping it keeps people's
// layouts. The column state has its own key since the model gained columns.
void OrdersView::restoreLayout()
{
    QSettings settings;
    const QByteArray columns = settings.value(u"ordersView/columns"_s).toByteArray();
    if (!columns.isEmpty() && m_orderView->horizontalHeader()->restoreState(columns))
        m_columnFitter->cancel();
    m_splitter->restoreState(settings.value(u"mainWindow/ordersSplitter"_s).toByteArray());
}

void OrdersView::saveLayout() const
{
    QSettings settings;
    settings.setValue(u"ordersView/columns"_s, m_orderView->horizontalHeader()->saveState());
    settings.setValue(u"mainWindow/ordersSplitter"_s, m_splitter->saveState());
}

} // namespace shipshape
