#pragma once

#include <QMainWindow>

class QLabel;

namespace shipshape {

class OrdersView;
class Session;
class SessionWorker;

// The desktop app's main window. For now: the orders page, with a status bar showing the database,
// background work and the number of orders listed.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] OrdersView *ordersView() const { return m_ordersView; }
    // Shows an order's detail (e.g. `--view order:1042`).
    void openOrder(qint64 number);
    // Background work (reservation expiry, payment reconciliation, customer emails) as one line.
    void setBackgroundStatus(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateOrderCount(int count);
    void restoreLayout();

    Session &m_session;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_backgroundLabel = nullptr;
    SessionWorker *m_worker = nullptr;
    OrdersView *m_ordersView = nullptr;
};

} // namespace shipshape
