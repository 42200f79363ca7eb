#include "bulk/BulkProgressDialog.h"

#include "bulk/BulkOrderRunner.h"
#include "bulk/BulkResultModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

BulkProgressDialog::BulkProgressDialog(BulkOrderRunner &runner, const QString &title, QWidget *parent)
    : QDialog(parent), m_runner(runner)
{
    setObjectName(u"bulkProgressDialog"_s);
    setWindowTitle(title);
    setModal(false);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"bulkProgress"_s);
    m_progress->setAccessibleName(tr("Progress"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"bulkSummary"_s);
    m_outcome = new QLabel(this);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->hide();

    m_results = new BulkResultModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"bulkResults"_s);
    m_table->setAccessibleName(tr("Result per order"));
    m_table->setModel(m_results);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(BulkResultModel::Message, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"bulkCancel"_s);
    m_cancel->setToolTip(tr("Stop after the order being worked on"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, &m_runner, &BulkOrderRunner::cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_summary->setText(tr("Stopping after the current order…"));
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_outcome);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(560, 360);

    connect(&m_runner, &BulkOrderRunner::orderFinished, m_results, &BulkResultModel::append);
    connect(&m_runner, &BulkOrderRunner::progressed, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        updateSummary();
    });
    connect(&m_runner, &BulkOrderRunner::finished, this, [this] {
        m_cancel->setEnabled(false);
        m_close->setEnabled(true);
        m_close->setDefault(true);
        updateSummary();
    });
    updateSummary();
}

void BulkProgressDialog::setOutcomeText(const QString &text)
{
    m_outcome->setText(text);
    m_outcome->setVisible(!text.isEmpty());
}

void BulkProgressDialog::updateSummary()
{
    const int done = int(m_runner.outcomes().size());
    const int failed = m_runner.failedCount();
    const int succeeded = done - failed;
    if (m_runner.isRunning()) {
        m_summary->setText(tr("%L1 of %Ln order(s)…", nullptr, m_runner.total()).arg(done));
        return;
    }
    QString text = tr("%Ln order(s) done", nullptr, succeeded) + u", "_s + tr("%Ln failed", nullptr, failed);
    if (m_runner.wasCancelled())
        text += u" — "_s + tr("cancelled, %Ln order(s) not attempted", nullptr, m_runner.total() - done);
    m_summary->setText(text);
}

} // namespace shipshape
