#pragma once

#include "orders/OrderQuery.h"

#include <QObject>
#include <QString>

#include <optional>

class QAction;
class QComboBox;
class QWidget;

namespace shipshape {

class Clock;
class OrderTableModel;

// The orders page's saved views: the list to choose from (all orders, the built-in views, the person's own,
// and "Custom filter" while the filter shown is none of them), saving the filter the list shows as a view
// of one's own, and deleting one. Choosing a view says which filter to show (viewChosen); the page puts it in
// its controls and the list.
class OrderViewSelector : public QObject {
    Q_OBJECT

public:
    // `orderModel` is the list whose filter is saved; `page` parents the controls and the dialogs.
    OrderViewSelector(const Clock &clock, const OrderTableModel &orderModel, QWidget *page);

    [[nodiscard]] QComboBox *comboBox() const { return m_selector; }
    [[nodiscard]] QAction *saveAction() const { return m_save; }
    [[nodiscard]] QAction *deleteAction() const { return m_delete; }

    // The filter shown was edited by hand (or asked from outside): the list says "Custom filter".
    void markAsCustom();
    // Chooses "All orders".
    void showAllOrders();
    // Chooses the view of that name; false if there is none.
    bool select(const QString &name);
    // Saves the filter the list shows as a view with this name; returns the reason when it cannot.
    std::optional<QString> saveShownFilter(const QString &name);

Q_SIGNALS:
    // A view was chosen: the filter to show.
    void viewChosen(const shipshape::OrderFilter &filter);

private:
    void reload();
    void applySelected();
    void saveAsked();
    void deleteSelected();

    const Clock &m_clock;
    const OrderTableModel &m_orderModel;
    QWidget *m_page = nullptr;
    QComboBox *m_selector = nullptr;
    QAction *m_save = nullptr;
    QAction *m_delete = nullptr;
};

} // namespace shipshape
