#pragma once

#include <QJsonObject>
#include <QString>

namespace shipshape::manual {

// shipshape-cli(1), written from the command table as `shipshape-cli --json help` prints it: every
// command with its arguments, options, flags and examples, the global options, exit codes, environment
// variables and files.
class CliManPage {
public:
    // `table`: the CLI's command table; `version` and `date` (YYYY-MM-DD) go into the page's header.
    [[nodiscard]] static QString write(const QJsonObject &table, const QString &version, const QString &date);
};

} // namespace shipshape::manual
