#pragma once

#include "common/Result.h"
#include "orders/OrderExchanges.h"
#include "orders/OrderReturn.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace shipshape {

class DraftLineModel;
class FieldErrorLabel;
class LineTableView;
class ProductSearchField;
class SessionWorker;

// Builds the replacement of an exchange (docs/fulfillment.md, "Exchanges"): products and quantities picked
// like in the order editor (the search field takes a scanned SKU), for the customer, address and payment
// method of the return's order. Every change of the lines asks core for the exchange's money (what the
// returned units are worth, the replacement's total, what is left to pay or owed back), shown before staff
// confirm. It does not exchange anything itself: it emits submitted() and stays open, showing core's refusal
// if there is one, until the owner closes it. Open it with open() so nothing blocks.
class ReturnExchangeDialog : public QDialog {
    Q_OBJECT

public:
    ReturnExchangeDialog(SessionWorker &worker, const OrderReturn &orderReturn, const PlaceOrderRequest &defaults,
            QWidget *parent = nullptr);

    [[nodiscard]] qint64 returnId() const { return m_returnId; }
    // The replacement as picked (the defaults with the lines).
    [[nodiscard]] PlaceOrderRequest request() const;
    // Adds one of `sku` (what choosing it in the search field does).
    void addProduct(const QString &sku);
    void showError(const QString &message);
    void setBusy(bool busy);

    [[nodiscard]] DraftLineModel *lines() const { return m_lines; }
    [[nodiscard]] ProductSearchField *productSearch() const { return m_search; }
    [[nodiscard]] QLabel *moneyLabel() const { return m_money; }
    [[nodiscard]] QPushButton *submitButton() const { return m_submit; }
    [[nodiscard]] FieldErrorLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    void submitted(qint64 returnId, const PlaceOrderRequest &replacement);
    // Core answered a preview (shown in moneyLabel or errorLabel).
    void previewed();

private:
    void linesChanged();
    void showMoney(const ExchangeMoney &money);

    SessionWorker &m_worker;
    qint64 m_returnId = 0;
    PlaceOrderRequest m_defaults;
    DraftLineModel *m_lines = nullptr;
    ProductSearchField *m_search = nullptr;
    LineTableView *m_linesView = nullptr;
    QPushButton *m_removeLine = nullptr;
    QLabel *m_money = nullptr;
    FieldErrorLabel *m_error = nullptr;
    QPushButton *m_submit = nullptr;
    quint64 m_previewSerial = 0;
    bool m_busy = false;
};

} // namespace shipshape
