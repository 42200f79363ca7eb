#pragma once

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace shipshape {

class OrderDetailView;
class OrderTableModel;
class Session;
class SessionWorker;

// The desktop app's main window. For now: the order list with search and a status filter,
// on the real windowed model.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] OrderTableModel *orderModel() const { return m_orderModel; }
    [[nodiscard]] QTableView *orderView() const { return m_orderView; }
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] QComboBox *statusFilter() const { return m_statusFilter; }
    [[nodiscard]] OrderDetailView *orderDetail() const { return m_detail; }
    // Shows an order's detail (e.g. `--view order:1042`).
    void openOrder(qint64 number);
    // Background work (reservation expiry, payment reconciliation, customer emails) as one line.
    void setBackgroundStatus(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void applyFilter();
    void updateStatusBar();
    void restoreLayout();

    Session &m_session;
    OrderTableModel *m_orderModel = nullptr;
    QTableView *m_orderView = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_backgroundLabel = nullptr;
    QTimer *m_searchDelay = nullptr;
    SessionWorker *m_worker = nullptr;
    OrderDetailView *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace shipshape
