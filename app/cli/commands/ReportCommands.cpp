#include "cli/commands/ReportCommands.h"

#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "cli/TextColumns.h"
#include "dashboard/DashboardJson.h"
#include "dashboard/KpiCatalogue.h"
#include "orders/OrderStatus.h"
#include "payment/DeclineReasons.h"
#include "session/Session.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {
namespace {

// Figures in plain text for scripts and mail: exact money, percent and milliseconds with a C-locale
// point; counts grouped as the user's locale groups them, like every count the CLI prints.
QString percentText(double ratio)
{
    return QLocale::c().toString(ratio * 100.0, 'f', 1) + u" %"_s;
}

QString figureText(KpiKind kind, const KpiValue &value)
{
    if (const auto *number = std::get_if<qint64>(&value))
        return kind == KpiKind::Milliseconds ? QString::number(*number) + u" ms"_s : countText(*number);
    if (const auto *money = std::get_if<Money>(&value))
        return money->toDecimalString();
    if (const auto *ratio = std::get_if<double>(&value))
        return percentText(*ratio);
    return u"–"_s;
}

QString targetThresholdText(const KpiDefinition &kpi)
{
    if (!kpi.target)
        return {};
    if (kpi.kind == KpiKind::Ratio)
        return QLocale::c().toString(kpi.target->threshold * 100.0, 'g', 4) + u" %"_s;
    return QString::number(qint64(kpi.target->threshold)) + u" ms"_s;
}

} // namespace

CommandGroup ReportCommands::group()
{
    return CommandGroup{
            .title = tr("Reports"),
            .noun = u"report"_s,
            .summary = tr("The figures the desktop dashboard shows, for scripts and mail."),
            .commands = {CommandSpec{
                    .words = {u"report"_s, u"kpis"_s},
                    .summary = tr("The dashboard's KPIs for a period, compared with the period before."),
                    .options = {{.name = u"from"_s,
                                        .valueName = u"YYYY-MM-DD"_s,
                                        .description = tr("The first day (UTC)."),
                                        .required = true},
                            {.name = u"to"_s,
                                    .valueName = u"YYYY-MM-DD"_s,
                                    .description = tr("The last day (UTC), included."),
                                    .required = true},
                            {.name = u"currency"_s,
                                    .valueName = u"CODE"_s,
                                    .description = tr("Money figures in this currency (ISO 4217). Default: the "
                                                      "currency most orders use.")}},
                    .examples = {u"shipshape-cli report kpis --from 2026-11-01 --to 2026-11-30"_s,
                            u"shipshape-cli --json report kpis --from 2026-11-01 --to 2026-11-24 --currency USD"_s},
                    .description = tr("Every figure is defined in docs/dashboard.md."),
                    .handler = &ReportCommands::kpis,
            }},
    };
}

int ReportCommands::kpis(CliContext &context, const CommandInput &input)
{
    DashboardPeriod period;
    for (const QString &name : {u"from"_s, u"to"_s}) {
        const QString text = input.value(name, QString());
        const QDate date = QDate::fromString(text, u"yyyy-MM-dd"_s);
        if (!date.isValid()) {
            return context.fail(Error::invalid(
                    name, text, tr("--%1 must be a date written YYYY-MM-DD (got \"%2\").").arg(name, text)));
        }
        (name == u"from"_s ? period.from : period.to) = date;
    }
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    auto snapshot = (*session)->dashboard().snapshot(period, input.value(u"currency"_s, QString()));
    if (!snapshot)
        return context.fail(snapshot.error());
    if (context.json())
        return context.printJson(DashboardJson::toJson(*snapshot));
    QTextStream &out = context.out();

    const KpiFigures &now = snapshot->current;
    const DashboardPeriod previous = period.previous();
    out << tr("KPIs %1 to %2 (%3 days, UTC) in %4; previous period %5 to %6")
                    .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate))
                    .arg(period.days())
                    .arg(snapshot->currency, previous.from.toString(Qt::ISODate), previous.to.toString(Qt::ISODate))
        << "\n\n";
    QList<std::tuple<QString, QString, QString>> table;
    for (const KpiDefinition &kpi : KpiCatalogue::all()) {
        table.append({KpiCatalogue::listingLabel(kpi.kpi, targetThresholdText(kpi)),
                figureText(kpi.kind, KpiCatalogue::current(kpi.kpi, *snapshot)),
                figureText(kpi.kind, KpiCatalogue::previous(kpi.kpi, *snapshot))});
    }
    qsizetype width = tr("KPI").size();
    for (const auto &[label, current, earlier] : table)
        width = qMax(width, label.size());
    out << tr("KPI").leftJustified(width) << "  " << tr("Period").rightJustified(14) << "  "
        << tr("Previous").rightJustified(14) << '\n';
    for (const auto &[label, current, earlier] : table)
        out << label.leftJustified(width) << "  " << current.rightJustified(14) << "  " << earlier.rightJustified(14)
            << '\n';
    if (!now.topDeclineReasons.isEmpty()) {
        out << '\n' << tr("Top decline reasons:") << '\n';
        // In words, with Stripe's code for looking it up; a code the catalogue does not know is its own label.
        for (const DeclineReasonCount &decline : now.topDeclineReasons) {
            const QString label = DeclineReasons::label(decline.code);
            out << "  " << (label == decline.code ? decline.code : tr("%1 (%2)").arg(label, decline.code)) << "  "
                << decline.count << '\n';
        }
    }
    if (!snapshot->topReturnReasons.isEmpty()) {
        out << '\n'
            << tr("Top return reasons (%1 returned of %2 shipped):").arg(now.unitsReturned).arg(now.unitsShipped)
            << '\n';
        for (const ReturnReasonCount &reason : snapshot->topReturnReasons) {
            out << "  " << ReturnReasons::key(reason.reason) << "  "
                << tr("units %1, returns %2").arg(reason.units).arg(reason.returns) << '\n';
        }
    }
    if (snapshot->oldestAwaitingSince && snapshot->awaitingShipment > 0) {
        out << '\n'
            << tr("The oldest order waiting to ship was placed %1.")
                        .arg(snapshot->oldestAwaitingSince->toString(Qt::ISODate))
            << '\n';
    }
    out << '\n' << tr("Day         Placed  Cancelled  Pay failures  Revenue") << '\n';
    for (const DailyFigures &day : snapshot->days) {
        out << day.day.toString(Qt::ISODate) << "  " << countText(day.ordersPlaced).rightJustified(6) << "  "
            << countText(day.ordersCancelled).rightJustified(9) << "  "
            << countText(day.paymentFailures).rightJustified(12) << "  " << day.revenue.toDecimalString() << '\n';
    }
    out << '\n' << tr("By status:");
    for (const StatusCount &status : snapshot->byStatus)
        out << "  " << OrderLifecycle::key(status.status) << ' ' << status.count;
    out << '\n';
    if (!snapshot->topProducts.isEmpty()) {
        out << '\n' << tr("Top products:") << '\n';
        for (const ProductSales &product : snapshot->topProducts)
            out << "  " << product.sku << "  " << product.quantity << "  " << product.revenue.toDecimalString() << "  "
                << product.name << '\n';
    }
    if (!snapshot->lowStock.isEmpty()) {
        out << '\n' << tr("Low stock (available / threshold):") << '\n';
        for (const LowStockProduct &product : snapshot->lowStock)
            out << "  " << product.sku << "  " << product.available << " / " << product.threshold << "  "
                << product.name << '\n';
    }
    out << '\n' << tr("Placement times:");
    for (const LatencyBucket &bucket : snapshot->placementTimes)
        out << "  " << (bucket.upToMs ? u"≤"_s + QString::number(*bucket.upToMs) : u">5000"_s) << ' ' << bucket.count;
    out << '\n';
    return ExitOk;
}

} // namespace shipshape::cli
