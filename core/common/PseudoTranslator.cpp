#include "common/PseudoTranslator.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

namespace {

// Accented look-alikes: the text stays readable, and a font without them shows boxes at once.
QChar accented(QChar letter)
{
    static const QHash<QChar, QChar> map = [] {
        const QString plain = u"abcdeghiklnorstuwyzABCDEGHIKLNORSTUWYZ"_s;
        const QString marked = u"áƀçðéĝĥîķļñöŕšţûŵýžÅƁÇÐÉĜĤÎĶĻÑÖŔŠŢÛŴÝŽ"_s;
        QHash<QChar, QChar> result;
        for (qsizetype i = 0; i < plain.size(); ++i)
            result.insert(plain.at(i), marked.at(i));
        return result;
    }();
    return map.value(letter, letter);
}

} // namespace

QString PseudoTranslator::pseudo(const QString &text)
{
    if (text.isEmpty())
        return text;
    QString result;
    result.reserve(text.size() * 2 + 2);
    result += u'[';
    qsizetype letters = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'%') {
            // %1, %L1, %n, %Ln: copied whole.
            qsizetype end = i + 1;
            if (end < text.size() && text.at(end) == u'L')
                ++end;
            if (end < text.size() && text.at(end) == u'n') {
                ++end;
            } else {
                while (end < text.size() && text.at(end).isDigit())
                    ++end;
            }
            result += text.mid(i, end - i);
            i = end - 1;
        } else if (c == u'<') {
            // An HTML tag: copied whole.
            const qsizetype end = text.indexOf(u'>', i);
            const qsizetype stop = end < 0 ? text.size() : end + 1;
            result += text.mid(i, stop - i);
            i = stop - 1;
        } else if (c == u'&') {
            // An entity (&amp;) or a mnemonic (&Save): the entity whole, the mnemonic's letter unchanged.
            const qsizetype semicolon = text.indexOf(u';', i);
            if (semicolon > i + 1 && semicolon - i <= 8 && text.mid(i + 1, semicolon - i - 1).front().isLetter()
                    && !text.mid(i + 1, semicolon - i - 1).contains(u' ')) {
                result += text.mid(i, semicolon - i + 1);
                i = semicolon;
            } else {
                result += c;
                if (i + 1 < text.size()) {
                    result += text.at(i + 1);
                    ++i;
                }
            }
        } else {
            if (c.isLetter())
                ++letters;
            result += accented(c);
        }
    }
    // About 40 % longer, as German and Finnish often are, at least two characters.
    result += QString(qMax<qsizetype>(2, (letters * 2 + 4) / 5), u'·');
    result += u']';
    return result;
}

QString PseudoTranslator::translate(const char *context, const char *sourceText, const char *, int) const
{
    // Qt's own contexts (QShortcut, QDialogButtonBox, …) keep their texts: key names must stay parseable.
    if (!context || !sourceText || context[0] == 'Q')
        return {};
    return pseudo(QString::fromUtf8(sourceText));
}

bool PseudoTranslator::requested()
{
    return qEnvironmentVariableIntValue("SHIPSHAPE_PSEUDO_TRANSLATION") == 1;
}

} // namespace shipshape
