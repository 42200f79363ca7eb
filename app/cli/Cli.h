#pragma once

#include <QStringList>
#include <QTextStream>

namespace shipshape::cli {

// `shipshape-cli [--database URL] [--json] COMMAND …`: headless administration of a Shipshape database.
// Reads the whole command line against the command table first; only a complete, valid command runs,
// so a usage error (exit 2) never opens, creates or migrates a database.
class Cli {
public:
    Cli();
    int run(const QStringList &arguments);

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace shipshape::cli
