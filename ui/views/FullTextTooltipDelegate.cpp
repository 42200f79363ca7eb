#include "views/FullTextTooltipDelegate.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QTextDocument>
#include <QToolTip>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

std::optional<QStyleOptionViewItem> FullTextTooltipDelegate::cellOption(
        const QAbstractItemView *view, const QModelIndex &index) const
{
    if (!view || !index.isValid())
        return std::nullopt;
    const QRect rect = view->visualRect(index);
    if (!rect.isValid())
        return std::nullopt;
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.rect = rect;
    option.font = view->font();
    option.fontMetrics = view->fontMetrics();
    option.textElideMode = view->textElideMode();
    initStyleOption(&option, index);
    return option;
}

bool FullTextTooltipDelegate::isElided(const QAbstractItemView *view, const QModelIndex &index) const
{
    const auto option = cellOption(view, index);
    if (!option || option->text.isEmpty() || !(option->features & QStyleOptionViewItem::HasDisplay))
        return false;
    const QStyle *style = view->style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &*option, view);
    // The common styles draw the text this far inside its rectangle on each side.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    return option->fontMetrics.horizontalAdvance(option->text) > textRect.width() - 2 * margin;
}

QString FullTextTooltipDelegate::tooltipFor(const QAbstractItemView *view, const QModelIndex &index) const
{
    const QString own = index.data(Qt::ToolTipRole).toString();
    if (!isElided(view, index))
        return own;
    const QString full = cellOption(view, index)->text;
    return own.isEmpty() || own == full ? full : full + u'\n' + own;
}

bool FullTextTooltipDelegate::helpEvent(
        QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !isElided(view, index))
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QString tip = tooltipFor(view, index);
    // People's text (names, emails, provider errors) is shown as typed, never as markup.
    if (Qt::mightBeRichText(tip))
        tip = u"<p style='white-space:pre-wrap'>"_s + tip.toHtmlEscaped() + u"</p>"_s;
    QToolTip::showText(event->globalPos(), tip, view, option.rect);
    return true;
}

} // namespace shipshape
