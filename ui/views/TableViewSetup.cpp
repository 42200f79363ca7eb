#include "views/TableViewSetup.h"

#include "views/FullTextTooltipDelegate.h"
#include "views/SortArrowStyle.h"

#include <QHeaderView>
#include <QTableView>

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

} // namespace shipshape::TableViewSetup
