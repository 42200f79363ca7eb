#include "views/ColumnFitter.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace shipshape {

ColumnFitter::ColumnFitter(QTableView *view, QList<int> columns, int maxWidth)
    : QObject(view), m_view(view), m_columns(std::move(columns)), m_maxWidth(maxWidth)
{
    QAbstractItemModel *model = view->model();
    Q_ASSERT(model);
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::fitOnceFilled);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::fitOnceFilled);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::fitOnceFilled);
    fitOnceFilled();
}

int ColumnFitter::fittingWidth(const QTableView *view, int column, int maxWidth)
{
    const QHeaderView *header = view->horizontalHeader();
    // sizeHintForColumn looks at the rows on screen (and a bounded number more: the header's precision),
    // never at every row of a windowed model.
    // Public in QAbstractItemView (QTableView only narrows its access); the call still reaches QTableView's.
    const int content = static_cast<const QAbstractItemView *>(view)->sizeHintForColumn(column);
    return std::clamp(std::max(content, header->sectionSizeHint(column)), header->minimumSectionSize(), maxWidth);
}

void ColumnFitter::fit()
{
    QHeaderView *header = m_view->horizontalHeader();
    for (int column : std::as_const(m_columns)) {
        // Hidden columns too: they keep the width for when someone shows them.
        if (header->sectionResizeMode(column) == QHeaderView::Stretch)
            continue;
        m_view->setColumnWidth(column, fittingWidth(m_view, column, m_maxWidth));
    }
    Q_EMIT fitted();
}

void ColumnFitter::cancel()
{
    m_done = true;
}

void ColumnFitter::fitHeaders()
{
    QHeaderView *header = m_view->horizontalHeader();
    for (int column : std::as_const(m_columns)) {
        if (header->sectionResizeMode(column) == QHeaderView::Stretch)
            continue;
        const int wanted = std::min(header->sectionSizeHint(column), m_maxWidth);
        if (header->sectionSize(column) < wanted)
            m_view->setColumnWidth(column, wanted);
    }
}

void ColumnFitter::fitOnceFilled()
{
    if (m_done || !m_view->model())
        return;
    if (m_view->model()->rowCount() == 0) {
        // No rows yet: the headers at least show whole (a long German header on an empty list).
        fitHeaders();
        return;
    }
    m_done = true;
    fit();
}

} // namespace shipshape
