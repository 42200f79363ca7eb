#pragma once

class QTableView;

namespace shipshape::TableViewSetup {

// How every list in the app looks and reads: one line per row, rows of one height (a million rows lay
// out without asking each for its height), long texts elided with their full text in the tooltip
// (FullTextTooltipDelegate), sort arrows that point the way the rows run (SortArrowStyle), and column
// fitting that looks at a bounded number of rows, and Tab that moves on to the next control.
// `rowPadding` is added to the font's height.
void prepare(QTableView *view, int rowPadding = 10);

// For a short table whose columns fit their contents and one stretched column takes the rest (an order's
// lines): the view never gets narrower than its columns' contents and headers need, so a narrow panel
// (German, 200 %) does not squeeze the stretched column's header into "Prod…". Updated whenever the
// rows or their data change.
void keepColumnsWhole(QTableView *view);

} // namespace shipshape::TableViewSetup
