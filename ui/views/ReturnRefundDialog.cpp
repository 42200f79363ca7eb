#include "views/ReturnRefundDialog.h"

#include "payment/PaymentMethod.h"
#include "payment/RefundMethod.h"
#include "views/FieldErrorLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

ReturnRefundDialog::ReturnRefundDialog(const OrderReturn &orderReturn, const Order &order, QWidget *parent)
    : QDialog(parent), m_returnId(orderReturn.id), m_currency(order.total.currency()),
      m_manual(PaymentMethods::isManual(order.paymentMethod))
{
    setObjectName(u"returnRefundDialog"_s);
    setWindowTitle(tr("Refund return %1").arg(orderReturn.id));
    auto *summary = new QLabel(tr("Return %1 of order #%2: %3 units received.")
                                       .arg(orderReturn.id)
                                       .arg(order.number)
                                       .arg(QLocale().toString([&orderReturn] {
                                           qint64 received = 0;
                                           for (const ReturnLine &line : orderReturn.lines)
                                               received += line.received();
                                           return received;
                                       }())),
            this);
    m_fee = new QLineEdit(this);
    m_fee->setObjectName(u"restockingFee"_s);
    m_fee->setAccessibleName(tr("Restocking fee"));
    m_fee->setPlaceholderText(tr("none, or an amount in %1").arg(m_currency.code()));
    m_shipping = new QCheckBox(tr("Refund the shipping too"), this);
    m_shipping->setObjectName(u"includeShipping"_s);
    m_shipping->setAccessibleName(tr("Refund the shipping too"));
    m_method = new QComboBox(this);
    m_method->setObjectName(u"refundMethod"_s);
    m_method->setAccessibleName(tr("Refund method"));
    for (RefundMethod method : RefundMethods::recordable())
        m_method->addItem(RefundMethods::displayName(method), RefundMethods::key(method));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(u"refundReference"_s);
    m_reference->setAccessibleName(tr("Refund reference"));
    m_reference->setMaxLength(200);
    m_error = new FieldErrorLabel(u"returnRefundError"_s, this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_submit = buttons->button(QDialogButtonBox::Ok);
    m_submit->setText(tr("Refund"));
    m_submit->setAccessibleName(tr("Refund"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        auto typed = request();
        if (!typed) {
            showError(typed.error().message);
            return;
        }
        Q_EMIT submitted(m_returnId, *typed);
    });

    auto *form = new QFormLayout(this);
    form->addRow(summary);
    form->addRow(tr("Restocking fee:"), m_fee);
    form->addRow(m_shipping);
    if (m_manual) {
        form->addRow(new QLabel(tr("Paid by hand: say how the money went back."), this));
        form->addRow(tr("Method:"), m_method);
        form->addRow(tr("Reference:"), m_reference);
    } else {
        m_method->hide();
        m_reference->hide();
    }
    form->addRow(m_error);
    form->addRow(buttons);
}

Result<ReturnRefundRequest> ReturnRefundDialog::request() const
{
    ReturnRefundRequest request;
    request.includeShipping = m_shipping->isChecked();
    const QString fee = m_fee->text().trimmed();
    if (!fee.isEmpty()) {
        auto amount = Money::parse(fee, m_currency, u"restocking-fee"_s);
        if (!amount)
            return fail(amount.error());
        request.restockingFee = *amount;
    }
    if (m_manual) {
        ManualRefundRequest manual;
        manual.method = RefundMethods::fromKey(m_method->currentData().toString()).value_or(RefundMethod::Other);
        manual.reference = m_reference->text();
        request.manual = manual;
    }
    return request;
}

void ReturnRefundDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ReturnRefundDialog::setBusy(bool busy)
{
    m_submit->setEnabled(!busy);
    m_fee->setEnabled(!busy);
    m_shipping->setEnabled(!busy);
    m_method->setEnabled(!busy);
    m_reference->setEnabled(!busy);
}

} // namespace shipshape
