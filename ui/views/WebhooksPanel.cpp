#include "views/WebhooksPanel.h"

#include "background/SessionWorker.h"
#include "common/Clock.h"
#include "models/WebhookEndpointModel.h"
#include "net/HttpClient.h"
#include "notification/WebhookEndpoints.h"
#include "notification/WebhookSender.h"
#include "notification/WebhookSignature.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

const SystemClock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

Result<QList<WebhookEndpoint>> readEndpoints(Session &session)
{
    return WebhookEndpoints(session.database(), session.clock()).list();
}

} // namespace

WebhooksPanel::WebhooksPanel(
        SessionWorker &worker, QNetworkAccessManager &network, SecretStore::Options secrets, QWidget *parent)
    : QGroupBox(tr("Webhooks"), parent), m_worker(worker), m_secrets(std::move(secrets)),
      m_http(std::make_unique<HttpClient>(&network)),
      m_sender(std::make_unique<WebhookSender>(*m_http, systemClock(), SecretStore(m_secrets)))
{
    setObjectName(u"webhooks"_s);
    m_model = new WebhookEndpointModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"webhookTable"_s);
    m_table->setAccessibleName(tr("Webhook endpoints"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(120);

    m_url = new QLineEdit(this);
    m_url->setObjectName(u"webhookUrl"_s);
    m_url->setAccessibleName(tr("Webhook URL"));
    m_url->setPlaceholderText(u"https://erp.example.com/hooks/shipshape"_s);
    auto *events = new QHBoxLayout;
    for (WebhookEventType type : WebhookEventTypes::all()) {
        auto *box = new QCheckBox(WebhookEventTypes::key(type), this);
        box->setObjectName(u"webhookEvent_"_s + WebhookEventTypes::key(type));
        m_events.insert(type, box);
        events->addWidget(box);
    }
    events->addStretch();
    m_add = new QPushButton(tr("Add endpoint"), this);
    m_add->setObjectName(u"webhookAdd"_s);
    m_remove = new QPushButton(tr("Remove selected"), this);
    m_remove->setObjectName(u"webhookRemove"_s);
    m_test = new QPushButton(tr("Send test ping"), this);
    m_test->setObjectName(u"webhookTest"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"webhookStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(u"webhookSecret"_s);
    m_secret->setAccessibleName(tr("Signing secret of the new endpoint"));
    m_secret->setReadOnly(true);
    m_secret->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("URL:"), m_url);
    form->addRow(tr("Events:"), events);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_test);
    buttons->addStretch();
    form->addRow(QString(), buttons);

    auto *note = new QLabel(tr("Each event is sent as a signed JSON POST (Shipshape-Signature) with the change that "
                               "caused it, retried with backoff, and listed with the worker's other deliveries. A new "
                               "endpoint's signing secret is shown once, for its receiver."),
            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_secret);
    layout->addWidget(note);

    connect(m_add, &QPushButton::clicked, this, &WebhooksPanel::addFromForm);
    connect(m_url, &QLineEdit::returnPressed, this, &WebhooksPanel::addFromForm);
    connect(m_remove, &QPushButton::clicked, this, &WebhooksPanel::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &WebhooksPanel::testSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WebhooksPanel::updateButtons);
    updateButtons();
    reload();
}

WebhooksPanel::~WebhooksPanel() = default;

QString WebhooksPanel::statusText() const
{
    return m_status->text();
}

QString WebhooksPanel::shownSecret() const
{
    return m_secret->isHidden() ? QString() : m_secret->text();
}

void WebhooksPanel::showStatus(const QString &text)
{
    m_status->setText(text);
}

void WebhooksPanel::updateButtons()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    m_add->setEnabled(!m_busy);
    m_remove->setEnabled(!m_busy && selected);
    m_test->setEnabled(!m_busy && selected);
}

qint64 WebhooksPanel::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->endpoints().at(rows.constFirst().row()).id;
}

void WebhooksPanel::reload()
{
    m_worker.run([](Session &session) { return readEndpoints(session); }, this,
            [this](const Result<QList<WebhookEndpoint>> &endpoints) {
                if (!endpoints) {
                    showStatus(endpoints.error().message);
                } else {
                    m_model->setEndpoints(*endpoints);
                    m_table->resizeColumnsToContents();
                    if (endpoints->isEmpty())
                        showStatus(tr("No webhook endpoints: events are not sent anywhere."));
                }
                updateButtons();
                Q_EMIT updated();
            });
}

void WebhooksPanel::addFromForm()
{
    QList<WebhookEventType> events;
    for (WebhookEventType type : WebhookEventTypes::all()) {
        if (m_events.value(type)->isChecked())
            events << type;
    }
    const QString url = m_url->text();
    m_secret->hide();
    m_secret->clear();
    m_busy = true;
    updateButtons();
    m_worker.run(
            [url, events](Session &session) -> Result<std::pair<WebhookEndpoint, QList<WebhookEndpoint>>> {
                auto added = WebhookEndpoints(session.database(), session.clock()).add(url, events);
                if (!added)
                    return fail(added.error());
                auto all = readEndpoints(session);
                if (!all)
                    return fail(all.error());
                return std::pair{*added, *all};
            },
            this,
            [this](const Result<std::pair<WebhookEndpoint, QList<WebhookEndpoint>>> &result) {
                if (!result) {
                    m_busy = false;
                    showStatus(result.error().message);
                    updateButtons();
                    Q_EMIT updated();
                    return;
                }
                const auto &[endpoint, all] = *result;
                m_model->setEndpoints(all);
                m_table->resizeColumnsToContents();
                m_url->clear();
                // The secret is made here and goes straight to the keychain; the database never sees it.
                const QString secret = WebhookSignature::generateSecret();
                const QString name = WebhookEndpoints::secretName(endpoint.id);
                const qint64 id = endpoint.id;
                SecretStore(m_secrets).writeAsync(name, secret, this, [this, id, secret, name](const Status &stored) {
                    m_busy = false;
                    m_secret->setText(secret);
                    m_secret->show();
                    showStatus(stored
                                    ? tr("Endpoint %1 added. Give its receiver this signing secret; it is not shown "
                                         "again.")
                                              .arg(id)
                                    : tr("Endpoint %1 added, but its secret is not in the keychain (%2): set %3 for "
                                         "the worker, and give the receiver this signing secret.")
                                              .arg(id)
                                              .arg(stored.error().message,
                                                      QString::fromLatin1(SecretStore::environmentVariableFor(name))));
                    updateButtons();
                    Q_EMIT updated();
                });
            });
}

void WebhooksPanel::removeSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    m_secret->hide();
    m_busy = true;
    updateButtons();
    m_worker.run(
            [id](Session &session) -> Result<std::pair<int, QList<WebhookEndpoint>>> {
                auto dropped = WebhookEndpoints(session.database(), session.clock()).remove(id);
                if (!dropped)
                    return fail(dropped.error());
                auto all = readEndpoints(session);
                if (!all)
                    return fail(all.error());
                return std::pair{*dropped, *all};
            },
            this,
            [this, id](const Result<std::pair<int, QList<WebhookEndpoint>>> &result) {
                m_busy = false;
                if (!result) {
                    showStatus(result.error().message);
                } else {
                    m_model->setEndpoints(result->second);
                    SecretStore(m_secrets).removeAsync(WebhookEndpoints::secretName(id), this, [](const Status &) {});
                    showStatus(
                            tr("Endpoint %1 removed; %n queued delivery(s) will not be sent.", nullptr, result->first)
                                    .arg(id));
                }
                updateButtons();
                Q_EMIT updated();
            });
}

void WebhooksPanel::testSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const WebhookEndpoint endpoint
            = m_model->endpoints().at(m_table->selectionModel()->selectedRows().constFirst().row());
    m_secret->hide();
    m_busy = true;
    updateButtons();
    showStatus(tr("Sending a test ping to endpoint %1…").arg(id));
    m_sender->ping(endpoint.id, endpoint.url, this, [this, id](const WebhookOutcome &outcome) {
        m_busy = false;
        if (outcome.kind == SendOutcome::Kind::Accepted)
            showStatus(tr("Endpoint %1 answered HTTP %2 in %3 ms.")
                               .arg(id)
                               .arg(outcome.httpStatus.value_or(0))
                               .arg(outcome.durationMs));
        else
            showStatus(tr("Endpoint %1 did not accept the ping after %2 ms: %3")
                               .arg(id)
                               .arg(outcome.durationMs)
                               .arg(outcome.reason));
        updateButtons();
        Q_EMIT updated();
    });
}

} // namespace shipshape
