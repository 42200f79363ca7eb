#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>

namespace shipshape::cli {

// `products …`: the catalogue and its stock ledger.
class ProductsCommands {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static CommandGroup group();

private:
    static int list(CliContext &context, const CommandInput &input);
    static int show(CliContext &context, const CommandInput &input);
    static int add(CliContext &context, const CommandInput &input);
    static int edit(CliContext &context, const CommandInput &input);
    static int importFile(CliContext &context, const CommandInput &input);
    static int exportFile(CliContext &context, const CommandInput &input);
    static int setStock(CliContext &context, const CommandInput &input);
    static int replenish(CliContext &context, const CommandInput &input);
    static int movements(CliContext &context, const CommandInput &input);
};

} // namespace shipshape::cli
