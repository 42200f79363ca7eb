#pragma once

#include "common/Result.h"
#include "orders/OrderReturn.h"

#include <QPointer>
#include <QWidget>

#include <optional>
#include <type_traits>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace shipshape {

class ReturnExchangeDialog;
class ReturnReceiveDialog;
class ReturnRefundDialog;
class ReturnTableModel;
class SessionWorker;

// The returns (RMA, docs/fulfillment.md "Returns"), newest first, filtered by state, with the actions on
// the selected one: receive what arrived, refund it, reject it, or exchange it for a replacement order. Everything runs
// on the SessionWorker; core refuses what a return's state does not allow and the dialogs show why.
class ReturnsView : public QWidget {
    Q_OBJECT

public:
    explicit ReturnsView(SessionWorker &worker, QWidget *parent = nullptr);

    [[nodiscard]] ReturnTableModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QComboBox *stateFilter() const { return m_stateFilter; }
    [[nodiscard]] QPushButton *receiveButton() const { return m_receive; }
    [[nodiscard]] QPushButton *refundButton() const { return m_refund; }
    [[nodiscard]] QPushButton *rejectButton() const { return m_reject; }
    [[nodiscard]] QPushButton *exchangeButton() const { return m_exchange; }
    // The dialogs while they are open (the buttons open them; the refund dialog once its order is loaded).
    [[nodiscard]] ReturnReceiveDialog *receiveDialog() const;
    [[nodiscard]] ReturnRefundDialog *refundDialog() const;
    [[nodiscard]] ReturnExchangeDialog *exchangeDialog() const;
    // Test hook: the reason for the next rejection instead of asking a person.
    void setNextRejectReason(std::optional<QString> reason) { m_nextRejectReason = std::move(reason); }

    // Loads the returns again (F5).
    void refresh();
    // Selects the return with this id once it is listed.
    void selectReturn(qint64 returnId);
    // The actions the buttons take on the selected return.
    void receiveSelected();
    void refundSelected();
    void rejectSelected();
    void exchangeSelected();

Q_SIGNALS:
    // A load finished (successfully or not).
    void loaded();
    // A return was received, refunded or rejected.
    void returnChanged(qint64 returnId, qint64 orderNumber);
    void actionFailed(const QString &message);
    // Double-click on a row: the main window opens that order.
    void openOrderRequested(qint64 orderNumber);

private:
    [[nodiscard]] std::optional<OrderReturn> selectedReturn() const;
    void updateActions();
    void finished(const OrderReturn &orderReturn);
    // Core answered an action taken in `dialog` (null once it was closed): a refusal goes into the dialog,
    // a success closes it and reloads the list.
    template <typename Dialog>
    void settle(const Result<OrderReturn> &result, Dialog *dialog,
            void (*showRefusal)(std::type_identity_t<Dialog> *, const QString &));

    SessionWorker &m_worker;
    ReturnTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_receive = nullptr;
    QPushButton *m_refund = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_exchange = nullptr;
    QLabel *m_status = nullptr;
    QPointer<ReturnReceiveDialog> m_receiveDialog;
    QPointer<ReturnRefundDialog> m_refundDialog;
    QPointer<ReturnExchangeDialog> m_exchangeDialog;
    std::optional<QString> m_nextRejectReason;
    qint64 m_selectAfterLoad = 0;
    bool m_busy = false;
};

} // namespace shipshape
