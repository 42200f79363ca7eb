#pragma once

#include "orders/Order.h"
#include "orders/Shipment.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace shipshape {

class FieldErrorLabel;
class LineTableView;
class SessionWorker;
class UnshippedLineModel;

// "Cancel lines" of a pending or confirmed order (docs/fulfillment.md, "Cancel lines"): per line still to
// ship, how many of its unshipped units to take off (0 to what is left), one reason and a note. Core
// cancels them on the worker (OrderService::cancelLines) and prices the order again; core has no preview
// of that, so the new total and the refund owed are shown from its result, in the dialog, which then only
// closes. A refusal is shown in the dialog and nothing is written. Open it with open() so nothing blocks.
class CancelLinesDialog : public QDialog {
    Q_OBJECT

public:
    CancelLinesDialog(SessionWorker &worker, const Order &order, QWidget *parent = nullptr);

    [[nodiscard]] QList<ShipmentLine> chosenLines() const;
    [[nodiscard]] bool isComplete() const;

    [[nodiscard]] UnshippedLineModel *lineModel() const { return m_lines; }
    [[nodiscard]] LineTableView *lineView() const { return m_linesView; }
    // The "cancel" spin box of a row.
    [[nodiscard]] QSpinBox *quantityBox(int row) const;
    [[nodiscard]] QComboBox *reasonBox() const { return m_reason; }
    [[nodiscard]] QLineEdit *noteEdit() const { return m_note; }
    [[nodiscard]] QPushButton *submitButton() const { return m_submit; }
    [[nodiscard]] QPushButton *closeButton() const { return m_close; }
    [[nodiscard]] FieldErrorLabel *errorLabel() const { return m_error; }
    // The new total and refund owed once core cancelled the units; empty before.
    [[nodiscard]] QLabel *resultLabel() const { return m_result; }

Q_SIGNALS:
    // Core cancelled the units: the order as it is now, and the result in words.
    void linesCancelled(const Order &order, const QString &summary);
    void cancelFailed(const QString &message);

private:
    void updateState();
    void submit();
    void showResult(const Order &order);

    SessionWorker &m_worker;
    qint64 m_orderNumber = 0;
    Money m_totalBefore;
    UnshippedLineModel *m_lines = nullptr;
    LineTableView *m_linesView = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_note = nullptr;
    FieldErrorLabel *m_error = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_close = nullptr;
    bool m_busy = false;
    bool m_done = false;
};

} // namespace shipshape
