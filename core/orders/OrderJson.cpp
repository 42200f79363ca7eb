#include "orders/OrderJson.h"

#include "orders/PaymentStates.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::OrderJson {
namespace {

QJsonValue time(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonArray shipmentsJson(const Order &order)
{
    QJsonArray shipments;
    for (const Shipment &shipment : order.shipments) {
        QJsonArray lines;
        for (const ShipmentLine &line : shipment.lines)
            lines.append(QJsonObject{{u"sku"_s, line.sku}, {u"quantity"_s, line.quantity}});
        shipments.append(QJsonObject{{u"id"_s, shipment.id},
                {u"carrier"_s, shipment.carrier.isEmpty() ? QJsonValue() : QJsonValue(shipment.carrier)},
                {u"tracking"_s, shipment.trackingNumber}, {u"lines"_s, lines},
                {u"shippedAt"_s, time(shipment.shippedAt)},
                {u"deliveredAt"_s, shipment.deliveredAt ? time(*shipment.deliveredAt) : QJsonValue()}});
    }
    return shipments;
}

QJsonValue optionalTime(const std::optional<QDateTime> &at)
{
    return at ? time(*at) : QJsonValue();
}

} // namespace

QJsonObject orderReturn(const OrderReturn &orderReturn)
{
    QJsonArray lines;
    for (const ReturnLine &line : orderReturn.lines) {
        lines.append(QJsonObject{{u"sku"_s, line.sku}, {u"quantity"_s, line.quantity},
                {u"reason"_s, ReturnReasons::key(line.reason)}, {u"note"_s, line.note},
                {u"restocked"_s, line.restocked}, {u"writtenOff"_s, line.writtenOff},
                {u"refund"_s, line.refund ? QJsonValue(line.refund->toDecimalString()) : QJsonValue()}});
    }
    return QJsonObject{{u"id"_s, orderReturn.id}, {u"order"_s, orderReturn.orderNumber},
            {u"state"_s, ReturnStates::key(orderReturn.state)}, {u"note"_s, orderReturn.note}, {u"lines"_s, lines},
            {u"refunded"_s, orderReturn.refund ? QJsonValue(orderReturn.refund->toDecimalString()) : QJsonValue()},
            {u"restockingFee"_s, orderReturn.restockingFee.toDecimalString()},
            {u"shipping"_s, orderReturn.shippingRefund.toDecimalString()}, {u"openedAt"_s, time(orderReturn.openedAt)},
            {u"openedBy"_s, orderReturn.openedBy}, {u"receivedAt"_s, optionalTime(orderReturn.receivedAt)},
            {u"rejectedAt"_s, optionalTime(orderReturn.rejectedAt)}, {u"rejectReason"_s, orderReturn.rejectReason},
            {u"refundedAt"_s, optionalTime(orderReturn.refundedAt)},
            {u"replacementOrder"_s,
                    orderReturn.replacementOrder ? QJsonValue(*orderReturn.replacementOrder) : QJsonValue()},
            {u"exchangeValue"_s,
                    orderReturn.exchangeValue ? QJsonValue(orderReturn.exchangeValue->toDecimalString())
                                              : QJsonValue()},
            {u"exchangeCredit"_s,
                    orderReturn.exchangeCredit ? QJsonValue(orderReturn.exchangeCredit->toDecimalString())
                                               : QJsonValue()},
            {u"exchangedAt"_s, optionalTime(orderReturn.exchangedAt)}};
}

QJsonObject order(const Order &order)
{
    QJsonArray returnsJson;
    for (const OrderReturn &item : order.returns)
        returnsJson.append(orderReturn(item));
    QJsonArray items;
    for (const LineItem &line : order.lines) {
        items.append(QJsonObject{{u"sku"_s, line.sku}, {u"name"_s, line.productName}, {u"quantity"_s, line.quantity},
                {u"unitPrice"_s, line.unitPrice.toDecimalString()}, {u"lineTotal"_s, line.lineTotal.toDecimalString()},
                {u"discount"_s, line.discount.toDecimalString()}, {u"net"_s, line.net().toDecimalString()},
                {u"tax"_s, line.tax.toDecimalString()}, {u"taxRate"_s, line.taxRate.toPercentString()},
                {u"taxName"_s, line.taxName}, {u"shipped"_s, line.shippedQuantity},
                {u"cancelled"_s, line.cancelledQuantity}});
    }
    QJsonArray discounts;
    for (const Discount &discount : order.discounts) {
        QJsonObject entry{{u"type"_s, Discount::key(discount.kind)},
                {u"value"_s,
                        discount.kind == DiscountKind::Percent ? discount.percent.toPercentString()
                                                               : discount.value.toDecimalString()},
                {u"amount"_s, discount.amount.toDecimalString()}};
        if (!discount.sku.isEmpty())
            entry.insert(u"sku"_s, discount.sku);
        if (!discount.code.isEmpty())
            entry.insert(u"code"_s, discount.code);
        if (!discount.reason.isEmpty())
            entry.insert(u"reason"_s, discount.reason);
        discounts.append(entry);
    }
    QJsonArray taxes;
    for (const Order::TaxLine &tax : order.taxByRate()) {
        taxes.append(QJsonObject{{u"name"_s, tax.name}, {u"rate"_s, tax.rate.toPercentString()},
                {u"base"_s, tax.base.toDecimalString()}, {u"tax"_s, tax.tax.toDecimalString()}});
    }
    const OrderTotals totals = order.totals();
    QJsonArray timeline;
    for (const TimelineEntry &entry : order.timeline) {
        timeline.append(QJsonObject{{u"at"_s, time(entry.at)}, {u"actor"_s, entry.actor}, {u"event"_s, entry.event},
                {u"from"_s, entry.fromStatus ? QJsonValue(OrderLifecycle::key(*entry.fromStatus)) : QJsonValue()},
                {u"to"_s, entry.toStatus ? QJsonValue(OrderLifecycle::key(*entry.toStatus)) : QJsonValue()},
                {u"reason"_s, entry.reason}, {u"details"_s, entry.details}});
    }
    QJsonArray payments;
    for (const PaymentRecord &payment : order.payments) {
        payments.append(QJsonObject{{u"method"_s, PaymentMethods::key(payment.method)},
                {u"amount"_s, payment.amount.toDecimalString()}, {u"reference"_s, payment.reference},
                {u"actor"_s, payment.actor}, {u"at"_s, time(payment.at)}});
    }
    QJsonArray refunds;
    for (const RefundRecord &refund : order.refunds) {
        refunds.append(QJsonObject{{u"amount"_s, refund.amount.toDecimalString()},
                {u"method"_s, RefundMethods::key(refund.method)}, {u"reason"_s, refund.reason},
                {u"refund"_s, refund.providerId.isEmpty() ? QJsonValue() : QJsonValue(refund.providerId)},
                {u"reference"_s, refund.reference}, {u"actor"_s, refund.actor}, {u"at"_s, time(refund.at)}});
    }
    QJsonArray links;
    for (const PaymentLink &link : order.paymentLinks) {
        links.append(QJsonObject{{u"id"_s, link.id}, {u"status"_s, PaymentLinks::key(link.status)},
                {u"amount"_s, link.amount.toDecimalString()}, {u"recipient"_s, link.recipientEmail},
                {u"url"_s, link.url.isEmpty() ? QJsonValue() : QJsonValue(link.url)},
                {u"sessionId"_s, link.sessionId.isEmpty() ? QJsonValue() : QJsonValue(link.sessionId)},
                {u"paymentIntent"_s, link.paymentIntent.isEmpty() ? QJsonValue() : QJsonValue(link.paymentIntent)},
                {u"idempotencyKey"_s, link.idempotencyKey}, {u"expiresAt"_s, time(link.expiresAt)},
                {u"createdAt"_s, time(link.createdAt)}, {u"actor"_s, link.actor}, {u"message"_s, link.message}});
    }
    QJsonArray attempts;
    for (const PaymentAttempt &attempt : order.paymentAttempts) {
        attempts.append(QJsonObject{{u"id"_s, attempt.id}, {u"kind"_s, PaymentAttempts::key(attempt.kind)},
                {u"status"_s, PaymentAttempts::key(attempt.status)}, {u"amount"_s, attempt.amount.toDecimalString()},
                {u"idempotencyKey"_s, attempt.idempotencyKey},
                {u"paymentIntent"_s,
                        attempt.paymentIntent.isEmpty() ? QJsonValue() : QJsonValue(attempt.paymentIntent)},
                {u"providerId"_s, attempt.providerId.isEmpty() ? QJsonValue() : QJsonValue(attempt.providerId)},
                {u"declineCode"_s, attempt.declineCode}, {u"message"_s, attempt.message},
                {u"startedAt"_s, time(attempt.startedAt)},
                {u"durationMs"_s, attempt.durationMs ? QJsonValue(*attempt.durationMs) : QJsonValue()}});
    }
    return QJsonObject{
            {u"id"_s, order.id},
            {u"number"_s, order.number},
            {u"status"_s, OrderLifecycle::key(order.status)},
            {u"fulfillmentState"_s, FulfillmentStates::key(order.fulfillmentState())},
            {u"shipments"_s, shipmentsJson(order)},
            {u"returns"_s, returnsJson},
            {u"replacesReturn"_s, order.replacesReturn ? QJsonValue(*order.replacesReturn) : QJsonValue()},
            {u"exchangeCredit"_s, order.exchangeCredit.toDecimalString()},
            {u"returnCredit"_s, order.returnCredit.toDecimalString()},
            {u"payments"_s, payments},
            {u"refunds"_s, refunds},
            {u"paymentAttempts"_s, attempts},
            {u"currency"_s, order.total.currency().code()},
            {u"subtotal"_s, totals.subtotal.toDecimalString()},
            {u"discountTotal"_s, totals.discount.toDecimalString()},
            {u"shippingTotal"_s, totals.shipping.toDecimalString()},
            {u"taxTotal"_s, totals.tax.toDecimalString()},
            {u"total"_s, order.total.toDecimalString()},
            {u"totalMinor"_s, order.total.minorUnits()},
            {u"pricesIncludeTax"_s, order.pricesIncludeTax},
            {u"discounts"_s, discounts},
            {u"shipping"_s,
                    QJsonObject{{u"method"_s, order.shippingMethod}, {u"amount"_s, totals.shipping.toDecimalString()}}},
            {u"taxes"_s, taxes},
            {u"paid"_s, order.paid.toDecimalString()},
            {u"refunded"_s, order.refunded.toDecimalString()},
            {u"credit"_s, order.credit.toDecimalString()},
            {u"balanceDue"_s, order.balanceDue().toDecimalString()},
            {u"refundOwed"_s, order.refundOwed().toDecimalString()},
            {u"paymentState"_s, PaymentStates::key(PaymentStates::of(order))},
            {u"paymentLinks"_s, links},
            {u"paymentMethod"_s, PaymentMethods::key(order.paymentMethod)},
            {u"customer"_s,
                    QJsonObject{{u"id"_s, order.customer.id}, {u"name"_s, order.customer.name},
                            {u"email"_s, order.customer.email}}},
            {u"items"_s, items},
            {u"shippingAddress"_s, order.shippingAddress.toJson()},
            {u"carrier"_s, order.carrier.isEmpty() ? QJsonValue() : QJsonValue(order.carrier)},
            {u"trackingNumber"_s, order.trackingNumber.isEmpty() ? QJsonValue() : QJsonValue(order.trackingNumber)},
            {u"cancelReason"_s,
                    order.cancelReason ? QJsonValue(CancelReasons::key(*order.cancelReason)) : QJsonValue()},
            {u"placedAt"_s, time(order.placedAt)},
            {u"updatedAt"_s, time(order.updatedAt)},
            {u"reservationExpiresAt"_s, order.reservationExpiresAt ? time(*order.reservationExpiresAt) : QJsonValue()},
            {u"version"_s, order.version},
            {u"timeline"_s, timeline},
            {u"tags"_s, QJsonArray::fromStringList(order.tags)},
    };
}

QJsonObject summary(const OrderSummary &summary)
{
    return QJsonObject{
            {u"id"_s, summary.id},
            {u"number"_s, summary.number},
            {u"placedAt"_s, time(summary.placedAt)},
            {u"customer"_s, QJsonObject{{u"name"_s, summary.customerName}, {u"email"_s, summary.customerEmail}}},
            {u"status"_s, OrderLifecycle::key(summary.status)},
            {u"currency"_s, summary.total.currency().code()},
            {u"total"_s, summary.total.toDecimalString()},
            {u"lines"_s, summary.lineCount},
            {u"paymentMethod"_s, PaymentMethods::key(summary.paymentMethod)},
            {u"paymentState"_s, PaymentStates::key(PaymentStates::of(summary))},
            {u"trackingNumber"_s, summary.trackingNumber.isEmpty() ? QJsonValue() : QJsonValue(summary.trackingNumber)},
            {u"tags"_s, QJsonArray::fromStringList(summary.tags)},
    };
}

QJsonObject product(const Product &product)
{
    return QJsonObject{
            {u"sku"_s, product.sku},
            {u"name"_s, product.name},
            {u"price"_s, product.price.toDecimalString()},
            {u"currency"_s, product.price.currency().code()},
            {u"onHand"_s, product.onHand},
            {u"reserved"_s, product.reserved},
            {u"available"_s, product.available()},
            {u"lowStockThreshold"_s, product.lowStockThreshold},
            {u"lowStock"_s, product.isLowStock()},
            {u"taxClass"_s, product.taxClass},
            {u"barcode"_s, product.barcode.isEmpty() ? QJsonValue() : QJsonValue(product.barcode)},
            {u"updatedAt"_s, time(product.updatedAt)},
    };
}

QJsonObject movement(const StockMovement &movement)
{
    return QJsonObject{
            {u"id"_s, movement.id},
            {u"sku"_s, movement.sku},
            {u"kind"_s, StockMovementKinds::key(movement.kind)},
            {u"onHandDelta"_s, movement.onHandDelta},
            {u"reservedDelta"_s, movement.reservedDelta},
            {u"onHandAfter"_s, movement.onHandAfter},
            {u"reservedAfter"_s, movement.reservedAfter},
            {u"order"_s, movement.orderNumber ? QJsonValue(*movement.orderNumber) : QJsonValue()},
            {u"actor"_s, movement.actor},
            {u"reason"_s, movement.reason},
            {u"at"_s, time(movement.at)},
    };
}

QJsonObject error(const Error &error)
{
    QJsonObject body{{u"code"_s, error.codeName()}, {u"message"_s, error.message}};
    if (!error.field.isEmpty())
        body.insert(u"field"_s, error.field);
    if (!error.value.isEmpty())
        body.insert(u"value"_s, error.value);
    return QJsonObject{{u"error"_s, body}};
}

} // namespace shipshape::OrderJson
