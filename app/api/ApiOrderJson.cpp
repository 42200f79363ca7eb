#include "api/ApiOrderJson.h"

#include "orders/PaymentStates.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::api::ApiOrderJson {
namespace {

QJsonValue time(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

QJsonValue number(const Money &amount)
{
    return QJsonValue(amount.toDecimalString().toDouble());
}

QJsonObject order(const Order &order)
{
    QJsonArray items;
    for (const LineItem &line : order.lines) {
        items.append(
                QJsonObject{{u"productId"_s, line.sku}, {u"name"_s, line.productName}, {u"quantity"_s, line.quantity},
                        {u"price"_s, number(line.unitPrice)}, {u"priceMinor"_s, line.unitPrice.minorUnits()}});
    }
    QJsonObject body{
            {u"id"_s, order.id},
            {u"number"_s, order.number},
            {u"customerId"_s, order.customer.id},
            {u"status"_s, OrderLifecycle::key(order.status)},
            {u"items"_s, items},
            {u"total"_s, number(order.total)},
            {u"totalMinor"_s, order.total.minorUnits()},
            {u"currency"_s, order.total.currency().code()},
            {u"shippingAddress"_s, order.shippingAddress.toJson()},
            {u"paymentMethod"_s, PaymentMethods::key(order.paymentMethod)},
            {u"paymentState"_s, PaymentStates::key(PaymentStates::of(order))},
            {u"balanceDueMinor"_s, order.balanceDue().minorUnits()},
            {u"createdAt"_s, time(order.placedAt)},
            {u"updatedAt"_s, time(order.updatedAt)},
    };
    return body;
}

QJsonObject summary(const OrderSummary &summary)
{
    return QJsonObject{
            {u"id"_s, summary.id},
            {u"number"_s, summary.number},
            {u"status"_s, OrderLifecycle::key(summary.status)},
            {u"total"_s, number(summary.total)},
            {u"totalMinor"_s, summary.total.minorUnits()},
            {u"currency"_s, summary.total.currency().code()},
            {u"lineCount"_s, summary.lineCount},
            {u"createdAt"_s, time(summary.placedAt)},
    };
}

QJsonObject availability(const Product &product)
{
    return QJsonObject{
            {u"productId"_s, product.sku},
            {u"name"_s, product.name},
            {u"available"_s, std::max<qint64>(0, product.available())},
            {u"inStock"_s, product.available() > 0},
            {u"price"_s, number(product.price)},
            {u"priceMinor"_s, product.price.minorUnits()},
            {u"currency"_s, product.price.currency().code()},
    };
}

} // namespace shipshape::api::ApiOrderJson
