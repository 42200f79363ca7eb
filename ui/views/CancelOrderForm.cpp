#include "views/CancelOrderForm.h"

#include "orders/OrderPolicy.h"
#include "payment/RefundMethod.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

bool CancelOrderForm::ask(
        QWidget *parent, const Order &order, const Permissions &permissions, const QString &noteDraft, Answer &answer)
{
    // Cancelled, the order owes nothing: all the shop holds and has not kept as credit is owed back.
    const Money held = OrderPolicy::refundableByHand(order);
    const bool paid = held.minorUnits() > 0;
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Cancel order #%1").arg(order.number));
    auto *reason = new QComboBox(&dialog);
    for (CancelReason code : CancelReasons::selectable())
        reason->addItem(CancelReasons::displayName(code), CancelReasons::key(code));
    reason->setAccessibleName(tr("Cancel reason"));
    auto *note = new QLineEdit(noteDraft, &dialog);
    note->setAccessibleName(tr("Note"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Reason:"), reason);
    form->addRow(tr("Note:"), note);
    // Money already paid: the person cancelling says what happens to it.
    auto *choices = new QButtonGroup(&dialog);
    auto *method = new QComboBox(&dialog);
    auto *reference = new QLineEdit(&dialog);
    if (paid) {
        auto *question = new QLabel(
                tr("The customer paid %1. What happens to it?").arg(held.toDisplayString(QLocale())), &dialog);
        question->setWordWrap(true);
        form->addRow(question);
        // What the order allows: a refund through Stripe or one recorded by hand (whichever its payment
        // method takes, while something is left to refund), credit if this login settles money, later.
        QList<CancelMoney> offered;
        if (OrderPolicy::allows(OrderAction::RefundCard, order, permissions))
            offered << CancelMoney::Refund;
        if (OrderPolicy::allows(OrderAction::RecordRefund, order, permissions))
            offered << CancelMoney::RecordRefund;
        if (OrderPolicy::permits(OrderAction::KeepAsCredit, permissions))
            offered << CancelMoney::KeepAsCredit;
        offered << CancelMoney::Later;
        for (CancelMoney choice : std::as_const(offered)) {
            auto *button = new QRadioButton(CancelMoneyChoices::displayName(choice), &dialog);
            button->setObjectName(u"money:"_s + CancelMoneyChoices::key(choice));
            choices->addButton(button, static_cast<int>(choice));
            form->addRow(button);
            if (choice == CancelMoney::RecordRefund) {
                for (RefundMethod recordable : RefundMethods::recordable())
                    method->addItem(RefundMethods::displayName(recordable), RefundMethods::key(recordable));
                method->setAccessibleName(tr("Refund method"));
                reference->setAccessibleName(tr("Refund reference"));
                reference->setPlaceholderText(tr("e.g. the bank transfer's reference"));
                form->addRow(tr("Refunded by:"), method);
                form->addRow(tr("Reference:"), reference);
                QObject::connect(button, &QRadioButton::toggled, method, &QWidget::setEnabled);
                QObject::connect(button, &QRadioButton::toggled, reference, &QWidget::setEnabled);
            }
        }
        choices->buttons().constFirst()->setChecked(true);
    }
    const bool recordable = method->count() > 0;
    method->setVisible(paid && recordable);
    reference->setVisible(paid && recordable);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Cancel order"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Keep order"));
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    answer.reasonKey = reason->currentData().toString();
    answer.note = note->text();
    answer.money = paid ? static_cast<CancelMoney>(choices->checkedId()) : CancelMoney::Later;
    answer.record = {method->currentData().toString(), QString(), reference->text(), QString()};
    return true;
}

} // namespace shipshape
