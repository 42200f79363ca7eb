#pragma once

#include <QStyledItemDelegate>

#include <optional>

namespace shipshape {

// The standard delegate, plus: a cell whose text is too long for its column (and so is drawn elided
// with "…") shows its whole text as its tooltip, above the tooltip the model gives, if any. Lists keep
// one line per row and columns a sensible width, and nothing is ever out of reach.
class FullTextTooltipDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
            const QModelIndex &index) override;

    // The tooltip a cell shows: its full text when it is elided in `view` (then the model's own tooltip
    // below it), else the model's tooltip alone. Plain text.
    [[nodiscard]] QString tooltipFor(const QAbstractItemView *view, const QModelIndex &index) const;
    // Whether the cell's text is wider than the room its column gives it.
    [[nodiscard]] bool isElided(const QAbstractItemView *view, const QModelIndex &index) const;

private:
    // The cell as the view draws it: its rectangle, font, and text as displayed (numbers and dates formatted).
    [[nodiscard]] std::optional<QStyleOptionViewItem> cellOption(
            const QAbstractItemView *view, const QModelIndex &index) const;
};

} // namespace shipshape
