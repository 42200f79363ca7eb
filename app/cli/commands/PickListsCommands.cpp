#include "cli/commands/PickListsCommands.h"

#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "cli/TextColumns.h"
#include "printing/PickListWriter.h"
#include "session/Session.h"
#include "warehouse/PickLists.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {
namespace {

// --orders 1042,#1043 --orders 1044: order numbers, with or without '#'.
Result<QList<qint64>> orderNumbers(const QStringList &values)
{
    QList<qint64> numbers;
    for (const QString &value : values) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            QString text = part.trimmed();
            if (text.startsWith(u'#'))
                text.remove(0, 1);
            const auto number = wholeNumber(text);
            if (!number || *number <= 0) {
                return fail(Error::invalid(u"orders"_s, part,
                        PickListsCommands::tr("\"%1\" is not an order number (e.g. 1042 or #1042).").arg(part)));
            }
            numbers.append(*number);
        }
    }
    return numbers;
}

QJsonObject pickListJson(const PickList &list, const QString &pdf)
{
    QJsonArray orders;
    for (const PickListOrder &order : list.orders)
        orders.append(QJsonObject{
                {u"number"_s, order.number}, {u"customer"_s, order.customerName}, {u"units"_s, order.units}});
    QJsonArray stops;
    for (const PickListStop &stop : list.stops) {
        QJsonArray shares;
        for (const PickListShare &share : stop.shares)
            shares.append(QJsonObject{{u"order"_s, share.orderNumber}, {u"quantity"_s, share.quantity}});
        stops.append(QJsonObject{{u"sku"_s, stop.sku}, {u"name"_s, stop.productName},
                {u"barcode"_s, stop.barcode.isEmpty() ? QJsonValue() : QJsonValue(stop.barcode)},
                {u"quantity"_s, stop.quantity}, {u"orders"_s, shares}});
    }
    return QJsonObject{{u"pdf"_s, pdf}, {u"units"_s, list.units()}, {u"orders"_s, orders}, {u"stops"_s, stops}};
}

} // namespace

bool PickListsCommands::drawsPages(const QStringList &arguments)
{
    return arguments.contains(u"picklists"_s) && arguments.contains(u"create"_s);
}

CommandGroup PickListsCommands::group()
{
    return CommandGroup{
            .title = tr("Pick lists"),
            .noun = u"picklists"_s,
            .summary = tr("Batches of confirmed orders to pick in one walk, printed with barcodes."),
            .commands = {
                    CommandSpec{
                            .words = {u"picklists"_s, u"create"_s},
                            .summary = tr("Writes a pick list of confirmed orders as a PDF with Code 128 barcodes."),
                            .options = {{.name = u"orders"_s,
                                                .valueName = u"N,…"_s,
                                                .description = tr("The orders to pick (numbers, comma-separated or "
                                                                  "repeated). Default: every confirmed order still "
                                                                  "to ship, oldest first, up to --limit."),
                                                .repeatable = true},
                                    {.name = u"limit"_s,
                                            .valueName = u"N"_s,
                                            .description = tr("Without --orders, at most N orders (1 to 5000). "
                                                              "Default: 100.")},
                                    {.name = u"pdf"_s,
                                            .valueName = u"FILE"_s,
                                            .description = tr("Where to write the PDF."),
                                            .required = true}},
                            .examples = {u"shipshape-cli picklists create --orders 1042,1043,1050 --pdf pick.pdf"_s,
                                    u"shipshape-cli picklists create --limit 40 --pdf morning.pdf"_s},
                            .description = tr("Lines are grouped by SKU in natural walking order (A-2 before A-10), "
                                              "each with the total to take and how it splits among the orders. "
                                              "Only confirmed orders are picked; another status is refused (exit "
                                              "4) and nothing is written. An order's barcode reads \"#1042\", a "
                                              "SKU's reads the SKU."),
                            .handler = &PickListsCommands::create,
                    },
            },
    };
}

int PickListsCommands::create(CliContext &context, const CommandInput &input)
{
    const auto numbers = orderNumbers(input.values(u"orders"_s));
    if (!numbers)
        return context.fail(numbers.error());
    const auto limit = input.count(u"limit"_s, 1, PickLists::kMaxOrders);
    if (!limit)
        return context.fail(limit.error());
    if (!numbers->isEmpty() && limit->has_value())
        return context.usage(tr("--limit applies without --orders only."), u"picklists create"_s);
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    PickLists pickLists((*session)->database(), (*session)->orders(), (*session)->clock());
    QElapsedTimer timer;
    timer.start();
    auto list = numbers->isEmpty() ? pickLists.readyToShip(int(limit->value_or(100))) : pickLists.forOrders(*numbers);
    if (!list)
        return context.fail(list.error());
    const QString pdf = input.value(u"pdf"_s, QString());
    if (auto written = PickListWriter::writePdf(*list, pdf); !written)
        return context.fail(written.error());
    if (context.json())
        return context.printJson(pickListJson(*list, pdf));
    context.out() << tr("Pick list of %n order(s)", nullptr, int(list->orders.size()))
                  << tr(", %n unit(s) at %1 stop(s), written to %2 in %3 ms.", nullptr, int(list->units()))
                             .arg(list->stops.size())
                             .arg(pdf)
                             .arg(timer.elapsed())
                  << '\n';
    return ExitOk;
}

} // namespace shipshape::cli
