#include "views/LineTableView.h"

#include "views/QuantityDelegate.h"

#include <QHeaderView>
#include <QShortcut>

namespace shipshape {

namespace {
constexpr int kQuantityColumnWidth = 110;
constexpr int kExtraRowHeight = 6; // room for the spin box's frame
} // namespace

LineTableView::LineTableView(QWidget *parent) : QTableView(parent)
{
    setAccessibleName(tr("Order lines"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize() + kExtraRowHeight);
    auto *remove = new QShortcut(QKeySequence::Delete, this);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &LineTableView::removeSelectedLine);
}

void LineTableView::setLines(
        QAbstractItemModel *lines, int productColumn, int quantityColumn, QuantityDelegate *quantities)
{
    setModel(lines);
    m_quantityColumn = quantityColumn;
    quantities->setParent(this);
    setItemDelegateForColumn(quantityColumn, quantities);
    QHeaderView *columns = horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(productColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(quantityColumn, QHeaderView::Fixed);
    columns->resizeSection(quantityColumn, kQuantityColumnWidth);
    connect(lines, &QAbstractItemModel::rowsInserted, this, &LineTableView::openQuantityEditors);
    connect(lines, &QAbstractItemModel::modelReset, this, &LineTableView::openQuantityEditors);
    openQuantityEditors();
}

int LineTableView::selectedLine() const
{
    const QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    if (!rows.isEmpty())
        return rows.constFirst().row();
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.row() : -1;
}

void LineTableView::removeSelectedLine()
{
    if (const int row = selectedLine(); row >= 0)
        Q_EMIT removeRequested(row);
}

void LineTableView::openQuantityEditors()
{
    for (int row = 0; row < model()->rowCount(); ++row)
        openPersistentEditor(model()->index(row, m_quantityColumn));
}

} // namespace shipshape
