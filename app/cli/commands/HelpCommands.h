#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>

namespace shipshape::cli {

// `help [COMMAND...]`, and what `--help` prints anywhere on the command line.
class HelpCommands {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static CommandGroup group();
    // Help on `command`, else on `group`, else on everything; with --json the same as data.
    static int print(CliContext &context, const CommandSpec *command, const CommandGroup *group);

private:
    static int help(CliContext &context, const CommandInput &input);
};

} // namespace shipshape::cli
