#pragma once

#include <QDateTime>
#include <QVariant>

namespace shipshape {

// Times are stored as UTC milliseconds since the epoch.
inline qint64 toStorage(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}
inline QDateTime fromStorage(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace shipshape
