#include "dashboard/KpiCatalogue.h"
#include "dashboard/DashboardJson.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

namespace {

Money usd(qint64 cents)
{
    return Money(cents, *Currency::fromCode(u"USD"_s));
}

// Every field of KpiFigures set to a value no other field has, so a KPI reading the wrong field shows.
KpiFigures distinctFigures()
{
    KpiFigures figures;
    figures.ordersPlaced = 101;
    figures.ordersConfirmed = 102;
    figures.ordersCancelled = 103;
    figures.placementAttempts = 104;
    figures.revenue = usd(10500);
    figures.refunded = usd(10600);
    figures.averageOrderValue = usd(10700);
    figures.successRate = 0.108;
    figures.placementMedianMs = 109;
    figures.placementP95Ms = 110;
    figures.paymentAttempts = 111;
    figures.paymentFailures = 112;
    figures.paymentFailureRate = 0.113;
    figures.topDeclineReasons = {DeclineReasonCount{u"insufficient_funds"_s, u"No money."_s, 114}};
    figures.emailsSent = 115;
    figures.emailsFailed = 116;
    figures.emailsWaiting = 117;
    figures.unitsReturned = 119;
    figures.unitsShipped = 120;
    figures.returnRate = 0.121;
    figures.apiRequests = 122;
    figures.apiErrors = 123;
    figures.apiErrorRate = 0.124;
    figures.apiOrders = 125;
    figures.apiOrdersBusiestHour = 126;
    figures.apiP95Ms = 127;
    return figures;
}

TEST(KpiCatalogueTest, KeysAreUniqueAndListedInEnumOrder)
{
    QSet<QString> keys;
    QSet<QString> jsonFields;
    QSet<QString> labels;
    const QList<KpiDefinition> &all = KpiCatalogue::all();
    ASSERT_EQ(all.size(), qsizetype(Kpi::AwaitingShipment) + 1);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const KpiDefinition &kpi = all.at(i);
        EXPECT_EQ(qsizetype(kpi.kpi), i) << kpi.key;
        EXPECT_EQ(&KpiCatalogue::definition(kpi.kpi), &kpi);
        keys.insert(KpiCatalogue::key(kpi.kpi));
        jsonFields.insert(QLatin1StringView(kpi.jsonField));
        labels.insert(KpiCatalogue::label(kpi.kpi));
        EXPECT_EQ(KpiCatalogue::fromKey(KpiCatalogue::key(kpi.kpi)), kpi.kpi);
        // Exactly one way to read it: from a period's figures, or from the snapshot as things stand now.
        EXPECT_NE(kpi.ofPeriod == nullptr, kpi.now == nullptr) << kpi.key;
    }
    EXPECT_EQ(keys.size(), all.size());
    EXPECT_EQ(jsonFields.size(), all.size());
    EXPECT_EQ(labels.size(), all.size());
    EXPECT_EQ(KpiCatalogue::fromKey(u"revenue"_s), std::nullopt);
}

TEST(KpiCatalogueTest, KeepsTheKeysTheKpiTableAndTheJsonReportExpose)
{
    // Scripts read these (the CSV export's first column, `report kpis --json`): they must not change.
    const QStringList keys{u"revenue_net"_s, u"refunded"_s, u"orders_placed"_s, u"orders_confirmed"_s,
            u"orders_cancelled"_s, u"average_order_value"_s, u"placement_attempts"_s, u"order_success_rate"_s,
            u"placement_median_ms"_s, u"placement_p95_ms"_s, u"payment_attempts"_s, u"payment_failures"_s,
            u"payment_failure_rate"_s, u"emails_sent"_s, u"emails_failed"_s, u"emails_waiting"_s, u"units_returned"_s,
            u"return_rate"_s, u"api_requests"_s, u"api_error_rate"_s, u"api_orders"_s, u"api_orders_busiest_hour"_s,
            u"api_response_p95_ms"_s, u"awaiting_shipment"_s};
    QStringList catalogueKeys;
    for (const KpiDefinition &kpi : KpiCatalogue::all())
        catalogueKeys << KpiCatalogue::key(kpi.kpi);
    EXPECT_EQ(catalogueKeys, keys);

    DashboardSnapshot snapshot;
    snapshot.current = distinctFigures();
    snapshot.awaitingShipment = 118;
    const QJsonObject json = DashboardJson::toJson(snapshot);
    const QJsonObject current = json.value(u"current"_s).toObject();
    const QStringList fields = current.keys();
    EXPECT_EQ(QSet<QString>(fields.begin(), fields.end()),
            (QSet<QString>{u"ordersPlaced"_s, u"ordersConfirmed"_s, u"ordersCancelled"_s, u"placementAttempts"_s,
                    u"revenue"_s, u"refunded"_s, u"averageOrderValue"_s, u"successRate"_s, u"placementMedianMs"_s,
                    u"placementP95Ms"_s, u"paymentAttempts"_s, u"paymentFailures"_s, u"paymentFailureRate"_s,
                    u"topDeclineReasons"_s, u"emailsSent"_s, u"emailsFailed"_s, u"emailsWaiting"_s, u"unitsReturned"_s,
                    u"returnRate"_s, u"unitsShipped"_s, u"returnRateBasisPoints"_s, u"apiRequests"_s, u"apiErrors"_s,
                    u"apiErrorRate"_s, u"apiOrders"_s, u"apiOrdersBusiestHour"_s, u"apiResponseP95Ms"_s}));
    EXPECT_EQ(current.value(u"revenue"_s).toString(), u"105.00"_s);
    EXPECT_EQ(current.value(u"ordersPlaced"_s).toInteger(), 101);
    EXPECT_DOUBLE_EQ(current.value(u"successRate"_s).toDouble(), 0.108);
    EXPECT_EQ(current.value(u"placementP95Ms"_s).toInteger(), 110);
    // The previous period knew no placements: no ratio, no percentile, and no made-up zero.
    const QJsonObject previous = json.value(u"previous"_s).toObject();
    EXPECT_TRUE(previous.value(u"successRate"_s).isNull());
    EXPECT_TRUE(previous.value(u"averageOrderValue"_s).isNull());
    EXPECT_EQ(previous.value(u"ordersPlaced"_s).toInteger(), 0);
    EXPECT_EQ(json.value(u"awaitingShipment"_s).toInteger(), 118);
}

TEST(KpiCatalogueTest, EveryFigureOfTheSnapshotIsAKpi)
{
    // A new field in KpiFigures breaks this binding at compile time: give it a catalogue entry (or, like
    // the decline reasons, a reason not to be one), then add it here.
    const KpiFigures figures = distinctFigures();
    const auto &[ordersPlaced, ordersConfirmed, ordersCancelled, placementAttempts, revenue, refunded,
            averageOrderValue, successRate, placementMedianMs, placementP95Ms, paymentAttempts, paymentFailures,
            paymentFailureRate, topDeclineReasons, emailsSent, emailsFailed, emailsWaiting, unitsReturned, unitsShipped,
            returnRate, apiRequests, apiErrors, apiErrorRate, apiOrders, apiOrdersBusiestHour, apiP95Ms]
            = figures;
    const QList<KpiValue> expected{KpiValue(revenue), KpiValue(refunded), KpiValue(ordersPlaced),
            KpiValue(ordersConfirmed), KpiValue(ordersCancelled), KpiValue(*averageOrderValue),
            KpiValue(placementAttempts), KpiValue(*successRate), KpiValue(*placementMedianMs),
            KpiValue(*placementP95Ms), KpiValue(paymentAttempts), KpiValue(paymentFailures),
            KpiValue(*paymentFailureRate), KpiValue(emailsSent), KpiValue(emailsFailed), KpiValue(emailsWaiting),
            KpiValue(unitsReturned), KpiValue(*returnRate), KpiValue(apiRequests), KpiValue(*apiErrorRate),
            KpiValue(apiOrders), KpiValue(apiOrdersBusiestHour), KpiValue(*apiP95Ms)};
    // A list, not a figure: the rows behind paymentFailures.
    EXPECT_EQ(topDeclineReasons.size(), 1);
    // The return rate's denominator: in the JSON beside it (unitsShipped), not a KPI of its own.
    EXPECT_EQ(unitsShipped, 120);
    // The API error rate's numerator: in the JSON beside it (apiErrors).
    EXPECT_EQ(apiErrors, 123);

    DashboardSnapshot snapshot;
    snapshot.current = figures;
    snapshot.awaitingShipment = 118;
    QList<KpiValue> read;
    for (const KpiDefinition &kpi : KpiCatalogue::all()) {
        if (KpiCatalogue::isPeriodFigure(kpi.kpi))
            read << KpiCatalogue::current(kpi.kpi, snapshot);
    }
    EXPECT_EQ(read, expected);
    EXPECT_EQ(KpiCatalogue::current(Kpi::AwaitingShipment, snapshot), KpiValue(qint64(118)));
    // A figure of now has no previous period.
    EXPECT_FALSE(KpiCatalogue::isPeriodFigure(Kpi::AwaitingShipment));
    EXPECT_EQ(KpiCatalogue::previous(Kpi::AwaitingShipment, snapshot), KpiValue());
    EXPECT_EQ(KpiCatalogue::previous(Kpi::OrdersPlaced, snapshot), KpiValue(qint64(0)));
    EXPECT_EQ(KpiCatalogue::previous(Kpi::SuccessRate, snapshot), KpiValue());
}

TEST(KpiCatalogueTest, KindsMatchWhatTheFiguresHold)
{
    DashboardSnapshot snapshot;
    snapshot.current = distinctFigures();
    for (const KpiDefinition &kpi : KpiCatalogue::all()) {
        const KpiValue value = KpiCatalogue::current(kpi.kpi, snapshot);
        switch (kpi.kind) {
        case KpiKind::Money:
            EXPECT_TRUE(std::holds_alternative<Money>(value)) << kpi.key;
            break;
        case KpiKind::Count:
        case KpiKind::Milliseconds:
            EXPECT_TRUE(std::holds_alternative<qint64>(value)) << kpi.key;
            break;
        case KpiKind::Ratio:
            EXPECT_TRUE(std::holds_alternative<double>(value)) << kpi.key;
            break;
        }
    }
}

TEST(KpiCatalogueTest, TargetsAreData)
{
    QList<Kpi> withTarget;
    for (const KpiDefinition &kpi : KpiCatalogue::all()) {
        if (kpi.target)
            withTarget << kpi.kpi;
    }
    EXPECT_EQ(withTarget, (QList<Kpi>{Kpi::SuccessRate, Kpi::PlacementMedian, Kpi::PlacementP95}));

    // Success rate: at least 95 %.
    EXPECT_EQ(KpiCatalogue::meetsTarget(Kpi::SuccessRate, KpiValue(0.95)), true);
    EXPECT_EQ(KpiCatalogue::meetsTarget(Kpi::SuccessRate, KpiValue(0.9499)), false);
    EXPECT_EQ(KpiCatalogue::meetsTarget(Kpi::SuccessRate, KpiValue()), std::nullopt); // no attempts
    // Placement times: under 2 s, for the median and the 95th percentile alike.
    for (Kpi kpi : {Kpi::PlacementMedian, Kpi::PlacementP95}) {
        EXPECT_EQ(KpiCatalogue::meetsTarget(kpi, KpiValue(qint64(1990))), true);
        EXPECT_EQ(KpiCatalogue::meetsTarget(kpi, KpiValue(qint64(2000))), false);
        EXPECT_EQ(KpiCatalogue::meetsTarget(kpi, KpiValue()), std::nullopt);
    }
    // No target, nothing to meet.
    EXPECT_EQ(KpiCatalogue::meetsTarget(Kpi::Revenue, KpiValue(usd(100))), std::nullopt);
    EXPECT_EQ(KpiCatalogue::meetsTarget(Kpi::PaymentFailureRate, KpiValue(0.5)), std::nullopt);
}

TEST(KpiCatalogueTest, OneWordingWithTheTargetFormattedByTheCaller)
{
    EXPECT_EQ(KpiCatalogue::label(Kpi::SuccessRate), u"Order success rate"_s);
    EXPECT_EQ(KpiCatalogue::listingLabel(Kpi::SuccessRate, u"95%"_s), u"Order success rate (target at least 95%)"_s);
    EXPECT_EQ(KpiCatalogue::listingLabel(Kpi::PlacementP95, u"2 s"_s),
            u"Placement time, 95th percentile (target under 2 s)"_s);
    EXPECT_EQ(KpiCatalogue::listingLabel(Kpi::PaymentAttempts, u"ignored"_s), u"Card payments started"_s);
    EXPECT_EQ(KpiCatalogue::listingLabel(Kpi::AwaitingShipment, {}), u"Orders waiting to ship (now)"_s);
    EXPECT_EQ(KpiCatalogue::targetText(Kpi::Revenue, u"1"_s), QString());
}

} // namespace
