#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace shipshape::cli {

class CliContext;
class CommandInput;

// What kind of text a value is, for help and for generated shell completion.
enum class ValueKind {
    Text,
    File, // a path; "-" means standard input where the description says so
};

// A positional argument. Required ones come first, then optional ones; a repeatable one is last.
struct ArgumentSpec {
    QString name; // "ORDER"
    QString description;
    bool required = true;
    bool repeatable = false;
    QStringList choices; // the values it accepts, when they are a fixed set
    ValueKind kind = ValueKind::Text;
};

// `--name VALUE` (or `--name=VALUE`).
struct OptionSpec {
    QString name; // without the dashes
    QString valueName; // "NUMBER"
    QString description;
    bool required = false;
    bool repeatable = false; // given more than once, every value counts
    QStringList choices;
    ValueKind kind = ValueKind::Text;
};

// `--name`, without a value.
struct FlagSpec {
    QString name;
    QString description;
};

// Runs a parsed command; returns the exit code. Handlers validate values (exit 3), then open the
// database through the context (so bad input never opens, creates or migrates anything).
using CommandHandler = int (*)(CliContext &context, const CommandInput &input);

// One command, declared once: the parser, the help, `help --json` (for man pages and shell completion)
// and the dispatcher all read this, so they cannot disagree.
struct CommandSpec {
    QStringList words; // {"orders", "ship"}
    QString summary; // one line, for lists
    QList<ArgumentSpec> arguments;
    QList<OptionSpec> options;
    QList<FlagSpec> flags;
    QStringList examples; // complete command lines
    QString description; // optional longer text: the rules, and for JSON input the full shape
    bool usesDatabase = true; // opens the database (--database applies)
    CommandHandler handler = nullptr;

    [[nodiscard]] QString name() const { return words.join(u' '); }
    [[nodiscard]] const OptionSpec *option(const QString &optionName) const
    {
        for (const OptionSpec &candidate : options) {
            if (candidate.name == optionName)
                return &candidate;
        }
        return nullptr;
    }
    [[nodiscard]] const FlagSpec *flag(const QString &flagName) const
    {
        for (const FlagSpec &candidate : flags) {
            if (candidate.name == flagName)
                return &candidate;
        }
        return nullptr;
    }
};

// The commands of one noun ("orders"), or a set of one-word commands (noun empty).
struct CommandGroup {
    QString title; // "Orders"
    QString noun; // "orders"
    QString summary; // what the noun's commands are for (shown by `shipshape-cli orders --help`)
    QList<CommandSpec> commands;
};

} // namespace shipshape::cli
