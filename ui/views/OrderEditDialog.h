#pragma once

#include "common/Result.h"
#include "orders/Order.h"
#include "orders/OrderEdits.h"
#include "orders/OrderRequests.h"
#include "views/LineTableView.h"

#include <QDialog>
#include <QHash>
#include <QTimer>

#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace shipshape {

class OrderEditDiscountModel;
class OrderEditLineModel;
class OrderEditPreviewPanel;
class ProductSearchField;
class SessionWorker;

// "Edit order" on a placed order that has not shipped (docs/pricing.md, "Edits of a placed order"): lines
// and quantities, unit prices set by hand, discounts, the shipping fee and the address, with a reason.
// Every change is previewed by core (OrderService::previewModify, debounced, on the SessionWorker; an
// answer about an earlier state of the form is dropped): the new totals before → after, the stock each SKU
// reserves or releases, the balance due or refund owed and what saving will do with it. A problem core
// finds is shown next to the field it names and keeps "Apply edit" disabled. Applying runs the payment
// workflow's modify (the edit, then the card charged or refunded the difference); a refusal keeps the
// dialog open with everything typed, and an edit that was saved but whose money could not be settled (a
// declined balance charge) says so and shows what the order now owes.
class OrderEditDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int kPreviewDelayMs = 300;

    OrderEditDialog(SessionWorker &worker, const Order &order, QWidget *parent = nullptr);

    // What the form asks for now (only what differs from the order; the note always).
    [[nodiscard]] ModifyOrderRequest request() const;
    [[nodiscard]] bool hasChanges() const;
    // Core's latest preview of the form as it is now (empty while none, or when core refused the edit).
    [[nodiscard]] const std::optional<OrderEditPreview> &preview() const { return m_preview; }
    // The message shown next to a field (core's field name: "note", "shipping.amount",
    // "shippingAddress.zip"; "lines", "discounts", "newDiscount", "addProduct" and "general" for the
    // sections); empty when none.
    [[nodiscard]] QString fieldMessage(const QString &field) const;
    // The figure shown in the preview pane: `row` is subtotal, discount, shipping, tax, total, paid;
    // `column` before or after.
    [[nodiscard]] QString previewText(const QString &row, const QString &column) const;
    [[nodiscard]] QString balanceText() const;
    [[nodiscard]] QString settlementText() const;
    [[nodiscard]] QString stockText() const;
    [[nodiscard]] bool isApplying() const { return m_applying; }
    // Asks for the preview now instead of after the debounce delay.
    void previewNow();
    void applyEdit();

    [[nodiscard]] OrderEditLineModel *lineModel() const { return m_lines; }
    [[nodiscard]] OrderEditDiscountModel *discountModel() const { return m_discounts; }
    [[nodiscard]] QTableView *lineView() const { return m_linesView; }
    [[nodiscard]] QPushButton *applyButton() const { return m_apply; }

public Q_SLOTS:
    // Closing waits while the edit is being applied.
    void reject() override;

Q_SIGNALS:
    // The preview (or core's refusal) of the form as it is now has arrived.
    void previewUpdated();
    // The edit was saved: the order as it is now. The dialog closes, unless the money could not be settled.
    void orderEdited(const shipshape::Order &order);
    // Applying failed; the dialog stays open and says why next to the field concerned.
    void editFailed(const QString &message);

private:
    QWidget *buildLinesSection();
    QWidget *buildDiscountsSection();
    QWidget *buildShippingSection();
    QWidget *buildAddressSection();
    // A field with its message label underneath; the label is found by core's field name.
    QWidget *withMessage(QWidget *field, const QString &fieldName);
    QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName, const QString &text);

    void formEdited();
    void requestPreview();
    void showPreview(const Result<OrderEditPreview> &result);
    void setMessage(const QString &fieldName, const QString &message);
    void clearMessages();
    // Puts core's error next to the field it names (a line, a discount, the address, the reason, …).
    void showError(const Error &error);
    void updateApply();
    void setApplying(bool applying, const QString &status = {});
    void applied(const Result<Order> &result);
    // The edit was saved but settling its money failed: what the order owes now, and what to do.
    void showUnsettled(const Error &error, const Order &now);
    void loadCataloguePrices();
    void addProduct(const QString &sku);
    void addDiscount();
    void refreshDiscountTargets();

    SessionWorker &m_worker;
    const Order m_order;
    std::optional<OrderEditPreview> m_preview;
    // Which state of the form a preview answer is about: answers about an earlier one are dropped.
    quint64 m_generation = 0;
    bool m_previewCurrent = false;
    bool m_applying = false;
    bool m_done = false; // saved, money unsettled: nothing more to apply
    QTimer m_previewTimer;

    OrderEditLineModel *m_lines = nullptr;
    OrderEditDiscountModel *m_discounts = nullptr;
    LineTableView *m_linesView = nullptr;
    QTableView *m_discountsView = nullptr;
    ProductSearchField *m_productSearch = nullptr;
    QPushButton *m_removeLine = nullptr;
    QComboBox *m_discountTarget = nullptr;
    QComboBox *m_discountType = nullptr;
    QLineEdit *m_discountValue = nullptr;
    QLineEdit *m_discountCode = nullptr;
    QLineEdit *m_discountReason = nullptr;
    QPushButton *m_addDiscount = nullptr;
    QPushButton *m_removeDiscount = nullptr;
    QLineEdit *m_shippingMethod = nullptr;
    QLineEdit *m_shippingAmount = nullptr;
    QLineEdit *m_street = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_state = nullptr;
    QLineEdit *m_zip = nullptr;
    QLineEdit *m_country = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    OrderEditPreviewPanel *m_previewPanel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_close = nullptr;
    QWidget *m_form = nullptr;
    QHash<QString, QLabel *> m_messages;
};

} // namespace shipshape
