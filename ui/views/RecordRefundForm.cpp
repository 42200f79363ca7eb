#include "views/RecordRefundForm.h"

#include "payment/RefundMethod.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

bool RecordRefundForm::ask(QWidget *parent, const QString &title, const Money &upTo, Answer &answer)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *method = new QComboBox(&dialog);
    method->setObjectName(u"refundMethod"_s);
    method->setAccessibleName(tr("Refund method"));
    for (RefundMethod recordable : RefundMethods::recordable())
        method->addItem(RefundMethods::displayName(recordable), RefundMethods::key(recordable));
    method->setCurrentIndex(std::max(0, method->findData(answer.methodKey)));
    auto *amount = new QLineEdit(answer.amount.isEmpty() ? upTo.toDecimalString() : answer.amount, &dialog);
    amount->setObjectName(u"refundAmount"_s);
    amount->setAccessibleName(tr("Amount refunded"));
    auto *reference = new QLineEdit(answer.reference, &dialog);
    reference->setObjectName(u"refundReference"_s);
    reference->setAccessibleName(tr("Reference"));
    reference->setPlaceholderText(tr("e.g. the bank transfer's reference"));
    auto *reason = new QLineEdit(answer.reason, &dialog);
    reason->setObjectName(u"refundReason"_s);
    reason->setAccessibleName(tr("Reason"));
    auto *form = new QFormLayout(&dialog);
    auto *hint = new QLabel(tr("Record money you already returned outside Shipshape. The customer is emailed that "
                               "it was refunded."),
            &dialog);
    hint->setWordWrap(true);
    form->addRow(hint);
    form->addRow(tr("Method:"), method);
    form->addRow(tr("Amount (up to %1):").arg(upTo.toDisplayString(QLocale())), amount);
    form->addRow(tr("Reference:"), reference);
    form->addRow(tr("Reason:"), reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record refund"));
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    answer = {method->currentData().toString(), amount->text(), reference->text(), reason->text()};
    return true;
}

Result<ManualRefundRequest> RecordRefundForm::request(const Answer &answer, const Currency &currency)
{
    ManualRefundRequest request;
    const auto method = RefundMethods::fromKey(answer.methodKey);
    if (!method) {
        return fail(Error::invalid(u"method"_s, answer.methodKey, tr("Choose how the money was refunded.")));
    }
    request.method = *method;
    if (!answer.amount.trimmed().isEmpty()) {
        auto amount = Money::parse(answer.amount.trimmed(), currency, u"amount"_s);
        if (!amount)
            return fail(amount.error());
        request.amount = *amount;
    }
    request.reference = answer.reference;
    request.reason = answer.reason;
    return request;
}

} // namespace shipshape
