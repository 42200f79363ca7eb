#include "views/CardRefundForm.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace shipshape {

bool CardRefundForm::ask(
        QWidget *parent, const Order &order, const Money &refundable, const QString &draft, QString &amountText)
{
    const Currency currency = order.total.currency();
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Refund order #%1").arg(order.number));
    auto *line = new QComboBox(&dialog);
    line->setAccessibleName(tr("Refund a line"));
    line->addItem(tr("An amount"), QString());
    for (const LineItem &item : std::as_const(order.lines)) {
        // What the line really cost (after discounts, with its tax), not its list price.
        const Money cost = order.costOf(item);
        const qint64 capped = std::min(cost.minorUnits(), refundable.minorUnits());
        line->addItem(tr("%1 × %2 (%3)").arg(item.quantity).arg(item.productName, cost.toDisplayString(QLocale())),
                Money(capped, currency).toDecimalString());
    }
    auto *amount = new QLineEdit(draft.isEmpty() ? refundable.toDecimalString() : draft, &dialog);
    amount->setAccessibleName(tr("Amount to refund"));
    QObject::connect(line, &QComboBox::currentIndexChanged, amount, [line, amount] {
        if (!line->currentData().toString().isEmpty())
            amount->setText(line->currentData().toString());
    });
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Refund:"), line);
    form->addRow(tr("Amount (up to %1):").arg(refundable.toDisplayString(QLocale())), amount);
    // Core refunds money; it has no restock for goods that already left (stock changes go through
    // modify before shipment), so the dialog offers none.
    auto *hint = new QLabel(tr("The money goes back to the card. To take lines out of an order that has "
                               "not shipped (and return their stock), use Cancel lines or Edit order instead."),
            &dialog);
    hint->setWordWrap(true);
    form->addRow(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Refund"));
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    amountText = amount->text();
    return true;
}

} // namespace shipshape
