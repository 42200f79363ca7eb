#include "cli/Arguments.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {

Arguments::Arguments(const QStringList &words, const QSet<QString> &valueOptions, const QSet<QString> &flags)
{
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (!word.startsWith(u"--"_s) || word == u"--"_s) {
            m_positionals << word;
            continue;
        }
        QString name = word.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype equals = name.indexOf(u'='); equals >= 0) {
            inlineValue = name.mid(equals + 1);
            name = name.left(equals);
        }
        if (valueOptions.contains(name)) {
            if (inlineValue) {
                m_values.insert(name, *inlineValue);
            } else if (i + 1 < words.size()) {
                m_values.insert(name, words.at(++i));
            } else {
                m_problem = QCoreApplication::translate("Arguments", "--%1 needs a value.").arg(name);
                return;
            }
        } else if (flags.contains(name) && !inlineValue) {
            m_flags.insert(name);
        } else {
            m_problem = QCoreApplication::translate("Arguments", "Unknown option --%1.").arg(name);
            return;
        }
    }
}

std::optional<QString> Arguments::value(const QString &name) const
{
    const auto found = m_values.constFind(name);
    if (found == m_values.constEnd())
        return std::nullopt;
    return *found;
}

} // namespace shipshape::cli
