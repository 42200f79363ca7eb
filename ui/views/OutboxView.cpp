#include "views/OutboxView.h"

#include "background/SessionWorker.h"
#include "models/OutboxModel.h"
#include "session/Session.h"
#include "views/ColumnFitter.h"
#include "views/EmptyStateOverlay.h"
#include "views/SafeTextBrowser.h"
#include "views/TableViewSetup.h"
#include "views/WebhookDeliveriesPanel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

bool isRetryable(const QString &statusKey)
{
    return statusKey == u"failed"_s || statusKey == u"retry"_s;
}

bool isSent(const QString &statusKey)
{
    return statusKey == u"sent"_s;
}

// What a batch action did: how many succeeded and why the others did not.
struct BatchOutcome {
    int succeeded = 0;
    QStringList problems;
    QList<qint64> touched;
};

} // namespace

OutboxView::OutboxView(SessionWorker &worker, QWidget *parent) : QWidget(parent), m_worker(worker)
{
    setObjectName(u"outboxView"_s);
    m_model = new OutboxModel(worker, this);

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(u"outboxStatusFilter"_s);
    m_statusFilter->setAccessibleName(tr("Show emails with status"));
    m_statusFilter->addItem(tr("All emails"), QString());
    for (OutboxStatus status : OutboxStatuses::all())
        m_statusFilter->addItem(OutboxStatuses::displayName(status), OutboxStatuses::key(status));
    // What SendGrid's Event Webhook reported became of sent emails (docs/notifications.md).
    m_deliveryFilter = new QComboBox(this);
    m_deliveryFilter->setObjectName(u"outboxDeliveryFilter"_s);
    m_deliveryFilter->setAccessibleName(tr("Show emails with delivery state"));
    m_deliveryFilter->addItem(tr("Any delivery"), QString());
    for (DeliveryState state : DeliveryStates::all())
        m_deliveryFilter->addItem(DeliveryStates::displayName(state), DeliveryStates::key(state));

    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(u"outboxRefresh"_s);
    m_refresh->setToolTip(tr("Reload the outbox (F5)"));
    m_retry = new QPushButton(tr("Retry now"), this);
    m_retry->setObjectName(u"outboxRetry"_s);
    m_retry->setToolTip(tr("Send the selected failed or waiting emails at the next opportunity"));
    m_resend = new QPushButton(tr("Send again…"), this);
    m_resend->setObjectName(u"outboxResend"_s);
    m_resend->setToolTip(tr("Queue a fresh copy of the selected sent emails"));
    m_count = new QLabel(this);
    m_count->setObjectName(u"outboxCount"_s);

    auto *refreshAction = new QAction(this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);
    connect(refreshAction, &QAction::triggered, this, &OutboxView::refresh);

    // Which outbox: customer emails and SMS, or outbound webhooks (docs/notifications.md, "Webhooks").
    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(u"outboxKindFilter"_s);
    m_kindFilter->setAccessibleName(tr("Show the outbox of"));
    m_kindFilter->addItem(tr("Emails and SMS"));
    m_kindFilter->addItem(tr("Webhooks"));
    m_kindFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kindFilter->setMinimumContentsLength(int(m_kindFilter->itemText(0).size()) + 3);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kindFilter);
    auto *kindBar = new QHBoxLayout;
    kindBar->addWidget(kindLabel);
    kindBar->addWidget(m_kindFilter);
    kindBar->addStretch();

    auto *bar = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Status:"), this);
    filterLabel->setBuddy(m_statusFilter);
    bar->addWidget(filterLabel);
    bar->addWidget(m_statusFilter);
    auto *deliveryLabel = new QLabel(tr("&Delivery:"), this);
    deliveryLabel->setBuddy(m_deliveryFilter);
    bar->addWidget(deliveryLabel);
    bar->addWidget(m_deliveryFilter);
    bar->addWidget(m_refresh);
    bar->addSpacing(16);
    bar->addWidget(m_retry);
    bar->addWidget(m_resend);
    bar->addStretch();
    bar->addWidget(m_count);

    m_table = new QTableView(this);
    m_table->setObjectName(u"outboxTable"_s);
    m_table->setAccessibleName(tr("Customer emails"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    TableViewSetup::prepare(m_table);
    // The last error takes the room left; every other column is as wide as what it shows.
    m_table->horizontalHeader()->setSectionResizeMode(OutboxModel::LastError, QHeaderView::Stretch);
    new ColumnFitter(m_table,
            {OutboxModel::Id, OutboxModel::Status, OutboxModel::Order, OutboxModel::Recipient, OutboxModel::Kind,
                    OutboxModel::Attempts, OutboxModel::NextAttempt, OutboxModel::Created, OutboxModel::Sent,
                    OutboxModel::Delivery},
            300);
    m_emptyState = new EmptyStateOverlay(m_table);

    m_previewSubject = new QLabel(tr("Select an email to see it as the customer does."), this);
    m_previewSubject->setObjectName(u"outboxPreviewSubject"_s);
    m_previewSubject->setTextFormat(Qt::PlainText);
    m_previewSubject->setWordWrap(true);
    QFont subjectFont = m_previewSubject->font();
    subjectFont.setBold(true);
    m_previewSubject->setFont(subjectFont);
    m_previewMeta = new QLabel(this);
    m_previewMeta->setTextFormat(Qt::PlainText);
    m_previewMeta->setWordWrap(true);
    m_previewMeta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview = new SafeTextBrowser(this);
    m_preview->setObjectName(u"outboxPreview"_s);
    m_preview->setAccessibleName(tr("Email preview"));

    auto *previewPane = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 4, 0, 0);
    previewLayout->addWidget(m_previewSubject);
    previewLayout->addWidget(m_previewMeta);
    previewLayout->addWidget(m_preview, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"outboxSplitter"_s);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(previewPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({440, 300});

    auto *emails = new QWidget(this);
    auto *emailsLayout = new QVBoxLayout(emails);
    emailsLayout->setContentsMargins(0, 0, 0, 0);
    emailsLayout->addLayout(bar);
    emailsLayout->addWidget(m_splitter, 1);
    m_webhooks = new WebhookDeliveriesPanel(worker, this);
    m_kinds = new QStackedWidget(this);
    m_kinds->addWidget(emails);
    m_kinds->addWidget(m_webhooks);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(kindBar);
    layout->addWidget(m_kinds, 1);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, [this](int kind) {
        m_kinds->setCurrentIndex(kind);
        if (kind == 1)
            m_webhooks->reload();
    });

    m_poll = new QTimer(this);
    m_poll->setInterval(5000);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (isVisible() && !m_model->isLoading())
            refreshVisible();
    });
    m_poll->start();

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_loadError.clear();
        m_model->setStatusFilter(OutboxStatuses::fromKey(m_statusFilter->currentData().toString()));
    });
    connect(m_deliveryFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_loadError.clear();
        m_model->setDeliveryFilter(DeliveryStates::fromKey(m_deliveryFilter->currentData().toString()));
    });
    connect(m_refresh, &QPushButton::clicked, this, &OutboxView::refresh);
    connect(m_retry, &QPushButton::clicked, this, &OutboxView::retrySelected);
    connect(m_resend, &QPushButton::clicked, this, &OutboxView::resendSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OutboxView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showPreview(current.data(OutboxModel::EntryIdRole).toLongLong());
            });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT openOrderRequested(index.data(OutboxModel::OrderNumberRole).toLongLong());
    });
    connect(m_model, &OutboxModel::dataChanged, this, &OutboxView::updateActions);
    // The previewed email changed (sent, failed, retried): show it again. Unchanged rows are left
    // alone, so polling never resets where the reader scrolled to.
    connect(m_model, &OutboxModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_model->rowOf(m_previewId);
                if (m_previewId > 0 && row >= topLeft.row() && row <= bottomRight.row())
                    showPreview(m_previewId);
            });
    connect(m_model, &OutboxModel::modelReset, this, &OutboxView::updateActions);
    connect(m_model, &OutboxModel::totalCountChanged, this, &OutboxView::updateCount);
    connect(m_model, &OutboxModel::rowsInserted, this, &OutboxView::updateCount);
    connect(m_model, &OutboxModel::loadFailed, this, &OutboxView::actionFailed);
    connect(m_model, &OutboxModel::loadFailed, this, [this](const QString &message) {
        m_loadError = message;
        updateEmptyState();
    });
    connect(m_model, &OutboxModel::totalCountChanged, this, [this] { m_loadError.clear(); });
    connect(m_model, &OutboxModel::loaded, this, &OutboxView::updateEmptyState);
    connect(m_model, &OutboxModel::modelReset, this, &OutboxView::updateEmptyState);
    updateActions();
    updateCount();
    updateEmptyState();
}

void OutboxView::updateEmptyState()
{
    // Nothing to say while the first page is on its way.
    if (m_model->isLoading()) {
        m_emptyState->clearState();
        return;
    }
    if (!m_loadError.isEmpty()) {
        m_emptyState->setState(tr("The outbox could not be read."), m_loadError,
                {{tr("Try again"), [this] { refresh(); }, u"retryLoad"_s}});
        return;
    }
    if (m_model->totalCount() != 0) {
        m_emptyState->clearState();
        return;
    }
    if (const auto delivery = m_model->deliveryFilter()) {
        m_emptyState->setState(tr("No emails SendGrid reported as “%1”.").arg(DeliveryStates::displayName(*delivery)),
                {},
                {{tr("Show all emails"),
                        [this] {
                            m_deliveryFilter->setCurrentIndex(0);
                            m_statusFilter->setCurrentIndex(0);
                        },
                        u"showAllEmails"_s}});
        return;
    }
    if (const auto status = m_model->statusFilter()) {
        m_emptyState->setState(tr("No emails with status “%1”.").arg(OutboxStatuses::displayName(*status)), {},
                {{tr("Show all emails"), [this] { m_statusFilter->setCurrentIndex(0); }, u"showAllEmails"_s}});
        return;
    }
    m_emptyState->setState(tr("No customer emails yet."),
            tr("An email is queued here for the customer when their order is placed, confirmed, shipped, "
               "delivered, cancelled or refunded."));
}

void OutboxView::setPollInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_poll->stop();
        return;
    }
    m_poll->start(int(interval.count()));
}

void OutboxView::refresh()
{
    m_loadError.clear();
    m_model->reload();
    if (m_kindFilter->currentIndex() == 1)
        m_webhooks->reload();
}

void OutboxView::refreshVisible()
{
    const int rows = m_model->rowCount();
    if (rows > 0) {
        int first = m_table->rowAt(0);
        int last = m_table->rowAt(m_table->viewport()->height() - 1);
        if (first < 0)
            first = 0;
        if (last < 0)
            last = std::min(rows - 1, first + 100);
        m_model->refreshRows(first, last);
    }
    m_model->checkForNew();
}

void OutboxView::refreshOrder(qint64 orderNumber)
{
    m_model->refreshOrder(orderNumber);
}

void OutboxView::updateCount()
{
    const qint64 total = m_model->totalCount();
    if (total < 0) {
        m_count->setText(tr("Loading…"));
        return;
    }
    const int loaded = m_model->rowCount();
    m_count->setText(loaded < total
                    ? tr("%L1 of %Ln email(s) loaded", nullptr, int(std::min<qint64>(total, INT_MAX))).arg(loaded)
                    : tr("%Ln email(s)", nullptr, int(std::min<qint64>(total, INT_MAX))));
}

QList<qint64> OutboxView::selectedIds(bool (*wanted)(const QString &statusKey)) const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(OutboxModel::Id);
    for (const QModelIndex &row : rows) {
        if (wanted(row.data(OutboxModel::StatusKeyRole).toString()))
            ids.append(row.data(OutboxModel::EntryIdRole).toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void OutboxView::setReadOnly(const QString &reason)
{
    m_readOnlyReason = reason;
    // Read-only comes and goes (offline mode): the usual tooltips come back with the server.
    m_retry->setToolTip(
            reason.isEmpty() ? tr("Send the selected failed or waiting emails at the next opportunity") : reason);
    m_resend->setToolTip(reason.isEmpty() ? tr("Queue a fresh copy of the selected sent emails") : reason);
    updateActions();
}

void OutboxView::updateActions()
{
    const bool writable = m_readOnlyReason.isEmpty();
    m_retry->setEnabled(writable && !m_busy && !selectedIds(isRetryable).isEmpty());
    m_resend->setEnabled(writable && !m_busy && !selectedIds(isSent).isEmpty());
}

bool OutboxView::confirm(const QString &question)
{
    if (m_autoConfirm)
        return true;
    return QMessageBox::question(this, tr("Send again"), question) == QMessageBox::Yes;
}

void OutboxView::showPreview(qint64 id)
{
    m_previewId = id;
    m_worker.run([id](Session &session) { return session.notifications().find(id); }, this,
            [this, id](const Result<std::optional<OutboxEntry>> &result) {
                if (id != m_previewId)
                    return; // another email was selected meanwhile
                if (!result) {
                    Q_EMIT actionFailed(result.error().message);
                    return;
                }
                if (!result->has_value()) {
                    m_previewSubject->setText(tr("Email %1 is no longer in the outbox.").arg(id));
                    m_previewMeta->clear();
                    m_preview->clear();
                    return;
                }
                const OutboxEntry &entry = **result;
                const QLocale locale;
                m_previewSubject->setText(entry.subject.isEmpty() ? tr("(no subject)") : entry.subject);
                const QString recipient = entry.recipientName.isEmpty()
                        ? entry.recipient()
                        : u"%1 <%2>"_s.arg(entry.recipientName, entry.recipient());
                QString meta = tr("To %1 · %2 · order #%3 · %4")
                                       .arg(recipient, NotificationEvents::displayName(entry.event))
                                       .arg(entry.orderNumber)
                                       .arg(OutboxStatuses::displayName(entry.status));
                if (entry.sentAt)
                    meta += tr(" on %1").arg(locale.toString(entry.sentAt->toLocalTime(), QLocale::ShortFormat));
                if (!entry.lastError.isEmpty())
                    meta += u'\n' + tr("Last error: %1").arg(entry.lastError);
                m_previewMeta->setText(meta);
                // A document keeps no resources from the previous email.
                m_preview->document()->clear();
                if (!entry.bodyHtml.isEmpty())
                    m_preview->setHtml(entry.bodyHtml);
                else if (!entry.bodyText.isEmpty())
                    m_preview->setPlainText(entry.bodyText);
                else
                    m_preview->setPlainText(entry.lastError);
                Q_EMIT previewShown(id);
            });
}

void OutboxView::retrySelected()
{
    const QList<qint64> ids = selectedIds(isRetryable);
    if (ids.isEmpty())
        return;
    m_busy = true;
    updateActions();
    m_worker.run(
            [ids](Session &session) -> Result<BatchOutcome> {
                BatchOutcome outcome;
                // One failure does not stop the others; each is its own transaction.
                for (qint64 id : ids) {
                    auto retried = session.notifications().retry(id);
                    if (retried)
                        ++outcome.succeeded;
                    else
                        outcome.problems << retried.error().message;
                    outcome.touched << id;
                }
                return outcome;
            },
            this,
            [this](const Result<BatchOutcome> &result) {
                m_busy = false;
                if (!result) {
                    updateActions();
                    Q_EMIT actionFailed(result.error().message);
                    return;
                }
                m_model->refreshEntries(result->touched);
                updateActions();
                if (result->problems.isEmpty())
                    Q_EMIT actionFinished(
                            tr("%Ln email(s) will be sent at the next opportunity.", nullptr, result->succeeded));
                else
                    Q_EMIT actionFailed(tr("%L1 of %Ln email(s) queued again; %2", nullptr, int(result->touched.size()))
                                                .arg(result->succeeded)
                                                .arg(result->problems.join(u"; "_s)));
            });
}

void OutboxView::resendSelected()
{
    const QList<qint64> ids = selectedIds(isSent);
    if (ids.isEmpty())
        return;
    if (!confirm(tr("Send %Ln email(s) to the customer again?", nullptr, int(ids.size()))))
        return;
    m_busy = true;
    updateActions();
    m_worker.run(
            [ids](Session &session) -> Result<BatchOutcome> {
                BatchOutcome outcome;
                for (qint64 id : ids) {
                    auto copy = session.notifications().resendCopy(id);
                    if (copy) {
                        ++outcome.succeeded;
                        outcome.touched << *copy;
                    } else {
                        outcome.problems << copy.error().message;
                    }
                }
                return outcome;
            },
            this,
            [this](const Result<BatchOutcome> &result) {
                m_busy = false;
                if (!result) {
                    updateActions();
                    Q_EMIT actionFailed(result.error().message);
                    return;
                }
                m_model->checkForNew();
                updateActions();
                if (result->problems.isEmpty())
                    Q_EMIT actionFinished(tr("%Ln fresh copy(s) queued.", nullptr, result->succeeded));
                else
                    Q_EMIT actionFailed(tr("%Ln fresh copy(s) queued; %1", nullptr, result->succeeded)
                                                .arg(result->problems.join(u"; "_s)));
            });
}

} // namespace shipshape
