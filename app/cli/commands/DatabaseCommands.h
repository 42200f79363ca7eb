#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>

namespace shipshape::cli {

// `migrate` and `demo-data`: the schema and a generated shop.
class DatabaseCommands {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static CommandGroup group();

private:
    static int migrate(CliContext &context, const CommandInput &input);
    static int demoData(CliContext &context, const CommandInput &input);
};

} // namespace shipshape::cli
