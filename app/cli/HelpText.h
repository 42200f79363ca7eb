#pragma once

#include "cli/CommandTable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace shipshape::cli {

// The help shipshape-cli prints, all of it written from the command table.
class HelpText {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    explicit HelpText(const CommandTable &table) : m_table(table) {}

    // `shipshape-cli --help`: global options, every command grouped by noun, exit codes.
    [[nodiscard]] QString overview() const;
    // `shipshape-cli orders --help`: the noun's commands.
    [[nodiscard]] QString group(const CommandGroup &group) const;
    // `shipshape-cli orders ship --help`: usage, arguments, options, examples, details.
    [[nodiscard]] static QString command(const CommandSpec &command);

    // "shipshape-cli orders ship ORDER --tracking NUMBER [--carrier NAME]"
    [[nodiscard]] static QString usageLine(const CommandSpec &command);
    // "orders ship ORDER": the words and positional arguments, for command lists.
    [[nodiscard]] static QString synopsis(const CommandSpec &command);
    // "Try 'shipshape-cli orders ship --help'." (topic: command words, a noun, or empty for everything).
    [[nodiscard]] static QString hint(const QString &topic);

    // The options every command accepts (a flag has no value name).
    [[nodiscard]] static QList<OptionSpec> globalOptions();
    [[nodiscard]] static QList<std::pair<int, QString>> exitCodes();
    // The environment variables shipshape-cli reads: name, what it is for.
    [[nodiscard]] static QList<std::pair<QString, QString>> environment();
    // The files it reads or writes on its own: path (as the user's shell spells it), what it is.
    [[nodiscard]] static QList<std::pair<QString, QString>> files();

private:
    const CommandTable &m_table;
};

} // namespace shipshape::cli
