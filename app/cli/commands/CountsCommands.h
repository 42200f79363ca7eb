#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>

namespace shipshape::cli {

class CliContext;
class CommandInput;

// `counts start|enter|scan|approve|cancel|list|show|due`: cycle counts (docs/warehouse.md) through core's
// CycleCounts, like the desktop's Counts page.
class CountsCommands {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static CommandGroup group();

private:
    static int start(CliContext &context, const CommandInput &input);
    static int enter(CliContext &context, const CommandInput &input);
    static int scan(CliContext &context, const CommandInput &input);
    static int approve(CliContext &context, const CommandInput &input);
    static int cancel(CliContext &context, const CommandInput &input);
    static int list(CliContext &context, const CommandInput &input);
    static int show(CliContext &context, const CommandInput &input);
    static int due(CliContext &context, const CommandInput &input);
};

} // namespace shipshape::cli
