#pragma once

#include "warehouse/PackState.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace shipshape {

// Asks for the parcel's tracking number (typed, or scanned from the carrier's label: a keyboard-wedge scanner
// types it and Enter) and carrier once the box is complete. Scans keep arriving while it is open, so it
// refuses what is plainly not a tracking number — an order's barcode or an item of this order — with a
// message, and neither ships nor counts anything for it. Enter with a tracking number accepts; Escape cancels.
class PackShipDialog : public QDialog {
    Q_OBJECT

public:
    PackShipDialog(const PackState &state, QWidget *parent = nullptr);

    [[nodiscard]] QString trackingNumber() const;
    [[nodiscard]] QString carrier() const;
    [[nodiscard]] QLineEdit *trackingField() const { return m_tracking; }
    [[nodiscard]] QLineEdit *carrierField() const { return m_carrier; }
    [[nodiscard]] QLabel *problemLabel() const { return m_problem; }

private:
    void submit();
    [[nodiscard]] bool isCodeOfThisOrder(const QString &code) const;

    PackState m_state;
    QLineEdit *m_tracking = nullptr;
    QLineEdit *m_carrier = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace shipshape
