#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>

namespace shipshape::cli {

// `customers …`: the people who order.
class CustomersCommands {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static CommandGroup group();

private:
    static int list(CliContext &context, const CommandInput &input);
    static int setPhone(CliContext &context, const CommandInput &input);
};

} // namespace shipshape::cli
