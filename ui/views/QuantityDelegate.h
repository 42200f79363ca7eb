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
    // The model says how many a row takes at most (its `role`, e.g. what is left to ship); 0 means none.
    void setMaximumRole(int role) { m_maximumRole = role; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    bool m_zeroRemoves = false;
    int m_maximumRole = -1;
};

} // namespace shipshape
