#include "cli/commands/StaffCommands.h"

#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "cli/TextColumns.h"
#include "session/Session.h"
#include "staff/StaffDirectory.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {
namespace {

const QString kLogin = u"LOGIN"_s;
const QString kRole = u"ROLE"_s;

QStringList roleKeys()
{
    return {StaffDirectory::roleKey(StaffRole::Warehouse), StaffDirectory::roleKey(StaffRole::Support),
            StaffDirectory::roleKey(StaffRole::Admin)};
}

} // namespace

CommandGroup StaffCommands::group()
{
    const ArgumentSpec login{.name = kLogin, .description = tr("The staff member's database login, e.g. alice.")};
    const QString roleDescription = tr("warehouse: stock and shipping; support: orders, payments and refunds; "
                                       "admin: everything, including staff.");
    return CommandGroup{
            .title = tr("Staff"),
            .noun = u"staff"_s,
            .summary = tr("On PostgreSQL every member of staff logs in as themselves, with a role the server "
                          "enforces. A local SQLite database has one user, the operating-system account."),
            .commands = {
                    CommandSpec{
                            .words = {u"staff"_s, u"list"_s},
                            .summary = tr("Lists staff logins and their roles."),
                            .examples = {u"shipshape-cli --database postgresql://admin@db:5432/shop staff list"_s},
                            .handler = &StaffCommands::list,
                    },
                    CommandSpec{
                            .words = {u"staff"_s, u"whoami"_s},
                            .summary = tr("Shows what the current login may do."),
                            .examples = {u"shipshape-cli --json staff whoami"_s},
                            .handler = &StaffCommands::whoami,
                    },
                    CommandSpec{
                            .words = {u"staff"_s, u"add"_s},
                            .summary = tr("Adds a staff login; the password is read from standard input."),
                            .arguments = {login},
                            .options = {{.name = u"role"_s,
                                    .valueName = kRole,
                                    .description = roleDescription,
                                    .required = true,
                                    .choices = roleKeys()}},
                            .examples = {u"shipshape-cli staff add bob --role warehouse"_s},
                            .handler = &StaffCommands::add,
                    },
                    CommandSpec{
                            .words = {u"staff"_s, u"set-role"_s},
                            .summary = tr("Gives a staff login another role."),
                            .arguments = {login,
                                    {.name = kRole, .description = roleDescription, .choices = roleKeys()}},
                            .examples = {u"shipshape-cli staff set-role bob support"_s},
                            .handler = &StaffCommands::setRole,
                    },
                    CommandSpec{
                            .words = {u"staff"_s, u"disable"_s},
                            .summary = tr("Stops a staff login from logging in (its history stays)."),
                            .arguments = {login},
                            .examples = {u"shipshape-cli staff disable bob"_s},
                            .handler = &StaffCommands::disable,
                    },
            },
    };
}

int StaffCommands::list(CliContext &context, const CommandInput &)
{
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    auto members = (*session)->staff().list();
    if (!members)
        return context.fail(members.error());
    if (context.json()) {
        QJsonArray array;
        for (const StaffMember &member : *members) {
            QJsonArray roles;
            for (StaffRole role : member.roles)
                roles.append(StaffDirectory::roleKey(role));
            array.append(
                    QJsonObject{{u"login"_s, member.login}, {u"roles"_s, roles}, {u"canLogIn"_s, member.canLogIn}});
        }
        return context.printJson(array);
    }
    QTextStream &out = context.out();
    if ((*session)->database().dialect().isSqlite())
        out << tr("Local SQLite database: one user, the operating-system account, with every right.") << '\n';
    for (const StaffMember &member : *members) {
        QStringList roles;
        for (StaffRole role : member.roles)
            roles << StaffDirectory::roleKey(role);
        out << pad(member.login, 24) << pad(roles.join(u", "_s), 30) << (member.canLogIn ? QString() : tr("disabled"))
            << '\n';
    }
    return ExitOk;
}

int StaffCommands::whoami(CliContext &context, const CommandInput &)
{
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    auto permissions = (*session)->staff().currentPermissions();
    if (!permissions)
        return context.fail(permissions.error());
    const QList<std::pair<QString, bool>> rights{{u"viewEverything"_s, permissions->viewEverything},
            {u"editStock"_s, permissions->editStock}, {u"shipAndDeliver"_s, permissions->shipAndDeliver},
            {u"placeOrders"_s, permissions->placeOrders}, {u"cancelOrders"_s, permissions->cancelOrders},
            {u"markPaidAndRefund"_s, permissions->markPaidAndRefund}, {u"addNotes"_s, permissions->addNotes},
            {u"tag"_s, permissions->tag}, {u"manageStaff"_s, permissions->manageStaff}};
    if (context.json()) {
        QJsonObject object{{u"login"_s, permissions->login}};
        for (const auto &[name, allowed] : rights)
            object.insert(name, allowed);
        return context.printJson(object);
    }
    QTextStream &out = context.out();
    out << tr("Login: %1").arg(permissions->login) << '\n';
    for (const auto &[name, allowed] : rights)
        out << "  " << pad(name, 20) << (allowed ? tr("yes") : tr("no")) << '\n';
    return ExitOk;
}

int StaffCommands::add(CliContext &context, const CommandInput &input)
{
    const QString login = input.argument(kLogin);
    auto role = StaffDirectory::parseRole(input.value(u"role"_s, QString()));
    if (!role)
        return context.fail(role.error());
    if (auto valid = StaffDirectory::validateLogin(login); !valid)
        return context.fail(valid.error());
    auto password = context.readSecretLine(
            tr("Password: "), Error::invalid(u"password"_s, {}, tr("No password on standard input.")));
    if (!password)
        return context.fail(password.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    if (auto added = (*session)->staff().add(login, *password, *role); !added)
        return context.fail(added.error());
    context.out() << tr("Added %1 as %2.").arg(login, StaffDirectory::roleKey(*role)) << '\n';
    return ExitOk;
}

int StaffCommands::setRole(CliContext &context, const CommandInput &input)
{
    const QString login = input.argument(kLogin);
    auto role = StaffDirectory::parseRole(input.argument(kRole));
    if (!role)
        return context.fail(role.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    if (auto changed = (*session)->staff().setRole(login, *role); !changed)
        return context.fail(changed.error());
    context.out() << tr("%1 is now %2.").arg(login, StaffDirectory::roleKey(*role)) << '\n';
    return ExitOk;
}

int StaffCommands::disable(CliContext &context, const CommandInput &input)
{
    const QString login = input.argument(kLogin);
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    if (auto disabled = (*session)->staff().disable(login); !disabled)
        return context.fail(disabled.error());
    context.out() << tr("%1 can no longer log in.").arg(login) << '\n';
    return ExitOk;
}

} // namespace shipshape::cli
