#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>

namespace shipshape::cli {

// `orders …`: placing orders and moving them through their lifecycle.
class OrdersCommands {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static CommandGroup group();

private:
    static int list(CliContext &context, const CommandInput &input);
    static int show(CliContext &context, const CommandInput &input);
    static int place(CliContext &context, const CommandInput &input);
    static int modify(CliContext &context, const CommandInput &input);
};

} // namespace shipshape::cli
