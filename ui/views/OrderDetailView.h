#pragma once

#include "orders/Order.h"
#include "staff/Permissions.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListView;
class QPushButton;
class QTableView;

namespace shipshape {

class LineItemModel;
class SessionWorker;
class TimelineModel;

// One order: lines, totals, customer, shipping address, payment state and the status timeline, with the
// actions its status allows. Actions run on the SessionWorker; the view shows the result or the error.
class OrderDetailView : public QWidget {
    Q_OBJECT

public:
    OrderDetailView(SessionWorker &worker, QWidget *parent = nullptr);

    // Loads and shows an order (asynchronously).
    void showOrder(qint64 number);
    void setOrder(const Order &order);
    // Offers only the actions the current login may perform (the server enforces the same).
    void setPermissions(const Permissions &permissions);
    [[nodiscard]] const std::optional<Order> &order() const { return m_order; }
    [[nodiscard]] TimelineModel *timelineModel() const { return m_timeline; }

    // Test hooks: answer the next confirmation or form instead of a person.
    struct ShipAnswer {
        QString tracking;
        QString carrier;
    };
    struct CancelAnswer {
        QString reasonKey;
        QString note;
        bool refund = true;
    };
    void setNextShipAnswer(std::optional<ShipAnswer> answer) { m_nextShip = std::move(answer); }
    void setNextCancelAnswer(std::optional<CancelAnswer> answer) { m_nextCancel = std::move(answer); }
    void setConfirmAutomatically(bool yes) { m_autoConfirm = yes; }

    QPushButton *markPaidButton() const { return m_markPaid; }
    QPushButton *shipButton() const { return m_ship; }
    QPushButton *deliverButton() const { return m_deliver; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void orderChanged(qint64 number);
    void actionFailed(const QString &message);

private:
    void markPaid();
    void ship();
    void deliver();
    void cancelOrder();
    void refund();
    bool confirm(const QString &question);
    void runAction(const QString &what, std::function<Result<Order>(class Session &)> job);
    void updateActions();

    SessionWorker &m_worker;
    std::optional<Order> m_order;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_linesView = nullptr;
    QListView *m_timelineView = nullptr;
    LineItemModel *m_lines = nullptr;
    TimelineModel *m_timeline = nullptr;
    QPushButton *m_markPaid = nullptr;
    QPushButton *m_ship = nullptr;
    QPushButton *m_deliver = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_refund = nullptr;
    std::optional<ShipAnswer> m_nextShip;
    std::optional<CancelAnswer> m_nextCancel;
    bool m_autoConfirm = false;
    bool m_busy = false;
    Permissions m_permissions = Permissions::everything({});
};

} // namespace shipshape
