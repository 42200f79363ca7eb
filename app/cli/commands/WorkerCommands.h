#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>

namespace shipshape::cli {

// `worker`: the background work (core's WorkerRound), once or every interval.
class WorkerCommands {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static CommandGroup group();

private:
    static int worker(CliContext &context, const CommandInput &input);
};

} // namespace shipshape::cli
