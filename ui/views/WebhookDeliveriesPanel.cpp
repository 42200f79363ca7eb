#include "views/WebhookDeliveriesPanel.h"

#include "background/SessionWorker.h"
#include "models/WebhookDeliveryModel.h"
#include "notification/WebhookOutbox.h"
#include "session/Session.h"
#include "views/TableViewSetup.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

constexpr int kRows = 500;

Result<QList<WebhookDelivery>> readDeliveries(Session &session, std::optional<OutboxStatus> status)
{
    return WebhookOutbox(session.database(), session.clock()).list(status, kRows);
}

} // namespace

WebhookDeliveriesPanel::WebhookDeliveriesPanel(SessionWorker &worker, QWidget *parent)
    : QWidget(parent), m_worker(worker)
{
    setObjectName(u"webhookDeliveries"_s);
    m_model = new WebhookDeliveryModel(this);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(u"webhookStatusFilter"_s);
    m_statusFilter->setAccessibleName(tr("Show webhook deliveries with status"));
    m_statusFilter->addItem(tr("All deliveries"), QString());
    for (OutboxStatus status : OutboxStatuses::all())
        m_statusFilter->addItem(OutboxStatuses::displayName(status), OutboxStatuses::key(status));
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(u"webhookRefresh"_s);
    m_retry = new QPushButton(tr("Retry now"), this);
    m_retry->setObjectName(u"webhookRetry"_s);
    m_retry->setToolTip(tr("Send the selected failed or waiting webhooks at the next worker round"));
    m_status = new QLabel(this);
    m_status->setObjectName(u"webhookDeliveriesStatus"_s);
    m_status->setTextFormat(Qt::PlainText);

    auto *bar = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("S&tatus:"), this);
    filterLabel->setBuddy(m_statusFilter);
    bar->addWidget(filterLabel);
    bar->addWidget(m_statusFilter);
    bar->addWidget(m_refresh);
    bar->addSpacing(16);
    bar->addWidget(m_retry);
    bar->addStretch();
    bar->addWidget(m_status);

    m_table = new QTableView(this);
    m_table->setObjectName(u"webhookDeliveryTable"_s);
    m_table->setAccessibleName(tr("Webhook deliveries"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    TableViewSetup::prepare(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(WebhookDeliveryModel::LastError, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &WebhookDeliveriesPanel::reload);
    connect(m_refresh, &QPushButton::clicked, this, &WebhookDeliveriesPanel::reload);
    connect(m_retry, &QPushButton::clicked, this, &WebhookDeliveriesPanel::retrySelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WebhookDeliveriesPanel::updateActions);
    updateActions();
}

QString WebhookDeliveriesPanel::statusText() const
{
    return m_status->text();
}

void WebhookDeliveriesPanel::updateActions()
{
    bool retryable = false;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
        const OutboxStatus status = m_model->deliveries().at(row.row()).status;
        retryable = retryable || status == OutboxStatus::Failed || status == OutboxStatus::Retry;
    }
    m_retry->setEnabled(!m_busy && retryable);
    m_refresh->setEnabled(!m_busy);
}

void WebhookDeliveriesPanel::reload()
{
    const auto status = OutboxStatuses::fromKey(m_statusFilter->currentData().toString());
    m_busy = true;
    updateActions();
    m_worker.run([status](Session &session) { return readDeliveries(session, status); }, this,
            [this](const Result<QList<WebhookDelivery>> &deliveries) {
                m_busy = false;
                if (!deliveries) {
                    m_status->setText(deliveries.error().message);
                } else {
                    m_model->setDeliveries(*deliveries);
                    m_table->resizeColumnsToContents();
                    m_status->setText(deliveries->isEmpty() ? tr("No webhook deliveries.")
                                                            : tr("%n delivery(s)", nullptr, int(deliveries->size())));
                }
                updateActions();
                Q_EMIT updated();
            });
}

void WebhookDeliveriesPanel::retrySelected()
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
        const WebhookDelivery &delivery = m_model->deliveries().at(row.row());
        if (delivery.status == OutboxStatus::Failed || delivery.status == OutboxStatus::Retry)
            ids << delivery.id;
    }
    if (ids.isEmpty())
        return;
    const auto status = OutboxStatuses::fromKey(m_statusFilter->currentData().toString());
    m_busy = true;
    updateActions();
    m_worker.run(
            [ids, status](Session &session) -> Result<std::pair<QStringList, QList<WebhookDelivery>>> {
                WebhookOutbox outbox(session.database(), session.clock());
                QStringList problems;
                for (qint64 id : ids) {
                    if (auto retried = outbox.retry(id); !retried)
                        problems << retried.error().message;
                }
                auto all = readDeliveries(session, status);
                if (!all)
                    return fail(all.error());
                return std::pair{problems, *all};
            },
            this,
            [this, ids](const Result<std::pair<QStringList, QList<WebhookDelivery>>> &result) {
                m_busy = false;
                if (!result) {
                    m_status->setText(result.error().message);
                } else {
                    m_model->setDeliveries(result->second);
                    m_status->setText(result->first.isEmpty()
                                    ? tr("%n webhook delivery(s) queued again.", nullptr, int(ids.size()))
                                    : result->first.join(u' '));
                }
                updateActions();
                Q_EMIT updated();
            });
}

} // namespace shipshape
