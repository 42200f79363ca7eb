#pragma once

#include "common/Error.h"
#include "inventory/Product.h"
#include "inventory/StockMovement.h"
#include "orders/Order.h"
#include "orders/OrderQuery.h"

#include <QJsonObject>

namespace shipshape {

// The JSON shapes `shipshape-cli --json` prints. Amounts are decimal strings in the order's currency.
namespace OrderJson {
QJsonObject order(const Order &order);
QJsonObject summary(const OrderSummary &summary);
QJsonObject product(const Product &product);
QJsonObject movement(const StockMovement &movement);
// A return: {id, order, state, note, lines[{sku, quantity, reason, note, restocked, writtenOff, refund}],
// refunded (null until refunded), restockingFee, shipping, openedAt, receivedAt, rejectedAt, rejectReason,
// refundedAt}.
QJsonObject orderReturn(const OrderReturn &orderReturn);
QJsonObject error(const Error &error);
} // namespace OrderJson

} // namespace shipshape
