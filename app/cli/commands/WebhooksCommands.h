#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>

namespace shipshape::cli {

// `webhooks …`: the endpoints that receive the shop's signed order and stock events (docs/notifications.md).
class WebhooksCommands {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static CommandGroup group();

private:
    static int add(CliContext &context, const CommandInput &input);
    static int list(CliContext &context, const CommandInput &input);
    static int remove(CliContext &context, const CommandInput &input);
    static int test(CliContext &context, const CommandInput &input);
    static int deliveries(CliContext &context, const CommandInput &input);
    static int retry(CliContext &context, const CommandInput &input);
};

} // namespace shipshape::cli
