#pragma once

#include "bulk/BulkOrderRunner.h"
#include "orders/OrderQuery.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QTableWidget;

namespace shipshape {

// The carrier and tracking number for one order of a bulk shipment.
struct BulkShipLine {
    qint64 number = 0;
    QString carrier;
    QString tracking;
};

// Lists the orders to ship with a carrier and a tracking number each; a carrier chosen at the top
// fills every row. Rows left without a tracking number are sent as they are and core refuses them,
// which the bulk report then shows. Selected orders that cannot ship (`refused`, with OrderPolicy's
// reason) are named below the table and are not sent.
class BulkShipDialog : public QDialog {
    Q_OBJECT

public:
    BulkShipDialog(
            const QList<OrderSummary> &orders, const QList<BulkOrderOutcome> &refused = {}, QWidget *parent = nullptr);

    [[nodiscard]] QList<BulkShipLine> lines() const;
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    // "Not shipped: …", shown while some selected orders cannot ship.
    [[nodiscard]] QLabel *refusedLabel() const { return m_refused; }

private:
    QTableWidget *m_table = nullptr;
    QComboBox *m_carrier = nullptr;
    QLabel *m_refused = nullptr;
    QList<qint64> m_numbers;
};

} // namespace shipshape
