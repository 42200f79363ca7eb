#pragma once

#include <QList>
#include <QObject>

class QTableView;

namespace shipshape {

// Sizes a table's columns to what they show, once, when its first rows are in (until then, as wide as
// their headers): each as wide as its header and the widest of the rows on screen, at most maxWidth (a longer text is
// elided and shown whole in its tooltip, see FullTextTooltipDelegate). Columns the view stretches are left to the view.
// A layout the person arranged wins: restoring one cancels the fitter (cancel()).
class ColumnFitter : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultMaxWidth = 360;

    // A child of the view; fits at once if the model already has rows.
    ColumnFitter(QTableView *view, QList<int> columns, int maxWidth = kDefaultMaxWidth);

    // Fits now, whatever the rows (used when the view's content changes its nature, e.g. another customer).
    void fit();
    // Never fits again (a saved layout was restored).
    void cancel();
    [[nodiscard]] bool isDone() const { return m_done; }

    // The width that shows `column` whole: its header and the rows on screen, capped at maxWidth.
    [[nodiscard]] static int fittingWidth(const QTableView *view, int column, int maxWidth = kDefaultMaxWidth);

Q_SIGNALS:
    void fitted();

private:
    void fitOnceFilled();
    void fitHeaders();

    QTableView *m_view = nullptr;
    QList<int> m_columns;
    int m_maxWidth = kDefaultMaxWidth;
    bool m_done = false;
};

} // namespace shipshape
