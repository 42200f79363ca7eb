#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>

namespace shipshape::cli {

class CliContext;
class CommandInput;

// `orders import FILE`: orders from another system's CSV or JSON Lines file (OrderImport). Declared in the
// `orders` command table (OrdersCommands::group()).
class OrderImportCommand {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static CommandSpec spec();
    static int run(CliContext &context, const CommandInput &input);
};

} // namespace shipshape::cli
