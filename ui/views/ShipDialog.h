#pragma once

#include "orders/Order.h"
#include "orders/Shipment.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace shipshape {

class FieldErrorLabel;
class LineTableView;
class UnshippedLineModel;

// "Ship order #N" (docs/fulfillment.md, "Desktop"): one parcel of a confirmed order. Each line still to
// ship has a "ship now" count (0 to what is left; everything left to start with), typed in its spin box
// or counted by scanning: a keyboard-wedge scanner types the SKU or the product's barcode into the scan
// field and presses Enter, and that line's count goes up by one while the focus stays in the field. In
// scan mode the counts start at 0 (the first scan turns it on); an unknown code or one unit too many is
// refused with a message and a beep and counts nothing. Carrier and tracking number are asked too; Ship
// stays disabled until a unit is chosen and the tracking number is given. The dialog only asks: the
// caller ships parcel() through core (open it with open() and read it on accepted()).
class ShipDialog : public QDialog {
    Q_OBJECT

public:
    // One parcel as asked: no lines means everything still unshipped (the order detail's test hook).
    struct Parcel {
        QString tracking;
        QString carrier;
        QList<ShipmentLine> lines{}; // none: everything still unshipped
    };

    ShipDialog(const Order &order, QWidget *parent = nullptr);

    // What was asked before core refused it: the tracking, carrier and counts come back.
    void setDraft(const Parcel &draft);
    // The products' GTINs by SKU, so that a scanned barcode finds its line; may come after opening.
    void setBarcodes(const QHash<QString, QString> &barcodes);

    [[nodiscard]] Parcel parcel() const;
    [[nodiscard]] bool isComplete() const;

    [[nodiscard]] UnshippedLineModel *lineModel() const { return m_lines; }
    [[nodiscard]] LineTableView *lineView() const { return m_linesView; }
    // The "ship now" spin box of a row.
    [[nodiscard]] QSpinBox *quantityBox(int row) const;
    [[nodiscard]] QLineEdit *scanField() const { return m_scan; }
    [[nodiscard]] QCheckBox *scanModeBox() const { return m_scanMode; }
    // What the last scan did ("MUG-1: 2 of 3"); a refusal shows in scanError() instead.
    [[nodiscard]] QLabel *scanStatus() const { return m_scanStatus; }
    [[nodiscard]] FieldErrorLabel *scanError() const { return m_scanError; }
    [[nodiscard]] QLineEdit *trackingEdit() const { return m_tracking; }
    [[nodiscard]] QComboBox *carrierBox() const { return m_carrier; }
    [[nodiscard]] QPushButton *shipButton() const { return m_ship; }

Q_SIGNALS:
    // A scanned code counted nothing (unknown, or every unit of its line is counted): why, as shown.
    void scanRefused(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scan();
    void refuseScan(const QString &message);
    void setScanMode(bool on);
    void updateState();

    UnshippedLineModel *m_lines = nullptr;
    LineTableView *m_linesView = nullptr;
    QLineEdit *m_scan = nullptr;
    QCheckBox *m_scanMode = nullptr;
    QLabel *m_scanStatus = nullptr;
    FieldErrorLabel *m_scanError = nullptr;
    QLineEdit *m_tracking = nullptr;
    QComboBox *m_carrier = nullptr;
    QLabel *m_units = nullptr;
    QPushButton *m_ship = nullptr;
};

} // namespace shipshape
