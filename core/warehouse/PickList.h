#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace shipshape {

// One order on a pick list: what the picker puts in its tote.
struct PickListOrder {
    qint64 number = 0;
    QString customerName;
    qint64 units = 0; // unshipped units of all its lines
};

// How many of one SKU one order takes.
struct PickListShare {
    qint64 orderNumber = 0;
    qint64 quantity = 0;
};

// One stop on the walk: a SKU, the total to take from its shelf and how it splits among the orders.
// Bins will join as the walking key (and a column) when stock has locations (issue 17).
struct PickListStop {
    QString sku;
    QString productName;
    QString barcode; // the product's GTIN, empty when it has none
    qint64 quantity = 0;
    QList<PickListShare> shares; // by order number
};

// A batch of confirmed orders to pick in one walk: the orders, and their unshipped lines grouped by SKU in
// walking order (natural order: A-2 before A-10).
struct PickList {
    QDateTime createdAt;
    QString createdBy;
    QList<PickListOrder> orders; // by number
    QList<PickListStop> stops; // walking order

    [[nodiscard]] qint64 units() const
    {
        qint64 total = 0;
        for (const PickListStop &stop : stops)
            total += stop.quantity;
        return total;
    }
};

} // namespace shipshape
