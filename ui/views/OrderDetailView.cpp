#include "views/OrderDetailView.h"

#include "background/SessionWorker.h"
#include "models/LineItemModel.h"
#include "models/TimelineModel.h"
#include "session/Session.h"
#include "views/TimelineDelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
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
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_lines = new LineItemModel(this);
    m_linesView = new QTableView(this);
    m_linesView->setModel(m_lines);
    m_linesView->setAccessibleName(tr("Order lines"));
    m_linesView->verticalHeader()->hide();
    m_linesView->horizontalHeader()->setSectionResizeMode(LineItemModel::Product, QHeaderView::Stretch);
    m_linesView->setMaximumHeight(170);

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
    m_refund = new QPushButton(tr("Refund…"), this);
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_markPaid, m_ship, m_deliver, m_refund, m_cancel})
        actions->addWidget(button);
    actions->addStretch();
    connect(m_markPaid, &QPushButton::clicked, this, &OrderDetailView::markPaid);
    connect(m_ship, &QPushButton::clicked, this, &OrderDetailView::ship);
    connect(m_deliver, &QPushButton::clicked, this, &OrderDetailView::deliver);
    connect(m_cancel, &QPushButton::clicked, this, &OrderDetailView::cancelOrder);
    connect(m_refund, &QPushButton::clicked, this, &OrderDetailView::refund);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
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
    m_order = order;
    const QLocale locale;
    m_title->setText(tr("Order #%1 — %2").arg(order.number).arg(OrderLifecycle::displayName(order.status)));
    QStringList summary;
    summary << tr("Customer: %1 <%2>").arg(order.customer.name, order.customer.email)
            << tr("Ship to: %1").arg(order.shippingAddress.singleLine())
            << tr("Total %1 · paid %2 · refunded %3 · balance %4 (%5)")
                       .arg(order.total.toDisplayString(locale), order.paid.toDisplayString(locale),
                               order.refunded.toDisplayString(locale), order.balanceDue().toDisplayString(locale),
                               PaymentMethods::displayName(order.paymentMethod));
    if (!order.trackingNumber.isEmpty())
        summary << tr("Tracking: %1 %2").arg(order.carrier, order.trackingNumber).simplified();
    m_summary->setText(summary.join(u'\n'));
    m_lines->setLines(order.lines);
    m_timeline->setEntries(order.timeline);
    m_timelineView->scrollToBottom();
    updateActions();
}

void OrderDetailView::setPermissions(const Permissions &permissions)
{
    m_permissions = permissions;
    // Actions the login can never perform are not shown at all; the rest follow the order's status.
    m_markPaid->setVisible(permissions.markPaidAndRefund);
    m_refund->setVisible(permissions.markPaidAndRefund);
    m_ship->setVisible(permissions.shipAndDeliver);
    m_deliver->setVisible(permissions.shipAndDeliver);
    m_cancel->setVisible(permissions.cancelOrders);
    updateActions();
}

void OrderDetailView::updateActions()
{
    const bool loaded = m_order.has_value() && !m_busy;
    const OrderStatus status = m_order ? m_order->status : OrderStatus::Pending;
    const bool manual = m_order && PaymentMethods::isManual(m_order->paymentMethod);
    const Permissions &may = m_permissions;
    m_markPaid->setEnabled(may.markPaidAndRefund && loaded && manual && status == OrderStatus::Pending);
    m_ship->setEnabled(may.shipAndDeliver && loaded && status == OrderStatus::Confirmed);
    m_deliver->setEnabled(may.shipAndDeliver && loaded && status == OrderStatus::Shipped);
    m_cancel->setEnabled(may.cancelOrders && loaded && OrderLifecycle::canTransition(status, OrderStatus::Cancelled));
    m_refund->setEnabled(
            may.markPaidAndRefund && loaded && !manual && m_order->paid.minorUnits() > m_order->refunded.minorUnits());
}

bool OrderDetailView::confirm(const QString &question)
{
    if (m_autoConfirm)
        return true;
    return QMessageBox::question(this, tr("Shipshape"), question) == QMessageBox::Yes;
}

void OrderDetailView::runAction(const QString &what, std::function<Result<Order>(Session &)> job)
{
    m_busy = true;
    updateActions();
    m_worker.run(std::move(job), this, [this, what](const Result<Order> &result) {
        m_busy = false;
        if (result) {
            setOrder(*result);
            Q_EMIT orderChanged(result->number);
            return;
        }
        updateActions();
        const QString message = tr("%1 failed: %2").arg(what, result.error().message);
        Q_EMIT actionFailed(message);
        if (!m_autoConfirm)
            QMessageBox::warning(this, tr("Shipshape"), message);
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

void OrderDetailView::ship()
{
    const qint64 number = m_order->number;
    ShipAnswer answer;
    if (m_nextShip) {
        answer = *std::exchange(m_nextShip, std::nullopt);
    } else {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Ship order #%1").arg(number));
        auto *tracking = new QLineEdit(&dialog);
        tracking->setAccessibleName(tr("Tracking number"));
        auto *carrier = new QComboBox(&dialog);
        carrier->setEditable(true);
        carrier->addItems({u"UPS"_s, u"FedEx"_s, u"USPS"_s, u"DHL"_s});
        carrier->setAccessibleName(tr("Carrier"));
        auto *form = new QFormLayout(&dialog);
        form->addRow(tr("Tracking number:"), tracking);
        form->addRow(tr("Carrier:"), carrier);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        if (dialog.exec() != QDialog::Accepted)
            return;
        answer = {tracking->text(), carrier->currentText()};
    }
    runAction(tr("Shipping"), [number, answer](Session &session) {
        return session.orders().ship(QString::number(number), answer.tracking, answer.carrier);
    });
}

void OrderDetailView::deliver()
{
    const qint64 number = m_order->number;
    if (!confirm(tr("Mark order #%1 as delivered?").arg(number)))
        return;
    runAction(tr("Delivery"), [number](Session &session) { return session.orders().deliver(QString::number(number)); });
}

void OrderDetailView::cancelOrder()
{
    const qint64 number = m_order->number;
    const bool cardPaid = m_order->paymentMethod == PaymentMethodType::Card && m_order->paid.minorUnits() > 0;
    CancelAnswer answer;
    if (m_nextCancel) {
        answer = *std::exchange(m_nextCancel, std::nullopt);
    } else {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Cancel order #%1").arg(number));
        auto *reason = new QComboBox(&dialog);
        for (CancelReason code : CancelReasons::selectable())
            reason->addItem(CancelReasons::displayName(code), CancelReasons::key(code));
        reason->setAccessibleName(tr("Cancel reason"));
        auto *note = new QLineEdit(&dialog);
        note->setAccessibleName(tr("Note"));
        auto *refundBox
                = new QCheckBox(tr("Refund %1 to the card").arg(m_order->paid.toDisplayString(QLocale())), &dialog);
        refundBox->setChecked(true);
        refundBox->setVisible(cardPaid);
        auto *form = new QFormLayout(&dialog);
        form->addRow(tr("Reason:"), reason);
        form->addRow(tr("Note:"), note);
        form->addRow(refundBox);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        buttons->button(QDialogButtonBox::Ok)->setText(tr("Cancel order"));
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("Keep order"));
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        if (dialog.exec() != QDialog::Accepted)
            return;
        answer = {reason->currentData().toString(), note->text(), refundBox->isChecked()};
    }
    const CancelReason reason = CancelReasons::fromKey(answer.reasonKey).value_or(CancelReason::Other);
    runAction(tr("Cancelling"), [number, reason, answer](Session &session) {
        return session.payments().cancel(QString::number(number), reason, answer.note, answer.refund);
    });
}

void OrderDetailView::refund()
{
    const qint64 number = m_order->number;
    const Currency currency = m_order->total.currency();
    const Money refundable(m_order->paid.minorUnits() - m_order->refunded.minorUnits(), currency);
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Refund order #%1").arg(number),
            tr("Amount to refund (up to %1):").arg(refundable.toDisplayString(QLocale())), QLineEdit::Normal,
            refundable.toDecimalString(), &ok);
    if (!ok)
        return;
    auto amount = Money::parse(text, currency, u"amount"_s);
    if (!amount) {
        QMessageBox::warning(this, tr("Shipshape"), amount.error().message);
        return;
    }
    runAction(tr("Refund"), [number, money = *amount](Session &session) {
        return session.payments().refund(QString::number(number), money, u"requested_by_customer"_s);
    });
}

} // namespace shipshape
