#pragma once

#include "staff/Permissions.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class QToolBar;

namespace shipshape {

class OrderDetailView;
class OrderTableModel;
class Session;
class SessionWorker;

// The orders page: search, status filter and refresh above the windowed order table, with the selected
// order's detail beside it. Messages for the status bar leave through statusMessage().
class OrdersView : public QWidget {
    Q_OBJECT

public:
    OrdersView(Session &session, SessionWorker &worker, QWidget *parent = nullptr);
    ~OrdersView() override;

    [[nodiscard]] OrderTableModel *orderModel() const { return m_orderModel; }
    [[nodiscard]] QTableView *orderView() const { return m_orderView; }
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] QComboBox *statusFilter() const { return m_statusFilter; }
    [[nodiscard]] OrderDetailView *orderDetail() const { return m_detail; }
    // Shows an order's detail (e.g. `--view order:1042`).
    void openOrder(qint64 number);
    // Offers only the actions the current login may perform.
    void setPermissions(const Permissions &permissions);

    // Column layout and splitter position, kept in QSettings.
    void saveLayout() const;
    void restoreLayout();

Q_SIGNALS:
    // A message for the status bar (errors from loading or from an action).
    void statusMessage(const QString &message);
    // The number of orders matching the current filter.
    void orderCountChanged(int count);

private:
    void applyFilter();

    Session &m_session;
    SessionWorker &m_worker;
    OrderTableModel *m_orderModel = nullptr;
    QToolBar *m_toolbar = nullptr;
    QTableView *m_orderView = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QTimer *m_searchDelay = nullptr;
    OrderDetailView *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace shipshape
