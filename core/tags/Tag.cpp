#include "tags/Tag.h"

#include "common/TextField.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<Tag> Tags::parse(const QString &field, const QString &text)
{
    auto line = TextField::singleLine(field, text, kMaxLength);
    if (!line)
        return fail(line.error());
    return Tag{*line, keyOf(*line)};
}

Result<QList<Tag>> Tags::parseAll(const QString &field, const QStringList &texts)
{
    if (texts.isEmpty())
        return fail(Error::invalid(field, QString(), tr("Give at least one tag.")));
    QList<Tag> tags;
    QSet<QString> seen;
    for (const QString &text : texts) {
        auto tag = parse(field, text);
        if (!tag)
            return fail(tag.error());
        if (seen.contains(tag->key))
            continue;
        seen.insert(tag->key);
        tags.append(*tag);
    }
    return tags;
}

QStringList Tags::texts(const QList<Tag> &tags)
{
    QStringList result;
    result.reserve(tags.size());
    for (const Tag &tag : tags)
        result << tag.text;
    return result;
}

void Tags::sort(QStringList &texts)
{
    std::ranges::stable_sort(texts, [](const QString &a, const QString &b) { return keyOf(a) < keyOf(b); });
}

QString Tags::joined(const QStringList &texts)
{
    return texts.join(u", "_s);
}

} // namespace shipshape
