#pragma once

#include <QHeaderView>
#include <QImage>
#include <QStyle>
#include <QStyleOptionHeader>

#include <ostream>

namespace shipshape::test {

enum class ArrowDirection {
    None,
    Up,
    Down
};

inline void PrintTo(ArrowDirection direction, std::ostream *out)
{
    *out << (direction == ArrowDirection::Up ? "▲ up" : direction == ArrowDirection::Down ? "▼ down" : "no arrow");
}

// Which way the sort arrow drawn in `section` points, read from the pixels as a person would: the header
// is drawn with and without its sort indicator and the difference inside the arrow's rectangle is the
// arrow. ▲ has its wide end at the bottom, ▼ at the top. Needs a section wide enough that its title
// stays clear of the arrow.
inline ArrowDirection sortArrowDirection(QHeaderView *header, int section)
{
    QStyleOptionHeader option;
    option.initFrom(header);
    option.state |= QStyle::State_Horizontal;
    option.orientation = Qt::Horizontal;
    option.section = section;
    option.sortIndicator = QStyleOptionHeader::SortDown; // only the rectangle is wanted
    option.rect = QRect(header->sectionViewportPosition(section), 0, header->sectionSize(section), header->height());
    const QRect arrow = header->style()->subElementRect(QStyle::SE_HeaderArrow, &option, header);

    const bool shown = header->isSortIndicatorShown();
    const QImage with = header->viewport()->grab().toImage();
    header->setSortIndicatorShown(false);
    const QImage without = header->viewport()->grab().toImage();
    header->setSortIndicatorShown(shown);

    QList<int> inkPerRow;
    for (int y = arrow.top(); y <= arrow.bottom(); ++y) {
        int ink = 0;
        for (int x = arrow.left(); x <= arrow.right(); ++x) {
            if (with.valid(x, y) && with.pixel(x, y) != without.pixel(x, y))
                ++ink;
        }
        if (ink > 0 || !inkPerRow.isEmpty())
            inkPerRow << ink;
    }
    while (!inkPerRow.isEmpty() && inkPerRow.constLast() == 0)
        inkPerRow.removeLast();
    if (inkPerRow.size() < 2)
        return ArrowDirection::None;
    // Compare the upper and the lower half of the arrow's rows.
    int upper = 0;
    int lower = 0;
    const qsizetype half = inkPerRow.size() / 2;
    for (qsizetype row = 0; row < half; ++row)
        upper += inkPerRow.at(row);
    for (qsizetype row = inkPerRow.size() - half; row < inkPerRow.size(); ++row)
        lower += inkPerRow.at(row);
    if (upper == lower)
        return ArrowDirection::None;
    return upper > lower ? ArrowDirection::Down : ArrowDirection::Up;
}

} // namespace shipshape::test
