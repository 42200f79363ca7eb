#include "cli/Cli.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/ExitCode.h"
#include "cli/commands/HelpCommands.h"

#include "BuildInfo.h"

namespace shipshape::cli {

Cli::Cli() : m_out(stdout), m_err(stderr) {}

int Cli::run(const QStringList &arguments)
{
    const CommandTable table = CommandTable::standard();
    const CommandLine line = CommandLine::parse(table, arguments);
    CliContext context(table, m_out, m_err, line.json, line.databaseUrl);
    int code = ExitOk;
    switch (line.request) {
    case CommandLine::Request::Version:
        // The version and the commit it was built from, so a bug report names both.
        m_out << "shipshape-cli " << QCoreApplication::applicationVersion() << " (git " << SHIPSHAPE_GIT_DESCRIBE
              << ")\n";
        break;
    case CommandLine::Request::Help:
        code = HelpCommands::print(context, line.command, line.group);
        break;
    case CommandLine::Request::Usage:
        code = context.usage(line.problem,
                line.command         ? line.command->name()
                        : line.group ? line.group->noun
                                     : QString());
        break;
    case CommandLine::Request::Run:
        context.setCommand(line.command);
        code = line.command->handler(context, line.input);
        break;
    }
    m_out.flush();
    m_err.flush();
    return code;
}

} // namespace shipshape::cli
