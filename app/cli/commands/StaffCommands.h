#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>

namespace shipshape::cli {

// `staff …`: staff logins and their roles on a shared PostgreSQL database.
class StaffCommands {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static CommandGroup group();

private:
    static int list(CliContext &context, const CommandInput &input);
    static int whoami(CliContext &context, const CommandInput &input);
    static int add(CliContext &context, const CommandInput &input);
    static int setRole(CliContext &context, const CommandInput &input);
    static int disable(CliContext &context, const CommandInput &input);
};

} // namespace shipshape::cli
