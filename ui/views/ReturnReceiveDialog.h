#pragma once

#include "orders/OrderReturn.h"
#include "orders/Shipment.h"

#include <QDialog>
#include <QList>

class QPushButton;
class QSpinBox;

namespace shipshape {

class FieldErrorLabel;

// Asks what arrived of a requested return: per line, units back on the shelf and units written off
// (together at most what the line holds; units that never arrived are left out). It does not receive
// anything itself: it emits submitted() and stays open, showing core's refusal if there is one, until the
// owner closes it after core received the return. Open it with open() so nothing blocks.
class ReturnReceiveDialog : public QDialog {
    Q_OBJECT

public:
    explicit ReturnReceiveDialog(const OrderReturn &orderReturn, QWidget *parent = nullptr);

    [[nodiscard]] qint64 returnId() const { return m_returnId; }
    [[nodiscard]] QList<ShipmentLine> restock() const;
    [[nodiscard]] QList<ShipmentLine> writeOff() const;
    void showError(const QString &message);
    void setBusy(bool busy);

    [[nodiscard]] int rowCount() const { return int(m_rows.size()); }
    QSpinBox *restockBox(int row) const { return m_rows.at(row).restock; }
    QSpinBox *writeOffBox(int row) const { return m_rows.at(row).writeOff; }
    QPushButton *submitButton() const { return m_submit; }
    FieldErrorLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    void submitted(qint64 returnId, const QList<ShipmentLine> &restock, const QList<ShipmentLine> &writeOff);

private:
    struct Row {
        QString sku;
        qint64 quantity = 0;
        QSpinBox *restock = nullptr;
        QSpinBox *writeOff = nullptr;
    };
    void updateState();

    qint64 m_returnId = 0;
    QList<Row> m_rows;
    FieldErrorLabel *m_error = nullptr;
    QPushButton *m_submit = nullptr;
    bool m_busy = false;
};

} // namespace shipshape
