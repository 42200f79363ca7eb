#pragma once

#include "common/Result.h"
#include "inventory/Product.h"
#include "orders/Order.h"
#include "warehouse/PickList.h"

#include <QCoreApplication>
#include <QHash>

namespace shipshape {

// Batches orders into a pick list: pure (no database), so the same orders always give the same walk.
// Only confirmed orders are picked (paid and not shipped; a partly shipped one for what is left); anything
// else is refused naming the order, since picking it would take stock a shipment cannot consume.
class PickListBuilder {
    Q_DECLARE_TR_FUNCTIONS(PickListBuilder)

public:
    // `products` by SKU supplies barcodes (and current names); a SKU missing from it keeps the line's name.
    static Result<PickList> build(const QList<Order> &orders, const QHash<QString, Product> &products,
            const QDateTime &createdAt, const QString &createdBy);

    // Natural order of walking keys ("A-2" before "A-10"), the same for every locale.
    static bool walksBefore(const QString &a, const QString &b);
};

} // namespace shipshape
