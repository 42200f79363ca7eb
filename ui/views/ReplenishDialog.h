#pragma once

#include "inventory/Product.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace shipshape {

// Asks how much of a product arrived and why (a delivery, a purchase order). It does not change stock
// itself: it emits submitted() and stays open, showing core's refusal if there is one, until the owner
// closes it after the change succeeded. Open it with open() so nothing blocks.
class ReplenishDialog : public QDialog {
    Q_OBJECT

public:
    explicit ReplenishDialog(const Product &product, QWidget *parent = nullptr);

    [[nodiscard]] const QString &sku() const { return m_sku; }
    [[nodiscard]] qint64 quantity() const;
    [[nodiscard]] QString reason() const;
    void showError(const QString &message);
    // While core works on it: the form cannot be sent twice.
    void setBusy(bool busy);

    QSpinBox *quantityBox() const { return m_quantity; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *replenishButton() const { return m_submit; }
    QLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    void submitted(const QString &sku, qint64 quantity, const QString &reason);

private:
    QString m_sku;
    QSpinBox *m_quantity = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_submit = nullptr;
};

} // namespace shipshape
