#include "cli/commands/CustomersCommands.h"

#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "cli/TextColumns.h"
#include "cli/commands/TagCommands.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerService.h"
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
            .commands
            = {CommandSpec{
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
               },
                    CommandSpec{
                            .words = {u"customers"_s, u"set-phone"_s},
                            .summary = tr("Sets the mobile number customers get SMS status messages on."),
                            .arguments = {{.name = u"CUSTOMER"_s,
                                                  .description = tr("The customer: their ID (the UUID from customers "
                                                                    "list) or their email.")},
                                    {.name = u"PHONE"_s,
                                            .description = tr("The number, with + and the country code or as dialled "
                                                              "in the shop's default region (sms/defaultRegion); "
                                                              "\"\" removes it.")}},
                            .examples = {u"shipshape-cli customers set-phone ada@example.com \"+44 7700 900123\""_s,
                                    u"shipshape-cli customers set-phone ada@example.com \"\""_s},
                            .description = tr("The number is checked with libphonenumber and stored in E.164 "
                                              "(+447700900123). A number that is not valid exits 3 naming it and "
                                              "changes nothing. A customer who answered STOP stays opted out."),
                            .handler = &CustomersCommands::setPhone,
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
            array.append(QJsonObject{{u"id"_s, customer.id}, {u"name"_s, customer.name}, {u"email"_s, customer.email},
                    {u"phone"_s, customer.phone.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(customer.phone)},
                    {u"smsOptedOut"_s, customer.smsOptedOutAt.has_value()}});
        return context.printJson(array);
    }
    QTextStream &out = context.out();
    out << pad(tr("ID"), 38) << pad(tr("Name"), 28) << tr("Email") << '\n';
    for (const Customer &customer : *list)
        out << pad(customer.id, 38) << pad(customer.name, 28) << customer.email << '\n';
    return ExitOk;
}

int CustomersCommands::setPhone(CliContext &context, const CommandInput &input)
{
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    CustomerService customers((*session)->database());
    auto customer = customers.setPhone(input.argument(u"CUSTOMER"_s), input.argument(u"PHONE"_s));
    if (!customer)
        return context.fail(customer.error());
    if (context.json()) {
        return context.printJson(QJsonObject{{u"id"_s, customer->id}, {u"email"_s, customer->email},
                {u"phone"_s, customer->phone.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(customer->phone)},
                {u"smsOptedOut"_s, customer->smsOptedOutAt.has_value()}});
    }
    QTextStream &out = context.out();
    if (customer->phone.isEmpty())
        out << tr("%1 has no phone number now.").arg(customer->email) << '\n';
    else
        out << tr("%1's phone is %2.").arg(customer->email, customer->phone) << '\n';
    if (customer->smsOptedOutAt)
        out << tr("They opted out of SMS (STOP); no SMS is sent to them.") << '\n';
    return ExitOk;
}

} // namespace shipshape::cli
