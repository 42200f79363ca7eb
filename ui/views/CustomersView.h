#pragma once

#include "customers/CustomerQuery.h"
#include "staff/Permissions.h"

#include <QWidget>

#include <optional>

class QLabel;
class QSettings;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace shipshape {

class ColumnFitter;
class CustomerOrdersModel;
class CustomerTableModel;
class EmptyStateOverlay;
class SessionWorker;

// The customer list (search by name or email, with order count and lifetime spend) and the selected
// customer's order history: newest first, 25 orders a page, with totals over all their orders, and their
// mobile number for SMS status messages (set here, or shown as opted out after a STOP).
// Double-clicking an order asks for it to be opened (openOrder).
class CustomersView : public QWidget {
    Q_OBJECT

public:
    static constexpr int kHistoryPageSize = 25;

    explicit CustomersView(SessionWorker &worker, QWidget *parent = nullptr);

    // Re-reads the list and the shown history page (F5, after a reconnect).
    void reload();
    // Column widths and order, the sort and the splitter, kept in the settings under "customers/".
    void saveLayout(QSettings &settings) const;
    void restoreLayout(const QSettings &settings);
    // Shows the first history page of a customer (by UUID), whether or not they are in the list.
    void showCustomer(const QString &customerId);
    void showPage(int page);
    // An order changed somewhere: if it is on the shown page, read that page again.
    void refreshOrder(qint64 number);
    // Whether the login may set a customer's phone (those who place orders; nobody offline or in an archive).
    void setPermissions(const Permissions &permissions);
    // Sets the shown customer's mobile number for SMS status messages: checked and normalised in core (E.164),
    // empty removes it. A refusal names the field and shows in the error line; nothing is written then.
    void setPhone(const QString &phoneText);

    [[nodiscard]] const std::optional<CustomerOrderPage> &history() const { return m_history; }
    CustomerTableModel *customerModel() const { return m_customers; }
    CustomerOrdersModel *ordersModel() const { return m_orders; }
    QTableView *customerTable() const { return m_customerTable; }
    QTableView *ordersTable() const { return m_ordersTable; }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *previousButton() const { return m_previous; }
    QPushButton *nextButton() const { return m_next; }
    QLabel *pageLabel() const { return m_pageLabel; }
    QLabel *totalsLabel() const { return m_totals; }
    // The shown customer's SMS line: their number, or none, or that they opted out (STOP) and when.
    QLabel *smsLabel() const { return m_sms; }
    QPushButton *phoneButton() const { return m_phoneButton; }
    EmptyStateOverlay *customersEmptyState() const { return m_customersEmpty; }
    EmptyStateOverlay *ordersEmptyState() const { return m_ordersEmpty; }

Q_SIGNALS:
    void openOrder(qint64 number);
    // A history page is shown (after showCustomer, showPage or a refresh).
    void historyShown();
    void actionFailed(const QString &message);
    // setPhone stored the number (or removed it); the SMS line shows it.
    void phoneChanged();

private:
    void applySearch();
    void onCurrentRowChanged();
    void loadPage(const QString &customerId, int page);
    void setHistory(const CustomerOrderPage &history);
    void clearHistory();
    void updatePager();
    void updateCount();
    void updateCustomersEmptyState(const QString &loadError);
    void updateOrdersEmptyState();
    void giveTheListItsRoom();
    void askForPhone();
    void updateSms();

    SessionWorker &m_worker;
    CustomerTableModel *m_customers = nullptr;
    CustomerOrdersModel *m_orders = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_customerTable = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_sms = nullptr;
    QPushButton *m_phoneButton = nullptr;
    Permissions m_permissions = Permissions::readOnly({}, {});
    QTableView *m_ordersTable = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_pageLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer *m_searchDelay = nullptr;
    EmptyStateOverlay *m_customersEmpty = nullptr;
    EmptyStateOverlay *m_ordersEmpty = nullptr;
    ColumnFitter *m_customerFitter = nullptr;
    ColumnFitter *m_ordersFitter = nullptr;
    std::optional<CustomerOrderPage> m_history;
    QString m_requestedCustomer;
    quint64 m_historyGeneration = 0;
    bool m_historyLoading = false;
    bool m_splitterRestored = false;
};

} // namespace shipshape
