#include "views/PackView.h"

#include "background/SessionWorker.h"
#include "common/Logging.h"
#include "models/PackLineModel.h"
#include "printing/OrderDocumentWriter.h"
#include "views/PackShipDialog.h"
#include "warehouse/PackingStation.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

QElapsedTimer &sinceStart()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return timer;
}

std::optional<qint64> orderNumberOf(const QString &code)
{
    QString digits = code.trimmed().mid(1).trimmed();
    bool ok = false;
    const qint64 number = digits.toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

} // namespace

PackView::PackView(SessionWorker &worker, QWidget *parent) : QWidget(parent), m_worker(worker)
{
    setObjectName(u"packView"_s);
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.8);
    QFont huge = font();
    huge.setPointSizeF(huge.pointSizeF() * 2.6);
    huge.setBold(true);

    m_heading = new QLabel(this);
    m_heading->setObjectName(u"packHeading"_s);
    m_heading->setAccessibleName(tr("Order being packed"));
    m_heading->setFont(huge);
    m_scan = new QLineEdit(this);
    m_scan->setObjectName(u"packScanField"_s);
    m_scan->setAccessibleName(tr("Scan"));
    m_scan->setPlaceholderText(tr("Scan an order (#1042), then its items"));
    m_scan->setFont(huge);
    m_scan->setClearButtonEnabled(false);
    m_banner = new QLabel(this);
    m_banner->setObjectName(u"packBanner"_s);
    m_banner->setAccessibleName(tr("Last scan"));
    m_banner->setFont(huge);
    m_banner->setWordWrap(true);
    m_banner->setMinimumHeight(m_banner->fontMetrics().height() * 2);
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"packHint"_s);
    m_hint->setAccessibleName(tr("What to do next"));
    m_hint->setFont(large);
    m_hint->setWordWrap(true);
    m_model = new PackLineModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"packLines"_s);
    m_table->setAccessibleName(tr("Lines to pack"));
    m_table->setModel(m_model);
    m_table->setFont(large);
    m_table->setFocusPolicy(Qt::NoFocus); // the scan field keeps the keyboard
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 2);
    // Counts are short but their German headers are not: every column but the product name takes
    // the width of its header or widest cell, so no translation is cut.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PackLineModel::Product, QHeaderView::Stretch);
    m_table->horizontalHeader()->setFont(large);
    m_inProgress = new QLabel(this);
    m_inProgress->setObjectName(u"packInProgress"_s);
    m_inProgress->setAccessibleName(tr("Partly packed orders"));
    m_inProgress->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_scan);
    layout->addWidget(m_banner);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_inProgress);
    setFocusProxy(m_scan);

    connect(m_scan, &QLineEdit::returnPressed, this, &PackView::scanEntered);
    updateHeading();
}

void PackView::setPermissions(const Permissions &permissions)
{
    m_canPack = permissions.shipAndDeliver && permissions.readOnlyReason.isEmpty();
    m_scan->setEnabled(m_canPack);
    if (!m_canPack) {
        m_scan->setToolTip(permissions.readOnlyReason.isEmpty() ? tr("This login may not ship orders.")
                                                                : permissions.readOnlyReason);
    }
}

PackShipDialog *PackView::shipDialog() const
{
    return m_shipDialog.data();
}

QString PackView::packingSlipPath(qint64 orderNumber) const
{
    return QDir(m_slipFolder).filePath(u"packing-slip-%1.pdf"_s.arg(orderNumber));
}

void PackView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_scan->setFocus();
    refreshInProgress();
}

void PackView::refreshInProgress()
{
    m_worker.run(
            [](Session &session) {
                return PackingStation(session.database(), session.orders(), session.clock()).inProgress(10);
            },
            this,
            [this](const Result<QList<PackInProgress>> &orders) {
                if (!orders) {
                    m_inProgress->setText(orders.error().message);
                    return;
                }
                QStringList parts;
                for (const PackInProgress &order : *orders)
                    parts << tr("#%1 (%2 of %3)").arg(order.orderNumber).arg(order.unitsPacked).arg(order.unitsToPack);
                m_inProgress->setText(
                        parts.isEmpty() ? QString() : tr("Partly packed, scan to resume: %1").arg(parts.join(u", "_s)));
            });
}

void PackView::scanEntered()
{
    const QString code = m_scan->text().trimmed();
    m_scan->clear();
    const PackState &state = m_model->state();
    const bool complete = m_openOrder && state.isComplete() && m_pending == 0;
    if (code.isEmpty()) {
        if (complete)
            askTracking();
        return;
    }
    if (complete && PackingStation::isOrderCode(code) && orderNumberOf(code) == m_openOrder) {
        askTracking();
        return;
    }
    submitScan(code);
}

void PackView::submitScan(const QString &code)
{
    if (!m_canPack)
        return;
    if (PackingStation::isOrderCode(code))
        m_targetOrder = orderNumberOf(code);
    const std::optional<qint64> target = m_targetOrder;
    const qint64 startedNs = sinceStart().nsecsElapsed();
    ++m_pending;
    m_worker.run(
            [target, code](Session &session) {
                return PackingStation(session.database(), session.orders(), session.clock()).scan(target, code);
            },
            this, [this, code, startedNs](const Result<PackScan> &result) { applyScan(code, result, startedNs); });
}

void PackView::applyScan(const QString &code, const Result<PackScan> &result, qint64 startedNs)
{
    --m_pending;
    if (!result) {
        if (PackingStation::isOrderCode(code))
            m_targetOrder = m_openOrder; // the order that could not be opened is not the one being packed
        showRefusal(result.error().message);
    } else if (result->kind == PackScanKind::OrderOpened) {
        m_openOrder = result->state.orderNumber;
        m_model->setState(result->state);
        showGood(result->state.isStarted() ? tr("Order #%1 resumed: %2 of %3 packed")
                                                     .arg(m_openOrder.value_or(0))
                                                     .arg(result->state.unitsPacked())
                                                     .arg(result->state.unitsToPack())
                                           : tr("Order #%1 opened").arg(m_openOrder.value_or(0)));
    } else {
        m_model->updateState(result->state);
        const int row = m_model->rowOf(result->sku);
        const PackLine *line = row >= 0 ? &m_model->state().lines.at(row) : nullptr;
        showGood(line ? tr("✓ %1  %2 of %3").arg(line->sku).arg(line->packed).arg(line->toPack) : result->sku);
        if (row >= 0)
            m_table->scrollTo(m_model->index(row, 0));
    }
    updateHeading();
    Q_EMIT scanAcknowledged(sinceStart().nsecsElapsed() - startedNs);
}

void PackView::askTracking()
{
    if (!m_openOrder || m_shipDialog)
        return;
    auto *dialog = new PackShipDialog(m_model->state(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_shipDialog = dialog;
    const qint64 order = *m_openOrder;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, order] { ship(order, dialog->trackingNumber(), dialog->carrier()); });
    connect(dialog, &QDialog::finished, this, [this] {
        // The scanner types into the page again: its window takes the keyboard back, whatever the window manager.
        window()->activateWindow();
        m_scan->setFocus();
    });
    dialog->open();
    dialog->trackingField()->setFocus();
}

void PackView::ship(qint64 orderNumber, const QString &tracking, const QString &carrier)
{
    ++m_pending;
    m_worker.run(
            [orderNumber, tracking, carrier](Session &session) {
                return PackingStation(session.database(), session.orders(), session.clock())
                        .ship(orderNumber, tracking, carrier);
            },
            this,
            [this, orderNumber, tracking](const Result<Order> &shipped) {
                --m_pending;
                if (!shipped) {
                    showRefusal(shipped.error().message);
                    return;
                }
                if (m_openOrder == orderNumber) {
                    m_openOrder.reset();
                    m_targetOrder.reset();
                    m_model->clear();
                }
                QString slip;
                if (!m_slipFolder.isEmpty()) {
                    const QString path = packingSlipPath(orderNumber);
                    const Status written = QDir().mkpath(m_slipFolder)
                            ? OrderDocumentWriter::writePackingSlips({*shipped}, path)
                            : Status(fail(Error::internal(tr("Cannot create the folder %1.").arg(m_slipFolder))));
                    slip = written ? tr(" Packing slip: %1").arg(QDir::toNativeSeparators(path))
                                   : tr(" The packing slip was not written: %1").arg(written.error().message);
                }
                showGood(tr("Order #%1 shipped, tracking %2. Scan the next order.").arg(orderNumber).arg(tracking)
                        + slip);
                updateHeading();
                refreshInProgress();
                Q_EMIT orderShipped(orderNumber);
            });
}

void PackView::showGood(const QString &text)
{
    m_refused = false;
    m_banner->setText(text);
    m_banner->setStyleSheet(u"QLabel { background: #1b5e20; color: white; padding: 8px; }"_s);
    QApplication::beep();
}

void PackView::showRefusal(const QString &text)
{
    m_refused = true;
    m_banner->setText(tr("✗ %1").arg(text));
    m_banner->setStyleSheet(u"QLabel { background: #b71c1c; color: white; padding: 8px; }"_s);
    // Twice: a refusal must be heard over a busy floor, and not mistaken for a good scan.
    QApplication::beep();
    QApplication::beep();
}

void PackView::updateHeading()
{
    const PackState &state = m_model->state();
    if (!m_openOrder) {
        m_heading->setText(tr("No order open"));
        m_hint->setText(tr("Scan the order's barcode (#1042) on its pick list or packing slip."));
        return;
    }
    m_heading->setText(
            tr("Order #%1: %2 of %3 packed").arg(*m_openOrder).arg(state.unitsPacked()).arg(state.unitsToPack()));
    m_hint->setText(state.isComplete()
                    ? tr("Complete. Press Enter or scan the order again to ship it.")
                    : tr("Scan each item (SKU or barcode). Another order's barcode opens that order."));
}

} // namespace shipshape
