#include "cli/commands/PackCommands.h"

#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "orders/OrderRepository.h"
#include "session/Session.h"
#include "warehouse/PackingStation.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {
namespace {

QJsonObject stateJson(const PackState &state)
{
    QJsonArray lines;
    for (const PackLine &line : state.lines) {
        lines.append(QJsonObject{{u"sku"_s, line.sku}, {u"name"_s, line.productName},
                {u"barcode"_s, line.barcode.isEmpty() ? QJsonValue() : QJsonValue(line.barcode)},
                {u"toPack"_s, line.toPack}, {u"packed"_s, line.packed}});
    }
    return QJsonObject{{u"order"_s, state.orderNumber}, {u"unitsToPack"_s, state.unitsToPack()},
            {u"unitsPacked"_s, state.unitsPacked()}, {u"complete"_s, state.isComplete()}, {u"lines"_s, lines}};
}

QString lineText(const PackState &state, const QString &sku)
{
    for (const PackLine &line : state.lines) {
        if (line.sku == sku)
            return PackCommands::tr("%1 %2 of %3").arg(line.sku).arg(line.packed).arg(line.toPack);
    }
    return sku;
}

// The refusal, naming the scan by its position and text.
Error refusedScan(const Error &error, qsizetype position, const QString &code)
{
    Error named = error;
    named.message = PackCommands::tr("Scan %1 (\"%2\") refused: %3").arg(position).arg(code, error.message);
    named.field = u"scan"_s;
    named.value = code;
    return named;
}

} // namespace

CommandGroup PackCommands::group()
{
    return CommandGroup{
            .title = tr("Packing"),
            .noun = {},
            .summary = {},
            .commands = {
                    CommandSpec{
                            .words = {u"pack"_s},
                            .summary = tr("Packs an order by scans (SKU or GTIN) and ships it once complete."),
                            .arguments = {{.name = u"ORDER"_s,
                                    .description = tr("The order to pack: its number (1042 or #1042) or id.")}},
                            .options = {{.name = u"scan"_s,
                                                .valueName = u"CODE"_s,
                                                .description = tr("One scan: an item's SKU or GTIN (one unit), or the "
                                                                  "order's own barcode (#1042). Repeat it for every "
                                                                  "scan, in order."),
                                                .repeatable = true},
                                    {.name = u"tracking"_s,
                                            .valueName = u"NUMBER"_s,
                                            .description = tr("Ship the packed parcel with this tracking number once "
                                                              "every unit is packed.")},
                                    {.name = u"carrier"_s,
                                            .valueName = u"NAME"_s,
                                            .description = tr("The parcel's carrier (with --tracking).")}},
                            .flags = {{.name = u"partial"_s,
                                    .description = tr("With --tracking: ship what is packed as a partial shipment "
                                                      "even if units are left.")}},
                            .examples = {u"shipshape-cli pack 1042 --scan MUG-1 --scan 4006381333931 --scan TEE-1"_s,
                                    u"shipshape-cli pack '#1042' --scan TEE-1 --tracking 1Z999AA10123456784 "
                                    "--carrier UPS"_s,
                                    u"shipshape-cli pack 1042"_s},
                            .description = tr(
                                    "Scans are applied one by one, each stored at once (another desktop sees it and "
                                    "can resume). A scan that is no product's code is refused with exit 3, a wrong "
                                    "item, an item of another order, one too many or an order that cannot ship (not "
                                    "confirmed, nothing left) with exit 4; the message names the scan, nothing is "
                                    "counted for it, and the scans after it are not applied. With --tracking, a "
                                    "completely packed order ships as one parcel of exactly the packed units through "
                                    "the ordinary shipping rule (docs/fulfillment.md) and its progress is cleared; "
                                    "an incomplete one is refused (exit 4) unless --partial. Without scans, prints "
                                    "the order's progress."),
                            .handler = &PackCommands::pack,
                    },
            },
    };
}

int PackCommands::pack(CliContext &context, const CommandInput &input)
{
    const QString reference = input.argument(u"ORDER"_s);
    const QStringList scans = input.values(u"scan"_s);
    const std::optional<QString> tracking = input.value(u"tracking"_s);
    const QString carrier = input.value(u"carrier"_s, QString());
    const bool partial = input.flag(u"partial"_s);
    if (!tracking && (partial || input.hasValue(u"carrier"_s)))
        return context.usage(tr("--carrier and --partial go with --tracking."), u"pack"_s);
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    PackingStation station((*session)->database(), (*session)->orders(), (*session)->clock());
    auto opened = station.open(reference);
    if (!opened)
        return context.fail(opened.error());
    const qint64 order = opened->orderNumber;
    PackState state = *opened;
    QJsonArray scanReports;
    for (qsizetype i = 0; i < scans.size(); ++i) {
        const QString &code = scans.at(i);
        if (PackingStation::isOrderCode(code)) {
            // Scripted packing is of ORDER: its own barcode again is harmless, another order's is a mistake.
            auto named = OrderRepository((*session)->database()).resolveExisting(code.trimmed());
            if (!named)
                return context.fail(refusedScan(named.error(), i + 1, code));
            if (*named != order) {
                return context.fail(refusedScan(
                        Error::conflict(tr("that is order #%1's barcode, not #%2's.").arg(*named).arg(order)), i + 1,
                        code));
            }
        }
        auto scanned = station.scan(order, code);
        if (!scanned)
            return context.fail(refusedScan(scanned.error(), i + 1, code));
        state = scanned->state;
        if (context.json()) {
            scanReports.append(QJsonObject{{u"scan"_s, code},
                    {u"sku"_s, scanned->sku.isEmpty() ? QJsonValue() : QJsonValue(scanned->sku)},
                    {u"unitsPacked"_s, state.unitsPacked()}});
        } else if (scanned->kind == PackScanKind::OrderOpened) {
            context.out() << tr("Scan %1 \"%2\": order #%3, %4 of %5 units packed.")
                                     .arg(i + 1)
                                     .arg(code)
                                     .arg(order)
                                     .arg(state.unitsPacked())
                                     .arg(state.unitsToPack())
                          << '\n';
        } else {
            context.out() << tr("Scan %1 \"%2\": %3 (%4 of %5 units packed).")
                                     .arg(i + 1)
                                     .arg(code, lineText(state, scanned->sku))
                                     .arg(state.unitsPacked())
                                     .arg(state.unitsToPack())
                          << '\n';
        }
    }
    QJsonObject shipmentJson;
    if (tracking) {
        auto shipped = station.ship(
                order, *tracking, carrier, partial ? PackShipping::AsPacked : PackShipping::CompleteOnly);
        if (!shipped)
            return context.fail(shipped.error());
        const Shipment *parcel = shipped->shipments.isEmpty() ? nullptr : &shipped->shipments.constLast();
        shipmentJson = QJsonObject{{u"id"_s, parcel ? QJsonValue(parcel->id) : QJsonValue()},
                {u"trackingNumber"_s, shipped->trackingNumber}, {u"carrier"_s, shipped->carrier},
                {u"status"_s, OrderLifecycle::key(shipped->status)}};
        if (!context.json()) {
            context.out() << tr("Shipped order #%1 (%2 units, tracking %3); it is now %4.")
                                     .arg(order)
                                     .arg(state.unitsPacked())
                                     .arg(shipped->trackingNumber)
                                     .arg(OrderLifecycle::displayName(shipped->status).toLower())
                          << '\n';
        }
    } else if (!context.json()) {
        for (const PackLine &line : std::as_const(state.lines)) {
            context.out() << u"  %1  %2/%3  %4"_s.arg(line.sku).arg(line.packed).arg(line.toPack).arg(line.productName)
                          << '\n';
        }
        context.out() << (state.isComplete()
                        ? tr("Order #%1 is completely packed: give --tracking to ship it.").arg(order)
                        : tr("Order #%1: %2 of %3 units packed.")
                                  .arg(order)
                                  .arg(state.unitsPacked())
                                  .arg(state.unitsToPack()))
                      << '\n';
    }
    if (context.json()) {
        QJsonObject report = stateJson(state);
        report.insert(u"scans"_s, scanReports);
        if (!shipmentJson.isEmpty())
            report.insert(u"shipment"_s, shipmentJson);
        return context.printJson(report);
    }
    return ExitOk;
}

} // namespace shipshape::cli
