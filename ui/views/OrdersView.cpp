#include "views/OrdersView.h"

#include "background/SessionWorker.h"
#include "models/OrderTableModel.h"
#include "session/Session.h"
#include "sync/ChangeFeed.h"
#include "views/OrderDetailView.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

OrdersView::OrdersView(Session &session, SessionWorker &worker, QWidget *parent)
    : QWidget(parent), m_session(session), m_worker(worker)
{
    setObjectName(u"ordersView"_s);

    m_orderModel = new OrderTableModel(session.orders(), &session.events(), this);

    m_toolbar = new QToolBar(tr("Orders"), this);
    m_toolbar->setObjectName(u"ordersToolbar"_s);

    m_search = new QLineEdit(m_toolbar);
    m_search->setObjectName(u"orderSearch"_s);
    m_search->setPlaceholderText(tr("Search number, customer, email, SKU or tracking…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search orders"));
    m_search->setMinimumWidth(360);
    m_toolbar->addWidget(m_search);

    m_statusFilter = new QComboBox(m_toolbar);
    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_statusFilter->setAccessibleName(tr("Filter by status"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (OrderStatus status : OrderLifecycle::allStatuses())
        m_statusFilter->addItem(OrderLifecycle::displayName(status), OrderLifecycle::key(status));
    m_toolbar->addWidget(m_statusFilter);

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
    connect(refresh, &QAction::triggered, m_orderModel, &OrderTableModel::reload);

    m_orderView = new QTableView(this);
    m_orderView->setObjectName(u"orderTable"_s);
    m_orderView->setAccessibleName(tr("Orders"));
    m_orderView->setModel(m_orderModel);
    m_orderView->setSortingEnabled(true);
    m_orderView->sortByColumn(OrderTableModel::Number, Qt::DescendingOrder);
    m_orderView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_orderView->setAlternatingRowColors(true);
    m_orderView->setWordWrap(false);
    m_orderView->verticalHeader()->hide();
    // Uniform rows let the view lay out a million rows without asking each one for its height.
    m_orderView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_orderView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_orderView->horizontalHeader()->setStretchLastSection(false);
    m_orderView->horizontalHeader()->setSectionResizeMode(OrderTableModel::Customer, QHeaderView::Stretch);
    m_orderView->setColumnWidth(OrderTableModel::Number, 80);
    m_orderView->setColumnWidth(OrderTableModel::PlacedAt, 150);
    m_orderView->setColumnWidth(OrderTableModel::Status, 95);
    m_orderView->setColumnWidth(OrderTableModel::Total, 115);
    m_detail = new OrderDetailView(m_worker, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"ordersSplitter"_s);
    m_splitter->addWidget(m_orderView);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({740, 540});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_splitter, 1);

    connect(m_orderView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openOrder(current.data(OrderTableModel::OrderNumberRole).toLongLong());
            });
    connect(m_detail, &OrderDetailView::orderChanged, m_orderModel, &OrderTableModel::refreshOrder);
    connect(m_detail, &OrderDetailView::actionFailed, this, &OrdersView::statusMessage);

    // Changes committed elsewhere (the background thread, another process, another desktop) refresh
    // only their rows; after a reconnect the whole list is re-read.
    ChangeFeed &feed = session.changeFeed();
    connect(&feed, &ChangeFeed::orderChanged, m_orderModel, &OrderTableModel::refreshOrder);
    connect(&feed, &ChangeFeed::orderChanged, this, [this](qint64 number) {
        if (m_detail->order() && m_detail->order()->number == number)
            m_detail->showOrder(number);
    });
    connect(&feed, &ChangeFeed::resynchronize, m_orderModel, &OrderTableModel::reload);

    // Searching on every keystroke would run a query per letter; wait for a pause in typing.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &OrdersView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &OrdersView::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &OrdersView::applyFilter);
    connect(m_orderModel, &OrderTableModel::modelReset, this,
            [this] { Q_EMIT orderCountChanged(m_orderModel->rowCount()); });
    connect(m_orderModel, &OrderTableModel::loadFailed, this, &OrdersView::statusMessage);

    restoreLayout();
    if (m_orderModel->rowCount() > 0)
        m_orderView->setCurrentIndex(m_orderModel->index(0, OrderTableModel::Number));
}

OrdersView::~OrdersView() = default;

void OrdersView::setPermissions(const Permissions &permissions)
{
    m_detail->setPermissions(permissions);
}

void OrdersView::applyFilter()
{
    m_searchDelay->stop();
    OrderFilter filter = m_orderModel->filter();
    filter.search = m_search->text().trimmed();
    filter.statuses.clear();
    if (const auto status = OrderLifecycle::fromKey(m_statusFilter->currentData().toString()))
        filter.statuses << *status;
    m_orderModel->setFilter(filter);
}

void OrdersView::openOrder(qint64 number)
{
    if (number <= 0)
        return;
    // Opened by number (not by clicking a row): keep the list from highlighting another order.
    const QModelIndex current = m_orderView->currentIndex();
    if (current.isValid() && current.data(OrderTableModel::OrderNumberRole).toLongLong() != number)
        m_orderView->selectionModel()->clear();
    m_detail->showOrder(number);
}

// The keys predate OrdersView (it was part of the main window); keeping them keeps people's layouts.
void OrdersView::restoreLayout()
{
    QSettings settings;
    m_orderView->horizontalHeader()->restoreState(settings.value(u"mainWindow/orderColumns"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"mainWindow/ordersSplitter"_s).toByteArray());
}

void OrdersView::saveLayout() const
{
    QSettings settings;
    settings.setValue(u"mainWindow/orderColumns"_s, m_orderView->horizontalHeader()->saveState());
    settings.setValue(u"mainWindow/ordersSplitter"_s, m_splitter->saveState());
}

} // namespace shipshape
