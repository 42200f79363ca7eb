#include "windows/DiagnosticsDialog.h"

#include "background/SessionWorker.h"
#include "common/Async.h"
#include "diagnostics/ProviderChecks.h"
#include "models/DiagnosticsModel.h"
#include "secrets/SecretStore.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// Holds a run's provider checks for as long as its answers may come, as a child of the session's network
// access manager: a session that goes away (the dialog closed mid-run) takes the checks with it, which
// cancels their future instead of leaving it waiting.
class ProviderChecksHolder : public QObject {
public:
    ProviderChecksHolder(QNetworkAccessManager *network, const ProviderCheckSettings &settings)
        : QObject(network), checks(network, settings)
    {}
    ProviderChecks checks;
};

// Runs on the dialog's worker thread: the database checks at once, then both providers through the
// thread's event loop (the worker holds its queue until the answers are in).
AsyncResult<QList<DiagnosticResult>> diagnose(
        Session &session, const DatabaseUrl &url, const SessionSecrets &secrets, std::chrono::milliseconds timeout)
{
    DiagnosticsOptions options;
    options.now = QDateTime::currentDateTimeUtc();
    options.secrets = secrets;
    options.keychainReachable = SecretStore::keychainReachable();
    const QList<DiagnosticResult> local = Diagnostics::run(url, options);

    ProviderCheckSettings settings = ProviderCheckSettings::load(secrets);
    settings.timeout = timeout;
    auto *holder = new ProviderChecksHolder(&session.network(), settings);
    return andThen(holder->checks.run(),
            [holder = QPointer<QObject>(holder), local](const Result<QList<DiagnosticResult>> &providers) {
                // The last answer arrives inside the checks' own callback: they go on the next turn of this
                // thread's loop, not in the middle of it.
                if (holder)
                    holder->deleteLater();
                if (!providers)
                    return Result<QList<DiagnosticResult>>(fail(providers.error()));
                return Result<QList<DiagnosticResult>>(local + *providers);
            });
}

} // namespace

DiagnosticsDialog::DiagnosticsDialog(DatabaseUrl url, SessionOptions options, QWidget *parent)
    : QDialog(parent), m_url(std::move(url)), m_options(std::move(options))
{
    setObjectName(u"diagnosticsDialog"_s);
    setWindowTitle(tr("Diagnostics"));
    // The checks only look: no migration and no demo data on the dialog's own session.
    m_worker = new SessionWorker(m_url, m_options, this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"diagnosticsSummary"_s);
    m_summary->setWordWrap(true);

    m_model = new DiagnosticsModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"diagnosticsTable"_s);
    m_table->setAccessibleName(tr("Diagnostics report"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(DiagnosticsModel::Check, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DiagnosticsModel::Outcome, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DiagnosticsModel::Detail, QHeaderView::Stretch);
    // What to do can take two lines: rows follow their text.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_runAgain = buttons->addButton(tr("Run again"), QDialogButtonBox::ActionRole);
    m_runAgain->setObjectName(u"runAgain"_s);
    m_copy = buttons->addButton(tr("Copy report"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(u"copyReport"_s);
    m_copy->setEnabled(false);
    connect(m_runAgain, &QPushButton::clicked, this, &DiagnosticsDialog::runChecks);
    connect(m_copy, &QPushButton::clicked, this, &DiagnosticsDialog::copyReport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 460);
}

DiagnosticsDialog::~DiagnosticsDialog() = default;

void DiagnosticsDialog::runChecks()
{
    if (m_running)
        return;
    m_running = true;
    m_runAgain->setEnabled(false);
    m_summary->setText(tr("Checking the database, the providers and this machine…"));
    const DatabaseUrl url = m_url;
    const SessionSecrets secrets = m_options.secrets;
    const std::chrono::milliseconds timeout = m_providerTimeout;
    m_worker->run([url, secrets, timeout](Session &session) { return diagnose(session, url, secrets, timeout); }, this,
            [this](const Result<QList<DiagnosticResult>> &results) {
                if (results) {
                    showResults(*results);
                } else {
                    // The worker's session could not open: that is the database line's to say.
                    showResults({DiagnosticResult{u"database"_s, tr("Database"), false, results.error().message}});
                }
            });
}

void DiagnosticsDialog::setSecrets(const SessionSecrets &secrets)
{
    m_options.secrets = secrets;
    m_worker->setSecrets(secrets);
}

QString DiagnosticsDialog::reportText() const
{
    return Diagnostics::text(m_model->results());
}

void DiagnosticsDialog::showResults(const QList<DiagnosticResult> &results)
{
    m_running = false;
    m_model->setResults(results);
    const bool allPassed = Diagnostics::allPassed(results);
    const auto failures = std::count_if(
            results.cbegin(), results.cend(), [](const DiagnosticResult &result) { return result.failed(); });
    m_summary->setText(allPassed ? tr("Every check passed (%1).")
                                           .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat))
                                 : tr("%n check(s) need attention: each says what to do.", nullptr, int(failures)));
    m_runAgain->setEnabled(true);
    m_copy->setEnabled(!results.isEmpty());
    Q_EMIT finished(allPassed);
}

void DiagnosticsDialog::copyReport()
{
    QApplication::clipboard()->setText(reportText());
}

} // namespace shipshape
