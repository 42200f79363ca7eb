#pragma once

#include "cli/CommandSpec.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace shipshape::cli {

// The words of one command line, sorted by what the command's spec declares: positional arguments by
// name, option values, flags. Built only by CommandLine, after every usage check has passed, so
// handlers never see an option their command does not take.
class CommandInput {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    struct Page {
        int limit = 0;
        int offset = 0;
    };

    CommandInput() = default;
    explicit CommandInput(const CommandSpec &command) : m_command(&command) {}

    [[nodiscard]] const CommandSpec &command() const { return *m_command; }

    // The positional argument declared as `name` (empty when an optional one was left out).
    [[nodiscard]] QString argument(const QString &name) const;
    // Every word given for a repeatable argument.
    [[nodiscard]] QStringList arguments(const QString &name) const;
    // The option's value (the last one for a repeatable option: use values()).
    [[nodiscard]] std::optional<QString> value(const QString &option) const;
    [[nodiscard]] QString value(const QString &option, const QString &fallback) const;
    [[nodiscard]] QStringList values(const QString &option) const;
    [[nodiscard]] bool flag(const QString &name) const;

    // A whole number from an option, within [minimum, maximum]; nullopt when the option is absent.
    // A bad value is invalid input naming the option.
    [[nodiscard]] Result<std::optional<qint64>> count(const QString &option, qint64 minimum, qint64 maximum) const;
    // --limit (1..maximumLimit, default defaultLimit) and --offset (0 or more, default 0).
    [[nodiscard]] Result<Page> page(int defaultLimit, int maximumLimit = 100000) const;

    // For CommandLine.
    void addPositional(const QString &word) { m_positionals.append(word); }
    void addValue(const QString &option, const QString &value) { m_values[option].append(value); }
    void addFlag(const QString &name) { m_flags.insert(name); }
    [[nodiscard]] const QStringList &positionals() const { return m_positionals; }
    [[nodiscard]] bool hasValue(const QString &option) const { return m_values.contains(option); }

private:
    [[nodiscard]] qsizetype argumentIndex(const QString &name) const;

    const CommandSpec *m_command = nullptr;
    QStringList m_positionals;
    QHash<QString, QStringList> m_values;
    QSet<QString> m_flags;
};

} // namespace shipshape::cli
