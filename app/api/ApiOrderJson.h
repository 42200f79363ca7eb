#pragma once

#include "common/Money.h"
#include "inventory/Product.h"
#include "orders/Order.h"
#include "orders/OrderQuery.h"

#include <QJsonObject>
#include <QJsonValue>

namespace shipshape::api {

// The Order API's answers in the contract's shapes (docs/api/openapi.yaml): the seed's Order, with its
// amounts as JSON numbers as the seed has them and, exactly, as integer minor units with the currency
// (totalMinor, priceMinor, currency), which is what a client should compute with.
namespace ApiOrderJson {
QJsonObject order(const Order &order);
QJsonObject summary(const OrderSummary &summary);
QJsonObject availability(const Product &product);
// The amount as a JSON number: the double nearest the exact decimal, which QJsonDocument writes back as
// that decimal ("29.99") for every amount below 2^53 minor units with at most 15 significant digits.
QJsonValue number(const Money &amount);
} // namespace ApiOrderJson

} // namespace shipshape::api
