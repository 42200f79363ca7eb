#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>

namespace shipshape::cli {

// `serve` (the Order API, app/api/ApiServer) and `api-token create` (bearer tokens for it).
class ApiCommands {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static CommandGroup serveGroup();
    static CommandGroup tokenGroup();

private:
    static int serve(CliContext &context, const CommandInput &input);
    static int createToken(CliContext &context, const CommandInput &input);
};

} // namespace shipshape::cli
