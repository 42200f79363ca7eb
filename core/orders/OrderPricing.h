#pragma once

#include "common/Result.h"
#include "orders/Address.h"
#include "orders/LineItem.h"
#include "orders/OrderRequests.h"
#include "pricing/Discount.h"

#include <QCoreApplication>
#include <QHash>

namespace shipshape {

class Database;
struct Order;

// Turns what staff or a storefront asked for into an order's priced parts, from the catalogue and the
// shop's tax rates: lines (every SKU known, every quantity in range, one currency, a price the caller
// expected must be today's, else "stale price"; a line already on the order keeps the price and tax rate it
// was sold at), discounts and the shipping fee. The arithmetic is PriceCalculator's (Order::reprice).
class OrderPricing {
    Q_DECLARE_TR_FUNCTIONS(OrderPricing)

public:
    explicit OrderPricing(Database &database) : m_database(database) {}

    // `destination` chooses the tax rates of new lines.
    Result<QList<LineItem>> priceLines(
            const QList<OrderItemRequest> &items, const Address &destination, const QList<LineItem> &existing = {});
    // Every line at today's rate for `destination` (the address changed to another tax region).
    Status rerateLines(QList<LineItem> &lines, const Address &destination);
    static Result<QList<Discount>> discountsFrom(const QList<DiscountRequest> &requests, const Currency &currency);
    static Status applyShipping(Order &order, const ShippingRequest &request);
    Result<bool> pricesIncludeTax();
    // Copies today's rate for `taxClass` at `destination` onto the line (for a caller that has already read
    // the product, such as the editor's quote, so that each product is read once).
    Status rate(LineItem &line, const QString &taxClass, const Address &destination);

private:
    Database &m_database;
    // Per pricing call: the rate of each tax class for the destination (most orders have one class).
    QHash<QString, std::pair<Rate, QString>> m_rates;
    QString m_ratesFor;
};

} // namespace shipshape
