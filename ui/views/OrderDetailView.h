#pragma once

#include "common/Async.h"
#include "orders/Order.h"
#include "orders/OrderPolicy.h"
#include "orders/OrderRequests.h"
#include "staff/Permissions.h"
#include "views/CancelOrderForm.h"
#include "views/RecordRefundForm.h"
#include "views/ShipDialog.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QListView;
class QPushButton;
class QTableView;
class QToolButton;

namespace shipshape {

class CancelLinesDialog;
class DeliverDialog;
class LineItemModel;
class OrderEditDialog;
class ReturnDialog;
class OrderTagEditor;
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

    // Test hooks: answer the next confirmation or form instead of a person. A parcel without lines ships
    // everything still unshipped.
    using ShipAnswer = ShipDialog::Parcel;
    using RecordRefundAnswer = RecordRefundForm::Answer;
    using CancelAnswer = CancelOrderForm::Answer;
    // A refund of `amount` (a decimal such as "12.50").
    struct RefundAnswer {
        QString amount;
    };
    void setNextShipAnswer(std::optional<ShipAnswer> answer) { m_nextShip = std::move(answer); }
    void setNextCancelAnswer(std::optional<CancelAnswer> answer) { m_nextCancel = std::move(answer); }
    void setNextRefundAnswer(std::optional<RefundAnswer> answer) { m_nextRefund = std::move(answer); }
    void setNextRecordRefundAnswer(std::optional<RecordRefundAnswer> answer) { m_nextRecordRefund = std::move(answer); }
    void setNextNoteAnswer(std::optional<QString> note) { m_nextNote = std::move(note); }
    void setNextSavePath(std::optional<QString> path) { m_nextSavePath = std::move(path); }
    void setConfirmAutomatically(bool yes) { m_autoConfirm = yes; }

    // What the person typed in a dialog whose action core refused: offered again when it reopens.
    [[nodiscard]] const QString &noteDraft() const { return m_noteDraft; }
    [[nodiscard]] const QString &refundDraft() const { return m_refundDraft; }
    [[nodiscard]] const std::optional<RecordRefundAnswer> &recordRefundDraft() const { return m_recordRefundDraft; }
    [[nodiscard]] const std::optional<ShipAnswer> &shipDraft() const { return m_shipDraft; }

    QPushButton *markPaidButton() const { return m_markPaid; }
    QPushButton *shipButton() const { return m_ship; }
    QPushButton *deliverButton() const { return m_deliver; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *cancelLinesButton() const { return m_cancelLines; }
    // The dialogs of Ship…, Mark delivered (with more than one parcel on its way) and Cancel lines… while
    // they are open.
    ShipDialog *shipDialog() const { return m_shipDialog; }
    DeliverDialog *deliverDialog() const;
    CancelLinesDialog *cancelLinesDialog() const;
    QPushButton *refundButton() const { return m_refund; }
    QPushButton *recordRefundButton() const { return m_recordRefund; }
    QPushButton *keepCreditButton() const { return m_keepCredit; }
    QPushButton *sendPaymentLinkButton() const { return m_sendLink; }
    QPushButton *modifyButton() const { return m_modify; }
    // The "Edit order" dialog while it is open (modifyButton opens it).
    OrderEditDialog *editDialog() const;
    QPushButton *returnButton() const { return m_return; }
    // The "Return" dialog while it is open (returnButton opens it).
    ReturnDialog *returnDialog() const;
    QPushButton *noteButton() const { return m_note; }
    QPushButton *resendButton() const { return m_resend; }
    QPushButton *packingSlipButton() const { return m_packingSlip; }
    QPushButton *invoiceButton() const { return m_invoice; }
    QLabel *paymentLabel() const { return m_payment; }
    OrderTagEditor *tagEditor() const { return m_tags; }
    LineItemModel *lineModel() const { return m_lines; }
    QTableView *lineView() const { return m_linesView; }

Q_SIGNALS:
    void orderChanged(qint64 number);
    void actionFailed(const QString &message);
    // Something worth a line in the status bar that is not a failure ("PDF saved to …").
    void actionSucceeded(const QString &message);
    // "Orders of this customer": the list should show only theirs.
    void customerOrdersRequested(const QString &customerId);

private:
    void markPaid();
    void ship();
    void shipParcel(const ShipAnswer &parcel);
    void deliver();
    void deliverParcel(std::optional<qint64> shipmentId);
    void cancelOrder();
    void openCancelLines();
    void refund();
    void recordRefund();
    void keepAsCredit();
    void sendPaymentLink();
    void modify();
    void openReturn();
    void addNote();
    void changeTag(const QString &tag, bool adding);
    void resendEmail();
    void savePackingSlip();
    void saveInvoice();
    void loadStock();
    bool confirm(const QString &question);
    void showError(const QString &message);
    std::optional<QString> askSavePath(const QString &title, const QString &suggestedName);
    // `onSuccess` runs after the order is shown again (e.g. to forget a draft).
    void runAction(const QString &what, std::function<Result<Order>(class Session &)> job,
            std::function<void()> onSuccess = {});
    // A payment action: its result comes once the provider answered (the worker holds its queue until then).
    void runAction(const QString &what, std::function<AsyncResult<Order>(class Session &)> job,
            std::function<void()> onSuccess = {});
    void updateActions();
    struct PolicyButton {
        QPushButton *button = nullptr;
        OrderAction action = OrderAction::AddNote;
        QString description; // the tooltip while the action is allowed
    };

    SessionWorker &m_worker;
    std::optional<Order> m_order;
    QList<PolicyButton> m_policyButtons;
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
    QPushButton *m_cancelLines = nullptr;
    QPushButton *m_refund = nullptr;
    QPushButton *m_recordRefund = nullptr;
    QPushButton *m_keepCredit = nullptr;
    QPushButton *m_sendLink = nullptr;
    QPushButton *m_modify = nullptr;
    QPushButton *m_return = nullptr;
    QPushButton *m_note = nullptr;
    QPushButton *m_resend = nullptr;
    QPushButton *m_packingSlip = nullptr;
    QPushButton *m_invoice = nullptr;
    QPushButton *m_customerOrders = nullptr;
    QLabel *m_payment = nullptr;
    OrderTagEditor *m_tags = nullptr;
    std::optional<ShipAnswer> m_nextShip;
    std::optional<CancelAnswer> m_nextCancel;
    std::optional<RefundAnswer> m_nextRefund;
    std::optional<RecordRefundAnswer> m_nextRecordRefund;
    std::optional<RecordRefundAnswer> m_recordRefundDraft;
    std::optional<QString> m_nextNote;
    std::optional<QString> m_nextSavePath;
    QString m_noteDraft;
    QString m_refundDraft;
    QPointer<OrderEditDialog> m_editDialog;
    QPointer<ReturnDialog> m_returnDialog;
    QPointer<ShipDialog> m_shipDialog;
    QPointer<DeliverDialog> m_deliverDialog;
    QPointer<CancelLinesDialog> m_cancelLinesDialog;
    // The GTINs of the shown order's products by SKU, for the Ship dialog's scanner field.
    QHash<QString, QString> m_barcodes;
    std::optional<ShipAnswer> m_shipDraft;
    QString m_cancelNoteDraft;
    bool m_autoConfirm = false;
    bool m_busy = false;
    Permissions m_permissions = Permissions::everything({});
};

} // namespace shipshape
