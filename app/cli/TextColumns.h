#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace shipshape::cli {

// A table cell: text that does not fit is shortened with an ellipsis, and a space always separates it
// from the next column.
inline QString pad(const QString &text, int width)
{
    return text.size() < width ? text.leftJustified(width) : text.left(width - 2) + QStringLiteral("… ");
}

// A count for people: grouped the way the user's locale groups digits ("20,000" in English).
inline QString countText(qint64 count)
{
    return QLocale().toString(count);
}

// A whole number typed on the command line; nullopt if it is not one.
inline std::optional<qint64> wholeNumber(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace shipshape::cli
