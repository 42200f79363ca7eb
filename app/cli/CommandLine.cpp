#include "cli/CommandLine.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {

CommandLine CommandLine::parse(const CommandTable &table, const QStringList &arguments)
{
    CommandLine line;
    qsizetype next = 0;
    line.parseCommandWords(table, arguments, next);
    const bool named = line.command || line.group;
    if (line.command)
        line.parseCommandArguments(arguments, next);
    else
        // Nothing more can be understood, but --json still decides how the problem is reported.
        for (; next < arguments.size(); ++next)
            line.json = line.json || arguments.at(next) == u"--json"_s;

    if (!line.problem.isEmpty() && !(line.m_help && named)) {
        line.request = Request::Usage;
    } else if (line.m_help) {
        line.request = Request::Help;
    } else if (line.m_version) {
        line.request = Request::Version;
    } else if (!named) {
        line.setProblem(tr("No command given."));
        line.request = Request::Usage;
    } else if (!line.command) {
        QStringList verbs;
        for (const CommandSpec &command : line.group->commands)
            verbs << command.words.mid(1).join(u' ');
        line.setProblem(tr("%1 needs a subcommand: %2.").arg(line.group->noun, verbs.join(u", "_s)));
        line.request = Request::Usage;
    } else {
        line.checkCounts();
        line.request = line.problem.isEmpty() ? Request::Run : Request::Usage;
    }
    return line;
}

void CommandLine::setProblem(const QString &text)
{
    if (problem.isEmpty())
        problem = text;
}

bool CommandLine::takeGlobal(const QStringList &arguments, qsizetype &next)
{
    const QString &word = arguments.at(next);
    if (word == u"--json"_s) {
        json = true;
    } else if (word == u"--help"_s || word == u"-h"_s) {
        m_help = true;
    } else if (word == u"--version"_s && !command) {
        m_version = true;
    } else if (word == u"--database"_s) {
        if (next + 1 >= arguments.size()) {
            setProblem(tr("--database needs a URL."));
        } else {
            databaseUrl = arguments.at(++next);
        }
    } else if (word.startsWith(u"--database="_s)) {
        databaseUrl = word.mid(11);
    } else {
        return false;
    }
    ++next;
    return true;
}

void CommandLine::parseCommandWords(const CommandTable &table, const QStringList &arguments, qsizetype &next)
{
    QStringList words;
    while (next < arguments.size()) {
        if (takeGlobal(arguments, next))
            continue;
        const QString &word = arguments.at(next);
        if (word.startsWith(u'-') && word != u"-"_s) {
            // Options come after the command they belong to.
            setProblem(words.isEmpty() ? tr("Unknown option %1.").arg(word)
                                       : tr("%1 needs a subcommand before %2.").arg(words.join(u' '), word));
            ++next;
            continue;
        }
        words << word;
        ++next;
        if ((command = table.find(words)))
            return;
        if (words.size() == 1 && (group = table.group(word)))
            continue;
        setProblem(tr("Unknown command \"%1\".").arg(words.join(u' ')));
        return;
    }
}

void CommandLine::parseCommandArguments(const QStringList &arguments, qsizetype next)
{
    input = CommandInput(*command);
    bool onlyPositionals = false;
    for (; next < arguments.size(); ++next) {
        const QString &word = arguments.at(next);
        if (onlyPositionals || !word.startsWith(u"--"_s)) {
            if (!onlyPositionals && word == u"-h"_s)
                m_help = true;
            else
                input.addPositional(word); // also "-" (standard input) and "-5" (the command judges it)
            continue;
        }
        if (word == u"--"_s) {
            onlyPositionals = true;
            continue;
        }
        QString name = word.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype equals = name.indexOf(u'='); equals >= 0) {
            inlineValue = name.mid(equals + 1);
            name.truncate(equals);
        }
        if (const OptionSpec *option = command->option(name)) {
            if (!inlineValue && next + 1 >= arguments.size()) {
                setProblem(tr("--%1 needs a value (%2).").arg(name, option->valueName));
                continue;
            }
            if (!option->repeatable && input.hasValue(name))
                setProblem(tr("--%1 is given more than once.").arg(name));
            // The next word is the value even when it starts with dashes ("--note --").
            input.addValue(name, inlineValue ? *inlineValue : arguments.at(++next));
        } else if (command->flag(name)) {
            if (inlineValue)
                setProblem(tr("--%1 takes no value.").arg(name));
            input.addFlag(name);
        } else if (!takeGlobal(arguments, next)) {
            setProblem(tr("%1 does not take the option --%2.").arg(command->name(), name));
        } else {
            --next; // takeGlobal() moved past the option; the loop does too
        }
    }
}

void CommandLine::checkCounts()
{
    const QList<ArgumentSpec> &declared = command->arguments;
    const QStringList &given = input.positionals();
    for (qsizetype i = given.size(); i < declared.size(); ++i) {
        if (declared.at(i).required) {
            setProblem(tr("%1 needs the argument %2.").arg(command->name(), declared.at(i).name));
            return;
        }
    }
    const bool repeatable = !declared.isEmpty() && declared.constLast().repeatable;
    if (!repeatable && given.size() > declared.size()) {
        const QString unexpected = given.mid(declared.size()).join(u' ');
        if (declared.isEmpty()) {
            setProblem(tr("%1 takes no arguments (got \"%2\").").arg(command->name(), unexpected));
        } else {
            QStringList names;
            for (const ArgumentSpec &argument : declared)
                names << argument.name;
            setProblem(tr("%1 takes only %2 (got \"%3\" too).").arg(command->name(), names.join(u' '), unexpected));
        }
        return;
    }
    for (const OptionSpec &option : command->options) {
        if (!option.required || input.hasValue(option.name))
            continue;
        setProblem(option.choices.isEmpty()
                        ? tr("%1 needs --%2 %3.").arg(command->name(), option.name, option.valueName)
                        : tr("%1 needs --%2 %3 (%4).")
                                  .arg(command->name(), option.name, option.valueName, option.choices.join(u", "_s)));
        return;
    }
}

} // namespace shipshape::cli
