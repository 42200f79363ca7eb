#include "storage/SqlScript.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Keeps what matters for finding the statement's end: whether it is a CREATE TRIGGER (whose body holds
// statements of its own), and how deep inside BEGIN … END and CASE … END the scan is.
class StatementState {
public:
    void word(const QString &upper)
    {
        if (m_words.size() < 4)
            m_words << upper;
        if (!isTrigger())
            return;
        if (upper == u"BEGIN"_s) {
            ++m_blockDepth;
        } else if (upper == u"CASE"_s) {
            ++m_caseDepth;
        } else if (upper == u"END"_s) {
            if (m_caseDepth > 0)
                --m_caseDepth;
            else if (m_blockDepth > 0)
                --m_blockDepth;
        }
    }
    [[nodiscard]] bool semicolonEnds() const { return m_blockDepth == 0; }
    [[nodiscard]] bool isEmpty() const { return m_words.isEmpty(); }

private:
    [[nodiscard]] bool isTrigger() const
    {
        // CREATE [TEMP|TEMPORARY] TRIGGER
        return m_words.size() >= 2 && m_words.at(0) == u"CREATE"_s
                && (m_words.at(1) == u"TRIGGER"_s
                        || (m_words.size() >= 3 && m_words.at(2) == u"TRIGGER"_s
                                && (m_words.at(1) == u"TEMP"_s || m_words.at(1) == u"TEMPORARY"_s)));
    }

    QStringList m_words;
    int m_blockDepth = 0;
    int m_caseDepth = 0;
};

} // namespace

QStringList SqlScript::split(const QString &script)
{
    QStringList statements;
    QString current;
    StatementState state;
    const qsizetype length = script.size();
    qsizetype i = 0;
    const auto finish = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements << statement;
        current.clear();
        state = StatementState();
    };
    while (i < length) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < length ? script.at(i + 1) : QChar();
        if (c == u'-' && next == u'-') {
            // A line comment: part of a statement that has begun, dropped between statements.
            const qsizetype end = script.indexOf(u'\n', i);
            const qsizetype stop = end < 0 ? length : end;
            if (!state.isEmpty())
                current += QStringView(script).mid(i, stop - i);
            i = stop;
            continue;
        }
        if (c == u'/' && next == u'*') {
            const qsizetype end = script.indexOf(u"*/"_s, i + 2);
            const qsizetype stop = end < 0 ? length : end + 2;
            if (!state.isEmpty())
                current += QStringView(script).mid(i, stop - i);
            i = stop;
            continue;
        }
        if (c == u'\'' || c == u'"') {
            // Quoted text or identifier; a doubled quote is the quote character itself.
            qsizetype j = i + 1;
            while (j < length) {
                if (script.at(j) == c) {
                    if (j + 1 < length && script.at(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            const qsizetype stop = qMin(length, j + 1);
            current += QStringView(script).mid(i, stop - i);
            state.word(u"'"_s); // counts as a token for the statement's first words
            i = stop;
            continue;
        }
        if (c == u'$' && (i == 0 || !isWordCharacter(script.at(i - 1)))) {
            // $tag$ … $tag$ (the tag may be empty); a positional parameter ($1) is not a tag.
            qsizetype j = i + 1;
            while (j < length && isWordCharacter(script.at(j)) && !script.at(j).isDigit())
                ++j;
            if (j < length && script.at(j) == u'$') {
                const QString tag = script.mid(i, j - i + 1);
                const qsizetype end = script.indexOf(tag, j + 1);
                const qsizetype stop = end < 0 ? length : end + tag.size();
                current += QStringView(script).mid(i, stop - i);
                i = stop;
                continue;
            }
        }
        if (isWordCharacter(c)) {
            qsizetype j = i;
            while (j < length && isWordCharacter(script.at(j)))
                ++j;
            const QString word = script.mid(i, j - i);
            current += word;
            state.word(word.toUpper());
            i = j;
            continue;
        }
        if (c == u';' && state.semicolonEnds()) {
            finish();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    finish();
    return statements;
}

} // namespace shipshape
