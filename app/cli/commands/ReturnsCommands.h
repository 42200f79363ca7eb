#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>

namespace shipshape::cli {

class CliContext;
class CommandInput;

// `returns open|receive|refund|reject|exchange|list|show`: returns (RMA) of shipped units and exchanges for a
// replacement (docs/fulfillment.md, "Returns" and "Exchanges").
class ReturnsCommands {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static CommandGroup group();

    static int open(CliContext &context, const CommandInput &input);
    static int receive(CliContext &context, const CommandInput &input);
    static int refund(CliContext &context, const CommandInput &input);
    static int reject(CliContext &context, const CommandInput &input);
    static int exchange(CliContext &context, const CommandInput &input);
    static int list(CliContext &context, const CommandInput &input);
    static int show(CliContext &context, const CommandInput &input);
};

} // namespace shipshape::cli
