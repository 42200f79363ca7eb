#pragma once

#include <QCoreApplication>

namespace shipshape::cli {

class CliContext;
class CommandInput;

// `orders cancel|refund|credit|payment-link|mark-paid`: what happens to an order's money. Declared in
// the `orders` command table (OrdersCommands::group()).
class OrderMoneyCommands {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static int cancel(CliContext &context, const CommandInput &input);
    static int refund(CliContext &context, const CommandInput &input);
    static int credit(CliContext &context, const CommandInput &input);
    static int paymentLink(CliContext &context, const CommandInput &input);
    static int markPaid(CliContext &context, const CommandInput &input);
};

} // namespace shipshape::cli
