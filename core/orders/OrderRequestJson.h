#pragma once

#include "common/Result.h"
#include "orders/OrderRequests.h"

#include <QByteArray>
#include <QCoreApplication>

namespace shipshape {

// Reads the seed design's order request shape:
// {"customerId" | "customer": {"name","email"}, "items": [{"productId", "quantity", "price"?}],
//  "shippingAddress": {"street","city","state","zip","country"?},
//  "paymentMethod": {"type","token"?,"paymentLink"?}}  ("paymentLink": true with "type": "card" and no token:
//  the customer is emailed a link to pay)
// Errors name the JSON field and value. Prices may be strings ("29.99") or JSON numbers; a number's
// text is taken as the sender wrote it (JsonNumberText) and parsed exactly, never through double. A key
// given twice in one object is refused.
class OrderRequestJson {
    Q_DECLARE_TR_FUNCTIONS(OrderRequestJson)

public:
    static Result<PlaceOrderRequest> parsePlace(const QByteArray &json);
    // The same shape for an exchange's replacement order (docs/fulfillment.md, "Exchanges"): customer,
    // shippingAddress and paymentMethod may be left out, and are then taken from `defaults` (the original
    // order's).
    static Result<PlaceOrderRequest> parseReplacement(const QByteArray &json, const PlaceOrderRequest &defaults);
    static Result<ModifyOrderRequest> parseModify(const QByteArray &json);

private:
    static Result<PlaceOrderRequest> parsePlace(const QByteArray &json, const PlaceOrderRequest *defaults);
};

} // namespace shipshape
