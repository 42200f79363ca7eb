#include "views/OrderDetailView.h"

#include "background/SessionWorker.h"
#include "models/LineItemModel.h"
#include "models/TimelineModel.h"
#include "notification/NotificationOutbox.h"
#include "orders/OrderPolicy.h"
#include "orders/PaymentStates.h"
#include "orders/ReturnableUnits.h"
#include "printing/OrderDocumentWriter.h"
#include "session/Session.h"
#include "views/CancelLinesDialog.h"
#include "views/CardRefundForm.h"
#include "views/DeliverDialog.h"
#include "views/OrderEditDialog.h"
#include "views/OrderPaymentSummary.h"
#include "views/OrderReturnsSummary.h"
#include "views/OrderShipmentsSummary.h"
#include "views/OrderTagEditor.h"
#include "views/ReturnDialog.h"
#include "views/ShipDialog.h"
#include "views/TableViewSetup.h"
#include "views/TimelineDelegate.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

OrderDetailView::OrderDetailView(SessionWorker &worker, QWidget *parent) : QWidget(parent), m_worker(worker)
{
    setObjectName(u"orderDetail"_s);
    m_title = new QLabel(tr("Select an order"), this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"orderSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_lines = new LineItemModel(this);
    m_linesView = new QTableView(this);
    m_linesView->setModel(m_lines);
    m_linesView->setAccessibleName(tr("Order lines"));
    // One line per row like every list: the figures (the stock too) are as wide as they read, and the
    // product name takes what they leave, elided with its whole text in the tooltip.
    TableViewSetup::prepare(m_linesView);
    m_linesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_linesView->horizontalHeader()->setSectionResizeMode(LineItemModel::Product, QHeaderView::Stretch);
    TableViewSetup::keepColumnsWhole(m_linesView);
    m_linesView->setMaximumHeight(170);

    m_payment = new QLabel(this);
    m_payment->setObjectName(u"paymentState"_s);
    m_payment->setTextFormat(Qt::PlainText);
    m_payment->setWordWrap(true);
    // References and the payment link's address are read out on the phone or copied into an email.
    m_payment->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_tags = new OrderTagEditor(this);
    connect(m_tags, &OrderTagEditor::addRequested, this, [this](const QString &tag) { changeTag(tag, true); });
    connect(m_tags, &OrderTagEditor::removeRequested, this, [this](const QString &tag) { changeTag(tag, false); });
    connect(m_tags, &OrderTagEditor::refused, this, &OrderDetailView::showError);

    m_timeline = new TimelineModel(this);
    m_timelineView = new QListView(this);
    m_timelineView->setModel(m_timeline);
    m_timelineView->setItemDelegate(new TimelineDelegate(m_timelineView));
    m_timelineView->setAccessibleName(tr("Status timeline"));
    m_timelineView->setSelectionMode(QAbstractItemView::NoSelection);
    m_timelineView->setUniformItemSizes(false);

    m_markPaid = new QPushButton(tr("Mark paid"), this);
    m_ship = new QPushButton(tr("Ship…"), this);
    m_deliver = new QPushButton(tr("Mark delivered"), this);
    m_cancel = new QPushButton(tr("Cancel order…"), this);
    m_cancelLines = new QPushButton(tr("Cancel lines…"), this);
    m_cancelLines->setToolTip(tr("Take unshipped units off the order: their stock is released and the order is "
                                 "priced again"));
    m_refund = new QPushButton(tr("Refund…"), this);
    m_refund->setToolTip(tr("Refund a card payment through Stripe"));
    m_recordRefund = new QPushButton(tr("Record refund…"), this);
    m_recordRefund->setToolTip(tr("Record a refund made outside Shipshape (bank transfer, cash, …)"));
    m_keepCredit = new QPushButton(tr("Keep as credit…"), this);
    m_keepCredit->setToolTip(tr("Keep the refund owed as the customer's credit instead of paying it back"));
    m_sendLink = new QPushButton(tr("Send payment link"), this);
    m_sendLink->setToolTip(tr("Email the customer a link to pay the balance due by card"));

    m_modify = new QPushButton(tr("Edit order…"), this);
    m_modify->setToolTip(tr("Change lines, prices, discounts, shipping or the address, with a preview of the new "
                            "total and what it settles"));
    m_return = new QPushButton(tr("Return…"), this);
    m_return->setToolTip(tr("Take shipped units back: a return (RMA) with a reason per line"));
    m_note = new QPushButton(tr("Add note…"), this);
    m_note->setToolTip(tr("An internal note on the timeline; the customer does not see it"));
    m_resend = new QPushButton(tr("Resend email"), this);
    m_resend->setToolTip(tr("Queue the customer's most recent email again"));
    m_packingSlip = new QPushButton(tr("Packing slip…"), this);
    m_packingSlip->setToolTip(tr("Save the packing slip as PDF"));
    m_invoice = new QPushButton(tr("Invoice…"), this);
    m_invoice->setToolTip(tr("Save the invoice as PDF"));
    m_customerOrders = new QPushButton(tr("Customer's orders"), this);
    m_customerOrders->setToolTip(tr("List only this customer's orders"));
    // Three to a row: the pane stays narrow enough to leave the order list its columns, also in
    // languages with longer labels. Status changes first, then the other actions.
    auto *actions = new QGridLayout;
    constexpr int kButtonsPerRow = 3;
    int position = 0;
    for (QPushButton *button :
            {m_markPaid, m_ship, m_deliver, m_refund, m_recordRefund, m_keepCredit, m_sendLink, m_cancel, m_cancelLines,
                    m_modify, m_return, m_note, m_resend, m_packingSlip, m_invoice, m_customerOrders}) {
        actions->addWidget(button, position / kButtonsPerRow, position % kButtonsPerRow);
        ++position;
    }
    const QList<QPair<QPushButton *, QString>> named{qMakePair(m_markPaid, u"markPaid"_s), qMakePair(m_ship, u"ship"_s),
            qMakePair(m_deliver, u"deliver"_s), qMakePair(m_refund, u"refund"_s),
            qMakePair(m_recordRefund, u"recordRefund"_s), qMakePair(m_keepCredit, u"keepCredit"_s),
            qMakePair(m_sendLink, u"sendPaymentLink"_s), qMakePair(m_cancel, u"cancelOrder"_s),
            qMakePair(m_cancelLines, u"cancelLines"_s), qMakePair(m_modify, u"modify"_s),
            qMakePair(m_return, u"openReturn"_s), qMakePair(m_note, u"addNote"_s),
            qMakePair(m_resend, u"resendEmail"_s), qMakePair(m_packingSlip, u"packingSlip"_s),
            qMakePair(m_invoice, u"invoice"_s), qMakePair(m_customerOrders, u"customerOrders"_s)};
    for (const auto &[button, name] : named) {
        button->setObjectName(name);
        button->setAccessibleName(button->text().remove(u'…'));
    }
    // The buttons whose action OrderPolicy decides; the description is the tooltip while it is allowed.
    const QList<QPair<QPushButton *, OrderAction>> decided{qMakePair(m_markPaid, OrderAction::MarkPaid),
            qMakePair(m_ship, OrderAction::Ship), qMakePair(m_deliver, OrderAction::Deliver),
            qMakePair(m_cancel, OrderAction::Cancel), qMakePair(m_cancelLines, OrderAction::CancelLines),
            qMakePair(m_refund, OrderAction::RefundCard), qMakePair(m_recordRefund, OrderAction::RecordRefund),
            qMakePair(m_keepCredit, OrderAction::KeepAsCredit), qMakePair(m_sendLink, OrderAction::SendPaymentLink),
            qMakePair(m_modify, OrderAction::Modify), qMakePair(m_note, OrderAction::AddNote),
            qMakePair(m_resend, OrderAction::ResendEmail)};
    for (const auto &[button, action] : decided)
        m_policyButtons.append(PolicyButton{button, action, button->toolTip()});
    connect(m_modify, &QPushButton::clicked, this, &OrderDetailView::modify);
    connect(m_return, &QPushButton::clicked, this, &OrderDetailView::openReturn);
    connect(m_note, &QPushButton::clicked, this, &OrderDetailView::addNote);
    connect(m_resend, &QPushButton::clicked, this, &OrderDetailView::resendEmail);
    connect(m_packingSlip, &QPushButton::clicked, this, &OrderDetailView::savePackingSlip);
    connect(m_invoice, &QPushButton::clicked, this, &OrderDetailView::saveInvoice);
    connect(m_customerOrders, &QPushButton::clicked, this, [this] {
        if (m_order)
            Q_EMIT customerOrdersRequested(m_order->customer.id);
    });
    connect(m_markPaid, &QPushButton::clicked, this, &OrderDetailView::markPaid);
    connect(m_ship, &QPushButton::clicked, this, &OrderDetailView::ship);
    connect(m_deliver, &QPushButton::clicked, this, &OrderDetailView::deliver);
    connect(m_cancel, &QPushButton::clicked, this, &OrderDetailView::cancelOrder);
    connect(m_cancelLines, &QPushButton::clicked, this, &OrderDetailView::openCancelLines);
    connect(m_refund, &QPushButton::clicked, this, &OrderDetailView::refund);
    connect(m_recordRefund, &QPushButton::clicked, this, &OrderDetailView::recordRefund);
    connect(m_keepCredit, &QPushButton::clicked, this, &OrderDetailView::keepAsCredit);
    connect(m_sendLink, &QPushButton::clicked, this, &OrderDetailView::sendPaymentLink);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_payment);
    layout->addWidget(m_tags);
    layout->addLayout(actions);
    layout->addWidget(m_linesView);
    layout->addWidget(new QLabel(tr("Timeline"), this));
    layout->addWidget(m_timelineView, 1);
    updateActions();
}

void OrderDetailView::showOrder(qint64 number)
{
    m_worker.run([number](Session &session) { return session.orders().find(QString::number(number)); }, this,
            [this](const Result<Order> &result) {
                if (result)
                    setOrder(*result);
                else
                    Q_EMIT actionFailed(result.error().message);
            });
}

void OrderDetailView::setOrder(const Order &order)
{
    // What was typed for another order does not belong to this one.
    if (!m_order || m_order->number != order.number) {
        m_shipDraft.reset();
        m_cancelNoteDraft.clear();
        m_noteDraft.clear();
        m_refundDraft.clear();
        m_recordRefundDraft.reset();
        m_barcodes.clear();
    }
    m_order = order;
    m_title->setText(tr("Order #%1 — %2").arg(order.number).arg(OrderLifecycle::displayName(order.status)));
    QStringList summary;
    summary << tr("Customer: %1 <%2>").arg(order.customer.name, order.customer.email)
            << tr("Ship to: %1").arg(order.shippingAddress.singleLine());
    if (!order.trackingNumber.isEmpty())
        summary << tr("Tracking: %1 %2").arg(order.carrier, order.trackingNumber).simplified();
    if (order.cancelReason)
        summary << tr("Cancelled: %1").arg(CancelReasons::displayName(*order.cancelReason));
    summary << OrderShipmentsSummary::describe(order);
    summary << OrderReturnsSummary::describe(order);
    m_summary->setText(summary.join(u'\n'));
    m_payment->setText(OrderPaymentSummary::describe(order));
    m_lines->setLines(order.lines);
    loadStock();
    m_tags->setTags(order.tags);
    m_timeline->setEntries(order.timeline);
    m_timelineView->scrollToBottom();
    updateActions();
}

void OrderDetailView::setPermissions(const Permissions &permissions)
{
    m_permissions = permissions;
    // Actions the login can never take are not shown at all; the rest follow the order. In an archive
    // they stay in sight, disabled, and their tooltips say why.
    const bool readOnly = !permissions.readOnlyReason.isEmpty();
    for (const PolicyButton &entry : std::as_const(m_policyButtons))
        entry.button->setVisible(readOnly || OrderPolicy::permits(entry.action, permissions));
    updateActions();
}

void OrderDetailView::updateActions()
{
    // Core decides what the order allows; a button it refuses says why in its tooltip.
    const bool loaded = m_order.has_value() && !m_busy;
    for (const PolicyButton &entry : std::as_const(m_policyButtons)) {
        const std::optional<QString> why
                = m_order ? OrderPolicy::whyNot(entry.action, *m_order, m_permissions) : std::nullopt;
        entry.button->setEnabled(loaded && !why);
        entry.button->setToolTip(why ? *why : entry.description);
    }
    m_packingSlip->setEnabled(loaded);
    const bool returnable = m_order && ReturnableUnits::any(*m_order);
    m_return->setEnabled(loaded && returnable);
    m_return->setToolTip(!m_order || returnable ? tr("Take shipped units back: a return (RMA) with a reason per line")
                                                : tr("Every shipped unit of this order is already under a return, "
                                                     "or nothing has shipped yet."));
    m_invoice->setEnabled(loaded);
    m_customerOrders->setEnabled(m_order.has_value() && !m_order->customer.id.isEmpty());
    // Any order may carry tags, whatever its status; only the login decides.
    m_tags->setEditable(m_order.has_value() && m_permissions.tag,
            m_permissions.readOnlyReason.isEmpty() ? tr("Your login may not change tags.")
                                                   : m_permissions.readOnlyReason);
    m_tags->setBusy(m_busy);
}

bool OrderDetailView::confirm(const QString &question)
{
    if (m_autoConfirm)
        return true;
    return QMessageBox::question(this, tr("Shipshape"), question) == QMessageBox::Yes;
}

void OrderDetailView::showError(const QString &message)
{
    Q_EMIT actionFailed(message);
    if (!m_autoConfirm)
        QMessageBox::warning(this, tr("Shipshape"), message);
}

void OrderDetailView::runAction(
        const QString &what, std::function<Result<Order>(Session &)> job, std::function<void()> onSuccess)
{
    runAction(
            what, [job = std::move(job)](Session &session) { return readyFuture(job(session)); }, std::move(onSuccess));
}

void OrderDetailView::runAction(
        const QString &what, std::function<AsyncResult<Order>(Session &)> job, std::function<void()> onSuccess)
{
    m_busy = true;
    updateActions();
    m_worker.run(std::move(job), this, [this, what, onSuccess = std::move(onSuccess)](const Result<Order> &result) {
        m_busy = false;
        if (result) {
            if (onSuccess)
                onSuccess();
            setOrder(*result);
            Q_EMIT orderChanged(result->number);
            return;
        }
        updateActions();
        showError(tr("%1 failed: %2").arg(what, result.error().message));
        // The order may have changed meanwhile (another desktop); show how it is now.
        if (m_order)
            showOrder(m_order->number);
    });
}

void OrderDetailView::markPaid()
{
    const qint64 number = m_order->number;
    if (!confirm(tr("Mark order #%1 as paid (%2)?").arg(number).arg(m_order->balanceDue().toDisplayString(QLocale()))))
        return;
    runAction(
            tr("Mark paid"), [number](Session &session) { return session.orders().markPaid(QString::number(number)); });
}

DeliverDialog *OrderDetailView::deliverDialog() const
{
    return m_deliverDialog;
}

CancelLinesDialog *OrderDetailView::cancelLinesDialog() const
{
    return m_cancelLinesDialog;
}

void OrderDetailView::ship()
{
    if (m_nextShip) {
        shipParcel(*std::exchange(m_nextShip, std::nullopt));
        return;
    }
    if (m_shipDialog || !m_order)
        return; // one parcel at a time
    auto *dialog = new ShipDialog(*m_order, this);
    m_shipDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_shipDraft)
        dialog->setDraft(*m_shipDraft);
    dialog->setBarcodes(m_barcodes);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { shipParcel(dialog->parcel()); });
    // Closed is gone, even before its deferred deletion: the next Ship… opens a new one.
    connect(dialog, &QDialog::finished, this, [this] { m_shipDialog.clear(); });
    dialog->open();
}

void OrderDetailView::shipParcel(const ShipAnswer &parcel)
{
    const qint64 number = m_order->number;
    m_shipDraft = parcel;
    runAction(
            tr("Shipping"),
            [number, parcel](Session &session) {
                return session.orders().ship(QString::number(number), parcel.tracking, parcel.carrier, parcel.lines);
            },
            [this] { m_shipDraft.reset(); });
}

void OrderDetailView::deliver()
{
    const QList<Shipment> parcels = DeliverDialog::onTheirWay(*m_order);
    if (parcels.size() > 1) {
        if (m_deliverDialog)
            return;
        auto *dialog = new DeliverDialog(*m_order, this);
        m_deliverDialog = dialog;
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] { deliverParcel(dialog->choice()); });
        connect(dialog, &QDialog::finished, this, [this] { m_deliverDialog.clear(); });
        dialog->open();
        return;
    }
    if (!confirm(tr("Mark order #%1 as delivered?").arg(m_order->number)))
        return;
    // The parcel shown, not whatever may be on its way by the time the worker runs.
    deliverParcel(parcels.isEmpty() ? std::nullopt : std::optional<qint64>(parcels.constFirst().id));
}

void OrderDetailView::deliverParcel(std::optional<qint64> shipmentId)
{
    const qint64 number = m_order->number;
    runAction(tr("Delivery"), [number, shipmentId](Session &session) {
        return session.orders().deliver(QString::number(number), shipmentId);
    });
}

void OrderDetailView::openCancelLines()
{
    if (m_cancelLinesDialog || !m_order)
        return;
    auto *dialog = new CancelLinesDialog(m_worker, *m_order, this);
    m_cancelLinesDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CancelLinesDialog::linesCancelled, this, [this](const Order &order, const QString &summary) {
        setOrder(order);
        Q_EMIT orderChanged(order.number);
        Q_EMIT actionSucceeded(summary);
    });
    connect(dialog, &CancelLinesDialog::cancelFailed, this, &OrderDetailView::actionFailed);
    connect(dialog, &QDialog::finished, this, [this] { m_cancelLinesDialog.clear(); });
    dialog->open();
}

void OrderDetailView::cancelOrder()
{
    const qint64 number = m_order->number;
    const Currency currency = m_order->total.currency();
    // Something paid: the form asked what happens to it (CancelOrderForm).
    const bool paid = OrderPolicy::refundableByHand(*m_order).minorUnits() > 0;
    CancelAnswer answer;
    if (m_nextCancel) {
        answer = *std::exchange(m_nextCancel, std::nullopt);
    } else if (!CancelOrderForm::ask(this, *m_order, m_permissions, m_cancelNoteDraft, answer)) {
        return;
    }
    const CancelReason reason = CancelReasons::fromKey(answer.reasonKey).value_or(CancelReason::Other);
    m_cancelNoteDraft = answer.note;
    CancelSettlement settlement;
    settlement.money = paid ? answer.money : CancelMoney::Later;
    if (settlement.money == CancelMoney::RecordRefund) {
        auto request = RecordRefundForm::request(answer.record, currency);
        if (!request) {
            showError(tr("Cancelling failed: %1").arg(request.error().message));
            return;
        }
        settlement.refund = *request;
    }
    runAction(
            tr("Cancelling"),
            [number, reason, note = answer.note, settlement](Session &session) {
                return session.payments().cancel(QString::number(number), reason, note, settlement);
            },
            [this] { m_cancelNoteDraft.clear(); });
}

void OrderDetailView::recordRefund()
{
    const qint64 number = m_order->number;
    const Currency currency = m_order->total.currency();
    const Money upTo = OrderPolicy::refundableByHand(*m_order);
    RecordRefundAnswer answer = m_recordRefundDraft.value_or(RecordRefundAnswer{});
    if (answer.amount.isEmpty() && m_order->refundOwed().minorUnits() > 0)
        answer.amount = m_order->refundOwed().toDecimalString(); // what is owed, rather than everything
    if (m_nextRecordRefund) {
        answer = *std::exchange(m_nextRecordRefund, std::nullopt);
    } else if (!RecordRefundForm::ask(this, tr("Record a refund for order #%1").arg(number), upTo, answer)) {
        return;
    }
    m_recordRefundDraft = answer;
    auto request = RecordRefundForm::request(answer, currency);
    if (!request) {
        showError(tr("Recording the refund failed: %1").arg(request.error().message));
        return;
    }
    runAction(
            tr("Recording the refund"),
            [number, request = *request](
                    Session &session) { return session.orders().recordRefund(QString::number(number), request); },
            [this] { m_recordRefundDraft.reset(); });
}

void OrderDetailView::keepAsCredit()
{
    const qint64 number = m_order->number;
    if (!confirm(tr("Keep %1 of order #%2 as the customer's credit instead of refunding it?")
                         .arg(m_order->refundOwed().toDisplayString(QLocale()))
                         .arg(number)))
        return;
    runAction(tr("Keeping the credit"),
            [number](Session &session) { return session.orders().keepAsCredit(QString::number(number), {}); });
}

void OrderDetailView::sendPaymentLink()
{
    const qint64 number = m_order->number;
    const QString recipient = m_order->customer.email;
    if (!confirm(tr("Email %1 a link to pay %2 by card?")
                         .arg(recipient, m_order->balanceDue().toDisplayString(QLocale()))))
        return;
    runAction(
            tr("Sending the payment link"),
            [number](Session &session) { return session.payments().sendPaymentLink(QString::number(number)); },
            [this, recipient] { Q_EMIT actionSucceeded(tr("The payment link is on its way to %1.").arg(recipient)); });
}

void OrderDetailView::refund()
{
    const qint64 number = m_order->number;
    const Currency currency = m_order->total.currency();
    // Refunds still in flight count: core refuses what they may already have given back.
    const Money refundable = OrderPolicy::refundableByCard(*m_order);
    QString text;
    if (m_nextRefund) {
        text = std::exchange(m_nextRefund, std::nullopt)->amount;
    } else if (!CardRefundForm::ask(this, *m_order, refundable, m_refundDraft, text)) {
        return;
    }
    m_refundDraft = text;
    auto amount = Money::parse(text.trimmed(), currency, u"amount"_s);
    if (!amount) {
        showError(tr("Refund failed: %1").arg(amount.error().message));
        return;
    }
    if (!confirm(tr("Refund %1 to the customer of order #%2?").arg(amount->toDisplayString(QLocale())).arg(number)))
        return;
    runAction(
            tr("Refund"),
            [number, money = *amount](Session &session) {
                return session.payments().refund(QString::number(number), money, u"requested_by_customer"_s);
            },
            [this] { m_refundDraft.clear(); });
}

OrderEditDialog *OrderDetailView::editDialog() const
{
    return m_editDialog;
}

void OrderDetailView::modify()
{
    if (m_editDialog)
        return; // one edit of the order at a time
    auto *dialog = new OrderEditDialog(m_worker, *m_order, this);
    m_editDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrderEditDialog::orderEdited, this, [this](const Order &order) {
        setOrder(order);
        Q_EMIT orderChanged(order.number);
    });
    // The dialog shows why in full, next to the field; the status bar gets a line.
    connect(dialog, &OrderEditDialog::editFailed, this, &OrderDetailView::actionFailed);
    dialog->open();
}

ReturnDialog *OrderDetailView::returnDialog() const
{
    return m_returnDialog;
}

void OrderDetailView::openReturn()
{
    if (m_returnDialog || !m_order)
        return; // one return at a time
    auto *dialog = new ReturnDialog(m_worker, *m_order, this);
    m_returnDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReturnDialog::returnOpened, this, [this](const Order &order) {
        setOrder(order);
        Q_EMIT orderChanged(order.number);
    });
    connect(dialog, &ReturnDialog::openFailed, this, &OrderDetailView::actionFailed);
    dialog->open();
}

void OrderDetailView::changeTag(const QString &tag, bool adding)
{
    if (!m_order)
        return;
    const qint64 number = m_order->number;
    runAction(
            adding ? tr("Adding the tag") : tr("Removing the tag"),
            [number, tag, adding](Session &session) {
                OrderTags &tags = session.orders().tags();
                return adding ? tags.add(QString::number(number), {tag}) : tags.remove(QString::number(number), {tag});
            },
            [this, adding] {
                if (adding)
                    m_tags->tagField()->clear();
            });
}

void OrderDetailView::addNote()
{
    const qint64 number = m_order->number;
    QString note;
    if (m_nextNote) {
        note = *std::exchange(m_nextNote, std::nullopt);
    } else {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Note on order #%1").arg(number));
        auto *text = new QPlainTextEdit(m_noteDraft, &dialog);
        text->setAccessibleName(tr("Note"));
        text->setTabChangesFocus(true);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        buttons->button(QDialogButtonBox::Ok)->setText(tr("Add note"));
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(new QLabel(tr("Internal note (staff only):"), &dialog));
        layout->addWidget(text, 1);
        layout->addWidget(buttons);
        dialog.resize(420, 220);
        if (dialog.exec() != QDialog::Accepted)
            return;
        note = text->toPlainText();
    }
    m_noteDraft = note;
    runAction(
            tr("Adding the note"),
            [number, note](Session &session) { return session.orders().addNote(QString::number(number), note); },
            [this] { m_noteDraft.clear(); });
}

void OrderDetailView::resendEmail()
{
    const qint64 number = m_order->number;
    if (!confirm(tr("Send the most recent email of order #%1 to %2 again?").arg(number).arg(m_order->customer.email)))
        return;
    const QString recipient = m_order->customer.email;
    runAction(
            tr("Resending the email"),
            [number](Session &session) -> Result<Order> {
                const QString reference = QString::number(number);
                if (auto queued = session.notifications().resend(reference); !queued)
                    return fail(queued.error());
                return session.orders().find(reference);
            },
            [this, recipient] {
                Q_EMIT actionSucceeded(tr("The email to %1 is queued to be sent again.").arg(recipient));
            });
}

std::optional<QString> OrderDetailView::askSavePath(const QString &title, const QString &suggestedName)
{
    if (m_nextSavePath)
        return *std::exchange(m_nextSavePath, std::nullopt);
    QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (directory.isEmpty())
        directory = QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(
            this, title, QDir(directory).filePath(suggestedName), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return std::nullopt;
    return path;
}

void OrderDetailView::savePackingSlip()
{
    const Order order = *m_order;
    const auto path = askSavePath(tr("Save packing slip"), tr("packing-slip-%1.pdf").arg(order.number));
    if (!path)
        return;
    if (auto written = OrderDocumentWriter::writePackingSlips({order}, *path); !written)
        showError(written.error().message);
    else
        Q_EMIT actionSucceeded(tr("Packing slip saved to %1").arg(QDir::toNativeSeparators(*path)));
}

void OrderDetailView::saveInvoice()
{
    const Order order = *m_order;
    const auto path = askSavePath(tr("Save invoice"), tr("invoice-%1.pdf").arg(order.number));
    if (!path)
        return;
    if (auto written = OrderDocumentWriter::writeInvoice(order, *path); !written)
        showError(written.error().message);
    else
        Q_EMIT actionSucceeded(tr("Invoice saved to %1").arg(QDir::toNativeSeparators(*path)));
}

void OrderDetailView::loadStock()
{
    QStringList skus;
    for (const LineItem &line : std::as_const(m_order->lines))
        skus << line.sku;
    const qint64 number = m_order->number;
    m_worker.run(
            [skus](Session &session) -> Result<QHash<QString, Product>> {
                QHash<QString, Product> products;
                for (const QString &sku : skus) {
                    auto product = session.inventory().product(sku);
                    if (product)
                        products.insert(sku, *product);
                    else if (product.error().code != ErrorCode::NotFound)
                        return fail(product.error());
                }
                return products;
            },
            this,
            [this, number](const Result<QHash<QString, Product>> &products) {
                if (!m_order || m_order->number != number)
                    return; // another order is shown by now
                if (!products) {
                    Q_EMIT actionFailed(products.error().message);
                    return;
                }
                m_lines->setStock(*products);
                m_barcodes.clear();
                for (const Product &product : std::as_const(*products)) {
                    if (!product.barcode.isEmpty())
                        m_barcodes.insert(product.sku, product.barcode);
                }
                if (ShipDialog *dialog = m_shipDialog; dialog)
                    dialog->setBarcodes(m_barcodes);
            });
}

} // namespace shipshape
