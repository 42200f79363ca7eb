#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>

namespace shipshape::cli {

// `secrets set`: provider keys into the system keychain.
class SecretsCommands {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static CommandGroup group();

private:
    static int set(CliContext &context, const CommandInput &input);
};

} // namespace shipshape::cli
