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
QJsonObject error(const Error &error);
} // namespace OrderJson

} // namespace shipshape
