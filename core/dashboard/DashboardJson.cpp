#include "dashboard/DashboardJson.h"

#include "dashboard/KpiCatalogue.h"
#include "orders/OrderStatus.h"
#include "payment/DeclineReasons.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

template <typename T>
QJsonValue optionalValue(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue kpiValue(const KpiValue &value)
{
    if (const auto *count = std::get_if<qint64>(&value))
        return QJsonValue(*count);
    if (const auto *money = std::get_if<Money>(&value))
        return money->toDecimalString();
    if (const auto *ratio = std::get_if<double>(&value))
        return QJsonValue(*ratio);
    return QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject DashboardJson::toJson(const KpiFigures &figures)
{
    QJsonArray declines;
    for (const DeclineReasonCount &decline : figures.topDeclineReasons)
        declines.append(QJsonObject{{u"code"_s, decline.code}, {u"label"_s, DeclineReasons::label(decline.code)},
                {u"message"_s, decline.message}, {u"count"_s, decline.count}});
    // Every period KPI of the catalogue under its JSON field name, then the decline reasons behind the
    // failures.
    QJsonObject json;
    for (const KpiDefinition &kpi : KpiCatalogue::all()) {
        if (kpi.ofPeriod)
            json.insert(QLatin1StringView(kpi.jsonField), kpiValue(kpi.ofPeriod(figures)));
    }
    json.insert(u"topDeclineReasons"_s, declines);
    json.insert(u"unitsShipped"_s, figures.unitsShipped);
    json.insert(u"apiErrors"_s, figures.apiErrors);
    // The return rate in basis points, exact from the two counts (rounded half up), beside the ratio.
    json.insert(u"returnRateBasisPoints"_s,
            figures.unitsShipped > 0
                    ? QJsonValue((figures.unitsReturned * 20000 + figures.unitsShipped) / (2 * figures.unitsShipped))
                    : QJsonValue(QJsonValue::Null));
    return json;
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
    QJsonArray returnReasons;
    for (const ReturnReasonCount &reason : snapshot.topReturnReasons) {
        returnReasons.append(QJsonObject{{u"reason"_s, ReturnReasons::key(reason.reason)},
                {u"label"_s, ReturnReasons::displayName(reason.reason)}, {u"units"_s, reason.units},
                {u"returns"_s, reason.returns}});
    }
    QJsonObject json{
            {u"period"_s,
                    QJsonObject{{u"from"_s, snapshot.period.from.toString(Qt::ISODate)},
                            {u"to"_s, snapshot.period.to.toString(Qt::ISODate)}, {u"days"_s, snapshot.period.days()}}},
            {u"currency"_s, snapshot.currency},
            {u"current"_s, toJson(snapshot.current)},
            {u"previous"_s, toJson(snapshot.previous)},
            {u"oldestAwaitingSince"_s,
                    snapshot.oldestAwaitingSince ? QJsonValue(snapshot.oldestAwaitingSince->toString(Qt::ISODateWithMs))
                                                 : QJsonValue(QJsonValue::Null)},
            {u"days"_s, days},
            {u"byStatus"_s, byStatus},
            {u"topProducts"_s, topProducts},
            {u"lowStock"_s, lowStock},
            {u"placementTimes"_s, placementTimes},
            {u"topReturnReasons"_s, returnReasons},
            {u"computedAt"_s, snapshot.computedAt.toString(Qt::ISODateWithMs)},
    };
    // The KPIs that tell how things stand now, whatever the period.
    for (const KpiDefinition &kpi : KpiCatalogue::all()) {
        if (kpi.now)
            json.insert(QLatin1StringView(kpi.jsonField), kpiValue(kpi.now(snapshot)));
    }
    return json;
}

} // namespace shipshape
