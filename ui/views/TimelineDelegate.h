#pragma once

#include <QStyledItemDelegate>

namespace shipshape {

// Draws a TimelineModel as a vertical time line: a rail, a coloured dot per event, the title and time
// in bold and the detail below.
class TimelineDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static constexpr int kRail = 28;
};

} // namespace shipshape
