#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>

namespace shipshape::cli {

// `outbox …`: the customer emails waiting to go out, sent, or failed.
class OutboxCommands {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static CommandGroup group();

private:
    static int list(CliContext &context, const CommandInput &input);
    static int retry(CliContext &context, const CommandInput &input);
    static int resend(CliContext &context, const CommandInput &input);
    static int preview(CliContext &context, const CommandInput &input);
};

} // namespace shipshape::cli
