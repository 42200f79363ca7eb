#pragma once

#include "cli/CommandSpec.h"

#include <QJsonObject>

namespace shipshape::cli {

// Every command of shipshape-cli, grouped by noun, in the order the help lists them.
class CommandTable {
public:
    explicit CommandTable(QList<CommandGroup> groups);
    // The table of this build: every group the commands/ classes declare.
    static CommandTable standard();

    [[nodiscard]] const QList<CommandGroup> &groups() const { return m_groups; }
    // The command named by exactly these words, or null.
    [[nodiscard]] const CommandSpec *find(const QStringList &words) const;
    // The group whose noun is `noun`, or null (one-word commands have no noun).
    [[nodiscard]] const CommandGroup *group(const QString &noun) const;

    // The whole table as plain data (`shipshape-cli help --json`): what man pages and shell completion
    // are generated from.
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static QJsonObject toJson(const CommandSpec &command);

private:
    QList<CommandGroup> m_groups;
};

} // namespace shipshape::cli
