#include "views/CountsView.h"

#include "background/SessionWorker.h"
#include "inventory/CycleCounts.h"
#include "models/CycleCountLineModel.h"
#include "models/CycleCountListModel.h"
#include "session/Session.h"
#include "views/NewCountDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

constexpr int kListLimit = 200;

QTableView *table(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

} // namespace

CountsView::CountsView(SessionWorker &worker, QWidget *parent) : QWidget(parent), m_worker(worker)
{
    setObjectName(u"countsView"_s);
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.6);
    QFont heading = large;
    heading.setBold(true);

    m_new = new QPushButton(tr("&New count…"), this);
    m_new->setObjectName(u"newCountButton"_s);
    m_approve = new QPushButton(tr("&Approve"), this);
    m_approve->setObjectName(u"approveCountButton"_s);
    m_cancel = new QPushButton(tr("Cancel count"), this);
    m_cancel->setObjectName(u"cancelCountButton"_s);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(u"countStateFilter"_s);
    m_filter->setAccessibleName(tr("Show counts"));
    m_filter->addItem(tr("Open counts"), CycleCountStates::key(CycleCountState::Open));
    m_filter->addItem(tr("All counts"), QString());
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_filter);

    m_listModel = new CycleCountListModel(this);
    m_counts = table(this, u"countTable"_s, tr("Counts"));
    m_counts->setModel(m_listModel);
    m_counts->horizontalHeader()->setSectionResizeMode(CycleCountListModel::Note, QHeaderView::Stretch);

    m_heading = new QLabel(this);
    m_heading->setObjectName(u"countHeading"_s);
    m_heading->setFont(heading);
    m_heading->setWordWrap(true);
    m_scan = new QLineEdit(this);
    m_scan->setObjectName(u"countScanField"_s);
    m_scan->setAccessibleName(tr("Scan"));
    m_scan->setPlaceholderText(tr("Scan an item (SKU or barcode): one unit each"));
    m_scan->setFont(large);
    m_banner = new QLabel(this);
    m_banner->setObjectName(u"countBanner"_s);
    m_banner->setAccessibleName(tr("Last answer"));
    m_banner->setFont(large);
    m_banner->setWordWrap(true);
    m_lineModel = new CycleCountLineModel(this);
    m_lines = table(this, u"countLines"_s, tr("Products of the count"));
    m_lines->setModel(m_lineModel);
    m_lines->setFont(large);
    // Not on any key: a barcode typed while the table has the keyboard must not become a count in a cell.
    m_lines->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_lines->horizontalHeader()->setSectionResizeMode(CycleCountLineModel::Product, QHeaderView::Stretch);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_counts);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_heading);
    bottomLayout->addWidget(m_scan);
    bottomLayout->addWidget(m_banner);
    bottomLayout->addWidget(m_lines, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_new, &QPushButton::clicked, this, &CountsView::askNewCount);
    connect(m_approve, &QPushButton::clicked, this, [this] {
        if (!m_lineModel->hasCount())
            return;
        const CycleCount &count = m_lineModel->count();
        qsizetype differing = 0;
        for (const CycleCountLine &line : count.lines)
            differing += line.variance().value_or(0) != 0 ? 1 : 0;
        const auto answer = QMessageBox::question(this, tr("Approve count #%1").arg(count.id),
                tr("Post %n correction(s) to the stock ledger and close count #%1?", nullptr, int(differing))
                        .arg(count.id));
        if (answer == QMessageBox::Yes)
            approveShown();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_lineModel->hasCount())
            return;
        const auto answer = QMessageBox::question(this, tr("Cancel count #%1").arg(m_lineModel->count().id),
                tr("Close count #%1 without changing any stock?").arg(m_lineModel->count().id));
        if (answer == QMessageBox::Yes)
            cancelShown();
    });
    connect(m_filter, &QComboBox::currentIndexChanged, this, &CountsView::refresh);
    connect(m_counts->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CountsView::loadSelected);
    connect(m_scan, &QLineEdit::returnPressed, this, &CountsView::scanEntered);
    connect(m_lineModel, &CycleCountLineModel::countEntered, this, &CountsView::enterCount);
    setFocusProxy(m_scan);
    updateActions();
}

void CountsView::setPermissions(const Permissions &permissions)
{
    m_readOnlyReason = permissions.readOnlyReason;
    m_canCount = permissions.editStock && m_readOnlyReason.isEmpty();
    m_canApprove = permissions.isAdmin() && m_readOnlyReason.isEmpty();
    updateActions();
}

void CountsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    if (m_scan->isEnabled())
        m_scan->setFocus();
}

void CountsView::refresh()
{
    const QString key = m_filter->currentData().toString();
    const std::optional<CycleCountState> state = key.isEmpty() ? std::nullopt : CycleCountStates::fromKey(key);
    ++m_pending;
    m_worker.run([state](Session &session) { return session.counts().list(state, kListLimit); }, this,
            [this](const Result<QList<CycleCountSummary>> &counts) {
                if (!counts) {
                    showRefusal(counts.error().message);
                } else {
                    const std::optional<qint64> shown = m_shown;
                    m_listModel->setCounts(*counts);
                    const int row = shown ? m_listModel->rowOf(*shown) : (counts->isEmpty() ? -1 : 0);
                    if (row >= 0) {
                        QSignalBlocker quiet(m_counts->selectionModel());
                        m_counts->selectRow(row);
                    }
                    const std::optional<qint64> wanted = row >= 0
                            ? std::optional(m_listModel->counts().at(row).id)
                            : shown; // a closed count shown under "Open counts" stays on screen
                    if (wanted)
                        showCount(*wanted);
                    else {
                        m_shown.reset();
                        m_lineModel->clear();
                        updateActions();
                    }
                }
                finished();
            });
}

void CountsView::refreshProduct(const QString &sku)
{
    // Another desktop's approval, or a shipment: only the shown count's products matter, and never under an
    // open cell editor (its answer would reset the table).
    QWidget *focus = QApplication::focusWidget();
    const bool editing = focus && focus != m_lines && m_lines->isAncestorOf(focus);
    if (!m_shown || m_lineModel->rowOf(sku) < 0 || editing)
        return;
    showCount(*m_shown);
}

void CountsView::loadSelected()
{
    const QModelIndex current = m_counts->currentIndex();
    if (!current.isValid())
        return;
    showCount(current.data(CycleCountListModel::CountIdRole).toLongLong());
}

void CountsView::showCount(qint64 countId)
{
    m_shown = countId;
    ++m_pending;
    m_worker.run([countId](Session &session) { return session.counts().count(countId); }, this,
            [this, countId](const Result<CycleCount> &count) {
                if (m_shown == countId)
                    applyCount(count, {});
                finished();
            });
}

void CountsView::askNewCount()
{
    NewCountDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    startCount(dialog.skus(), dialog.dueProducts() ? std::optional(dialog.dueDays()) : std::nullopt, dialog.dueLimit(),
            dialog.note());
}

void CountsView::startCount(const QStringList &codes, std::optional<int> dueDays, int dueLimit, const QString &note)
{
    ++m_pending;
    m_worker.run(
            [codes, dueDays, dueLimit, note](Session &session) {
                return dueDays ? session.counts().startDue(*dueDays, dueLimit, note)
                               : session.counts().start(codes, note);
            },
            this,
            [this](const Result<CycleCount> &count) {
                if (count) {
                    m_shown = count->id;
                    m_filter->setCurrentIndex(0); // its count is open
                    refresh();
                }
                applyCount(count,
                        count ? tr("Count #%1 started: scan or type what the shelf holds.").arg(count->id) : QString());
                finished();
            });
}

void CountsView::scanEntered()
{
    const QString code = m_scan->text().trimmed();
    m_scan->clear();
    // Into the count the user chose, also while it is still loading.
    if (code.isEmpty() || !m_shown || !m_canCount)
        return;
    const qint64 countId = *m_shown;
    ++m_pending;
    m_worker.run([countId, code](Session &session) { return session.counts().add(countId, code); }, this,
            [this, countId](const Result<CycleCountLine> &line) {
                if (m_shown == countId)
                    applyLine(line);
                finished();
            });
}

void CountsView::enterCount(const QString &sku, qint64 counted)
{
    if (!m_lineModel->hasCount() || !m_canCount)
        return;
    const qint64 countId = m_lineModel->count().id;
    ++m_pending;
    m_worker.run([countId, sku, counted](Session &session) { return session.counts().enter(countId, sku, counted); },
            this,
            [this, countId](const Result<CycleCountLine> &line) {
                if (m_shown == countId)
                    applyLine(line);
                finished();
            });
}

void CountsView::applyLine(const Result<CycleCountLine> &line)
{
    focusScanField();
    if (!line) {
        showRefusal(line.error().message);
        return;
    }
    m_lineModel->updateLine(*line);
    const qint64 variance = line->variance().value_or(0);
    showGood(variance == 0 ? tr("✓ %1 counted %2").arg(line->sku).arg(line->counted.value_or(0))
                           : tr("✓ %1 counted %2 (variance %3)")
                                     .arg(line->sku)
                                     .arg(line->counted.value_or(0))
                                     .arg(variance > 0 ? u"+%1"_s.arg(variance) : QString::number(variance)));
    if (const int row = m_lineModel->rowOf(line->sku); row >= 0)
        m_lines->scrollTo(m_lineModel->index(row, 0));
    updateActions();
}

void CountsView::applyCount(const Result<CycleCount> &count, const QString &done)
{
    if (!count) {
        showRefusal(count.error().message);
        focusScanField();
        return;
    }
    m_shown = count->id;
    m_lineModel->setCount(*count);
    if (!done.isEmpty())
        showGood(done);
    updateActions();
    focusScanField();
}

void CountsView::focusScanField()
{
    // The scanner types into whatever has the keyboard: after a count loads or a cell's entry is answered, that is
    // the scan field again, not the table (whose typing would start editing a cell).
    if (m_scan->isEnabled() && isVisible())
        m_scan->setFocus();
}

void CountsView::approveShown()
{
    if (!m_lineModel->hasCount())
        return;
    const qint64 countId = m_lineModel->count().id;
    ++m_pending;
    m_worker.run([countId](Session &session) { return session.counts().approve(countId); }, this,
            [this, countId](const Result<CycleCount> &count) {
                qsizetype posted = 0;
                if (count) {
                    for (const CycleCountLine &line : count->lines)
                        posted += line.correctionId ? 1 : 0;
                    Q_EMIT statusMessage(tr("Count #%1 approved.").arg(countId));
                }
                if (m_shown == countId || !count)
                    applyCount(count,
                            tr("Count #%1 approved: %n correction(s) posted to the stock ledger.", nullptr, int(posted))
                                    .arg(countId));
                if (count)
                    refresh();
                finished();
            });
}

void CountsView::cancelShown()
{
    if (!m_lineModel->hasCount())
        return;
    const qint64 countId = m_lineModel->count().id;
    ++m_pending;
    m_worker.run([countId](Session &session) { return session.counts().cancel(countId); }, this,
            [this, countId](const Result<CycleCount> &count) {
                if (m_shown == countId || !count)
                    applyCount(count, tr("Count #%1 cancelled; no stock was changed.").arg(countId));
                if (count)
                    refresh();
                finished();
            });
}

void CountsView::updateActions()
{
    const bool open = m_lineModel->hasCount() && m_lineModel->count().state == CycleCountState::Open;
    const CycleCount &count = m_lineModel->count();
    m_new->setEnabled(m_canCount);
    m_scan->setEnabled(open && m_canCount);
    m_cancel->setEnabled(open && m_canCount);
    m_approve->setEnabled(open && m_canApprove);
    m_lineModel->setEditable(m_canCount);
    const QString why = !m_readOnlyReason.isEmpty() ? m_readOnlyReason : QString();
    m_new->setToolTip(m_canCount    ? tr("Count products on the shelf")
                    : why.isEmpty() ? tr("This login may not edit stock.")
                                    : why);
    m_approve->setToolTip(m_canApprove ? tr("Post each difference to the stock ledger and close the count")
                    : why.isEmpty()    ? tr("Only an admin approves a count.")
                                       : why);
    if (!m_lineModel->hasCount()) {
        m_heading->setText(tr("No count selected: start one with New count…"));
        return;
    }
    m_heading->setText(tr("Count #%1 (%2): %3 of %4 counted%5")
                               .arg(count.id)
                               .arg(CycleCountStates::displayName(count.state).toLower())
                               .arg(count.countedLines())
                               .arg(count.lines.size())
                               .arg(count.note.isEmpty() ? QString() : u" — "_s + count.note));
}

void CountsView::showGood(const QString &text)
{
    m_refused = false;
    m_banner->setText(text);
    m_banner->setStyleSheet(u"QLabel { background: #1b5e20; color: white; padding: 6px; }"_s);
    QApplication::beep();
}

void CountsView::showRefusal(const QString &text)
{
    m_refused = true;
    m_banner->setText(tr("✗ %1").arg(text));
    m_banner->setStyleSheet(u"QLabel { background: #b71c1c; color: white; padding: 6px; }"_s);
    // Twice: a refusal must be heard over a busy floor, and not mistaken for a good scan.
    QApplication::beep();
    QApplication::beep();
}

void CountsView::finished()
{
    --m_pending;
}

} // namespace shipshape
