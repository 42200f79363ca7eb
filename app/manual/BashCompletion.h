#pragma once

#include <QJsonObject>
#include <QString>

namespace shipshape::manual {

// The bash completion script for shipshape-cli, written from its command table: command words, each
// command's options and flags, the values of options with a fixed set of choices, files where a value is a
// path. Self-contained (it needs no bash-completion helpers), so a test can source it and ask it directly.
class BashCompletion {
public:
    [[nodiscard]] static QString write(const QJsonObject &table);
};

} // namespace shipshape::manual
