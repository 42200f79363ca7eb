#pragma once

#include "orders/OrderQuery.h"

#include <QToolBar>

class QComboBox;
class QDateEdit;
class QLabel;

namespace shipshape {

class Clock;

// The order list's filter row: status, payment, placing date (with a range), the customer the list is
// narrowed to (a chip with ✕), and tag. It turns its controls into an OrderFilter (without the search
// text, which lives in the page's toolbar) and shows a filter in its controls; it also keeps what the
// controls cannot show by themselves: several statuses of a saved view and the dashboard's cancel reasons.
class OrderFilterBar : public QToolBar {
    Q_OBJECT

public:
    OrderFilterBar(const Clock &clock, QWidget *parent = nullptr);

    // The filter the controls say (search left empty).
    [[nodiscard]] OrderFilter filter() const;
    // Shows `filter` in the controls without emitting edited().
    void showFilter(const OrderFilter &filter);
    // The conditions of `filter` in words ("with status Shipped, placed today, of Ada Lovelace").
    [[nodiscard]] QString describe(const OrderFilter &filter) const;

    [[nodiscard]] QString customerId() const { return m_customerId; }
    // Narrows to a customer (empty: every customer); their name is forgotten until setCustomerName().
    void setCustomer(const QString &customerId);
    [[nodiscard]] QString customerName() const { return m_customerName; }
    void setCustomerName(const QString &name);
    // The tags suggested by the tag filter; what is typed there stays.
    void setKnownTags(const QStringList &tags);
    // Actions at the bar's right end (a saved view's Save and Delete).
    void addTrailingActions(const QList<QAction *> &actions);

    [[nodiscard]] QComboBox *statusFilter() const { return m_statusFilter; }
    [[nodiscard]] QComboBox *paymentFilter() const { return m_paymentFilter; }
    [[nodiscard]] QComboBox *tagFilter() const { return m_tagFilter; }
    [[nodiscard]] QComboBox *dateFilter() const { return m_dateFilter; }
    [[nodiscard]] QDateEdit *fromDate() const { return m_fromDate; }
    [[nodiscard]] QDateEdit *untilDate() const { return m_untilDate; }

Q_SIGNALS:
    // A control was changed by the person: apply now.
    void edited();
    // A tag is being typed: apply after a pause in typing.
    void typing();
    // The customer chip's ✕.
    void customerCleared();

private:
    void showDateEdits(bool visible);
    void updateCustomerChip();

    const Clock &m_clock;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_paymentFilter = nullptr;
    QComboBox *m_tagFilter = nullptr;
    QComboBox *m_dateFilter = nullptr;
    QDateEdit *m_fromDate = nullptr;
    QDateEdit *m_untilDate = nullptr;
    QLabel *m_customerChip = nullptr;
    QAction *m_customerChipAction = nullptr;
    QAction *m_fromDateAction = nullptr;
    QAction *m_untilDateAction = nullptr;
    QAction *m_clearCustomer = nullptr;
    QList<OrderStatus> m_viewStatuses; // a saved view's statuses, when more than one
    QList<CancelReason> m_cancelReasons; // from a view or the dashboard
    QString m_customerId;
    QString m_customerName;
};

} // namespace shipshape
