#include "views/CancelLinesDialog.h"

#include "background/SessionWorker.h"
#include "models/UnshippedLineModel.h"
#include "session/Session.h"
#include "views/FieldErrorLabel.h"
#include "views/LineTableView.h"
#include "views/QuantityDelegate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

CancelLinesDialog::CancelLinesDialog(SessionWorker &worker, const Order &order, QWidget *parent)
    : QDialog(parent), m_worker(worker), m_orderNumber(order.number), m_totalBefore(order.total)
{
    setObjectName(u"cancelLinesDialog"_s);
    setWindowTitle(tr("Cancel lines of order #%1").arg(order.number));
    const QLocale locale;

    auto *hint = new QLabel(tr("Takes unshipped units off the order and releases their stock. The order is priced "
                               "again; what was paid beyond the new total (now %1) becomes the refund owed.")
                                    .arg(order.total.toDisplayString(locale)),
            this);
    hint->setWordWrap(true);
    m_lines = new UnshippedLineModel(this);
    m_lines->setChosenHeader(tr("Cancel"));
    m_lines->setLines(order.lines, UnshippedLineModel::Start::ChooseNone);
    m_linesView = new LineTableView(this);
    m_linesView->setObjectName(u"cancelLines"_s);
    m_linesView->setAccessibleName(tr("Lines to cancel"));
    auto *quantities = new QuantityDelegate;
    quantities->setMaximumRole(UnshippedLineModel::MaximumRole);
    m_linesView->setLines(m_lines, UnshippedLineModel::Product, UnshippedLineModel::Chosen, quantities);
    m_linesView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    connect(m_lines, &UnshippedLineModel::chosenChanged, this, &CancelLinesDialog::updateState);
    connect(m_lines, &UnshippedLineModel::chosenChanged, this, &CancelLinesDialog::schedulePreview);
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(kPreviewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &CancelLinesDialog::requestPreview);

    m_reason = new QComboBox(this);
    m_reason->setObjectName(u"cancelLinesReason"_s);
    m_reason->setAccessibleName(tr("Cancel reason"));
    for (CancelReason code : CancelReasons::selectable())
        m_reason->addItem(CancelReasons::displayName(code), CancelReasons::key(code));
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"cancelLinesNote"_s);
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Optional, for the timeline"));
    m_note->setMaxLength(2000);
    m_error = new FieldErrorLabel(u"cancelLinesError"_s, this);
    m_result = new QLabel(this);
    m_result->setObjectName(u"cancelLinesResult"_s);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->hide();
    m_preview = new QLabel(tr("Choose how many units of each line to cancel."), this);
    m_preview->setObjectName(u"cancelLinesPreview"_s);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_submit = buttons->button(QDialogButtonBox::Ok);
    m_submit->setText(tr("Cancel units"));
    m_submit->setAccessibleName(tr("Cancel the chosen units"));
    m_close = buttons->button(QDialogButtonBox::Cancel);
    m_close->setText(tr("Keep lines"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CancelLinesDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] { m_done ? accept() : reject(); });

    auto *form = new QFormLayout;
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_linesView, 1);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_error);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(640, 400);
    updateState();
}

QList<ShipmentLine> CancelLinesDialog::chosenLines() const
{
    return m_lines->chosenLines();
}

bool CancelLinesDialog::isComplete() const
{
    return m_lines->chosenUnits() > 0;
}

QSpinBox *CancelLinesDialog::quantityBox(int row) const
{
    return qobject_cast<QSpinBox *>(m_linesView->indexWidget(m_lines->index(row, UnshippedLineModel::Chosen)));
}

void CancelLinesDialog::updateState()
{
    const bool editable = !m_busy && !m_done;
    m_linesView->setEnabled(editable);
    m_reason->setEnabled(editable);
    m_note->setEnabled(editable);
    m_submit->setEnabled(editable && isComplete());
}

void CancelLinesDialog::submit()
{
    if (m_busy || m_done || !isComplete())
        return;
    m_busy = true;
    m_previewTimer.stop();
    ++m_generation;
    updateState();
    m_error->hide();
    const qint64 number = m_orderNumber;
    const QList<ShipmentLine> lines = chosenLines();
    const CancelReason reason
            = CancelReasons::fromKey(m_reason->currentData().toString()).value_or(CancelReason::Other);
    const QString note = m_note->text();
    m_worker.run(
            [number, lines, reason, note](Session &session) {
                return session.orders().cancelLines(QString::number(number), lines, reason, note);
            },
            this,
            [this](const Result<Order> &result) {
                m_busy = false;
                if (result) {
                    showResult(*result);
                    return;
                }
                m_error->setText(result.error().message);
                m_error->show();
                updateState();
                Q_EMIT cancelFailed(result.error().message);
            });
}

void CancelLinesDialog::showResult(const Order &order)
{
    m_done = true;
    const QLocale locale;
    QString summary = tr("Units cancelled. The order's total is now %1 (was %2).")
                              .arg(order.total.toDisplayString(locale), m_totalBefore.toDisplayString(locale));
    if (order.refundOwed().minorUnits() > 0) {
        summary += u' '
                + tr("Refund owed: %1 — settle it with Refund…, Record refund… or Keep as credit….")
                          .arg(order.refundOwed().toDisplayString(locale));
    } else if (order.balanceDue().minorUnits() > 0) {
        summary += u' '
                + tr("No refund is owed; the customer still owes %1.").arg(order.balanceDue().toDisplayString(locale));
    } else {
        summary += u' ' + tr("No refund is owed.");
    }
    m_result->setText(summary);
    m_result->show();
    m_preview->hide();
    m_submit->hide();
    m_close->setText(tr("Close"));
    updateState();
    Q_EMIT linesCancelled(order, summary);
}

void CancelLinesDialog::schedulePreview()
{
    ++m_generation;
    if (!isComplete()) {
        m_previewTimer.stop();
        m_preview->setText(tr("Choose how many units of each line to cancel."));
        return;
    }
    m_preview->setText(tr("Working out the new total…"));
    m_previewTimer.start();
}

void CancelLinesDialog::requestPreview()
{
    if (m_busy || m_done || !isComplete())
        return;
    const quint64 generation = m_generation;
    const CancelReason reason
            = CancelReasons::fromKey(m_reason->currentData().toString()).value_or(CancelReason::Other);
    m_worker.run(
            [number = m_orderNumber, lines = chosenLines(), reason](Session &session) {
                return session.orders().previewCancelLines(QString::number(number), lines, reason);
            },
            this,
            [this, generation](const Result<OrderEditPreview> &result) {
                if (generation != m_generation || m_busy || m_done)
                    return; // about units chosen earlier; a newer preview follows
                showPreview(result);
                Q_EMIT previewUpdated();
            });
}

void CancelLinesDialog::showPreview(const Result<OrderEditPreview> &preview)
{
    if (!preview) {
        m_preview->setText(tr("This cancel cannot be made: %1").arg(preview.error().message));
        return;
    }
    const QLocale locale;
    qint64 released = 0;
    for (const OrderEditPreview::StockEffect &effect : preview->stock)
        released -= effect.reservedChange;
    QString text
            = tr("After the cancel the order's total is %1 (now %2); %n reserved unit(s) go back to stock.", "",
                    static_cast<int>(released))
                      .arg(preview->after.total.toDisplayString(locale), preview->before.total.toDisplayString(locale));
    if (preview->refundOwed.minorUnits() > 0)
        text += u' ' + tr("Refund owed then: %1.").arg(preview->refundOwed.toDisplayString(locale));
    else if (preview->balanceDue.minorUnits() > 0)
        text += u' ' + tr("The customer would still owe %1.").arg(preview->balanceDue.toDisplayString(locale));
    else
        text += u' ' + tr("No refund would be owed.");
    m_preview->setText(text);
}

} // namespace shipshape
