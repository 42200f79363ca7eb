#pragma once

#include <QTableView>

namespace shipshape {

class QuantityDelegate;

// The order lines table of the order editor and the Edit order dialog: one row per line, the product
// column taking the room, and the quantity always open as a spin box (a person changes quantities far
// more often than anything else). Delete, like the Remove line button, asks to remove the selected line.
class LineTableView : public QTableView {
    Q_OBJECT

public:
    explicit LineTableView(QWidget *parent);

    void setLines(QAbstractItemModel *lines, int productColumn, int quantityColumn, QuantityDelegate *quantities);
    // The selected line's row, or the current one; -1 without either.
    [[nodiscard]] int selectedLine() const;
    // Emits removeRequested for the selected line, if there is one.
    void removeSelectedLine();

Q_SIGNALS:
    void removeRequested(int row);

private:
    void openQuantityEditors();

    int m_quantityColumn = -1;
};

} // namespace shipshape
