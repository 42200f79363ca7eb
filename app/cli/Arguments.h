#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace shipshape::cli {

// Command-line words after the command name: positionals plus `--name value`, `--name=value` and
// `--flag`. Which names take a value is declared up front, so "--note -" is never mistaken for a flag.
class Arguments {
public:
    Arguments(const QStringList &words, const QSet<QString> &valueOptions, const QSet<QString> &flags);

    [[nodiscard]] bool isValid() const { return m_problem.isEmpty(); }
    [[nodiscard]] const QString &problem() const { return m_problem; }
    [[nodiscard]] const QStringList &positionals() const { return m_positionals; }
    [[nodiscard]] std::optional<QString> value(const QString &name) const;
    [[nodiscard]] bool flag(const QString &name) const { return m_flags.contains(name); }

private:
    QStringList m_positionals;
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
    QString m_problem;
};

} // namespace shipshape::cli
