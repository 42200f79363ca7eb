#include "cli/commands/TagCommands.h"

#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "cli/commands/OrderCommandSupport.h"
#include "session/Session.h"
#include "tags/Tag.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {
namespace {

const QString kTag = u"TAG"_s;
const QString kCustomer = u"CUSTOMER"_s;

ArgumentSpec tagArgument()
{
    return ArgumentSpec{.name = kTag,
            .description = TagCommands::tr("One or more tags: free text of 1 to %1 characters on one line; "
                                           "\"VIP\" and \"vip\" are the same tag.")
                                   .arg(Tags::kMaxLength),
            .repeatable = true};
}

int changeOrder(CliContext &context, const CommandInput &input, bool adding)
{
    const QStringList tags = input.arguments(kTag);
    // Bad tags exit 3 before the database is opened.
    if (auto parsed = Tags::parseAll(u"tag"_s, tags); !parsed)
        return context.fail(parsed.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    OrderTags &orderTags = (*session)->orders().tags();
    const QString reference = input.argument(OrderCommandSupport::kOrder);
    return OrderCommandSupport::printOrder(
            context, adding ? orderTags.add(reference, tags) : orderTags.remove(reference, tags));
}

int changeCustomer(CliContext &context, const CommandInput &input, bool adding)
{
    const QStringList tags = input.arguments(kTag);
    if (auto parsed = Tags::parseAll(u"tag"_s, tags); !parsed)
        return context.fail(parsed.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    CustomerTags &customerTags = (*session)->customerTags();
    const QString reference = input.argument(kCustomer);
    auto now = adding ? customerTags.add(reference, tags) : customerTags.remove(reference, tags);
    if (!now)
        return context.fail(now.error());
    if (context.json())
        return context.printJson(
                QJsonObject{{u"customer"_s, reference}, {u"tags"_s, QJsonArray::fromStringList(*now)}});
    context.out() << (now->isEmpty() ? TagCommands::tr("Customer %1 has no tags.").arg(reference)
                                     : TagCommands::tr("Customer %1 is tagged: %2.").arg(reference, Tags::joined(*now)))
                  << '\n';
    return ExitOk;
}

} // namespace

QList<CommandSpec> TagCommands::orderCommands()
{
    const ArgumentSpec order{.name = OrderCommandSupport::kOrder,
            .description = tr("The order: its number (1042 or #1042) or its UUID.")};
    return {
            CommandSpec{
                    .words = {u"orders"_s, u"tag"_s},
                    .summary = tr("Adds tags to an order."),
                    .arguments = {order, tagArgument()},
                    .examples = {u"shipshape-cli orders tag 1042 vip \"gift wrap\""_s,
                            u"shipshape-cli --json orders tag 1042 wholesale"_s},
                    .description = tr("Tags the order already has, in any case, stay as they are. The order's "
                                      "timeline records \"tagged: …\" with who did it; orders list --tag finds the "
                                      "order. A bad tag exits 3 and changes nothing."),
                    .handler = &TagCommands::tagOrder,
            },
            CommandSpec{
                    .words = {u"orders"_s, u"untag"_s},
                    .summary = tr("Removes tags from an order."),
                    .arguments = {order, tagArgument()},
                    .examples = {u"shipshape-cli orders untag 1042 VIP"_s},
                    .description = tr("Tags match in any case; tags the order does not have are ignored. The "
                                      "order's timeline records \"untagged: …\"."),
                    .handler = &TagCommands::untagOrder,
            },
    };
}

QList<CommandSpec> TagCommands::customerCommands()
{
    const ArgumentSpec customer{.name = kCustomer,
            .description = tr("The customer: their ID (the UUID from customers list) or their email.")};
    return {
            CommandSpec{
                    .words = {u"customers"_s, u"tag"_s},
                    .summary = tr("Adds tags to a customer."),
                    .arguments = {customer, tagArgument()},
                    .examples = {u"shipshape-cli customers tag ada@example.com wholesale"_s},
                    .description = tr("Tags the customer already has, in any case, stay as they are. Prints the "
                                      "customer's tags afterwards. A bad tag exits 3 and changes nothing."),
                    .handler = &TagCommands::tagCustomer,
            },
            CommandSpec{
                    .words = {u"customers"_s, u"untag"_s},
                    .summary = tr("Removes tags from a customer."),
                    .arguments = {customer, tagArgument()},
                    .examples = {u"shipshape-cli customers untag ada@example.com Wholesale"_s},
                    .handler = &TagCommands::untagCustomer,
            },
    };
}

int TagCommands::tagOrder(CliContext &context, const CommandInput &input)
{
    return changeOrder(context, input, true);
}

int TagCommands::untagOrder(CliContext &context, const CommandInput &input)
{
    return changeOrder(context, input, false);
}

int TagCommands::tagCustomer(CliContext &context, const CommandInput &input)
{
    return changeCustomer(context, input, true);
}

int TagCommands::untagCustomer(CliContext &context, const CommandInput &input)
{
    return changeCustomer(context, input, false);
}

} // namespace shipshape::cli
