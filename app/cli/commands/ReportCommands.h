#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>

namespace shipshape::cli {

// `report kpis`: the dashboard's figures for a period.
class ReportCommands {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static CommandGroup group();

private:
    static int kpis(CliContext &context, const CommandInput &input);
};

} // namespace shipshape::cli
