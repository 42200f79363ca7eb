#include "views/DiscountRowEditor.h"

#include "views/FieldErrorLabel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

DiscountRowEditor::DiscountRowEditor(QWidget *parent) : QWidget(parent)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"discountKind"_s);
    m_kind->addItem(tr("% off"), u"percent"_s);
    m_kind->addItem(tr("Amount off"), u"amount"_s);
    m_value = new QLineEdit(this);
    m_value->setObjectName(u"discountValue"_s);
    m_value->setMaxLength(30);
    m_value->setPlaceholderText(tr("10"));
    m_value->setFixedWidth(fontMetrics().horizontalAdvance(u"0000.00"_s) + 16);
    m_appliesTo = new QComboBox(this);
    m_appliesTo->setObjectName(u"discountAppliesTo"_s);
    m_appliesTo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_appliesTo->setMinimumContentsLength(6);
    m_appliesTo->addItem(tr("Whole order"), QString());
    m_code = new QLineEdit(this);
    m_code->setObjectName(u"discountCode"_s);
    m_code->setMaxLength(60);
    m_code->setPlaceholderText(tr("Code"));
    m_code->setMinimumWidth(fontMetrics().horizontalAdvance(u"WINTER10"_s) + 16);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"discountReason"_s);
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("or staff reason"));
    m_reason->setMinimumWidth(m_code->minimumWidth());
    m_remove = new QToolButton(this);
    m_remove->setObjectName(u"removeDiscount"_s);
    m_remove->setText(tr("✕"));
    m_remove->setAutoRaise(true);
    m_message = new FieldErrorLabel(u"discountMessage"_s, this);
    setIndex(0);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_kind, 0, 0);
    layout->addWidget(m_value, 0, 1);
    layout->addWidget(m_appliesTo, 0, 2);
    layout->addWidget(m_code, 0, 3);
    layout->addWidget(m_reason, 0, 4);
    layout->addWidget(m_remove, 0, 5);
    layout->addWidget(m_message, 1, 0, 1, 6);
    layout->setColumnStretch(2, 3);
    layout->setColumnStretch(3, 2);
    layout->setColumnStretch(4, 3);

    const auto changed = [this] {
        if (!m_filling)
            Q_EMIT edited();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, changed);
    connect(m_appliesTo, &QComboBox::currentIndexChanged, this, changed);
    for (QLineEdit *edit : {m_value, m_code, m_reason})
        connect(edit, &QLineEdit::textEdited, this, changed);
    connect(m_remove, &QToolButton::clicked, this, &DiscountRowEditor::removeRequested);
}

void DiscountRowEditor::setIndex(qsizetype index)
{
    const QString number = QString::number(index + 1);
    m_kind->setAccessibleName(tr("Discount %1 kind").arg(number));
    m_value->setAccessibleName(tr("Discount %1 value").arg(number));
    m_appliesTo->setAccessibleName(tr("Discount %1 applies to").arg(number));
    m_code->setAccessibleName(tr("Discount %1 code").arg(number));
    m_reason->setAccessibleName(tr("Discount %1 reason").arg(number));
    m_remove->setAccessibleName(tr("Remove discount %1").arg(number));
    m_remove->setToolTip(tr("Remove this discount"));
}

void DiscountRowEditor::setDiscount(const DiscountRequest &discount)
{
    m_filling = true;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(discount.type)));
    m_value->setText(discount.value);
    selectSku(discount.sku);
    m_code->setText(discount.code);
    m_reason->setText(discount.reason);
    m_filling = false;
}

DiscountRequest DiscountRowEditor::discount() const
{
    return DiscountRequest{m_kind->currentData().toString(), m_value->text(), m_appliesTo->currentData().toString(),
            m_code->text(), m_reason->text()};
}

void DiscountRowEditor::setLineChoices(const QList<std::pair<QString, QString>> &lines)
{
    const QString current = m_appliesTo->currentData().toString();
    m_filling = true;
    while (m_appliesTo->count() > 1)
        m_appliesTo->removeItem(1);
    for (const auto &[sku, label] : lines)
        m_appliesTo->addItem(label, sku);
    selectSku(current);
    m_filling = false;
}

void DiscountRowEditor::selectSku(const QString &sku)
{
    int index = m_appliesTo->findData(sku);
    if (index < 0) {
        // A line removed since: kept as typed, and core says it is not on the order.
        m_appliesTo->addItem(tr("%1 (not on the order)").arg(sku), sku);
        index = m_appliesTo->count() - 1;
    }
    m_appliesTo->setCurrentIndex(index);
}

void DiscountRowEditor::setMessage(const QString &field, const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_messageField = field;
}

QString DiscountRowEditor::message(const QString &field) const
{
    return field == m_messageField ? m_message->text() : QString();
}

} // namespace shipshape
