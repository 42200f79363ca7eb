#include "views/SortArrowStyle.h"

#include <QApplication>
#include <QHeaderView>
#include <QPointer>
#include <QStyleFactory>
#include <QStyleOptionHeader>

namespace shipshape {

SortArrowStyle::SortArrowStyle() : QProxyStyle(QStyleFactory::create(QApplication::style()->name())) {}

void SortArrowStyle::drawPrimitive(
        PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    if (element == PE_IndicatorHeaderArrow) {
        if (const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option)) {
            if (header->sortIndicator == QStyleOptionHeader::None)
                return;
            // QHeaderView: Qt::AscendingOrder is passed as SortDown, Qt::DescendingOrder as SortUp.
            const bool ascending = header->sortIndicator == QStyleOptionHeader::SortDown;
            QStyleOption arrow(*option);
            QProxyStyle::drawPrimitive(
                    ascending ? PE_IndicatorArrowUp : PE_IndicatorArrowDown, &arrow, painter, widget);
            return;
        }
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void SortArrowStyle::install(QHeaderView *header)
{
    // Owned by the application; the guard notices if a test's application went away and came back.
    static QPointer<SortArrowStyle> shared;
    SortArrowStyle *style = shared.data();
    if (!style) {
        style = new SortArrowStyle;
        style->setParent(qApp);
        shared = style;
    }
    header->setStyle(style);
}

} // namespace shipshape
