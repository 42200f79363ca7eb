#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>

namespace shipshape::cli {

class CliContext;
class CommandInput;

// `orders tag|untag ORDER TAG…` and `customers tag|untag CUSTOMER TAG…`: tags (free text, any case, many
// per order or customer). Declared in the `orders` and `customers` command tables.
class TagCommands {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static QList<CommandSpec> orderCommands();
    static QList<CommandSpec> customerCommands();

    static int tagOrder(CliContext &context, const CommandInput &input);
    static int untagOrder(CliContext &context, const CommandInput &input);
    static int tagCustomer(CliContext &context, const CommandInput &input);
    static int untagCustomer(CliContext &context, const CommandInput &input);
};

} // namespace shipshape::cli
