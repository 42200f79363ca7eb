#include "cli/commands/CustomersCommands.h"

#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "cli/TextColumns.h"
#include "cli/commands/TagCommands.h"
#include "customers/CustomerRepository.h"
#include "session/Session.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {

CommandGroup CustomersCommands::group()
{
    CommandGroup group{
            .title = tr("Customers"),
            .noun = u"customers"_s,
            .summary = tr("The people who order. A customer is created by their first order (orders place) and "
                          "found again by email."),
            .commands = {CommandSpec{
                    .words = {u"customers"_s, u"list"_s},
                    .summary = tr("Lists customers with their IDs."),
                    .options = {{.name = u"search"_s,
                                        .valueName = u"TEXT"_s,
                                        .description = tr("Only customers whose name or email contains TEXT.")},
                            {.name = u"limit"_s,
                                    .valueName = u"N"_s,
                                    .description = tr("At most N rows (1 to 100000). Default: 50.")},
                            {.name = u"offset"_s,
                                    .valueName = u"N"_s,
                                    .description = tr("Skip the first N rows. Default: 0.")}},
                    .examples = {u"shipshape-cli customers list --search smith"_s},
                    .handler = &CustomersCommands::list,
            }},
    };
    group.commands << TagCommands::customerCommands();
    return group;
}

int CustomersCommands::list(CliContext &context, const CommandInput &input)
{
    const auto page = input.page(50);
    if (!page)
        return context.fail(page.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    CustomerRepository repository((*session)->database());
    auto list = repository.search(input.value(u"search"_s, QString()), page->limit, page->offset);
    if (!list)
        return context.fail(list.error());
    if (context.json()) {
        QJsonArray array;
        for (const Customer &customer : *list)
            array.append(QJsonObject{{u"id"_s, customer.id}, {u"name"_s, customer.name}, {u"email"_s, customer.email}});
        return context.printJson(array);
    }
    QTextStream &out = context.out();
    out << pad(tr("ID"), 38) << pad(tr("Name"), 28) << tr("Email") << '\n';
    for (const Customer &customer : *list)
        out << pad(customer.id, 38) << pad(customer.name, 28) << customer.email << '\n';
    return ExitOk;
}

} // namespace shipshape::cli
