#include "common/TextField.h"

#include <QRegularExpression>

namespace shipshape {

Result<QString> TextField::singleLine(const QString &field, const QString &value, int maxLength, bool required)
{
    const QString trimmed = value.trimmed();
    if (required && trimmed.isEmpty())
        return fail(Error::invalid(field, value, tr("%1 is required.").arg(field)));
    if (trimmed.size() > maxLength)
        return fail(Error::invalid(
                field, value.left(40), tr("%1 is longer than %2 characters.").arg(field).arg(maxLength)));
    for (QChar c : trimmed) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return fail(Error::invalid(
                    field, value.left(40), tr("%1 must be a single line without control characters.").arg(field)));
    }
    return trimmed;
}

Result<QString> TextField::multiLine(const QString &field, const QString &value, int maxLength)
{
    const QString trimmed = value.trimmed();
    if (trimmed.size() > maxLength)
        return fail(Error::invalid(
                field, value.left(40), tr("%1 is longer than %2 characters.").arg(field).arg(maxLength)));
    for (QChar c : trimmed) {
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t')
            return fail(Error::invalid(field, value.left(40), tr("%1 contains control characters.").arg(field)));
    }
    return trimmed;
}

Result<QString> TextField::email(const QString &field, const QString &value)
{
    auto text = singleLine(field, value, 254);
    if (!text)
        return text;
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s<>"',;]+@[^@\s<>"',;]+\.[^@\s<>"',;.]+$)"));
    if (!pattern.match(*text).hasMatch())
        return fail(Error::invalid(field, value, tr("\"%1\" is not a valid email address.").arg(value)));
    return text;
}

} // namespace shipshape
