#include "bulk/OrderBulkActions.h"

#include "background/SessionWorker.h"
#include "bulk/BulkOrderRunner.h"
#include "bulk/BulkProgressDialog.h"
#include "models/OrderTableModel.h"
#include "orders/OrderService.h"
#include "printing/OrderCsvWriter.h"
#include "printing/OrderDocumentWriter.h"
#include "printing/PickListWriter.h"
#include "session/Session.h"
#include "tags/Tag.h"
#include "warehouse/PickLists.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// Selecting a million rows is possible; loading each of them for a bulk action is not sensible.
constexpr int kMaxBulkOrders = 5000;
constexpr int kRefreshInPlaceLimit = 50;

} // namespace

OrderBulkActions::OrderBulkActions(
        SessionWorker &worker, OrderTableModel &orderModel, QTableView &orderView, QWidget *page)
    : QObject(page), m_worker(worker), m_orderModel(orderModel), m_orderView(orderView), m_page(page)
{
    m_shipSelected = new QAction(tr("Ship selected…"), m_page);
    m_shipSelected->setObjectName(u"shipSelected"_s);
    m_shipSelectedDescription = tr("Mark the selected orders shipped, with a tracking number each");
    m_shipSelected->setToolTip(m_shipSelectedDescription);
    connect(m_shipSelected, &QAction::triggered, this, &OrderBulkActions::shipSelected);
    m_addTag = new QAction(tr("Add tag…"), m_page);
    m_addTag->setObjectName(u"addTagToSelected"_s);
    m_addTag->setToolTip(tr("Add a tag to the selected orders"));
    connect(m_addTag, &QAction::triggered, this, [this] { tagSelected(true); });
    m_removeTag = new QAction(tr("Remove tag…"), m_page);
    m_removeTag->setObjectName(u"removeTagFromSelected"_s);
    m_removeTag->setToolTip(tr("Remove a tag from the selected orders"));
    connect(m_removeTag, &QAction::triggered, this, [this] { tagSelected(false); });
    m_packingSlips = new QAction(tr("Packing slips…"), m_page);
    m_packingSlips->setObjectName(u"packingSlips"_s);
    m_packingSlips->setToolTip(tr("Save the packing slips of the selected orders as one PDF"));
    connect(m_packingSlips, &QAction::triggered, this, &OrderBulkActions::printPackingSlips);
    m_pickList = new QAction(tr("Pick list…"), m_page);
    m_pickList->setObjectName(u"pickList"_s);
    m_pickList->setToolTip(tr("Save a pick list of the selected confirmed orders as a PDF, with barcodes"));
    connect(m_pickList, &QAction::triggered, this, &OrderBulkActions::savePickList);
    m_exportCsv = new QAction(tr("Export CSV…"), m_page);
    m_exportCsv->setObjectName(u"exportCsv"_s);
    m_exportCsv->setToolTip(tr("Save the selected orders as a CSV file"));
    connect(m_exportCsv, &QAction::triggered, this, &OrderBulkActions::exportCsv);
}

OrderBulkActions::~OrderBulkActions() = default;

void OrderBulkActions::addTo(QToolBar &toolbar)
{
    toolbar.addActions({m_shipSelected, m_addTag, m_removeTag, m_packingSlips, m_pickList, m_exportCsv});
}

void OrderBulkActions::setPermissions(const Permissions &permissions)
{
    m_permissions = permissions;
    m_shipSelected->setVisible(OrderPolicy::permits(OrderAction::Ship, permissions));
    m_addTag->setVisible(permissions.tag);
    m_removeTag->setVisible(permissions.tag);
    updateActions();
}

BulkProgressDialog *OrderBulkActions::bulkDialog() const
{
    return m_bulkDialog.data();
}

bool OrderBulkActions::isRunning() const
{
    return m_bulkRunner && m_bulkRunner->isRunning();
}

void OrderBulkActions::updateActions()
{
    const qsizetype selected = selectedRowCount();
    const bool any = selected > 0;
    const bool idle = !isRunning();
    m_packingSlips->setEnabled(any && idle);
    m_pickList->setEnabled(any && idle && !m_pickListRunning && selected <= PickLists::kMaxOrders);
    m_exportCsv->setEnabled(any && idle);
    // Ship as OrderPolicy decides for the selected rows: offered while one of them can ship, else saying
    // why not. A selection larger than one batch is refused when asked, without reading every row now.
    std::optional<QString> why;
    if (!OrderPolicy::permits(OrderAction::Ship, m_permissions)) {
        why = OrderPolicy::notPermitted(OrderAction::Ship);
    } else if (any && selected <= kMaxBulkOrders) {
        const PolicySplit split = splitByPolicy(OrderAction::Ship, selectedSummaries());
        if (split.allowed.isEmpty() && !split.refused.isEmpty()) {
            why = split.refused.size() == 1 ? split.refused.constFirst().message
                                            : tr("None of the %Ln selected orders can ship; for example: %1", nullptr,
                                                    int(split.refused.size()))
                                                      .arg(split.refused.constFirst().message);
        }
    }
    m_shipSelected->setEnabled(any && idle && !why);
    m_shipSelected->setToolTip(why.value_or(m_shipSelectedDescription));
    // Any order may carry tags; only the login decides.
    m_addTag->setEnabled(any && idle && m_permissions.tag);
    m_removeTag->setEnabled(any && idle && m_permissions.tag);
    // Read-only comes and goes (offline mode): the usual tooltips come back with the server.
    const QString &readOnly = m_permissions.readOnlyReason;
    m_addTag->setToolTip(readOnly.isEmpty() ? tr("Add a tag to the selected orders") : readOnly);
    m_removeTag->setToolTip(readOnly.isEmpty() ? tr("Remove a tag from the selected orders") : readOnly);
}

qsizetype OrderBulkActions::selectedRowCount() const
{
    // Counted from the ranges: a selection of a million rows is a few ranges, not a million indexes.
    qsizetype rows = 0;
    for (const QItemSelectionRange &range : m_orderView.selectionModel()->selection())
        rows += range.height();
    return rows;
}

OrderBulkActions::PolicySplit OrderBulkActions::splitByPolicy(OrderAction action, const QList<OrderSummary> &rows) const
{
    PolicySplit split;
    for (const OrderSummary &row : rows) {
        if (const auto why = OrderPolicy::whyNot(action, row, m_permissions))
            split.refused << BulkOrderOutcome{row.number, false, *why};
        else
            split.allowed << row;
    }
    return split;
}

QList<qint64> OrderBulkActions::selectedNumbers() const
{
    QList<qint64> numbers;
    // The model's rows, not data(): a selected row scrolled past has no page at hand, and an action needs it.
    for (const QModelIndex &index : m_orderView.selectionModel()->selectedRows(OrderTableModel::Number)) {
        if (const auto summary = m_orderModel.orderAt(index.row()))
            numbers << summary->number;
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

QList<OrderSummary> OrderBulkActions::selectedSummaries() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_orderView.selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<OrderSummary> summaries;
    for (int row : std::as_const(rows)) {
        if (auto summary = m_orderModel.orderAt(row))
            summaries << *summary;
    }
    return summaries;
}

std::optional<QString> OrderBulkActions::askSavePath(
        const QString &title, const QString &suggestedName, const QString &filter)
{
    if (m_nextSavePath)
        return *std::exchange(m_nextSavePath, std::nullopt);
    QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (directory.isEmpty())
        directory = QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(m_page, title, QDir(directory).filePath(suggestedName), filter);
    if (path.isEmpty())
        return std::nullopt;
    return path;
}

BulkOrderRunner *OrderBulkActions::startBulk(const QString &title, const QList<qint64> &numbers, bool changesOrders)
{
    if (isRunning())
        return nullptr;
    if (numbers.size() > kMaxBulkOrders) {
        Q_EMIT statusMessage(tr("Select at most %L1 orders for one bulk action.").arg(kMaxBulkOrders));
        return nullptr;
    }
    if (m_bulkRunner)
        m_bulkRunner->deleteLater();
    m_bulkRunner = new BulkOrderRunner(m_worker, this);
    if (m_bulkDialog)
        m_bulkDialog->deleteLater();
    m_bulkDialog = new BulkProgressDialog(*m_bulkRunner, title, m_page);
    m_bulkDialog->setAttribute(Qt::WA_DeleteOnClose);
    // Each refresh re-counts the filtered list (on the page worker in the main window): a few rows are
    // refreshed in place, a large batch reloads the list once at the end.
    BulkOrderRunner *runner = m_bulkRunner;
    if (changesOrders) {
        connect(runner, &BulkOrderRunner::orderFinished, this, [this, runner](const BulkOrderOutcome &outcome) {
            if (outcome.succeeded && runner->total() <= kRefreshInPlaceLimit)
                m_orderModel.refreshOrder(outcome.number);
        });
        connect(runner, &BulkOrderRunner::finished, this, [this, runner] {
            if (runner->total() > kRefreshInPlaceLimit && !runner->succeededOrders().isEmpty())
                m_orderModel.reload();
        });
    }
    connect(runner, &BulkOrderRunner::finished, this, &OrderBulkActions::updateActions);
    m_bulkDialog->show();
    return m_bulkRunner;
}

void OrderBulkActions::shipSelected()
{
    const QList<OrderSummary> selected = selectedSummaries();
    if (selected.isEmpty())
        return;
    // Only the orders OrderPolicy lets ship are asked for a tracking number; the others are reported
    // with its reason. Core checks again when each one ships (the list may be behind).
    const PolicySplit split = splitByPolicy(OrderAction::Ship, selected);
    QList<BulkShipLine> lines;
    if (m_nextBulkShip) {
        lines = *std::exchange(m_nextBulkShip, std::nullopt);
    } else {
        BulkShipDialog dialog(split.allowed, split.refused, m_page);
        if (dialog.exec() != QDialog::Accepted)
            return;
        lines = dialog.lines();
    }
    QSet<qint64> refused;
    for (const BulkOrderOutcome &outcome : split.refused)
        refused.insert(outcome.number);
    QHash<qint64, BulkShipLine> byNumber;
    QList<qint64> numbers;
    for (const BulkShipLine &line : std::as_const(lines)) {
        if (refused.contains(line.number))
            continue;
        byNumber.insert(line.number, line);
        numbers << line.number;
    }
    const int total = int(numbers.size() + split.refused.size());
    BulkOrderRunner *runner = startBulk(tr("Ship %Ln order(s)", nullptr, total), numbers, true);
    if (!runner)
        return;
    runner->start(
            numbers,
            [byNumber](Session &session, qint64 number) {
                const BulkShipLine line = byNumber.value(number);
                return session.orders().ship(QString::number(number), line.tracking, line.carrier);
            },
            split.refused);
    updateActions();
}

void OrderBulkActions::tagSelected(bool adding)
{
    const QList<OrderSummary> selected = selectedSummaries();
    if (selected.isEmpty())
        return;
    QList<qint64> numbers;
    QStringList onSelected;
    for (const OrderSummary &row : selected) {
        numbers << row.number;
        for (const QString &tag : row.tags) {
            if (!onSelected.contains(tag, Qt::CaseInsensitive))
                onSelected << tag;
        }
    }
    Tags::sort(onSelected);
    const int count = int(numbers.size());
    QString text;
    const bool asked = !m_nextTag;
    if (m_nextTag) {
        text = *std::exchange(m_nextTag, std::nullopt);
    } else {
        QInputDialog dialog(m_page);
        dialog.setWindowTitle(adding ? tr("Add tag") : tr("Remove tag"));
        dialog.setLabelText(adding ? tr("Tag to add to %Ln order(s):", nullptr, count)
                                   : tr("Tag to remove from %Ln order(s):", nullptr, count));
        dialog.setComboBoxItems(adding ? m_knownTags : onSelected);
        dialog.setComboBoxEditable(true);
        dialog.setTextValue(adding || onSelected.isEmpty() ? QString() : onSelected.constFirst());
        dialog.setOkButtonText(adding ? tr("Add tag") : tr("Remove tag"));
        if (dialog.exec() != QDialog::Accepted)
            return;
        text = dialog.textValue();
    }
    auto tag = Tags::parse(u"tag"_s, text);
    if (!tag) {
        Q_EMIT statusMessage(tag.error().message);
        if (asked)
            QMessageBox::warning(m_page, tr("Shipshape"), tag.error().message);
        return;
    }
    BulkOrderRunner *runner = startBulk(adding ? tr("Tag %Ln order(s) “%1”", nullptr, count).arg(tag->text)
                                               : tr("Untag %Ln order(s) “%1”", nullptr, count).arg(tag->text),
            numbers, true);
    if (!runner)
        return;
    connect(runner, &BulkOrderRunner::finished, this, &OrderBulkActions::tagsChanged);
    // One order per job, each its own unit of work with its timeline row ("tagged: …"); an order that
    // already has the tag (or, removing, does not) is left as it is and counts as done.
    runner->start(numbers, [text = tag->text, adding](Session &session, qint64 number) {
        OrderTags &tags = session.orders().tags();
        return adding ? tags.add(QString::number(number), {text}) : tags.remove(QString::number(number), {text});
    });
    updateActions();
}

void OrderBulkActions::printPackingSlips()
{
    const QList<qint64> numbers = selectedNumbers();
    if (numbers.isEmpty())
        return;
    const auto path = askSavePath(tr("Save packing slips"), tr("packing-slips.pdf"), tr("PDF files (*.pdf)"));
    if (!path)
        return;
    BulkOrderRunner *runner
            = startBulk(tr("Packing slips for %Ln order(s)", nullptr, int(numbers.size())), numbers, false);
    if (!runner)
        return;
    connect(runner, &BulkOrderRunner::finished, this, [this, runner, file = *path] {
        if (runner->succeededOrders().isEmpty()) {
            if (m_bulkDialog)
                m_bulkDialog->setOutcomeText(tr("No packing slip written: no order could be loaded."));
            return;
        }
        const Status written = OrderDocumentWriter::writePackingSlips(runner->succeededOrders(), file);
        const QString text = written
                ? tr("Saved %Ln packing slip(s) to %1", nullptr, int(runner->succeededOrders().size()))
                          .arg(QDir::toNativeSeparators(file))
                : written.error().message;
        if (m_bulkDialog)
            m_bulkDialog->setOutcomeText(text);
        Q_EMIT statusMessage(text);
    });
    runner->start(
            numbers, [](Session &session, qint64 number) { return session.orders().find(QString::number(number)); });
    updateActions();
}

void OrderBulkActions::savePickList()
{
    const QList<qint64> numbers = selectedNumbers();
    if (numbers.isEmpty() || m_pickListRunning)
        return;
    const auto path = askSavePath(tr("Save pick list"), tr("pick-list.pdf"), tr("PDF files (*.pdf)"));
    if (!path)
        return;
    m_pickListRunning = true;
    updateActions();
    // Reading the orders is the worker's; drawing needs fonts, so the page is painted here when they are in.
    m_worker.run(
            [numbers](Session &session) {
                return PickLists(session.database(), session.orders(), session.clock()).forOrders(numbers);
            },
            this,
            [this, file = *path](const Result<PickList> &list) {
                m_pickListRunning = false;
                updateActions();
                QString text;
                if (!list) {
                    text = tr("No pick list written: %1").arg(list.error().message);
                } else if (const Status written = PickListWriter::writePdf(*list, file); !written) {
                    text = written.error().message;
                } else {
                    text = tr("Saved a pick list of %Ln order(s) to %1", nullptr, int(list->orders.size()))
                                   .arg(QDir::toNativeSeparators(file));
                }
                Q_EMIT statusMessage(text);
            });
}

void OrderBulkActions::exportCsv()
{
    const QList<qint64> numbers = selectedNumbers();
    if (numbers.isEmpty())
        return;
    const auto path = askSavePath(tr("Export orders"), tr("orders.csv"), tr("CSV files (*.csv)"));
    if (!path)
        return;
    BulkOrderRunner *runner = startBulk(tr("Export %Ln order(s)", nullptr, int(numbers.size())), numbers, false);
    if (!runner)
        return;
    connect(runner, &BulkOrderRunner::finished, this, [this, runner, file = *path] {
        QSaveFile out(file);
        QString text;
        if (out.open(QIODevice::WriteOnly) && out.write(OrderCsvWriter::toCsv(runner->succeededOrders())) >= 0
                && out.commit()) {
            text = tr("Exported %Ln order(s) to %1", nullptr, int(runner->succeededOrders().size()))
                           .arg(QDir::toNativeSeparators(file));
        } else {
            text = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString());
        }
        if (m_bulkDialog)
            m_bulkDialog->setOutcomeText(text);
        Q_EMIT statusMessage(text);
    });
    runner->start(
            numbers, [](Session &session, qint64 number) { return session.orders().find(QString::number(number)); });
    updateActions();
}

} // namespace shipshape
