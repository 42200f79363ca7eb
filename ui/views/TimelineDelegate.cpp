#include "views/TimelineDelegate.h"

#include "models/TimelineModel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect rect = option.rect;
    const int x = rect.left() + kRail / 2;
    const QPalette &palette = option.palette;
    painter->setPen(QPen(palette.color(QPalette::Mid), 2));
    const bool first = index.row() == 0;
    const bool last = index.row() == index.model()->rowCount() - 1;
    painter->drawLine(x, first ? rect.top() + 14 : rect.top(), x, last ? rect.top() + 14 : rect.bottom());

    QColor dot = palette.color(QPalette::Highlight);
    switch (static_cast<TimelineModel::Kind>(index.data(TimelineModel::KindRole).toInt())) {
    case TimelineModel::Kind::Good:
        dot = QColor(0x2e, 0x9d, 0x5b);
        break;
    case TimelineModel::Kind::Problem:
        dot = QColor(0xd0, 0x3b, 0x3b);
        break;
    case TimelineModel::Kind::Neutral:
        break;
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(dot);
    painter->drawEllipse(QPoint(x, rect.top() + 14), 6, 6);

    const QRect text = rect.adjusted(kRail + 4, 4, -6, -4);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    const QString when
            = QLocale().toString(index.data(TimelineModel::WhenRole).toDateTime().toLocalTime(), QLocale::ShortFormat);
    const QString heading = tr("%1  ·  %2  ·  %3")
                                    .arg(index.data(TimelineModel::TitleRole).toString(), when,
                                            index.data(TimelineModel::ActorRole).toString());
    painter->drawText(text, Qt::AlignLeft | Qt::AlignTop, heading);
    const QString detail = index.data(TimelineModel::DetailRole).toString();
    if (!detail.isEmpty()) {
        painter->setFont(option.font);
        const int lineHeight = QFontMetrics(bold).height();
        painter->drawText(
                text.adjusted(0, lineHeight + 2, 0, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, detail);
    }
    painter->restore();
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const bool hasDetail = !index.data(TimelineModel::DetailRole).toString().isEmpty();
    return {option.rect.width(), metrics.height() * (hasDetail ? 2 : 1) + 18};
}

} // namespace shipshape
