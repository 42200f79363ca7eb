#pragma once

#include "orders/Order.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QPushButton;
class QRadioButton;

namespace shipshape {

// "Mark delivered" when more than one parcel of an order is on its way (docs/fulfillment.md, "Desktop"):
// which parcel arrived, or all of them. Each parcel reads as in the order detail (carrier, tracking number,
// contents). The dialog only asks: the caller delivers choice() through core (open it with open() and read
// it on accepted()).
class DeliverDialog : public QDialog {
    Q_OBJECT

public:
    DeliverDialog(const Order &order, QWidget *parent = nullptr);

    // The parcels on their way, as the order lists them.
    [[nodiscard]] static QList<Shipment> onTheirWay(const Order &order);

    // The parcel chosen, or none for every parcel on its way.
    [[nodiscard]] std::optional<qint64> choice() const;
    // The "every parcel" choice, then one per parcel on its way, in the order's parcel order.
    [[nodiscard]] QRadioButton *everyParcelButton() const;
    [[nodiscard]] QRadioButton *parcelButton(qint64 shipmentId) const;
    [[nodiscard]] QPushButton *deliverButton() const { return m_deliver; }

private:
    QButtonGroup *m_choices = nullptr;
    QList<qint64> m_parcelIds; // button id i (from 1) is parcel m_parcelIds[i - 1]
    QPushButton *m_deliver = nullptr;
};

} // namespace shipshape
