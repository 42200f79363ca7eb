#include "cli/CommandInput.h"

#include <climits>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {

qsizetype CommandInput::argumentIndex(const QString &name) const
{
    for (qsizetype i = 0; i < m_command->arguments.size(); ++i) {
        if (m_command->arguments.at(i).name == name)
            return i;
    }
    // A handler asking for an argument its spec does not declare is a bug in this program.
    qFatal("%s does not declare the argument %s", qPrintable(m_command->name()), qPrintable(name));
}

QString CommandInput::argument(const QString &name) const
{
    return m_positionals.value(argumentIndex(name));
}

QStringList CommandInput::arguments(const QString &name) const
{
    return m_positionals.mid(argumentIndex(name));
}

std::optional<QString> CommandInput::value(const QString &option) const
{
    Q_ASSERT_X(m_command->option(option), "CommandInput::value", qPrintable(option));
    const auto found = m_values.constFind(option);
    if (found == m_values.constEnd() || found->isEmpty())
        return std::nullopt;
    return found->constLast();
}

QString CommandInput::value(const QString &option, const QString &fallback) const
{
    return value(option).value_or(fallback);
}

QStringList CommandInput::values(const QString &option) const
{
    Q_ASSERT_X(m_command->option(option), "CommandInput::values", qPrintable(option));
    return m_values.value(option);
}

bool CommandInput::flag(const QString &name) const
{
    Q_ASSERT_X(m_command->flag(name), "CommandInput::flag", qPrintable(name));
    return m_flags.contains(name);
}

Result<std::optional<qint64>> CommandInput::count(const QString &option, qint64 minimum, qint64 maximum) const
{
    const auto text = value(option);
    if (!text)
        return std::optional<qint64>();
    bool ok = false;
    const qint64 number = text->toLongLong(&ok);
    if (!ok || number < minimum || number > maximum) {
        return fail(Error::invalid(
                option, *text, tr("--%1 must be a whole number from %2 to %3.").arg(option).arg(minimum).arg(maximum)));
    }
    return std::optional<qint64>(number);
}

Result<CommandInput::Page> CommandInput::page(int defaultLimit, int maximumLimit) const
{
    const auto limit = count(u"limit"_s, 1, maximumLimit);
    if (!limit)
        return fail(limit.error());
    Page page{int(limit->value_or(defaultLimit)), 0};
    if (m_command->option(u"offset"_s)) {
        const auto offset = count(u"offset"_s, 0, INT_MAX);
        if (!offset) {
            return fail(Error::invalid(
                    u"offset"_s, value(u"offset"_s, QString()), tr("--offset must be a whole number, 0 or more.")));
        }
        page.offset = int(offset->value_or(0));
    }
    return page;
}

} // namespace shipshape::cli
