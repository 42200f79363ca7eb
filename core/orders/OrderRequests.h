#pragma once

#include "orders/Address.h"
#include "payment/PaymentMethod.h"

#include <QList>
#include <QString>

#include <optional>

namespace shipshape {

struct OrderItemRequest {
    QString sku;
    qint64 quantity = 0;
    // The price the agent saw ("29.99"); when given it must equal the catalogue's current price.
    std::optional<QString> expectedPrice;
};

// Either an existing customer's UUID, or a name and email (an existing customer with that email is
// reused, otherwise one is created).
struct CustomerReference {
    QString id;
    QString name;
    QString email;
};

struct PlaceOrderRequest {
    CustomerReference customer;
    QList<OrderItemRequest> items;
    Address shippingAddress;
    PaymentMethodType paymentMethod = PaymentMethodType::Invoice;
    QString paymentToken;
    // When set, the placement is idempotent: placing again with a key that already placed an order
    // returns that order instead of placing another (a draft uses its own ID, so a crash between
    // placing and deleting the draft cannot duplicate the order). At most 100 characters.
    QString idempotencyKey;
};

// What to change on an order before shipment. `items` is the complete new set of lines: quantities
// change, missing SKUs are removed, new ones added; reservations follow in the same transaction.
struct ModifyOrderRequest {
    std::optional<QList<OrderItemRequest>> items;
    std::optional<Address> shippingAddress;
    QString note;
};

} // namespace shipshape
