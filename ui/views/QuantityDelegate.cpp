#include "views/QuantityDelegate.h"

#include "orders/OrderService.h"

#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

QWidget *QuantityDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(u"quantitySpin"_s);
    if (m_maximumRole >= 0)
        spin->setRange(0, index.data(m_maximumRole).toInt());
    else
        spin->setRange(m_zeroRemoves ? 0 : 1, int(OrderServiceSettings::kMaxQuantity));
    if (m_zeroRemoves && m_maximumRole < 0)
        spin->setSpecialValueText(tr("remove"));
    spin->setAccessibleName(tr("Quantity of %1").arg(index.siblingAtColumn(0).data().toString()));
    spin->setAlignment(Qt::AlignRight);
    // The view paints the cell's own text underneath; the editor covers it completely.
    spin->setAutoFillBackground(true);
    connect(spin, &QSpinBox::valueChanged, this,
            [this, spin] { Q_EMIT const_cast<QuantityDelegate *>(this)->commitData(spin); });
    return spin;
}

void QuantityDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *spin = static_cast<QSpinBox *>(editor);
    const int value = index.data(Qt::EditRole).toInt();
    if (spin->value() != value) {
        const QSignalBlocker blocker(spin);
        spin->setValue(value);
    }
    // Only the spin box being typed into shows a selection.
    if (auto *text = spin->findChild<QLineEdit *>(); text && !spin->hasFocus())
        text->deselect();
}

void QuantityDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *spin = static_cast<QSpinBox *>(editor);
    spin->interpretText();
    model->setData(index, spin->value(), Qt::EditRole);
}

} // namespace shipshape
