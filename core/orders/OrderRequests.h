#pragma once

#include "common/Money.h"
#include "orders/Address.h"
#include "orders/CancelMoney.h"
#include "payment/PaymentMethod.h"
#include "payment/RefundMethod.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace shipshape {

struct OrderItemRequest {
    QString sku;
    qint64 quantity = 0;
    // The price the agent saw ("29.99"); when given it must equal the catalogue's current price.
    std::optional<QString> expectedPrice;
    // An imported order's line (OrderImport): the unit price the customer paid in the other system ("29.99"),
    // in the product's currency, taken instead of the catalogue's price. The order is that sale's record.
    // Empty for every other order. A plain QString, not an optional: GCC 12 at -O3 warns that a copied
    // std::optional<QString> "may be used uninitialized" wherever the struct is brace-initialised.
    QString soldAtPrice = {};
};

// A discount as given ({"type": "percent", "value": "10"} or {"type": "amount", "value": "5.00"}), on one
// line when `sku` is set, else on the whole order; with a code or a staff reason (at least one).
struct DiscountRequest {
    QString type;
    QString value;
    QString sku;
    QString code;
    QString reason;

    friend bool operator==(const DiscountRequest &, const DiscountRequest &) = default;
};

// A shipping fee line: a method name and an amount ("4.95").
struct ShippingRequest {
    QString method;
    QString amount;

    friend bool operator==(const ShippingRequest &, const ShippingRequest &) = default;
};

// Either an existing customer's UUID, or a name and email (an existing customer with that email is
// reused, otherwise one is created).
struct CustomerReference {
    QString id;
    QString name;
    QString email;
    QString phone = {}; // as typed; optional. Checked and normalised to E.164 (PhoneNumbers) when the order is placed
};

// Where an imported order comes from (OrderImport): the source staff named and the other system's order id,
// unique together (order_imports), and when the other system took the order, if the file said.
struct ImportedOrderOrigin {
    QString source;
    QString externalId;
    std::optional<QDateTime> placedAt;
};

struct PlaceOrderRequest {
    CustomerReference customer;
    QList<OrderItemRequest> items;
    Address shippingAddress;
    PaymentMethodType paymentMethod = PaymentMethodType::Invoice;
    QString paymentToken;
    // Card without a token: the customer is emailed a payment link (a Stripe Checkout Session) and the
    // order waits for it, holding its stock as long as the link is valid.
    bool paymentLink = false;
    QList<DiscountRequest> discounts;
    std::optional<ShippingRequest> shipping;
    // When set, the placement is idempotent: placing again with a key that already placed an order
    // returns that order instead of placing another (a draft uses its own ID, so a crash between
    // placing and deleting the draft cannot duplicate the order). At most 100 characters.
    QString idempotencyKey;
    // Set for an order imported from another system: placement records the origin in the same unit of work
    // and refuses an origin that was already imported.
    std::optional<ImportedOrderOrigin> importedFrom = {};
};

// What to change on an order before shipment. The lines change either with `items`, the complete new set
// (quantities change, missing SKUs are removed, new ones added), or with the changes relative to the
// order's lines (`add`, `remove`, `quantities`), which are resolved against the order as it stands inside
// the edit's transaction, so an edit made meanwhile on another desk is never undone. Reservations follow in
// the same transaction.
struct ModifyOrderRequest {
    std::optional<QList<OrderItemRequest>> items;
    // Products to add; a SKU already on the order gets the quantity added to its line.
    QList<OrderItemRequest> add;
    // SKUs whose lines are removed.
    QStringList remove;
    // New quantities of lines already on the order, by SKU (0 removes the line).
    QMap<QString, qint64> quantities;
    std::optional<Address> shippingAddress;
    // The complete new set of discounts (empty list: none), and the new shipping fee.
    std::optional<QList<DiscountRequest>> discounts;
    std::optional<ShippingRequest> shipping;
    // Unit prices staff set by hand, by SKU ("12.00"), for lines the order has after the edit; an
    // override needs a reason (the note) and stays with the line through later edits.
    QMap<QString, QString> prices;
    QString note;
};

// A refund staff made outside Shipshape (a bank transfer back, cash over the counter) and now record.
struct ManualRefundRequest {
    RefundMethod method = RefundMethod::BankTransfer;
    std::optional<Money> amount; // empty: everything that can still be refunded
    QString reference; // the transfer's reference, a receipt number; at most 200 characters
    QString reason; // at most 500 characters
};

// What happens to money already paid when an order is cancelled (`refund` when the choice is to
// record a refund made outside Shipshape).
struct CancelSettlement {
    CancelMoney money = CancelMoney::Later;
    ManualRefundRequest refund;
};

} // namespace shipshape
