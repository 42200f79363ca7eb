#pragma once

#include <QStyledItemDelegate>

namespace shipshape {

// Edits a line quantity with a spin box bounded by what an order line may hold; each step is
// committed at once so that totals follow as the agent clicks.
class QuantityDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // 0 allowed, shown as "remove": an edit of a placed order takes a line off with quantity 0.
    void setZeroRemoves(bool yes) { m_zeroRemoves = yes; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    bool m_zeroRemoves = false;
};

} // namespace shipshape
