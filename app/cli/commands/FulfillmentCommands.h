#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>

namespace shipshape::cli {

class CliContext;
class CommandInput;

// `orders ship|deliver|cancel-lines`: an order's parcels (docs/fulfillment.md). Declared in the `orders`
// command table.
class FulfillmentCommands {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static QList<CommandSpec> orderCommands();

    static int ship(CliContext &context, const CommandInput &input);
    static int deliver(CliContext &context, const CommandInput &input);
    static int cancelLines(CliContext &context, const CommandInput &input);
};

} // namespace shipshape::cli
