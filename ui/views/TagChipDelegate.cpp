#include "views/TagChipDelegate.h"

#include "tags/Tag.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

constexpr int kPadding = 6; // inside a chip, left and right
constexpr int kGap = 4; // between chips
constexpr int kMargin = 3; // around the chips in the cell

QStringList tagsAt(const QModelIndex &index, int role)
{
    const QVariant value = index.data(role);
    if (value.metaType() == QMetaType::fromType<QStringList>())
        return value.toStringList();
    const QString single = value.toString();
    return single.isEmpty() ? QStringList() : QStringList{single};
}

QFont chipFont(const QFont &font)
{
    QFont smaller = font;
    smaller.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.9 : font.pointSizeF());
    return smaller;
}

} // namespace

TagChipDelegate::TagChipDelegate(int tagsRole, QObject *parent) : QStyledItemDelegate(parent), m_tagsRole(tagsRole) {}

QColor TagChipDelegate::chipColor(const QString &tag)
{
    // A fixed set of soft hues, chosen by the tag's key: stable across runs (qHash is seeded per process).
    static const QColor hues[] = {QColor(0xdb, 0xea, 0xfe), QColor(0xdc, 0xfc, 0xe7), QColor(0xfe, 0xf3, 0xc7),
            QColor(0xfc, 0xe7, 0xf3), QColor(0xed, 0xe9, 0xfe), QColor(0xff, 0xed, 0xd5), QColor(0xcc, 0xfb, 0xf1),
            QColor(0xe5, 0xe7, 0xeb)};
    quint32 sum = 0;
    for (const QChar c : Tags::keyOf(tag))
        sum = sum * 31u + c.unicode();
    return hues[sum % std::size(hues)];
}

int TagChipDelegate::chipsWidth(const QStringList &tags, const QFont &font)
{
    const QFontMetrics metrics(chipFont(font));
    int width = 0;
    for (const QString &tag : tags)
        width += metrics.horizontalAdvance(tag) + 2 * kPadding + kGap;
    return width > 0 ? width - kGap + 2 * kMargin : 0;
}

void TagChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QStringList tags = tagsAt(index, m_tagsRole);
    if (tags.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFont font = chipFont(option.font);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const QRect area = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const int height = std::min(area.height(), metrics.height() + 4);
    const int top = area.top() + (area.height() - height) / 2;
    int x = area.left();
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const QString &tag = tags.at(i);
        const int width = metrics.horizontalAdvance(tag) + 2 * kPadding;
        const qsizetype rest = tags.size() - i - 1;
        const QString more = u"+%1"_s.arg(rest);
        const int moreWidth = rest > 0 ? metrics.horizontalAdvance(more) + kGap : 0;
        if (x + width + moreWidth > area.right() + 1 && i > 0) {
            // What does not fit is counted, never cut in half.
            painter->setPen(option.palette.color(QPalette::PlaceholderText));
            painter->drawText(QRect(x, top, area.right() - x + 1, height), Qt::AlignLeft | Qt::AlignVCenter,
                    u"+%1"_s.arg(tags.size() - i));
            break;
        }
        const QRect chip(x, top, std::min(width, area.right() - x + 1), height);
        QPainterPath path;
        path.addRoundedRect(chip, height / 2.0, height / 2.0);
        painter->fillPath(path, chipColor(tag));
        painter->setPen(QColor(0x1f, 0x29, 0x37));
        painter->drawText(chip.adjusted(kPadding, 0, -kPadding, 0), Qt::AlignCenter,
                metrics.elidedText(tag, Qt::ElideRight, chip.width() - 2 * kPadding));
        x += width + kGap;
    }
    painter->restore();
}

QSize TagChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const int width = chipsWidth(tagsAt(index, m_tagsRole), option.font);
    return {std::max(width, 24),
            std::max(base.height(), QFontMetrics(chipFont(option.font)).height() + 4 + 2 * kMargin)};
}

} // namespace shipshape
