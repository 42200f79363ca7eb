#pragma once

#include "orders/Order.h"
#include "orders/OrderReturn.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace shipshape {

class FieldErrorLabel;
class SessionWorker;

// Opens a return of an order (docs/fulfillment.md, "Returns"): one row per shipped line with how many units
// come back (up to what can still be returned) and why; the reason "other" needs a note. OK stays disabled
// until a unit is chosen and every "other" has its note. Core opens the return on the worker; a refusal is
// shown in the dialog, which stays open; on success it emits returnOpened with the order reloaded and
// closes. Open it with open() so nothing blocks.
class ReturnDialog : public QDialog {
    Q_OBJECT

public:
    ReturnDialog(SessionWorker &worker, const Order &order, QWidget *parent = nullptr);

    // What the form says now: the lines with at least one unit.
    [[nodiscard]] QList<ReturnRequestLine> requestLines() const;
    [[nodiscard]] bool isComplete() const;

    // One row per shipped line, in the order's line order.
    [[nodiscard]] int rowCount() const { return int(m_rows.size()); }
    [[nodiscard]] QString skuAt(int row) const { return m_rows.at(row).sku; }
    QSpinBox *quantityBox(int row) const { return m_rows.at(row).quantity; }
    QComboBox *reasonBox(int row) const { return m_rows.at(row).reason; }
    QLineEdit *noteEdit(int row) const { return m_rows.at(row).note; }
    QPushButton *submitButton() const { return m_submit; }
    FieldErrorLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    void returnOpened(const Order &order);
    void openFailed(const QString &message);

private:
    struct Row {
        QString sku;
        QSpinBox *quantity = nullptr;
        QComboBox *reason = nullptr;
        QLineEdit *note = nullptr;
    };
    void updateState();
    void submit();

    SessionWorker &m_worker;
    qint64 m_orderNumber = 0;
    QList<Row> m_rows;
    QLineEdit *m_returnNote = nullptr;
    FieldErrorLabel *m_error = nullptr;
    QPushButton *m_submit = nullptr;
    bool m_busy = false;
};

} // namespace shipshape
