#pragma once

#include "cli/CommandInput.h"
#include "cli/CommandTable.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace shipshape::cli {

// Reads a whole shipshape-cli command line against the command table, before anything is opened:
// global options (--database, --json, --help, --version) anywhere, the command's words, then its own
// arguments, options and flags. Whatever the command does not declare is a usage problem.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum class Request {
        Run, // run `command` with `input`
        Help, // help on `command`, else on `group`, else everything
        Version,
        Usage, // `problem` says what is wrong; `command` / `group` say whose help to point at
    };

    static CommandLine parse(const CommandTable &table, const QStringList &arguments);

    Request request = Request::Usage;
    bool json = false;
    std::optional<QString> databaseUrl;
    const CommandSpec *command = nullptr;
    const CommandGroup *group = nullptr;
    CommandInput input;
    QString problem;

private:
    void parseCommandWords(const CommandTable &table, const QStringList &arguments, qsizetype &next);
    void parseCommandArguments(const QStringList &arguments, qsizetype next);
    void checkCounts();
    // Handles a global option at arguments[next]; false if the word is not one.
    bool takeGlobal(const QStringList &arguments, qsizetype &next);
    void setProblem(const QString &text);

    bool m_help = false;
    bool m_version = false;
};

} // namespace shipshape::cli
