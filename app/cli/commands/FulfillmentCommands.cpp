#include "cli/commands/FulfillmentCommands.h"

#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "cli/commands/OrderCommandSupport.h"
#include "orders/OrderFulfillment.h"
#include "orders/OrderPolicy.h"
#include "session/Session.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {
namespace {

const QString &kOrder = OrderCommandSupport::kOrder;

// Every --line SKU:QTY, checked before the database is opened (exit 3 naming the line).
Result<QList<ShipmentLine>> linesFrom(const CommandInput &input)
{
    QList<ShipmentLine> lines;
    for (const QString &text : input.values(u"line"_s)) {
        auto line = OrderFulfillment::parseLine(u"line"_s, text);
        if (!line)
            return fail(line.error());
        lines.append(*line);
    }
    return lines;
}

} // namespace

QList<CommandSpec> FulfillmentCommands::orderCommands()
{
    const ArgumentSpec order{.name = kOrder, .description = tr("The order: its number (1042 or #1042) or its UUID.")};
    const OptionSpec line{.name = u"line"_s,
            .valueName = u"SKU:QTY"_s,
            .description = tr("So many units of one line; repeat for more lines."),
            .repeatable = true};
    OptionSpec shipLine = line;
    shipLine.description = tr("Ship QTY units of the line SKU; repeat for more lines. Without --line, everything "
                              "still unshipped goes in the parcel.");
    OptionSpec cancelLine = line;
    cancelLine.description = tr("Cancel QTY unshipped units of the line SKU; repeat for more lines.");
    cancelLine.required = true;
    return {
            CommandSpec{
                    .words = {u"orders"_s, u"ship"_s},
                    .summary = tr("Ships a parcel of a confirmed order: some lines, or everything still unshipped; "
                                  "its stock leaves the shelf. The order is shipped once every unit is."),
                    .arguments = {order},
                    .options = {{.name = u"tracking"_s,
                                        .valueName = u"NUMBER"_s,
                                        .description = tr("The parcel's tracking number."),
                                        .required = true},
                            {.name = u"carrier"_s, .valueName = u"NAME"_s, .description = tr("The carrier, e.g. UPS.")},
                            shipLine},
                    .examples = {u"shipshape-cli orders ship 1042 --tracking 1Z999AA10123456784 --carrier UPS"_s,
                            u"shipshape-cli orders ship 1042 --tracking 1Z999AA1 --line MUG-1:2 --line TEE-M:1"_s},
                    .description = tr("Each parcel is a shipment with its own id, carrier and tracking number, and "
                                      "sends the customer its own email listing what is in it. Shipping more of a "
                                      "line than is left to ship exits 3 naming the line."),
                    .handler = &FulfillmentCommands::ship,
            },
            CommandSpec{
                    .words = {u"orders"_s, u"deliver"_s},
                    .summary = tr("Marks a parcel delivered, or every parcel on its way; the order is delivered "
                                  "once every parcel is and nothing is left to ship."),
                    .arguments = {order},
                    .options = {{.name = u"shipment"_s,
                            .valueName = u"ID"_s,
                            .description = tr("Only this parcel (its id from orders show).")}},
                    .examples
                    = {u"shipshape-cli orders deliver 1042"_s, u"shipshape-cli orders deliver 1042 --shipment 7"_s},
                    .handler = &FulfillmentCommands::deliver,
            },
            CommandSpec{
                    .words = {u"orders"_s, u"cancel-lines"_s},
                    .summary = tr("Cancels unshipped units line by line: their stock is released and what was paid "
                                  "for them becomes the refund owed."),
                    .arguments = {order},
                    .options = {cancelLine,
                            {.name = u"reason"_s,
                                    .valueName = u"REASON"_s,
                                    .description = tr("Why, for the timeline and the reports."),
                                    .required = true,
                                    .choices = OrderCommandSupport::cancelReasonKeys(CancelReasons::selectable())},
                            {.name = u"note"_s,
                                    .valueName = u"TEXT"_s,
                                    .description = tr("More detail for the timeline.")}},
                    .flags = {{.name = u"preview"_s,
                            .description = tr("Shows the new total, the stock released and the refund owed, and "
                                              "writes nothing.")}},
                    .examples
                    = {u"shipshape-cli orders cancel-lines 1042 --line MUG-1:1 --reason inventory --preview"_s,
                            u"shipshape-cli orders cancel-lines 1042 --line MUG-1:1 --reason inventory"_s},
                    .description = tr("The order is priced again without the cancelled units (discounts as in an "
                                      "edit); money paid beyond the new total is the refund owed, settled with "
                                      "orders refund or orders credit. Shipped units cannot be cancelled; an order "
                                      "with shipped parcels cannot be cancelled as a whole."),
                    .handler = &FulfillmentCommands::cancelLines,
            },
    };
}

int FulfillmentCommands::ship(CliContext &context, const CommandInput &input)
{
    auto lines = linesFrom(input);
    if (!lines)
        return context.fail(lines.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    const QString reference = input.argument(kOrder);
    if (auto order = OrderCommandSupport::allowedOrder(**session, reference, OrderAction::Ship); !order)
        return context.fail(order.error());
    return OrderCommandSupport::printOrder(context,
            (*session)->orders().ship(
                    reference, input.value(u"tracking"_s, QString()), input.value(u"carrier"_s, QString()), *lines));
}

int FulfillmentCommands::deliver(CliContext &context, const CommandInput &input)
{
    std::optional<qint64> shipment;
    if (const auto given = input.value(u"shipment"_s)) {
        bool ok = false;
        shipment = given->trimmed().toLongLong(&ok);
        if (!ok || *shipment <= 0) {
            return context.fail(
                    Error::invalid(u"shipment"_s, *given, tr("\"%1\" is not a shipment id (a number).").arg(*given)));
        }
    }
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    const QString reference = input.argument(kOrder);
    if (auto order = OrderCommandSupport::allowedOrder(**session, reference, OrderAction::Deliver); !order)
        return context.fail(order.error());
    return OrderCommandSupport::printOrder(context, (*session)->orders().deliver(reference, shipment));
}

int FulfillmentCommands::cancelLines(CliContext &context, const CommandInput &input)
{
    const QString reasonKey = input.value(u"reason"_s, QString());
    const auto reason = CancelReasons::fromKey(reasonKey);
    if (!reason || !CancelReasons::selectable().contains(*reason)) {
        return context.fail(Error::invalid(u"reason"_s, reasonKey,
                tr("Unknown cancel reason \"%1\": use %2.")
                        .arg(reasonKey,
                                OrderCommandSupport::cancelReasonKeys(CancelReasons::selectable()).join(u", "_s))));
    }
    auto lines = linesFrom(input);
    if (!lines)
        return context.fail(lines.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    const QString reference = input.argument(kOrder);
    if (auto order = OrderCommandSupport::allowedOrder(**session, reference, OrderAction::CancelLines); !order)
        return context.fail(order.error());
    if (input.flag(u"preview"_s))
        return OrderCommandSupport::printPreview(
                context, (*session)->orders().previewCancelLines(reference, *lines, *reason));
    return OrderCommandSupport::printOrder(
            context, (*session)->orders().cancelLines(reference, *lines, *reason, input.value(u"note"_s, QString())));
}

} // namespace shipshape::cli
