#include "views/ReplenishDialog.h"

#include "inventory/InventoryService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

ReplenishDialog::ReplenishDialog(const Product &product, QWidget *parent) : QDialog(parent), m_sku(product.sku)
{
    setObjectName(u"replenishDialog"_s);
    setWindowTitle(tr("Replenish %1").arg(product.sku));
    const QLocale locale;
    auto *summary = new QLabel(tr("%1 — %2\n%3 on hand, %4 reserved, %5 available")
                                       .arg(product.sku, product.name, locale.toString(product.onHand),
                                               locale.toString(product.reserved), locale.toString(product.available())),
            this);
    summary->setTextFormat(Qt::PlainText);

    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(u"replenishQuantity"_s);
    m_quantity->setAccessibleName(tr("Quantity received"));
    m_quantity->setRange(1, int(InventoryService::kMaxStock));
    m_quantity->setValue(1);
    m_quantity->setGroupSeparatorShown(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"replenishReason"_s);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("e.g. delivery for purchase order PO-1042"));
    m_reason->setMaxLength(500);
    m_error = new QLabel(this);
    m_error->setObjectName(u"replenishError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"color: palette(text); background-color: rgba(230, 50, 50, 45); "
                           "border-radius: 3px; padding: 4px;"_s);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_submit = m_buttons->button(QDialogButtonBox::Ok);
    m_submit->setText(tr("Replenish"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { Q_EMIT submitted(m_sku, quantity(), reason()); });

    auto *form = new QFormLayout(this);
    form->addRow(summary);
    form->addRow(tr("Quantity received:"), m_quantity);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(m_error);
    form->addRow(m_buttons);
    setMinimumWidth(420);
}

qint64 ReplenishDialog::quantity() const
{
    return m_quantity->value();
}

QString ReplenishDialog::reason() const
{
    return m_reason->text();
}

void ReplenishDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ReplenishDialog::setBusy(bool busy)
{
    m_submit->setEnabled(!busy);
    m_quantity->setEnabled(!busy);
    m_reason->setEnabled(!busy);
}

} // namespace shipshape
