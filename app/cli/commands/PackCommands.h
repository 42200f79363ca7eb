#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>

namespace shipshape::cli {

class CliContext;
class CommandInput;

// `pack ORDER --scan CODE…`: scripted scan-to-pack (docs/warehouse.md) for tests and integrations, through
// core's PackingStation like the desktop's Pack page.
class PackCommands {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static CommandGroup group();

private:
    static int pack(CliContext &context, const CommandInput &input);
};

} // namespace shipshape::cli
