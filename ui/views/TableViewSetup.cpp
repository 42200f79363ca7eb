#include "views/TableViewSetup.h"

#include "views/FullTextTooltipDelegate.h"
#include "views/SortArrowStyle.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace shipshape::TableViewSetup {

namespace {

// Rows ColumnFitter looks at beyond those on screen: one page of the largest paged model.
constexpr int kFitPrecision = 200;

} // namespace

void prepare(QTableView *view, int rowPadding)
{
    view->setWordWrap(false);
    // Tab leaves a list for the next control, as keyboard users expect (the arrow keys move between rows);
    // a table's default, Tab from cell to cell, traps them in a list of a million rows.
    view->setTabKeyNavigation(false);
    view->setTextElideMode(Qt::ElideRight);
    QHeaderView *rows = view->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(view->fontMetrics().height() + rowPadding);
    QHeaderView *columns = view->horizontalHeader();
    columns->setResizeContentsPrecision(kFitPrecision);
    columns->setHighlightSections(false);
    SortArrowStyle::install(columns);
    // Views with delegates of their own for some columns keep them; this one serves the rest.
    view->setItemDelegate(new FullTextTooltipDelegate(view));
}

void keepColumnsWhole(QTableView *view)
{
    const auto update = [view] {
        const QHeaderView *header = view->horizontalHeader();
        int width = 2 * view->frameWidth() + view->verticalScrollBar()->sizeHint().width();
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column))
                continue;
            int wanted = header->sectionSizeHint(column);
            if (header->sectionResizeMode(column) == QHeaderView::ResizeToContents) {
                // Public in QAbstractItemView (QTableView only narrows its access).
                wanted = std::max(wanted, static_cast<const QAbstractItemView *>(view)->sizeHintForColumn(column));
            }
            width += wanted;
        }
        view->setMinimumWidth(width);
    };
    QObject::connect(view->model(), &QAbstractItemModel::modelReset, view, update);
    QObject::connect(view->model(), &QAbstractItemModel::rowsInserted, view, update);
    // Figures that arrive after the rows (an order line's stock) widen their column.
    QObject::connect(view->model(), &QAbstractItemModel::dataChanged, view, update);
    update();
}

} // namespace shipshape::TableViewSetup
