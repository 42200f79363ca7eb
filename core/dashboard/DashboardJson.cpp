#include "dashboard/DashboardJson.h"

#include "orders/OrderStatus.h"
#include "payment/DeclineReasons.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

template <typename T>
QJsonValue optionalValue(const std::optional<T> &value)
{
    if (!value)
        return QJsonValue(QJsonValue::Null);
    if constexpr (std::is_same_v<T, Money>)
        return value->toDecimalString();
    else
        return QJsonValue(*value);
}

} // namespace

QJsonObject DashboardJson::toJson(const KpiFigures &figures)
{
    QJsonArray declines;
    for (const DeclineReasonCount &decline : figures.topDeclineReasons)
        declines.append(QJsonObject{{u"code"_s, decline.code}, {u"label"_s, DeclineReasons::label(decline.code)},
                {u"message"_s, decline.message}, {u"count"_s, decline.count}});
    return QJsonObject{
            {u"ordersPlaced"_s, figures.ordersPlaced},
            {u"ordersConfirmed"_s, figures.ordersConfirmed},
            {u"ordersCancelled"_s, figures.ordersCancelled},
            {u"placementAttempts"_s, figures.placementAttempts},
            {u"revenue"_s, figures.revenue.toDecimalString()},
            {u"refunded"_s, figures.refunded.toDecimalString()},
            {u"averageOrderValue"_s, optionalValue(figures.averageOrderValue)},
            {u"successRate"_s, optionalValue(figures.successRate)},
            {u"placementMedianMs"_s, optionalValue(figures.placementMedianMs)},
            {u"placementP95Ms"_s, optionalValue(figures.placementP95Ms)},
            {u"paymentAttempts"_s, figures.paymentAttempts},
            {u"paymentFailures"_s, figures.paymentFailures},
            {u"paymentFailureRate"_s, optionalValue(figures.paymentFailureRate)},
            {u"topDeclineReasons"_s, declines},
            {u"emailsSent"_s, figures.emailsSent},
            {u"emailsFailed"_s, figures.emailsFailed},
            {u"emailsWaiting"_s, figures.emailsWaiting},
    };
}

QJsonObject DashboardJson::toJson(const DashboardSnapshot &snapshot)
{
    QJsonArray days;
    for (const DailyFigures &day : snapshot.days) {
        days.append(QJsonObject{{u"day"_s, day.day.toString(Qt::ISODate)}, {u"ordersPlaced"_s, day.ordersPlaced},
                {u"ordersCancelled"_s, day.ordersCancelled}, {u"paymentFailures"_s, day.paymentFailures},
                {u"revenue"_s, day.revenue.toDecimalString()}});
    }
    QJsonObject byStatus;
    for (const StatusCount &status : snapshot.byStatus)
        byStatus.insert(OrderLifecycle::key(status.status), status.count);
    QJsonArray topProducts;
    for (const ProductSales &product : snapshot.topProducts) {
        topProducts.append(QJsonObject{{u"sku"_s, product.sku}, {u"name"_s, product.name},
                {u"quantity"_s, product.quantity}, {u"revenue"_s, product.revenue.toDecimalString()}});
    }
    QJsonArray lowStock;
    for (const LowStockProduct &product : snapshot.lowStock) {
        lowStock.append(QJsonObject{{u"sku"_s, product.sku}, {u"name"_s, product.name},
                {u"available"_s, product.available}, {u"threshold"_s, product.threshold}});
    }
    QJsonArray placementTimes;
    for (const LatencyBucket &bucket : snapshot.placementTimes)
        placementTimes.append(QJsonObject{{u"upToMs"_s, optionalValue(bucket.upToMs)}, {u"count"_s, bucket.count}});
    return QJsonObject{
            {u"period"_s,
                    QJsonObject{{u"from"_s, snapshot.period.from.toString(Qt::ISODate)},
                            {u"to"_s, snapshot.period.to.toString(Qt::ISODate)}, {u"days"_s, snapshot.period.days()}}},
            {u"currency"_s, snapshot.currency},
            {u"current"_s, toJson(snapshot.current)},
            {u"previous"_s, toJson(snapshot.previous)},
            {u"awaitingShipment"_s, snapshot.awaitingShipment},
            {u"oldestAwaitingSince"_s,
                    snapshot.oldestAwaitingSince ? QJsonValue(snapshot.oldestAwaitingSince->toString(Qt::ISODateWithMs))
                                                 : QJsonValue(QJsonValue::Null)},
            {u"days"_s, days},
            {u"byStatus"_s, byStatus},
            {u"topProducts"_s, topProducts},
            {u"lowStock"_s, lowStock},
            {u"placementTimes"_s, placementTimes},
            {u"computedAt"_s, snapshot.computedAt.toString(Qt::ISODateWithMs)},
    };
}

} // namespace shipshape
