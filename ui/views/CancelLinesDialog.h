#pragma once

#include "orders/Order.h"
#include "orders/OrderEdits.h"
#include "orders/Shipment.h"

#include <QDialog>
#include <QTimer>

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
// ship, how many of its unshipped units to take off (0 to what is left), one reason and a note. While
// units are chosen, core's preview (OrderService::previewCancelLines: the real cancel, rolled back) shows
// the new total, the stock released and the refund owed; Cancel units has core cancel them on the worker,
// and the result stays in the dialog, which then only closes. A refusal is shown in the dialog and nothing
// is written. Open it with open() so nothing blocks.
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
    // What cancelling the chosen units would do, from core's preview.
    [[nodiscard]] QLabel *previewLabel() const { return m_preview; }

    static constexpr int kPreviewDelayMs = 300;

Q_SIGNALS:
    // Core cancelled the units: the order as it is now, and the result in words.
    void linesCancelled(const Order &order, const QString &summary);
    void cancelFailed(const QString &message);
    // The preview label shows core's answer for the units chosen now.
    void previewUpdated();

private:
    void updateState();
    void submit();
    void showResult(const Order &order);
    void schedulePreview();
    void requestPreview();
    void showPreview(const Result<OrderEditPreview> &preview);

    SessionWorker &m_worker;
    qint64 m_orderNumber = 0;
    Money m_totalBefore;
    UnshippedLineModel *m_lines = nullptr;
    LineTableView *m_linesView = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_note = nullptr;
    FieldErrorLabel *m_error = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_preview = nullptr;
    QTimer m_previewTimer;
    quint64 m_generation = 0; // bumped by every change of the chosen units; a late preview is dropped
    QPushButton *m_submit = nullptr;
    QPushButton *m_close = nullptr;
    bool m_busy = false;
    bool m_done = false;
};

} // namespace shipshape
