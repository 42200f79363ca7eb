#include "cli/commands/HelpCommands.h"

#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "cli/HelpText.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {

CommandGroup HelpCommands::group()
{
    return CommandGroup{
            .title = tr("Help"),
            .noun = {},
            .summary = tr("What shipshape-cli can do."),
            .commands = {CommandSpec{
                    .words = {u"help"_s},
                    .summary = tr("Shows the help on everything, a noun or a command."),
                    .arguments = {{.name = u"COMMAND"_s,
                            .description = tr("A command or a noun, e.g. orders place or orders."),
                            .required = false,
                            .repeatable = true}},
                    .examples = {u"shipshape-cli help orders place"_s, u"shipshape-cli orders place --help"_s,
                            u"shipshape-cli --json help > shipshape-cli-commands.json"_s},
                    .description = tr("With --json it prints the command table itself (every command's words, "
                                      "arguments, options, flags and examples), from which man pages and shell "
                                      "completion can be generated."),
                    .usesDatabase = false,
                    .handler = &HelpCommands::help,
            }},
    };
}

int HelpCommands::help(CliContext &context, const CommandInput &input)
{
    const QStringList words = input.arguments(u"COMMAND"_s);
    if (words.isEmpty())
        return print(context, nullptr, nullptr);
    if (const CommandSpec *command = context.table().find(words))
        return print(context, command, nullptr);
    if (const CommandGroup *group = words.size() == 1 ? context.table().group(words.constFirst()) : nullptr)
        return print(context, nullptr, group);
    return context.usage(tr("Unknown command \"%1\".").arg(words.join(u' ')), QString());
}

int HelpCommands::print(CliContext &context, const CommandSpec *command, const CommandGroup *group)
{
    if (context.json()) {
        if (command)
            return context.printJson(CommandTable::toJson(*command));
        if (group) {
            QJsonArray commands;
            for (const CommandSpec &each : group->commands)
                commands.append(CommandTable::toJson(each));
            return context.printJson(QJsonObject{{u"title"_s, group->title}, {u"noun"_s, group->noun},
                    {u"summary"_s, group->summary}, {u"commands"_s, commands}});
        }
        return context.printJson(context.table().toJson());
    }
    const HelpText help(context.table());
    context.out() << (command ? HelpText::command(*command) : group ? help.group(*group) : help.overview());
    return ExitOk;
}

} // namespace shipshape::cli
