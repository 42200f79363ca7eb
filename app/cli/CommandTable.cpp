#include "cli/CommandTable.h"

#include "cli/HelpText.h"
#include "cli/commands/ApiCommands.h"
#include "cli/commands/ArchiveCommands.h"
#include "cli/commands/BackupCommands.h"
#include "cli/commands/CountsCommands.h"
#include "cli/commands/CustomersCommands.h"
#include "cli/commands/DatabaseCommands.h"
#include "cli/commands/DoctorCommands.h"
#include "cli/commands/HelpCommands.h"
#include "cli/commands/OrdersCommands.h"
#include "cli/commands/OutboxCommands.h"
#include "cli/commands/PackCommands.h"
#include "cli/commands/PickListsCommands.h"
#include "cli/commands/ProductsCommands.h"
#include "cli/commands/ReplicaCommands.h"
#include "cli/commands/ReportCommands.h"
#include "cli/commands/ReturnsCommands.h"
#include "cli/commands/SecretsCommands.h"
#include "cli/commands/StaffCommands.h"
#include "cli/commands/TaxesCommands.h"
#include "cli/commands/WebhooksCommands.h"
#include "cli/commands/WorkerCommands.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {
namespace {

QJsonValue choicesJson(const QStringList &choices)
{
    return choices.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(choices));
}

QString kindKey(ValueKind kind)
{
    return kind == ValueKind::File ? u"file"_s : u"text"_s;
}

} // namespace

CommandTable::CommandTable(QList<CommandGroup> groups) : m_groups(std::move(groups)) {}

CommandTable CommandTable::standard()
{
    return CommandTable({DatabaseCommands::group(), ProductsCommands::group(), CustomersCommands::group(),
            OrdersCommands::group(), ReturnsCommands::group(), PickListsCommands::group(), PackCommands::group(),
            CountsCommands::group(), WorkerCommands::group(), ApiCommands::serveGroup(), ApiCommands::tokenGroup(),
            OutboxCommands::group(), WebhooksCommands::group(), SecretsCommands::group(), TaxesCommands::group(),
            StaffCommands::group(), ReportCommands::group(), DoctorCommands::group(), BackupCommands::group(),
            ArchiveCommands::group(), ReplicaCommands::group(), HelpCommands::group()});
}

const CommandSpec *CommandTable::find(const QStringList &words) const
{
    for (const CommandGroup &group : m_groups) {
        for (const CommandSpec &command : group.commands) {
            if (command.words == words)
                return &command;
        }
    }
    return nullptr;
}

const CommandGroup *CommandTable::group(const QString &noun) const
{
    if (noun.isEmpty())
        return nullptr;
    for (const CommandGroup &candidate : m_groups) {
        if (candidate.noun == noun)
            return &candidate;
    }
    return nullptr;
}

QJsonObject CommandTable::toJson(const CommandSpec &command)
{
    QJsonArray arguments;
    for (const ArgumentSpec &argument : command.arguments) {
        arguments.append(QJsonObject{{u"name"_s, argument.name}, {u"description"_s, argument.description},
                {u"required"_s, argument.required}, {u"repeatable"_s, argument.repeatable},
                {u"choices"_s, choicesJson(argument.choices)}, {u"kind"_s, kindKey(argument.kind)}});
    }
    QJsonArray options;
    for (const OptionSpec &option : command.options) {
        options.append(QJsonObject{{u"name"_s, QString(u"--"_s + option.name)}, {u"value"_s, option.valueName},
                {u"description"_s, option.description}, {u"required"_s, option.required},
                {u"repeatable"_s, option.repeatable}, {u"choices"_s, choicesJson(option.choices)},
                {u"kind"_s, kindKey(option.kind)}});
    }
    QJsonArray flags;
    for (const FlagSpec &flag : command.flags)
        flags.append(QJsonObject{{u"name"_s, QString(u"--"_s + flag.name)}, {u"description"_s, flag.description}});
    return QJsonObject{{u"words"_s, QJsonArray::fromStringList(command.words)}, {u"summary"_s, command.summary},
            {u"usage"_s, HelpText::usageLine(command)}, {u"arguments"_s, arguments}, {u"options"_s, options},
            {u"flags"_s, flags}, {u"examples"_s, QJsonArray::fromStringList(command.examples)},
            {u"description"_s, command.description}, {u"usesDatabase"_s, command.usesDatabase}};
}

QJsonObject CommandTable::toJson() const
{
    QJsonArray groups;
    for (const CommandGroup &group : m_groups) {
        QJsonArray commands;
        for (const CommandSpec &command : group.commands)
            commands.append(toJson(command));
        groups.append(QJsonObject{{u"title"_s, group.title},
                {u"noun"_s, group.noun.isEmpty() ? QJsonValue() : QJsonValue(group.noun)},
                {u"summary"_s, group.summary}, {u"commands"_s, commands}});
    }
    QJsonArray globalOptions;
    for (const OptionSpec &option : HelpText::globalOptions()) {
        globalOptions.append(QJsonObject{{u"name"_s, QString(u"--"_s + option.name)},
                {u"value"_s, option.valueName.isEmpty() ? QJsonValue() : QJsonValue(option.valueName)},
                {u"description"_s, option.description}});
    }
    QJsonArray exitCodes;
    for (const auto &[code, meaning] : HelpText::exitCodes())
        exitCodes.append(QJsonObject{{u"code"_s, code}, {u"meaning"_s, meaning}});
    QJsonArray environment;
    for (const auto &[name, meaning] : HelpText::environment())
        environment.append(QJsonObject{{u"name"_s, name}, {u"meaning"_s, meaning}});
    QJsonArray files;
    for (const auto &[path, meaning] : HelpText::files())
        files.append(QJsonObject{{u"path"_s, path}, {u"meaning"_s, meaning}});
    return QJsonObject{{u"program"_s, u"shipshape-cli"_s}, {u"version"_s, QCoreApplication::applicationVersion()},
            {u"summary"_s, HelpText::tr("Headless administration of a Shipshape database.")},
            {u"globalOptions"_s, globalOptions}, {u"exitCodes"_s, exitCodes}, {u"environment"_s, environment},
            {u"files"_s, files}, {u"groups"_s, groups}};
}

} // namespace shipshape::cli
