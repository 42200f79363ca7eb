#pragma once

#include "common/Result.h"
#include "orders/OrderReturn.h"
#include "orders/ReturnFilter.h"

#include <QDate>

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

// The returns (RMA, docs/fulfillment.md "Returns"), newest first, filtered by state, reason and age (or, from
// the dashboard, by the period they were opened in), with the actions on the selected one: receive what arrived,
// refund it, reject it, or exchange it for a replacement order. Everything runs on the SessionWorker; core refuses
// what a return's state does not allow and the dialogs show why.
class ReturnsView : public QWidget {
    Q_OBJECT

public:
    explicit ReturnsView(SessionWorker &worker, QWidget *parent = nullptr);

    [[nodiscard]] ReturnTableModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QComboBox *stateFilter() const { return m_stateFilter; }
    [[nodiscard]] QComboBox *reasonFilter() const { return m_reasonFilter; }
    // "Any age", then older than 1, 3, 7 and 14 days (the item's data is the number of days).
    [[nodiscard]] QComboBox *ageFilter() const { return m_ageFilter; }
    // The period the dashboard drilled down to, with its button to drop it; hidden without one.
    [[nodiscard]] QPushButton *clearPeriodButton() const { return m_clearPeriod; }
    [[nodiscard]] const std::optional<std::pair<QDate, QDate>> &period() const { return m_period; }
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

    // Nothing may change the shop (offline, an archive): the actions are off and their tooltips say why;
    // an empty reason gives them back.
    void setReadOnly(const QString &reason);

    // Loads the returns again (F5).
    void refresh();
    // The dashboard's drill-down: the returns opened from `from` to `to` (UTC days, both included), in any
    // state, with a line given `reason` when there is one.
    void showPeriod(QDate from, QDate to, std::optional<ReturnReason> reason = std::nullopt);
    void clearPeriod();
    // The filter the controls stand for; "older than N days" is counted from `now` (left out when `now` is
    // invalid: refresh() counts it from the session's clock).
    [[nodiscard]] ReturnFilter filter(const QDateTime &now) const;
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
    QComboBox *m_reasonFilter = nullptr;
    QComboBox *m_ageFilter = nullptr;
    QPushButton *m_clearPeriod = nullptr;
    std::optional<std::pair<QDate, QDate>> m_period;
    bool m_settingFilters = false;
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
    QString m_readOnlyReason;
};

} // namespace shipshape
