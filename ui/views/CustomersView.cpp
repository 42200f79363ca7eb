#include "views/CustomersView.h"

#include "background/SessionWorker.h"
#include "models/CustomerOrdersModel.h"
#include "models/CustomerTableModel.h"
#include "session/Session.h"
#include "views/ColumnFitter.h"
#include "views/EmptyStateOverlay.h"
#include "views/TableViewSetup.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

CustomersView::CustomersView(SessionWorker &worker, QWidget *parent) : QWidget(parent), m_worker(worker)
{
    setObjectName(u"customersView"_s);
    m_customers = new CustomerTableModel(worker, this);
    m_orders = new CustomerOrdersModel(this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"customerSearch"_s);
    m_search->setPlaceholderText(tr("Search name or email…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search customers"));
    m_count = new QLabel(this);
    m_count->setObjectName(u"customerCount"_s);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);

    m_customerTable = new QTableView(this);
    m_customerTable->setObjectName(u"customerTable"_s);
    m_customerTable->setAccessibleName(tr("Customers"));
    m_customerTable->setModel(m_customers);
    m_customerTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_customerTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_customerTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_customerTable->setAlternatingRowColors(true);
    TableViewSetup::prepare(m_customerTable);
    // The email takes the room the other columns leave; each of them is as wide as what it shows.
    m_customerTable->horizontalHeader()->setSectionResizeMode(CustomerTableModel::Email, QHeaderView::Stretch);
    m_customerFitter = new ColumnFitter(m_customerTable,
            {CustomerTableModel::Name, CustomerTableModel::Orders, CustomerTableModel::Spend,
                    CustomerTableModel::Since},
            240);
    m_customersEmpty = new EmptyStateOverlay(m_customerTable);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(searchRow);
    listLayout->addWidget(m_customerTable, 1);

    m_title = new QLabel(tr("Select a customer"), this);
    m_title->setObjectName(u"customerTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long name and address wraps rather than widening the history at the list's expense.
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_totals = new QLabel(this);
    m_totals->setObjectName(u"customerTotals"_s);
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sms = new QLabel(this);
    m_sms->setObjectName(u"customerSms"_s);
    m_sms->setTextFormat(Qt::PlainText);
    m_sms->setWordWrap(true);
    m_sms->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_phoneButton = new QPushButton(tr("Mobile number…"), this);
    m_phoneButton->setObjectName(u"customerPhone"_s);
    m_phoneButton->setAccessibleName(tr("Set the customer's mobile number"));
    auto *smsRow = new QHBoxLayout;
    smsRow->addWidget(m_sms, 1);
    smsRow->addWidget(m_phoneButton);
    m_error = new QLabel(this);
    m_error->setObjectName(u"customersError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"background-color: rgba(230, 50, 50, 45); border-radius: 3px; padding: 4px;"_s);
    m_error->hide();

    m_ordersTable = new QTableView(this);
    m_ordersTable->setObjectName(u"customerOrdersTable"_s);
    m_ordersTable->setAccessibleName(tr("Orders of the selected customer"));
    m_ordersTable->setToolTip(tr("Double-click an order to open it"));
    m_ordersTable->setModel(m_orders);
    m_ordersTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ordersTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ordersTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ordersTable->setAlternatingRowColors(true);
    TableViewSetup::prepare(m_ordersTable, 8);
    m_ordersTable->horizontalHeader()->setSectionResizeMode(CustomerOrdersModel::PlacedAt, QHeaderView::Stretch);
    m_ordersFitter = new ColumnFitter(m_ordersTable,
            {CustomerOrdersModel::Number, CustomerOrdersModel::Status, CustomerOrdersModel::Items,
                    CustomerOrdersModel::Total, CustomerOrdersModel::Paid});
    m_ordersEmpty = new EmptyStateOverlay(m_ordersTable);

    m_previous = new QPushButton(tr("‹ Previous"), this);
    m_previous->setObjectName(u"previousPage"_s);
    m_previous->setAccessibleName(tr("Previous page of orders"));
    m_next = new QPushButton(tr("Next ›"), this);
    m_next->setObjectName(u"nextPage"_s);
    m_next->setAccessibleName(tr("Next page of orders"));
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(u"pageLabel"_s);
    m_pageLabel->setAlignment(Qt::AlignCenter);
    m_pageLabel->setMinimumWidth(120);
    auto *pager = new QHBoxLayout;
    pager->addStretch();
    pager->addWidget(m_previous);
    pager->addWidget(m_pageLabel);
    pager->addWidget(m_next);
    pager->addStretch();

    auto *historyPane = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyPane);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_title);
    historyLayout->addWidget(m_totals);
    historyLayout->addLayout(smsRow);
    historyLayout->addWidget(m_error);
    historyLayout->addWidget(m_ordersTable, 1);
    historyLayout->addLayout(pager);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"customersSplitter"_s);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(historyPane);
    // The list has the longer texts (emails); the history's columns are short.
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({760, 520});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &CustomersView::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CustomersView::applySearch);
    // Until the person arranges it, the list gets the room its fitted columns need (emails whole).
    connect(m_customerFitter, &ColumnFitter::fitted, this, &CustomersView::giveTheListItsRoom);
    connect(m_customers, &CustomerTableModel::loaded, this, [this] {
        updateCount();
        updateCustomersEmptyState({});
        updateOrdersEmptyState();
        // Keep the shown customer selected if the new list has them, else show the first one.
        const int row = m_history ? m_customers->rowOf(m_history->customer.id) : -1;
        if (row >= 0)
            m_customerTable->setCurrentIndex(m_customers->index(row, CustomerTableModel::Name));
        else if (m_customers->rowCount() > 0)
            m_customerTable->setCurrentIndex(m_customers->index(0, CustomerTableModel::Name));
        else
            clearHistory();
    });
    connect(m_customers, &CustomerTableModel::loadFailed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
        updateCustomersEmptyState(message);
        Q_EMIT actionFailed(message);
    });
    connect(m_customerTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomersView::onCurrentRowChanged);
    connect(m_previous, &QPushButton::clicked, this, [this] {
        if (m_history)
            showPage(m_history->page - 1);
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_history)
            showPage(m_history->page + 1);
    });
    // Activated: a double-click, or Enter for keyboard users.
    connect(m_ordersTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT openOrder(index.data(CustomerOrdersModel::OrderNumberRole).toLongLong());
    });
    connect(m_phoneButton, &QPushButton::clicked, this, &CustomersView::askForPhone);
    updatePager();
    updateOrdersEmptyState();
    updateSms();
}

void CustomersView::giveTheListItsRoom()
{
    if (m_splitterRestored)
        return;
    const int total = m_splitter->width() - m_splitter->handleWidth();
    if (total <= 0)
        return;
    int wanted = 2 * m_customerTable->frameWidth() + m_customerTable->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < CustomerTableModel::ColumnCount; ++column) {
        wanted += column == CustomerTableModel::Email ? ColumnFitter::fittingWidth(m_customerTable, column)
                                                      : m_customerTable->columnWidth(column);
    }
    // The history's columns are short; it keeps at least a third.
    const int list = std::min(wanted, total * 2 / 3);
    m_splitter->setSizes({list, total - list});
}

void CustomersView::reload()
{
    m_customers->reload();
    if (m_history)
        loadPage(m_history->customer.id, m_history->page);
}

void CustomersView::applySearch()
{
    m_searchDelay->stop();
    m_customers->setSearch(m_search->text());
}

void CustomersView::updateCount()
{
    m_count->setText(tr("%Ln customer(s)", nullptr, int(std::min<qint64>(m_customers->matchingCount(), INT_MAX))));
}

void CustomersView::updateCustomersEmptyState(const QString &loadError)
{
    if (!loadError.isEmpty()) {
        m_customersEmpty->setState(tr("The customers could not be read."), loadError,
                {{tr("Try again"), [this] { reload(); }, u"retryLoad"_s}});
        return;
    }
    const QString search = m_customers->search().trimmed();
    if (search.isEmpty()) {
        m_customersEmpty->setState(tr("No customers yet."), tr("A customer is added with their first order."));
        return;
    }
    m_customersEmpty->setState(tr("No customers match “%1”.").arg(search),
            tr("The search looks at names and email addresses."),
            {{tr("Clear the search"),
                    [this] {
                        m_search->clear();
                        applySearch();
                    },
                    u"clearSearch"_s}});
}

void CustomersView::updateOrdersEmptyState()
{
    if (!m_history) {
        // Without customers the list itself says why.
        if (m_customers->rowCount() > 0)
            m_ordersEmpty->setState(tr("Select a customer to see their orders."));
        else
            m_ordersEmpty->clearState();
        return;
    }
    m_ordersEmpty->setState(tr("%1 has no orders yet.").arg(m_history->customer.name));
}

void CustomersView::onCurrentRowChanged()
{
    const QModelIndex current = m_customerTable->currentIndex();
    if (!current.isValid())
        return;
    const QString id = current.data(CustomerTableModel::CustomerIdRole).toString();
    if (m_history && m_history->customer.id == id)
        return;
    showCustomer(id);
}

void CustomersView::showCustomer(const QString &customerId)
{
    loadPage(customerId, 1);
}

void CustomersView::showPage(int page)
{
    if (!m_history || page < 1 || page > m_history->pageCount)
        return;
    loadPage(m_history->customer.id, page);
}

void CustomersView::refreshOrder(qint64 number)
{
    if (!m_history)
        return;
    for (const OrderSummary &order : m_history->orders) {
        if (order.number == number) {
            loadPage(m_history->customer.id, m_history->page);
            return;
        }
    }
}

void CustomersView::loadPage(const QString &customerId, int page)
{
    const quint64 generation = ++m_historyGeneration;
    m_requestedCustomer = customerId;
    m_historyLoading = true;
    updatePager();
    m_worker.run(
            [customerId, page](Session &session) {
                auto history = session.customers().orderHistory(customerId, page, kHistoryPageSize);
                // The page may be gone (the list changed meanwhile): show the first page instead.
                if (!history && history.error().field == u"page"_s && page > 1)
                    history = session.customers().orderHistory(customerId, 1, kHistoryPageSize);
                return history;
            },
            this,
            [this, generation](const Result<CustomerOrderPage> &result) {
                if (generation != m_historyGeneration)
                    return;
                m_historyLoading = false;
                if (!result) {
                    m_error->setText(result.error().message);
                    m_error->show();
                    updatePager();
                    Q_EMIT actionFailed(result.error().message);
                    return;
                }
                m_error->hide();
                setHistory(*result);
            });
}

void CustomersView::setHistory(const CustomerOrderPage &history)
{
    const bool sameCustomer = m_history && m_history->customer.id == history.customer.id;
    m_history = history;
    m_title->setText(tr("%1 <%2>").arg(history.customer.name, history.customer.email));
    const QLocale locale;
    QString totals = tr("%Ln order(s)", nullptr, int(std::min<qint64>(history.totals.orders, INT_MAX)));
    if (history.totals.cancelled > 0)
        totals += tr(" (%Ln cancelled)", nullptr, int(std::min<qint64>(history.totals.cancelled, INT_MAX)));
    totals += tr(" · spent %1").arg(CustomerTableModel::spendText(history.totals, locale));
    if (history.customer.createdAt.isValid())
        totals += tr(" · customer since %1")
                          .arg(locale.toString(history.customer.createdAt.toLocalTime().date(), QLocale::LongFormat));
    m_totals->setText(totals);
    updateSms();
    updateOrdersEmptyState();
    m_orders->setOrders(history.orders);
    if (!sameCustomer)
        m_ordersFitter->fit(); // another customer's amounts and statuses
    if (!sameCustomer || !history.orders.isEmpty())
        m_ordersTable->scrollToTop();
    updatePager();
    Q_EMIT historyShown();
}

void CustomersView::clearHistory()
{
    ++m_historyGeneration; // a page still on its way is for a customer no longer listed
    m_historyLoading = false;
    m_history.reset();
    // With nobody listed the list says why; the history has nothing to add.
    m_title->setText(m_customers->rowCount() > 0 ? tr("Select a customer") : QString());
    m_totals->clear();
    updateSms();
    updateOrdersEmptyState();
    m_orders->setOrders({});
    updatePager();
}

void CustomersView::setPermissions(const Permissions &permissions)
{
    m_permissions = permissions;
    updateSms();
}

void CustomersView::setPhone(const QString &phoneText)
{
    if (!m_history)
        return;
    const QString customerId = m_history->customer.id;
    m_worker.run(
            [customerId, phoneText](Session &session) { return session.customers().setPhone(customerId, phoneText); },
            this,
            [this, customerId](const Result<Customer> &result) {
                if (!result) {
                    m_error->setText(result.error().message);
                    m_error->show();
                    Q_EMIT actionFailed(result.error().message);
                    return;
                }
                m_error->hide();
                if (m_history && m_history->customer.id == customerId) {
                    m_history->customer = *result;
                    updateSms();
                }
                Q_EMIT phoneChanged();
            });
}

void CustomersView::askForPhone()
{
    if (!m_history)
        return;
    bool accepted = false;
    const QString text = QInputDialog::getText(this, tr("Mobile number"),
            tr("Mobile number of %1 for SMS status messages, with + and the country code or as dialled in the "
               "shop's region. Leave it empty to remove it.")
                    .arg(m_history->customer.name),
            QLineEdit::Normal, m_history->customer.phone, &accepted);
    if (accepted)
        setPhone(text.trimmed());
}

void CustomersView::updateSms()
{
    if (!m_history) {
        m_sms->clear();
        m_phoneButton->setEnabled(false);
        return;
    }
    const Customer &customer = m_history->customer;
    if (customer.phone.isEmpty())
        m_sms->setText(tr("No mobile number: no SMS status messages."));
    else if (customer.smsOptedOutAt)
        m_sms->setText(tr("SMS to %1: opted out (replied STOP) on %2; none are sent until they reply START.")
                               .arg(customer.phone,
                                       QLocale().toString(
                                               customer.smsOptedOutAt->toLocalTime().date(), QLocale::ShortFormat)));
    else
        m_sms->setText(tr("SMS status messages go to %1.").arg(customer.phone));
    const bool mayChange = m_permissions.placeOrders;
    m_phoneButton->setEnabled(mayChange);
    m_phoneButton->setToolTip(mayChange ? tr("Set or remove the mobile number for SMS status messages")
                    : !m_permissions.readOnlyReason.isEmpty() ? m_permissions.readOnlyReason
                                                              : tr("Your login may not change customers."));
}

void CustomersView::updatePager()
{
    const bool shown = m_history.has_value();
    m_pageLabel->setText(shown ? tr("Page %L1 of %L2").arg(m_history->page).arg(m_history->pageCount) : QString());
    m_previous->setEnabled(shown && !m_historyLoading && m_history->page > 1);
    m_next->setEnabled(shown && !m_historyLoading && m_history->page < m_history->pageCount);
}

// The customer list's columns have their own key since they fit what they show: layouts saved under the
// old key had the email squeezed by fixed widths, and are left behind once.
void CustomersView::saveLayout(QSettings &settings) const
{
    settings.setValue(u"customers/listColumns"_s, m_customerTable->horizontalHeader()->saveState());
    settings.setValue(u"customers/orderColumns"_s, m_ordersTable->horizontalHeader()->saveState());
    settings.setValue(u"customers/splitter"_s, m_splitter->saveState());
}

void CustomersView::restoreLayout(const QSettings &settings)
{
    if (const QByteArray state = settings.value(u"customers/listColumns"_s).toByteArray();
            !state.isEmpty() && m_customerTable->horizontalHeader()->restoreState(state))
        m_customerFitter->cancel();
    if (const QByteArray state = settings.value(u"customers/orderColumns"_s).toByteArray();
            !state.isEmpty() && m_ordersTable->horizontalHeader()->restoreState(state))
        m_ordersFitter->cancel();
    if (const QByteArray state = settings.value(u"customers/splitter"_s).toByteArray(); !state.isEmpty())
        m_splitterRestored = m_splitter->restoreState(state);
}

} // namespace shipshape
