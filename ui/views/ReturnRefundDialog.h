#pragma once

#include "orders/Order.h"
#include "orders/OrderReturns.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace shipshape {

class FieldErrorLabel;

// Asks how a received return is refunded: a restocking fee kept by the shop (empty: none), whether the
// shipping goes back too, and for an order paid by hand how the money went back (the method and its
// reference; core requires them). It does not refund anything itself: it emits submitted() and stays open,
// showing core's refusal if there is one, until the owner closes it. Open it with open() so nothing blocks.
class ReturnRefundDialog : public QDialog {
    Q_OBJECT

public:
    ReturnRefundDialog(const OrderReturn &orderReturn, const Order &order, QWidget *parent = nullptr);

    [[nodiscard]] qint64 returnId() const { return m_returnId; }
    // The request as typed; an amount that does not parse is an error naming the fee.
    [[nodiscard]] Result<ReturnRefundRequest> request() const;
    void showError(const QString &message);
    void setBusy(bool busy);

    QLineEdit *feeEdit() const { return m_fee; }
    QCheckBox *shippingBox() const { return m_shipping; }
    // Only for an order paid by hand (hidden otherwise).
    QComboBox *methodBox() const { return m_method; }
    QLineEdit *referenceEdit() const { return m_reference; }
    QPushButton *submitButton() const { return m_submit; }
    FieldErrorLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    void submitted(qint64 returnId, const ReturnRefundRequest &request);

private:
    qint64 m_returnId = 0;
    Currency m_currency;
    bool m_manual = false;
    QLineEdit *m_fee = nullptr;
    QCheckBox *m_shipping = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_reference = nullptr;
    FieldErrorLabel *m_error = nullptr;
    QPushButton *m_submit = nullptr;
};

} // namespace shipshape
