#include "dashboard/KpiCatalogue.h"

#include <algorithm>

namespace shipshape {
namespace {

template <typename T>
KpiValue optionalValue(const std::optional<T> &value)
{
    return value ? KpiValue(*value) : KpiValue();
}

// The targets the shop aims for (docs/dashboard.md): nineteen placements in twenty end in a confirmed
// order, and placing an order takes under two seconds for the median customer and for the slow tail.
constexpr KpiTarget kSuccessTarget{KpiTarget::Bound::AtLeast, 0.95};
constexpr KpiTarget kPlacementTimeTarget{KpiTarget::Bound::Below, 2000};

QList<KpiDefinition> makeCatalogue()
{
    // Not `using enum KpiKind`: its Money would hide the Money class.
    using enum KpiPolarity;
    return {
            {Kpi::Revenue, "revenue_net", "revenue", QT_TRANSLATE_NOOP("KpiCatalogue", "Net revenue (without tax)"),
                    KpiKind::Money, HigherIsBetter, std::nullopt,
                    [](const KpiFigures &f) { return KpiValue(f.revenue); }, nullptr},
            {Kpi::Refunded, "refunded", "refunded", QT_TRANSLATE_NOOP("KpiCatalogue", "Refunded"), KpiKind::Money,
                    LowerIsBetter, std::nullopt, [](const KpiFigures &f) { return KpiValue(f.refunded); }, nullptr},
            {Kpi::OrdersPlaced, "orders_placed", "ordersPlaced", QT_TRANSLATE_NOOP("KpiCatalogue", "Orders placed"),
                    KpiKind::Count, HigherIsBetter, std::nullopt,
                    [](const KpiFigures &f) { return KpiValue(f.ordersPlaced); }, nullptr},
            {Kpi::OrdersConfirmed, "orders_confirmed", "ordersConfirmed",
                    QT_TRANSLATE_NOOP("KpiCatalogue", "Orders confirmed"), KpiKind::Count, HigherIsBetter, std::nullopt,
                    [](const KpiFigures &f) { return KpiValue(f.ordersConfirmed); }, nullptr},
            {Kpi::OrdersCancelled, "orders_cancelled", "ordersCancelled",
                    QT_TRANSLATE_NOOP("KpiCatalogue", "Orders cancelled"), KpiKind::Count, LowerIsBetter, std::nullopt,
                    [](const KpiFigures &f) { return KpiValue(f.ordersCancelled); }, nullptr},
            {Kpi::AverageOrderValue, "average_order_value", "averageOrderValue",
                    QT_TRANSLATE_NOOP("KpiCatalogue", "Average order value"), KpiKind::Money, HigherIsBetter,
                    std::nullopt, [](const KpiFigures &f) { return optionalValue(f.averageOrderValue); }, nullptr},
            {Kpi::PlacementAttempts, "placement_attempts", "placementAttempts",
                    QT_TRANSLATE_NOOP("KpiCatalogue", "Placement attempts"), KpiKind::Count, Neutral, std::nullopt,
                    [](const KpiFigures &f) { return KpiValue(f.placementAttempts); }, nullptr},
            {Kpi::SuccessRate, "order_success_rate", "successRate",
                    QT_TRANSLATE_NOOP("KpiCatalogue", "Order success rate"), KpiKind::Ratio, HigherIsBetter,
                    kSuccessTarget, [](const KpiFigures &f) { return optionalValue(f.successRate); }, nullptr},
            {Kpi::PlacementMedian, "placement_median_ms", "placementMedianMs",
                    QT_TRANSLATE_NOOP("KpiCatalogue", "Placement time, median"), KpiKind::Milliseconds, LowerIsBetter,
                    kPlacementTimeTarget, [](const KpiFigures &f) { return optionalValue(f.placementMedianMs); },
                    nullptr},
            {Kpi::PlacementP95, "placement_p95_ms", "placementP95Ms",
                    QT_TRANSLATE_NOOP("KpiCatalogue", "Placement time, 95th percentile"), KpiKind::Milliseconds,
                    LowerIsBetter, kPlacementTimeTarget,
                    [](const KpiFigures &f) { return optionalValue(f.placementP95Ms); }, nullptr},
            {Kpi::PaymentAttempts, "payment_attempts", "paymentAttempts",
                    QT_TRANSLATE_NOOP("KpiCatalogue", "Card payments started"), KpiKind::Count, Neutral, std::nullopt,
                    [](const KpiFigures &f) { return KpiValue(f.paymentAttempts); }, nullptr},
            {Kpi::PaymentFailures, "payment_failures", "paymentFailures",
                    QT_TRANSLATE_NOOP("KpiCatalogue", "Card payments failed"), KpiKind::Count, LowerIsBetter,
                    std::nullopt, [](const KpiFigures &f) { return KpiValue(f.paymentFailures); }, nullptr},
            {Kpi::PaymentFailureRate, "payment_failure_rate", "paymentFailureRate",
                    QT_TRANSLATE_NOOP("KpiCatalogue", "Card payment failure rate"), KpiKind::Ratio, LowerIsBetter,
                    std::nullopt, [](const KpiFigures &f) { return optionalValue(f.paymentFailureRate); }, nullptr},
            {Kpi::EmailsSent, "emails_sent", "emailsSent", QT_TRANSLATE_NOOP("KpiCatalogue", "Emails sent"),
                    KpiKind::Count, Neutral, std::nullopt, [](const KpiFigures &f) { return KpiValue(f.emailsSent); },
                    nullptr},
            {Kpi::EmailsFailed, "emails_failed", "emailsFailed", QT_TRANSLATE_NOOP("KpiCatalogue", "Emails failed"),
                    KpiKind::Count, LowerIsBetter, std::nullopt,
                    [](const KpiFigures &f) { return KpiValue(f.emailsFailed); }, nullptr},
            {Kpi::EmailsWaiting, "emails_waiting", "emailsWaiting", QT_TRANSLATE_NOOP("KpiCatalogue", "Emails waiting"),
                    KpiKind::Count, Neutral, std::nullopt,
                    [](const KpiFigures &f) { return KpiValue(f.emailsWaiting); }, nullptr},
            {Kpi::UnitsReturned, "units_returned", "unitsReturned", QT_TRANSLATE_NOOP("KpiCatalogue", "Units returned"),
                    KpiKind::Count, LowerIsBetter, std::nullopt,
                    [](const KpiFigures &f) { return KpiValue(f.unitsReturned); }, nullptr},
            {Kpi::ReturnRate, "return_rate", "returnRate", QT_TRANSLATE_NOOP("KpiCatalogue", "Return rate"),
                    KpiKind::Ratio, LowerIsBetter, std::nullopt,
                    [](const KpiFigures &f) { return optionalValue(f.returnRate); }, nullptr},
            {Kpi::ApiRequests, "api_requests", "apiRequests", QT_TRANSLATE_NOOP("KpiCatalogue", "API requests"),
                    KpiKind::Count, Neutral, std::nullopt, [](const KpiFigures &f) { return KpiValue(f.apiRequests); },
                    nullptr},
            {Kpi::ApiErrorRate, "api_error_rate", "apiErrorRate", QT_TRANSLATE_NOOP("KpiCatalogue", "API error rate"),
                    KpiKind::Ratio, LowerIsBetter, std::nullopt,
                    [](const KpiFigures &f) { return optionalValue(f.apiErrorRate); }, nullptr},
            {Kpi::ApiOrders, "api_orders", "apiOrders", QT_TRANSLATE_NOOP("KpiCatalogue", "Orders through the API"),
                    KpiKind::Count, HigherIsBetter, std::nullopt,
                    [](const KpiFigures &f) { return KpiValue(f.apiOrders); }, nullptr},
            {Kpi::ApiOrdersBusiestHour, "api_orders_busiest_hour", "apiOrdersBusiestHour",
                    QT_TRANSLATE_NOOP("KpiCatalogue", "API orders in the busiest hour"), KpiKind::Count, Neutral,
                    std::nullopt, [](const KpiFigures &f) { return KpiValue(f.apiOrdersBusiestHour); }, nullptr},
            {Kpi::ApiResponseP95, "api_response_p95_ms", "apiResponseP95Ms",
                    QT_TRANSLATE_NOOP("KpiCatalogue", "API response time, 95th percentile"), KpiKind::Milliseconds,
                    LowerIsBetter, std::nullopt, [](const KpiFigures &f) { return optionalValue(f.apiP95Ms); },
                    nullptr},
            {Kpi::AwaitingShipment, "awaiting_shipment", "awaitingShipment",
                    QT_TRANSLATE_NOOP("KpiCatalogue", "Orders waiting to ship"), KpiKind::Count, Neutral, std::nullopt,
                    nullptr, [](const DashboardSnapshot &s) { return KpiValue(s.awaitingShipment); }},
    };
}

} // namespace

const QList<KpiDefinition> &KpiCatalogue::all()
{
    static const QList<KpiDefinition> catalogue = makeCatalogue();
    return catalogue;
}

const KpiDefinition &KpiCatalogue::definition(Kpi kpi)
{
    const QList<KpiDefinition> &catalogue = all();
    // The catalogue lists the KPIs in enum order (KpiCatalogueTest checks it).
    Q_ASSERT(qsizetype(kpi) < catalogue.size() && catalogue.at(qsizetype(kpi)).kpi == kpi);
    return catalogue.at(qsizetype(kpi));
}

std::optional<Kpi> KpiCatalogue::fromKey(const QString &key)
{
    const QList<KpiDefinition> &catalogue = all();
    const auto found = std::find_if(catalogue.begin(), catalogue.end(),
            [&key](const KpiDefinition &entry) { return key == QLatin1StringView(entry.key); });
    return found == catalogue.end() ? std::nullopt : std::optional<Kpi>(found->kpi);
}

QString KpiCatalogue::key(Kpi kpi)
{
    return QLatin1StringView(definition(kpi).key);
}

QString KpiCatalogue::label(Kpi kpi)
{
    return tr(definition(kpi).label);
}

QString KpiCatalogue::targetText(Kpi kpi, const QString &formattedThreshold)
{
    const std::optional<KpiTarget> &target = definition(kpi).target;
    if (!target)
        return {};
    return target->bound == KpiTarget::Bound::AtLeast ? tr("at least %1").arg(formattedThreshold)
                                                      : tr("under %1").arg(formattedThreshold);
}

QString KpiCatalogue::listingLabel(Kpi kpi, const QString &formattedThreshold)
{
    if (!isPeriodFigure(kpi))
        return tr("%1 (now)").arg(label(kpi));
    if (!definition(kpi).target)
        return label(kpi);
    return tr("%1 (target %2)").arg(label(kpi), targetText(kpi, formattedThreshold));
}

KpiValue KpiCatalogue::current(Kpi kpi, const DashboardSnapshot &snapshot)
{
    const KpiDefinition &entry = definition(kpi);
    return entry.ofPeriod ? entry.ofPeriod(snapshot.current) : entry.now(snapshot);
}

KpiValue KpiCatalogue::previous(Kpi kpi, const DashboardSnapshot &snapshot)
{
    const KpiDefinition &entry = definition(kpi);
    return entry.ofPeriod ? entry.ofPeriod(snapshot.previous) : KpiValue();
}

std::optional<bool> KpiCatalogue::meetsTarget(Kpi kpi, const KpiValue &value)
{
    const std::optional<KpiTarget> &target = definition(kpi).target;
    const std::optional<double> figure = number(value);
    if (!target || !figure)
        return std::nullopt;
    return target->isMetBy(*figure);
}

std::optional<double> KpiCatalogue::number(const KpiValue &value)
{
    if (const auto *count = std::get_if<qint64>(&value))
        return double(*count);
    if (const auto *ratio = std::get_if<double>(&value))
        return *ratio;
    return std::nullopt;
}

} // namespace shipshape
