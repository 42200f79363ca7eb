#pragma once

#include "common/Money.h"
#include "dashboard/DashboardSnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace shipshape {

// The dashboard's KPIs, in the order every listing shows them (the KPI table, its CSV, `report kpis`).
enum class Kpi {
    Revenue,
    Refunded,
    OrdersPlaced,
    OrdersConfirmed,
    OrdersCancelled,
    AverageOrderValue,
    PlacementAttempts,
    SuccessRate,
    PlacementMedian,
    PlacementP95,
    PaymentAttempts,
    PaymentFailures,
    PaymentFailureRate,
    EmailsSent,
    EmailsFailed,
    EmailsWaiting,
    UnitsReturned,
    ReturnRate,
    ApiRequests,
    ApiErrorRate,
    ApiOrders,
    ApiOrdersBusiestHour,
    ApiResponseP95,
    AwaitingShipment,
};

// What kind of figure a KPI is, which decides how it is formatted and how its change is told.
enum class KpiKind {
    Money, // exact, in the snapshot's currency; change in percent
    Count, // change in percent
    Ratio, // 0..1, shown as percent; change in percentage points
    Milliseconds, // a duration; change in percent
};

// Whether a rising figure is good news (revenue), bad news (failures, placement time) or neither.
enum class KpiPolarity {
    HigherIsBetter,
    LowerIsBetter,
    Neutral,
};

// A KPI's figure for the period, the previous period, or now: nothing (a ratio or percentile with nothing
// to measure, or no previous figure for a KPI that only exists now), a count or milliseconds, money, or a
// ratio. The KPI's kind says which alternative it holds when it holds one.
using KpiValue = std::variant<std::monostate, qint64, Money, double>;

// What the shop aims for: the figure at least (or below) `threshold`, in the KPI's own unit (a ratio
// 0..1, or milliseconds).
struct KpiTarget {
    enum class Bound {
        AtLeast,
        Below,
    };
    Bound bound = Bound::AtLeast;
    double threshold = 0;

    [[nodiscard]] bool isMetBy(double figure) const
    {
        return bound == Bound::AtLeast ? figure >= threshold : figure < threshold;
    }
};

struct KpiDefinition {
    Kpi kpi;
    const char *key; // stable: the KPI table's key role, its CSV, docs/dashboard.md
    const char *jsonField; // the field `report kpis --json` (DashboardJson) writes it under
    const char *label; // source text; KpiCatalogue::label translates it
    KpiKind kind;
    KpiPolarity polarity;
    std::optional<KpiTarget> target;
    // Read from a period's figures; null for a KPI that is not bound to the period (see `now`).
    KpiValue (*ofPeriod)(const KpiFigures &figures);
    // Read from the snapshot as things stand now; null for a period KPI.
    KpiValue (*now)(const DashboardSnapshot &snapshot);
};

// One definition per dashboard KPI: its stable key, its label (one wording, translated here), the kind of
// figure, its target where the shop has one, and how to read it out of a snapshot. The desktop's KPI
// table, its cards and `shipshape-cli report kpis` all take names, targets and order from here; only
// formatting numbers stays with them (the desktop's locale, the CLI's plain C-locale text).
class KpiCatalogue {
    Q_DECLARE_TR_FUNCTIONS(KpiCatalogue)

public:
    // Every KPI in catalogue order.
    [[nodiscard]] static const QList<KpiDefinition> &all();
    [[nodiscard]] static const KpiDefinition &definition(Kpi kpi);
    [[nodiscard]] static std::optional<Kpi> fromKey(const QString &key);
    [[nodiscard]] static QString key(Kpi kpi);

    // "Order success rate".
    [[nodiscard]] static QString label(Kpi kpi);
    // How the target reads with its threshold already formatted by the caller: "at least 95%", "under 2 s";
    // empty for a KPI without a target.
    [[nodiscard]] static QString targetText(Kpi kpi, const QString &formattedThreshold);
    // The label as a listing of figures beside their previous period shows it (the KPI table, its CSV,
    // `report kpis`): with its target, "Order success rate (target at least 95%)", and marked as a figure
    // of now when it is not bound to the period, "Orders waiting to ship (now)".
    [[nodiscard]] static QString listingLabel(Kpi kpi, const QString &formattedThreshold);

    // Whether the KPI is bound to the snapshot's period (and so has a previous figure) or tells how things
    // stand now.
    [[nodiscard]] static bool isPeriodFigure(Kpi kpi) { return definition(kpi).ofPeriod != nullptr; }
    [[nodiscard]] static KpiValue current(Kpi kpi, const DashboardSnapshot &snapshot);
    // The previous period's figure; nothing for a KPI that only exists now.
    [[nodiscard]] static KpiValue previous(Kpi kpi, const DashboardSnapshot &snapshot);

    // Whether `value` meets the KPI's target; nullopt without a target or without a figure.
    [[nodiscard]] static std::optional<bool> meetsTarget(Kpi kpi, const KpiValue &value);

    // A count, milliseconds or ratio as a plain number to compare with a target; nullopt for nothing and
    // for money (no amount passes through floating point, and no money KPI has a target).
    [[nodiscard]] static std::optional<double> number(const KpiValue &value);
};

} // namespace shipshape
