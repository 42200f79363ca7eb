#include "windows/ProductImportDialog.h"

#include "background/SessionWorker.h"
#include "models/ImportIssueModel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

ProductImportDialog::ProductImportDialog(DatabaseUrl url, SessionOptions options, QWidget *parent)
    : QDialog(parent), m_worker(new SessionWorker(std::move(url), options, this))
{
    setObjectName(u"productImportDialog"_s);
    setWindowTitle(tr("Import products"));
    auto *layout = new QVBoxLayout(this);
    m_file = new QLabel(this);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_file);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setAccessibleName(tr("Import progress"));
    layout->addWidget(m_progress);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_issues = new ImportIssueModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"importIssues"_s);
    m_table->setAccessibleName(tr("Problems by row"));
    m_table->setModel(m_issues);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"importButton"_s);
    m_import->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(m_import, &QPushButton::clicked, this, &ProductImportDialog::importFile);
    connect(m_close, &QPushButton::clicked, this, [this] {
        // Closing while a job runs cancels it: the import is all or nothing, so nothing is written.
        if (m_progressState)
            m_progressState->cancelled = true;
        reject();
    });
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (!m_progressState)
            return;
        const qint64 total = m_progressState->total;
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(int(m_progressState->done * 1000 / total));
    });
    resize(760, 480);
}

ProductImportDialog::~ProductImportDialog()
{
    if (m_progressState)
        m_progressState->cancelled = true;
}

QString ProductImportDialog::summaryText() const
{
    return m_summary->text();
}

void ProductImportDialog::openFile(const QString &path)
{
    m_path = path;
    m_checked = false;
    m_import->setEnabled(false);
    m_issues->setIssues({});
    m_file->setText(tr("File: %1").arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        Q_EMIT finished(false);
        return;
    }
    m_csv = file.readAll();
    start(true);
}

void ProductImportDialog::importFile()
{
    if (!m_checked || m_running)
        return;
    start(false);
}

void ProductImportDialog::start(bool dryRun)
{
    m_running = true;
    m_import->setEnabled(false);
    m_summary->setText(dryRun ? tr("Checking every row…") : tr("Importing…"));
    m_progressState = std::make_shared<Progress>();
    m_progress->setRange(0, 0);
    m_progressTimer->start();
    m_worker->run(
            [csv = m_csv, path = m_path, dryRun, state = m_progressState](Session &session) {
                ProductImport import(session.database(), session.clock(), &session.events());
                return import.run(csv, path, dryRun, [state](qint64 done, qint64 total) {
                    state->done = done;
                    state->total = total;
                    return !state->cancelled;
                });
            },
            this, [this, dryRun](const Result<ImportSummary> &summary) { showSummary(summary, dryRun); });
}

void ProductImportDialog::showSummary(const Result<ImportSummary> &summary, bool dryRun)
{
    m_running = false;
    m_progressTimer->stop();
    m_progressState.reset();
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    if (!summary) {
        m_summary->setText(summary.error().message);
        Q_EMIT finished(false);
        return;
    }
    m_issues->setIssues(summary->issues);
    if (!summary->issues.isEmpty()) {
        m_summary->setText(tr("%Ln problem(s) in %1 rows; nothing was imported. Correct the file and open it "
                              "again.",
                nullptr, int(summary->issues.size()))
                                   .arg(summary->rows));
        Q_EMIT finished(false);
        return;
    }
    if (dryRun) {
        m_checked = true;
        m_import->setEnabled(summary->created + summary->updated + summary->stockSet > 0);
        m_summary->setText(tr("%1 rows checked: %2 to create, %3 to update, the stock of %4 to set, %5 unchanged.")
                                   .arg(summary->rows)
                                   .arg(summary->created)
                                   .arg(summary->updated)
                                   .arg(summary->stockSet)
                                   .arg(summary->unchanged));
        Q_EMIT finished(false);
        return;
    }
    m_checked = false;
    m_summary->setText(tr("Imported %1 rows: %2 created, %3 updated, the stock of %4 set, %5 unchanged.")
                               .arg(summary->rows)
                               .arg(summary->created)
                               .arg(summary->updated)
                               .arg(summary->stockSet)
                               .arg(summary->unchanged));
    Q_EMIT finished(true);
}

} // namespace shipshape
