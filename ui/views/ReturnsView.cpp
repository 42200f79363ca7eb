#include "views/ReturnsView.h"

#include "background/SessionWorker.h"
#include "models/ReturnTableModel.h"
#include "session/Session.h"
#include "views/ColumnFitter.h"
#include "views/ReturnExchangeDialog.h"
#include "views/ReturnReceiveDialog.h"
#include "views/ReturnRefundDialog.h"
#include "views/TableViewSetup.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// The returns the page lists: enough for the work at hand; older ones are found through their order.
constexpr int kListLimit = 500;

} // namespace

ReturnsView::ReturnsView(SessionWorker &worker, QWidget *parent) : QWidget(parent), m_worker(worker)
{
    setObjectName(u"returnsView"_s);
    m_model = new ReturnTableModel(this);

    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(u"returnsStateFilter"_s);
    m_stateFilter->setAccessibleName(tr("Show returns in state"));
    m_stateFilter->addItem(tr("All returns"), QString());
    for (const QString &key : ReturnStates::keys()) {
        if (const auto state = ReturnStates::fromKey(key))
            m_stateFilter->addItem(ReturnStates::displayName(*state), key);
    }
    m_reasonFilter = new QComboBox(this);
    m_reasonFilter->setObjectName(u"returnsReasonFilter"_s);
    m_reasonFilter->setAccessibleName(tr("Show returns with reason"));
    m_reasonFilter->addItem(tr("Any reason"), QString());
    for (const QString &key : ReturnReasons::keys()) {
        if (const auto reason = ReturnReasons::fromKey(key))
            m_reasonFilter->addItem(ReturnReasons::displayName(*reason), key);
    }
    m_ageFilter = new QComboBox(this);
    m_ageFilter->setObjectName(u"returnsAgeFilter"_s);
    m_ageFilter->setAccessibleName(tr("Show returns opened"));
    m_ageFilter->addItem(tr("Any age"), 0);
    for (const int days : {1, 3, 7, 14})
        m_ageFilter->addItem(tr("Older than %n day(s)", nullptr, days), days);
    m_clearPeriod = new QPushButton(this);
    m_clearPeriod->setObjectName(u"returnsClearPeriod"_s);
    m_clearPeriod->setToolTip(tr("Show returns of any period again"));
    m_clearPeriod->setAccessibleName(tr("Clear the period"));
    m_clearPeriod->setVisible(false);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(u"returnsRefresh"_s);
    m_refresh->setToolTip(tr("Reload the returns (F5)"));
    m_receive = new QPushButton(tr("Receive…"), this);
    m_receive->setObjectName(u"returnsReceive"_s);
    m_receive->setToolTip(tr("Say what arrived of the selected return: restocked or written off"));
    m_refund = new QPushButton(tr("Refund…"), this);
    m_refund->setObjectName(u"returnsRefund"_s);
    m_refund->setToolTip(tr("Refund the selected received return and close it"));
    m_reject = new QPushButton(tr("Reject…"), this);
    m_reject->setObjectName(u"returnsReject"_s);
    m_reject->setToolTip(tr("Reject the selected requested return, saying why"));
    m_exchange = new QPushButton(tr("Exchange…"), this);
    m_exchange->setObjectName(u"returnsExchange"_s);
    m_exchange->setToolTip(tr("Send a replacement for the selected return; its value pays for it"));
    for (QPushButton *button : {m_refresh, m_receive, m_refund, m_reject, m_exchange})
        button->setAccessibleName(button->text().remove(u'…'));
    m_status = new QLabel(this);
    m_status->setObjectName(u"returnsStatus"_s);
    m_status->setTextFormat(Qt::PlainText);

    auto *refreshAction = new QAction(this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);
    connect(refreshAction, &QAction::triggered, this, &ReturnsView::refresh);

    auto *bar = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&State:"), this);
    filterLabel->setBuddy(m_stateFilter);
    bar->addWidget(filterLabel);
    bar->addWidget(m_stateFilter);
    auto *reasonLabel = new QLabel(tr("R&eason:"), this);
    reasonLabel->setBuddy(m_reasonFilter);
    bar->addWidget(reasonLabel);
    bar->addWidget(m_reasonFilter);
    auto *ageLabel = new QLabel(tr("&Age:"), this);
    ageLabel->setBuddy(m_ageFilter);
    bar->addWidget(ageLabel);
    bar->addWidget(m_ageFilter);
    bar->addWidget(m_clearPeriod);
    bar->addWidget(m_refresh);
    bar->addSpacing(16);
    bar->addWidget(m_receive);
    bar->addWidget(m_refund);
    bar->addWidget(m_reject);
    bar->addWidget(m_exchange);
    bar->addStretch();
    bar->addWidget(m_status);

    m_table = new QTableView(this);
    m_table->setObjectName(u"returnsTable"_s);
    m_table->setAccessibleName(tr("Returns"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    TableViewSetup::prepare(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(ReturnTableModel::Reasons, QHeaderView::Stretch);
    new ColumnFitter(m_table,
            {ReturnTableModel::Id, ReturnTableModel::Order, ReturnTableModel::State, ReturnTableModel::Opened,
                    ReturnTableModel::Units, ReturnTableModel::Refund},
            300);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    for (QComboBox *box : {m_stateFilter, m_reasonFilter, m_ageFilter}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_settingFilters)
                refresh();
        });
    }
    connect(m_clearPeriod, &QPushButton::clicked, this, &ReturnsView::clearPeriod);
    connect(m_refresh, &QPushButton::clicked, this, &ReturnsView::refresh);
    connect(m_receive, &QPushButton::clicked, this, &ReturnsView::receiveSelected);
    connect(m_refund, &QPushButton::clicked, this, &ReturnsView::refundSelected);
    connect(m_reject, &QPushButton::clicked, this, &ReturnsView::rejectSelected);
    connect(m_exchange, &QPushButton::clicked, this, &ReturnsView::exchangeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReturnsView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReturnsView::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT openOrderRequested(index.data(ReturnTableModel::OrderNumberRole).toLongLong());
    });
    updateActions();
    refresh();
}

ReturnReceiveDialog *ReturnsView::receiveDialog() const
{
    return m_receiveDialog;
}

ReturnRefundDialog *ReturnsView::refundDialog() const
{
    return m_refundDialog;
}

ReturnExchangeDialog *ReturnsView::exchangeDialog() const
{
    return m_exchangeDialog;
}

ReturnFilter ReturnsView::filter(const QDateTime &now) const
{
    ReturnFilter filter;
    filter.state = ReturnStates::fromKey(m_stateFilter->currentData().toString());
    filter.reason = ReturnReasons::fromKey(m_reasonFilter->currentData().toString());
    if (m_period) {
        filter.openedFrom = m_period->first.startOfDay(Qt::UTC);
        filter.openedBefore = m_period->second.addDays(1).startOfDay(Qt::UTC);
    }
    if (const int days = m_ageFilter->currentData().toInt(); days > 0 && now.isValid()) {
        const QDateTime before = now.addDays(-days);
        if (!filter.openedBefore || before < *filter.openedBefore)
            filter.openedBefore = before;
    }
    return filter;
}

void ReturnsView::showPeriod(QDate from, QDate to, std::optional<ReturnReason> reason)
{
    m_settingFilters = true;
    m_stateFilter->setCurrentIndex(0);
    m_ageFilter->setCurrentIndex(0);
    m_reasonFilter->setCurrentIndex(reason ? qMax(0, m_reasonFilter->findData(ReturnReasons::key(*reason))) : 0);
    m_settingFilters = false;
    m_period = std::pair{from, to};
    const QLocale locale;
    m_clearPeriod->setText(
            tr("Opened %1 – %2 ✕")
                    .arg(locale.toString(from, QLocale::ShortFormat), locale.toString(to, QLocale::ShortFormat)));
    m_clearPeriod->setVisible(true);
    refresh();
}

void ReturnsView::clearPeriod()
{
    m_period.reset();
    m_clearPeriod->setVisible(false);
    refresh();
}

void ReturnsView::refresh()
{
    if (const auto selected = selectedReturn(); selected && m_selectAfterLoad == 0)
        m_selectAfterLoad = selected->id;
    // The filter is read here, on the GUI thread; "older than" is counted from the session's clock.
    m_worker.run(
            [controls = filter(QDateTime()), ageDays = m_ageFilter->currentData().toInt()](Session &session) {
                ReturnFilter filter = controls;
                if (ageDays > 0) {
                    const QDateTime before = session.clock().now().addDays(-ageDays);
                    if (!filter.openedBefore || before < *filter.openedBefore)
                        filter.openedBefore = before;
                }
                return session.orders().returns().list(filter, kListLimit);
            },
            this,
            [this](const Result<QList<OrderReturn>> &result) {
                if (result) {
                    m_model->setReturns(*result);
                    m_status->setText(tr("%n return(s)", nullptr, int(result->size())));
                    if (m_selectAfterLoad != 0)
                        selectReturn(std::exchange(m_selectAfterLoad, 0));
                } else {
                    m_status->setText(result.error().message);
                    Q_EMIT actionFailed(result.error().message);
                }
                Q_EMIT loaded();
            });
}

void ReturnsView::selectReturn(qint64 returnId)
{
    const int row = m_model->rowOf(returnId);
    if (row >= 0)
        m_table->selectRow(row);
}

std::optional<OrderReturn> ReturnsView::selectedReturn() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->returnAt(rows.first().row());
}

void ReturnsView::setReadOnly(const QString &reason)
{
    m_readOnlyReason = reason;
    const bool writable = reason.isEmpty();
    m_receive->setToolTip(writable ? tr("Say what arrived of the selected return: restocked or written off") : reason);
    m_refund->setToolTip(writable ? tr("Refund the selected received return and close it") : reason);
    m_reject->setToolTip(writable ? tr("Reject the selected requested return, saying why") : reason);
    m_exchange->setToolTip(writable ? tr("Send a replacement for the selected return; its value pays for it") : reason);
    updateActions();
}

void ReturnsView::updateActions()
{
    const auto selected = selectedReturn();
    const bool free = !m_busy && m_readOnlyReason.isEmpty() && selected.has_value();
    const bool exchanged = selected && selected->isExchanged();
    // A received return with units still outstanding takes a late receipt (docs/fulfillment.md).
    m_receive->setEnabled(free && selected->canBeReceived());
    m_reject->setEnabled(free && selected->state == ReturnState::Requested && !exchanged);
    m_refund->setEnabled(free && selected->state == ReturnState::Received && !exchanged);
    m_exchange->setEnabled(free && !exchanged
            && (selected->state == ReturnState::Requested || selected->state == ReturnState::Received));
}

void ReturnsView::finished(const OrderReturn &orderReturn)
{
    m_busy = false;
    m_selectAfterLoad = orderReturn.id;
    Q_EMIT returnChanged(orderReturn.id, orderReturn.orderNumber);
    refresh();
}

template <typename Dialog>
void ReturnsView::settle(const Result<OrderReturn> &result, Dialog *dialog,
        void (*showRefusal)(std::type_identity_t<Dialog> *, const QString &))
{
    if (!result) {
        m_busy = false;
        updateActions();
        if (dialog)
            showRefusal(dialog, result.error().message);
        Q_EMIT actionFailed(result.error().message);
        return;
    }
    if (dialog)
        dialog->accept();
    finished(*result);
}

void ReturnsView::receiveSelected()
{
    const auto selected = selectedReturn();
    if (!selected || m_receiveDialog)
        return;
    auto *dialog = new ReturnReceiveDialog(*selected, this);
    m_receiveDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReturnReceiveDialog::submitted, this,
            [this, dialog](qint64 id, const QList<ShipmentLine> &restock, const QList<ShipmentLine> &writeOff) {
                dialog->setBusy(true);
                dialog->showError({});
                m_busy = true;
                updateActions();
                m_worker.run(
                        [id, restock, writeOff](
                                Session &session) { return session.orders().returns().receive(id, restock, writeOff); },
                        this,
                        [this, guard = QPointer(dialog)](const Result<OrderReturn> &result) {
                            // The view waits for core's answer even when the dialog was closed meanwhile.
                            settle(result, guard.data(), [](ReturnReceiveDialog *open, const QString &message) {
                                open->setBusy(false);
                                open->showError(message);
                            });
                        });
            });
    dialog->open();
}

void ReturnsView::refundSelected()
{
    const auto selected = selectedReturn();
    if (!selected || m_refundDialog || m_busy)
        return;
    const qint64 returnId = selected->id;
    const qint64 number = selected->orderNumber;
    m_busy = true;
    updateActions();
    // The dialog needs the order (its currency, how it was paid) and the return as it is now.
    m_worker.run(
            [returnId, number](Session &session) -> Result<std::pair<OrderReturn, Order>> {
                auto orderReturn = session.orders().returns().find(returnId);
                if (!orderReturn)
                    return fail(orderReturn.error());
                auto order = session.orders().find(QString::number(number));
                if (!order)
                    return fail(order.error());
                return std::pair{*orderReturn, *order};
            },
            this,
            [this](const Result<std::pair<OrderReturn, Order>> &loaded) {
                m_busy = false;
                updateActions();
                if (!loaded) {
                    Q_EMIT actionFailed(loaded.error().message);
                    return;
                }
                auto *dialog = new ReturnRefundDialog(loaded->first, loaded->second, this);
                m_refundDialog = dialog;
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &ReturnRefundDialog::submitted, this,
                        [this, dialog](qint64 id, const ReturnRefundRequest &request) {
                            dialog->setBusy(true);
                            dialog->showError({});
                            m_busy = true;
                            updateActions();
                            // A card order's refund waits for Stripe; the worker holds its queue until then.
                            m_worker.run(
                                    [id, request](Session &session) -> AsyncResult<OrderReturn> {
                                        return andThen(session.payments().refundReturn(id, request),
                                                [&session, id](const Result<Order> &order) -> Result<OrderReturn> {
                                                    if (!order)
                                                        return fail(order.error());
                                                    return session.orders().returns().find(id);
                                                });
                                    },
                                    this,
                                    [this, guard = QPointer(dialog)](const Result<OrderReturn> &result) {
                                        settle(result, guard.data(),
                                                [](ReturnRefundDialog *open, const QString &message) {
                                                    open->setBusy(false);
                                                    open->showError(message);
                                                });
                                    });
                        });
                dialog->open();
            });
}

void ReturnsView::rejectSelected()
{
    const auto selected = selectedReturn();
    if (!selected || m_busy)
        return;
    QString reason;
    if (m_nextRejectReason) {
        reason = *std::exchange(m_nextRejectReason, std::nullopt);
    } else {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Reject return %1").arg(selected->id),
                tr("Why is the return rejected? (for the timeline)"), QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
    }
    const qint64 id = selected->id;
    m_busy = true;
    updateActions();
    m_worker.run([id, reason](Session &session) { return session.orders().returns().reject(id, reason); }, this,
            [this](const Result<OrderReturn> &result) {
                if (!result) {
                    m_busy = false;
                    updateActions();
                    Q_EMIT actionFailed(result.error().message);
                    return;
                }
                finished(*result);
            });
}

void ReturnsView::exchangeSelected()
{
    const auto selected = selectedReturn();
    if (!selected || m_exchangeDialog || m_busy)
        return;
    const qint64 returnId = selected->id;
    m_busy = true;
    updateActions();
    // The replacement goes to the customer and address of the return's order.
    m_worker.run(
            [returnId](Session &session) -> Result<std::pair<OrderReturn, PlaceOrderRequest>> {
                auto orderReturn = session.orders().returns().find(returnId);
                if (!orderReturn)
                    return fail(orderReturn.error());
                auto defaults = session.orders().exchanges().replacementDefaults(returnId);
                if (!defaults)
                    return fail(defaults.error());
                return std::pair{*orderReturn, *defaults};
            },
            this,
            [this](const Result<std::pair<OrderReturn, PlaceOrderRequest>> &loaded) {
                m_busy = false;
                updateActions();
                if (!loaded) {
                    Q_EMIT actionFailed(loaded.error().message);
                    return;
                }
                auto *dialog = new ReturnExchangeDialog(m_worker, loaded->first, loaded->second, this);
                m_exchangeDialog = dialog;
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &ReturnExchangeDialog::submitted, this,
                        [this, dialog](qint64 id, const PlaceOrderRequest &replacement) {
                            dialog->setBusy(true);
                            dialog->showError({});
                            m_busy = true;
                            updateActions();
                            m_worker.run(
                                    [id, replacement](Session &session) -> Result<OrderReturn> {
                                        auto exchanged = session.orders().exchanges().exchange(id, replacement);
                                        if (!exchanged)
                                            return fail(exchanged.error());
                                        return exchanged->orderReturn;
                                    },
                                    this,
                                    [this, guard = QPointer(dialog)](const Result<OrderReturn> &result) {
                                        settle(result, guard.data(),
                                                [](ReturnExchangeDialog *open, const QString &message) {
                                                    open->setBusy(false);
                                                    open->showError(message);
                                                });
                                    });
                        });
                dialog->open();
            });
}

} // namespace shipshape
