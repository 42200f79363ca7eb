#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>

namespace shipshape::cli {

// `doctor`: core's Diagnostics as one line per check, without opening a session (nothing is migrated
// or created).
class DoctorCommands {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static CommandGroup group();

private:
    static int doctor(CliContext &context, const CommandInput &input);
};

} // namespace shipshape::cli
