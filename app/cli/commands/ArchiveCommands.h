#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>

namespace shipshape::cli {

// `archive export|verify|purge`: verified, read-only archives of a period's orders (core/archive,
// docs/operations.md "Archives").
class ArchiveCommands {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static CommandGroup group();

private:
    static int exportPeriod(CliContext &context, const CommandInput &input);
    static int verify(CliContext &context, const CommandInput &input);
    static int purge(CliContext &context, const CommandInput &input);
    static int purges(CliContext &context, const CommandInput &input);
};

} // namespace shipshape::cli
