#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>

namespace shipshape::cli {

// `taxes list|set|remove|prices`: the shop's tax rates and whether its prices include tax (docs/pricing.md).
class TaxesCommands {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static CommandGroup group();

private:
    static int list(CliContext &context, const CommandInput &input);
    static int set(CliContext &context, const CommandInput &input);
    static int remove(CliContext &context, const CommandInput &input);
    static int prices(CliContext &context, const CommandInput &input);
};

} // namespace shipshape::cli
