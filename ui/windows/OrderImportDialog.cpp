#include "windows/OrderImportDialog.h"

#include "background/SessionWorker.h"
#include "models/ImportIssueModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

OrderImportDialog::OrderImportDialog(DatabaseUrl url, SessionOptions options, QWidget *parent)
    : QDialog(parent), m_worker(new SessionWorker(std::move(url), options, this))
{
    setObjectName(u"orderImportDialog"_s);
    setWindowTitle(tr("Import orders"));
    auto *layout = new QVBoxLayout(this);
    m_file = new QLabel(this);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_file);
    auto *form = new QFormLayout;
    m_source = new QLineEdit(u"import"_s, this);
    m_source->setObjectName(u"importSource"_s);
    m_source->setMaxLength(int(OrderImport::kMaxSourceLength));
    m_source->setToolTip(tr("The other system's name: an order is imported once per source and external id"));
    form->addRow(tr("&Source:"), m_source);
    layout->addLayout(form);

    // A column chooser per field, two to a row; filled from the header when a CSV file is opened.
    auto *mapping = new QGroupBox(tr("Columns"), this);
    m_mapping = mapping;
    auto *grid = new QGridLayout(mapping);
    const QStringList fields = OrderImportFile::fields();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString &field = fields.at(i);
        auto *chooser = new QComboBox(mapping);
        chooser->setObjectName(u"column_"_s + field);
        chooser->setAccessibleName(tr("Column of %1").arg(field));
        auto *label = new QLabel(
                OrderImportFile::requiredFields().contains(field) ? tr("%1 *").arg(field) : field, mapping);
        label->setBuddy(chooser);
        const int row = int(i / 2);
        const int column = int(i % 2) * 2;
        grid->addWidget(label, row, column);
        grid->addWidget(chooser, row, column + 1);
        m_columns.insert(field, chooser);
    }
    layout->addWidget(mapping);

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
    m_table->setAccessibleName(tr("Problems by line"));
    m_table->setModel(m_issues);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(this);
    m_check = buttons->addButton(tr("Check"), QDialogButtonBox::ActionRole);
    m_check->setObjectName(u"checkButton"_s);
    m_check->setEnabled(false);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"importButton"_s);
    m_import->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(m_check, &QPushButton::clicked, this, &OrderImportDialog::checkFile);
    connect(m_import, &QPushButton::clicked, this, &OrderImportDialog::importFile);
    // A changed source or column makes the last check stale.
    const auto stale = [this] {
        m_checked = false;
        m_import->setEnabled(false);
    };
    connect(m_source, &QLineEdit::textEdited, this, stale);
    for (QComboBox *chooser : std::as_const(m_columns))
        connect(chooser, &QComboBox::activated, this, stale);
    connect(m_close, &QPushButton::clicked, this, [this] {
        // Closing while a job runs cancels it (a check writes nothing; placing keeps the orders placed so far).
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
    resize(860, 640);
}

OrderImportDialog::~OrderImportDialog()
{
    if (m_progressState)
        m_progressState->cancelled = true;
}

QString OrderImportDialog::summaryText() const
{
    return m_summary->text();
}

void OrderImportDialog::openFile(const QString &path)
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
    m_data = file.readAll();
    m_format = OrderImportFile::formatOf(path);
    // JSON Lines names its fields itself; only a CSV file has columns to choose.
    m_mapping->setVisible(m_format == OrderImportFormat::Csv);
    if (m_format == OrderImportFormat::Csv) {
        const auto header = OrderImportFile::header(m_data);
        const QStringList columns = header ? *header : QStringList();
        const QHash<QString, QString> guessed = OrderImportFile::guessColumns(columns);
        for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
            QComboBox *chooser = it.value();
            chooser->clear();
            chooser->addItem(tr("(none)"), QString());
            for (const QString &column : columns)
                chooser->addItem(column, column);
            chooser->setCurrentIndex(std::max(0, chooser->findData(guessed.value(it.key()))));
        }
    }
    start(true);
}

void OrderImportDialog::checkFile()
{
    if (m_running || m_path.isEmpty())
        return;
    start(true);
}

void OrderImportDialog::importFile()
{
    if (!m_checked || m_running)
        return;
    start(false);
}

OrderImportOptions OrderImportDialog::options(bool dryRun) const
{
    OrderImportOptions chosen;
    chosen.source = m_source->text();
    chosen.dryRun = dryRun;
    if (m_format == OrderImportFormat::Csv) {
        for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
            const QString column = it.value()->currentData().toString();
            if (!column.isEmpty())
                chosen.mapping.insert(it.key(), column);
        }
    }
    return chosen;
}

void OrderImportDialog::start(bool dryRun)
{
    m_running = true;
    m_import->setEnabled(false);
    m_check->setEnabled(false);
    m_summary->setText(dryRun ? tr("Checking every line…") : tr("Importing…"));
    m_progressState = std::make_shared<Progress>();
    m_progress->setRange(0, 0);
    m_progressTimer->start();
    m_worker->run(
            [data = m_data, format = m_format, chosen = options(dryRun), state = m_progressState](Session &session) {
                OrderImport importer(session.database(), session.clock(), &session.events());
                return importer.run(data, format, chosen, [state](OrderImportPhase, qint64 done, qint64 total) {
                    state->done = done;
                    state->total = total;
                    return !state->cancelled;
                });
            },
            this, [this, dryRun](const Result<OrderImportSummary> &summary) { showSummary(summary, dryRun); });
}

void OrderImportDialog::showSummary(const Result<OrderImportSummary> &summary, bool dryRun)
{
    m_running = false;
    m_check->setEnabled(true);
    m_progressTimer->stop();
    m_progressState.reset();
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    if (!summary) {
        m_summary->setText(summary.error().message);
        Q_EMIT finished(false);
        return;
    }
    m_issues->setIssues(summary->issues + summary->alreadyImported);
    const qsizetype repeats = summary->alreadyImported.size();
    if (!summary->issues.isEmpty()) {
        m_summary->setText(summary->orderNumbers.isEmpty()
                        ? tr("%Ln problem(s) in %1 lines; nothing was imported. Correct the file or the columns "
                             "and check again.",
                                nullptr, int(summary->issues.size()))
                                  .arg(summary->rows)
                        : tr("Stopped after placing %Ln order(s); import the file again to place the rest.", nullptr,
                                int(summary->orderNumbers.size())));
        Q_EMIT finished(!summary->orderNumbers.isEmpty());
        return;
    }
    if (dryRun) {
        m_checked = true;
        m_import->setEnabled(summary->placed > 0);
        m_summary->setText(tr("%1 lines checked: %2 orders, %3 to place, %4 imported before.")
                                   .arg(summary->rows)
                                   .arg(summary->orders)
                                   .arg(summary->placed)
                                   .arg(repeats));
        Q_EMIT finished(false);
        return;
    }
    m_checked = false;
    m_summary->setText(tr("Imported %1 lines: %2 orders placed, %3 imported before.")
                               .arg(summary->rows)
                               .arg(summary->placed)
                               .arg(repeats));
    Q_EMIT finished(summary->placed > 0);
}

} // namespace shipshape
