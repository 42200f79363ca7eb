#include "manual/BashCompletion.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::manual {
namespace {

// A word list for `compgen -W`, single-quoted for the shell.
QString quotedWords(const QStringList &words)
{
    QString joined = words.join(u' ');
    joined.replace(u'\'', u"'\\''"_s);
    return u'\'' + joined + u'\'';
}

// A case pattern matching exactly `text`.
QString pattern(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'$', u"\\$"_s).replace(u'`', u"\\`"_s);
    return u'"' + quoted + u'"';
}

QStringList names(const QJsonArray &entries)
{
    QStringList result;
    for (const QJsonValue &entry : entries)
        result << entry.toObject().value(u"name"_s).toString();
    return result;
}

} // namespace

QString BashCompletion::write(const QJsonObject &table)
{
    QStringList globalNames; // every global option, for completing "--" before the command
    QStringList commandGlobalNames; // those a command also takes (the parser reads --version only before one)
    QStringList globalValueNames; // those that take a value
    for (const QJsonValue &value : table.value(u"globalOptions"_s).toArray()) {
        const QJsonObject option = value.toObject();
        globalNames << option.value(u"name"_s).toString();
        if (option.value(u"name"_s).toString() != u"--version"_s)
            commandGlobalNames << option.value(u"name"_s).toString();
        if (!option.value(u"value"_s).toString().isEmpty())
            globalValueNames << option.value(u"name"_s).toString();
    }

    QMap<QString, QStringList> nextWords; // words typed so far -> the words that may follow
    QStringList commands;
    QString valueOptionCases, optionValueCases, optionCases, argumentCases;
    for (const QJsonValue &groupValue : table.value(u"groups"_s).toArray()) {
        for (const QJsonValue &commandValue : groupValue.toObject().value(u"commands"_s).toArray()) {
            const QJsonObject command = commandValue.toObject();
            const QStringList words = command.value(u"words"_s).toVariant().toStringList();
            const QString name = words.join(u' ');
            commands << name;
            for (qsizetype i = 0; i < words.size(); ++i) {
                QStringList &following = nextWords[words.mid(0, i).join(u' ')];
                if (!following.contains(words.at(i)))
                    following << words.at(i);
            }

            const QJsonArray options = command.value(u"options"_s).toArray();
            const QJsonArray flags = command.value(u"flags"_s).toArray();
            if (!options.isEmpty())
                valueOptionCases += u"                    "_s + pattern(name) + u") value_options="_s
                        + quotedWords(names(options)) + u" ;;\n"_s;
            for (const QJsonValue &optionValue : options) {
                const QJsonObject option = optionValue.toObject();
                const QString key = pattern(name + u'|' + option.value(u"name"_s).toString());
                const QStringList choices = option.value(u"choices"_s).toVariant().toStringList();
                if (!choices.isEmpty())
                    optionValueCases += u"        "_s + key + u")\n            COMPREPLY=($(compgen -W "_s
                            + quotedWords(choices) + u" -- \"$cur\"))\n            return 0\n            ;;\n"_s;
                else if (option.value(u"kind"_s).toString() == u"file"_s)
                    optionValueCases += u"        "_s + key + u")\n            _shipshape_cli_files\n"_s
                            + u"            return 0\n            ;;\n"_s;
                else
                    optionValueCases += u"        "_s + key + u") return 0 ;;\n"_s;
            }
            if (!options.isEmpty() || !flags.isEmpty())
                optionCases += u"            "_s + pattern(name) + u") options+=' '"_s
                        + quotedWords(names(options) + names(flags)) + u" ;;\n"_s;

            // Positional arguments: their fixed choices, and files where one is a path.
            QStringList argumentChoices;
            bool files = false;
            for (const QJsonValue &argumentValue : command.value(u"arguments"_s).toArray()) {
                const QJsonObject argument = argumentValue.toObject();
                argumentChoices << argument.value(u"choices"_s).toVariant().toStringList();
                files = files || argument.value(u"kind"_s).toString() == u"file"_s;
            }
            if (!argumentChoices.isEmpty() || files) {
                argumentCases += u"            "_s + pattern(name) + u")\n"_s;
                if (!argumentChoices.isEmpty())
                    argumentCases += u"                COMPREPLY=($(compgen -W "_s + quotedWords(argumentChoices)
                            + u" -- \"$cur\"))\n"_s;
                if (files)
                    argumentCases += u"                _shipshape_cli_files\n"_s;
                argumentCases += u"                ;;\n"_s;
            }
        }
    }

    QString commandPatterns;
    for (const QString &command : commands)
        commandPatterns += (commandPatterns.isEmpty() ? QString() : u" | "_s) + pattern(command);
    QString wordCases;
    for (auto it = nextWords.cbegin(); it != nextWords.cend(); ++it)
        wordCases += u"        "_s + pattern(it.key()) + u") COMPREPLY=($(compgen -W "_s + quotedWords(it.value())
                + u" -- \"$cur\")) ;;\n"_s;
    QStringList globalValuePatterns;
    for (const QString &option : globalValueNames)
        globalValuePatterns << pattern(option);

    return uR"(# bash completion for shipshape-cli                        -*- shell-script -*-
# Generated from shipshape-cli's command table by shipshape-manual; do not edit.

_shipshape_cli_files()
{
    local IFS=$'\n'
    COMPREPLY+=($(compgen -f -- "$cur"))
    compopt -o filenames 2>/dev/null
}

_shipshape_cli()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()

    # The command typed so far: words that are neither options nor their values, up to a whole command.
    local command= complete=0 value_options= word i
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        case "$word" in
            %GLOBAL_VALUE_OPTIONS%)
                ((i += 1))
                continue
                ;;
            -*)
                if ((complete)) && [[ " $value_options " == *" $word "* ]]; then
                    ((i += 1))
                fi
                continue
                ;;
        esac
        ((complete)) && continue # a positional argument
        command=${command:+$command }$word
        case "$command" in
            %COMMANDS%)
                complete=1
                case "$command" in
%VALUE_OPTIONS%                esac
                ;;
        esac
    done

    # The value of an option.
    case "$prev" in
        %GLOBAL_VALUE_OPTIONS%) return 0 ;;
    esac
    case "$command|$prev" in
%OPTION_VALUES%    esac

    if [[ "$cur" == -* ]]; then
        local options='%GLOBAL_OPTIONS%'
        if ((complete)); then
            options='%COMMAND_GLOBAL_OPTIONS%'
            case "$command" in
%OPTIONS%            esac
        fi
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return 0
    fi
    if ((complete)); then
        case "$command" in
%ARGUMENTS%        esac
        return 0
    fi
    case "$command" in
%WORDS%    esac
    return 0
}

complete -F _shipshape_cli shipshape-cli
)"_s.replace(u"%GLOBAL_VALUE_OPTIONS%"_s, globalValuePatterns.join(u" | "_s))
            .replace(u"%COMMANDS%"_s, commandPatterns)
            .replace(u"%VALUE_OPTIONS%"_s, valueOptionCases)
            .replace(u"%OPTION_VALUES%"_s, optionValueCases)
            .replace(u"%OPTIONS%"_s, optionCases)
            .replace(u"%GLOBAL_OPTIONS%"_s, globalNames.join(u' '))
            .replace(u"%COMMAND_GLOBAL_OPTIONS%"_s, commandGlobalNames.join(u' '))
            .replace(u"%ARGUMENTS%"_s, argumentCases)
            .replace(u"%WORDS%"_s, wordCases);
}

} // namespace shipshape::manual
