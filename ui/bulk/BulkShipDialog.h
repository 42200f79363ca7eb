#pragma once

#include "orders/OrderQuery.h"

#include <QDialog>
#include <QList>

class QComboBox;
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
// which the bulk report then shows.
class BulkShipDialog : public QDialog {
    Q_OBJECT

public:
    BulkShipDialog(const QList<OrderSummary> &orders, QWidget *parent = nullptr);

    [[nodiscard]] QList<BulkShipLine> lines() const;
    [[nodiscard]] QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
    QComboBox *m_carrier = nullptr;
    QList<qint64> m_numbers;
};

} // namespace shipshape
