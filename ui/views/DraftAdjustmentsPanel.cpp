#include "views/DraftAdjustmentsPanel.h"

#include "views/DiscountRowEditor.h"
#include "views/FieldErrorLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// "discounts[1].value" → 1 and "value".
QRegularExpressionMatch matchDiscountField(const QString &field)
{
    static const QRegularExpression pattern(u"^discounts\\[(\\d+)\\]\\.(\\w+)$"_s);
    return pattern.match(field);
}

} // namespace

DraftAdjustmentsPanel::DraftAdjustmentsPanel(QWidget *parent) : QGroupBox(tr("Discounts and shipping"), parent)
{
    setObjectName(u"draftAdjustments"_s);
    m_noDiscounts = new QLabel(tr("No discounts."), this);
    m_noDiscounts->setForegroundRole(QPalette::PlaceholderText);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    m_rowsLayout->addWidget(m_noDiscounts);
    m_add = new QPushButton(tr("Add discount"), this);
    m_add->setObjectName(u"addDiscount"_s);
    m_add->setAccessibleName(tr("Add a discount"));
    connect(m_add, &QPushButton::clicked, this, [this] {
        addDiscount();
        Q_EMIT edited();
    });

    m_shippingMethod = new QLineEdit(this);
    m_shippingMethod->setObjectName(u"shippingMethod"_s);
    m_shippingMethod->setAccessibleName(tr("Shipping method"));
    m_shippingMethod->setPlaceholderText(tr("Method, e.g. Parcel"));
    m_shippingMethod->setMaxLength(100);
    m_shippingAmount = new QLineEdit(this);
    m_shippingAmount->setObjectName(u"shippingAmount"_s);
    m_shippingAmount->setAccessibleName(tr("Shipping fee"));
    m_shippingAmount->setPlaceholderText(tr("Fee, e.g. 4.95"));
    m_shippingAmount->setMaxLength(30);
    m_shippingAmount->setMaximumWidth(fontMetrics().horizontalAdvance(u"Fee, e.g. 4.95"_s) + 24);
    for (QLineEdit *edit : {m_shippingMethod, m_shippingAmount})
        connect(edit, &QLineEdit::textEdited, this, &DraftAdjustmentsPanel::edited);
    m_shippingMessage = new FieldErrorLabel(u"shippingMessage"_s, this);

    auto *shippingRow = new QHBoxLayout;
    shippingRow->addWidget(new QLabel(tr("Shipping:"), this));
    shippingRow->addWidget(m_shippingMethod, 1);
    shippingRow->addWidget(m_shippingAmount);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_rowsLayout);
    layout->addLayout(addRow);
    layout->addLayout(shippingRow);
    layout->addWidget(m_shippingMessage);
    layout->addStretch();
}

void DraftAdjustmentsPanel::setDiscounts(const QList<DiscountRequest> &discounts)
{
    for (DiscountRowEditor *row : std::as_const(m_rows))
        delete row;
    m_rows.clear();
    for (const DiscountRequest &discount : discounts)
        appendRow(discount);
    renumber();
}

QList<DiscountRequest> DraftAdjustmentsPanel::discounts() const
{
    QList<DiscountRequest> result;
    for (const DiscountRowEditor *row : m_rows)
        result.append(row->discount());
    return result;
}

void DraftAdjustmentsPanel::setShipping(const ShippingRequest &shipping)
{
    m_shippingMethod->setText(shipping.method);
    m_shippingAmount->setText(shipping.amount);
}

ShippingRequest DraftAdjustmentsPanel::shipping() const
{
    return ShippingRequest{m_shippingMethod->text(), m_shippingAmount->text()};
}

void DraftAdjustmentsPanel::setLineChoices(const QList<std::pair<QString, QString>> &lines)
{
    m_lineChoices = lines;
    for (DiscountRowEditor *row : std::as_const(m_rows))
        row->setLineChoices(lines);
}

void DraftAdjustmentsPanel::addDiscount()
{
    // A new discount starts as a percentage off the whole order, the most common kind.
    DiscountRowEditor *row = appendRow(DiscountRequest{u"percent"_s, {}, {}, {}, {}});
    renumber();
    row->findChild<QWidget *>(u"discountValue"_s)->setFocus();
}

DiscountRowEditor *DraftAdjustmentsPanel::appendRow(const DiscountRequest &discount)
{
    auto *row = new DiscountRowEditor(this);
    row->setObjectName(u"discount%1"_s.arg(m_rows.size()));
    row->setLineChoices(m_lineChoices);
    row->setDiscount(discount);
    connect(row, &DiscountRowEditor::edited, this, &DraftAdjustmentsPanel::edited);
    connect(row, &DiscountRowEditor::removeRequested, this, [this, row] {
        removeRow(row);
        Q_EMIT edited();
    });
    m_rowsLayout->addWidget(row);
    m_rows.append(row);
    return row;
}

void DraftAdjustmentsPanel::removeRow(DiscountRowEditor *row)
{
    m_rows.removeOne(row);
    row->deleteLater();
    row->hide();
    renumber();
}

void DraftAdjustmentsPanel::renumber()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        m_rows.at(i)->setIndex(i);
        m_rows.at(i)->setObjectName(u"discount%1"_s.arg(i));
    }
    m_noDiscounts->setVisible(m_rows.isEmpty());
}

DiscountRowEditor *DraftAdjustmentsPanel::discountRow(qsizetype index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index) : nullptr;
}

bool DraftAdjustmentsPanel::showRefusal(const std::optional<Error> &error)
{
    for (DiscountRowEditor *row : std::as_const(m_rows))
        row->setMessage({}, {});
    m_shippingMessage->clear();
    m_shippingMessage->hide();
    m_shippingField.clear();
    if (!error)
        return true;
    if (const auto match = matchDiscountField(error->field); match.hasMatch()) {
        DiscountRowEditor *row = discountRow(match.captured(1).toLongLong());
        if (!row)
            return false;
        row->setMessage(match.captured(2), error->message);
        return true;
    }
    if (error->field.startsWith(u"shipping."_s)) {
        m_shippingField = error->field;
        m_shippingMessage->setText(error->message);
        m_shippingMessage->show();
        return true;
    }
    return false;
}

QString DraftAdjustmentsPanel::messageFor(const QString &field) const
{
    if (field == m_shippingField)
        return m_shippingMessage->text();
    const auto match = matchDiscountField(field);
    const DiscountRowEditor *row = match.hasMatch() ? discountRow(match.captured(1).toLongLong()) : nullptr;
    return row ? row->message(match.captured(2)) : QString();
}

} // namespace shipshape
