#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>

namespace shipshape::cli {

// `replica status|sync|rebuild`: the desktop's local SQLite replica of a PostgreSQL database
// (core/replica, docs/replica.md), for scripts and support.
class ReplicaCommands {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static CommandGroup group();

private:
    static int status(CliContext &context, const CommandInput &input);
    static int sync(CliContext &context, const CommandInput &input);
    static int rebuild(CliContext &context, const CommandInput &input);
    static int run(CliContext &context, bool rebuild);
};

} // namespace shipshape::cli
