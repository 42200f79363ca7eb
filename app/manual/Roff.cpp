#include "manual/Roff.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::manual {

QString Roff::escape(const QString &text)
{
    QString result;
    result.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\') {
            result += u"\\e"_s;
        } else if (c == u'\n') {
            result += u' '; // one run of text; paragraphs() is for text with line breaks
        } else if (c == u'-') {
            // A dash that starts a word or sits next to another dash is an option's (or a minus): it must
            // stay an ASCII hyphen-minus when the page is rendered, so people can copy the command.
            const bool startsWord = i == 0 || text.at(i - 1).isSpace() || text.at(i - 1) == u'['
                    || text.at(i - 1) == u'(' || text.at(i - 1) == u'\'' || text.at(i - 1) == u'"';
            const bool double_ = (i > 0 && text.at(i - 1) == u'-') || (i + 1 < text.size() && text.at(i + 1) == u'-');
            result += (startsWord || double_) ? u"\\-"_s : u"-"_s;
        } else {
            result += c;
        }
    }
    if (result.startsWith(u'.') || result.startsWith(u'\''))
        result.prepend(u"\\&"_s);
    return result;
}

QString Roff::bold(const QString &text)
{
    return u"\\fB"_s + escape(text) + u"\\fR"_s;
}

QString Roff::italic(const QString &text)
{
    return u"\\fI"_s + escape(text) + u"\\fR"_s;
}

QString Roff::paragraphs(const QString &text)
{
    QString result;
    bool inBlock = false;
    bool first = true;
    for (const QString &line : text.trimmed().split(u'\n')) {
        const bool laidOut = line.startsWith(u' ');
        if (line.trimmed().isEmpty()) {
            if (inBlock) {
                result += u".fi\n"_s;
                inBlock = false;
            }
            result += u".PP\n"_s;
            continue;
        }
        if (laidOut && !inBlock) {
            result += u".nf\n"_s;
            inBlock = true;
        } else if (!laidOut && inBlock) {
            result += u".fi\n"_s;
            inBlock = false;
        } else if (!laidOut && !first) {
            // A line break the author put between two lines of prose starts a new paragraph.
            result += u".PP\n"_s;
        }
        // In a no-fill block, leading spaces are kept; escape() handles the rest.
        result += escape(line) + u'\n';
        first = false;
    }
    if (inBlock)
        result += u".fi\n"_s;
    return result;
}

} // namespace shipshape::manual
