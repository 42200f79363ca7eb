#include "storage/SqliteFileErrors.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QStorageInfo>

namespace shipshape {

namespace {

// SQLite's primary result codes (the low byte of an extended code).
enum SqlitePrimary {
    kReadOnly = 8,
    kIoError = 10,
    kCorrupt = 11,
    kFull = 13,
    kCannotOpen = 14,
    kNotADatabase = 26,
};

} // namespace

std::optional<Error> SqliteFileErrors::describe(const QSqlError &error, const QString &path)
{
    bool numeric = false;
    const int primary = error.nativeErrorCode().toInt(&numeric) & 0xFF;
    if (!numeric)
        return std::nullopt;
    const QString file = QDir::toNativeSeparators(path);
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    const qint64 free = disk.isValid() ? disk.bytesAvailable() : -1;
    const bool nearlyFull = free >= 0 && free < kNearlyFullBytes;
    // The file, its folder (where the write-ahead log and its index go) or its disk refuses writes.
    const QFileInfo fileInfo(path);
    const bool readOnly = (disk.isValid() && disk.isReadOnly()) || !QFileInfo(fileInfo.absolutePath()).isWritable()
            || (fileInfo.exists() && !fileInfo.isWritable());
    const QString readOnlyMessage
            = tr("%1 cannot be written: the file, its folder or its disk is read-only. Nothing was saved.").arg(file);
    switch (primary) {
    case kFull:
    case kIoError:
        if (primary == kFull || nearlyFull) {
            return Error::unavailable(tr("The disk holding %1 is full (%2 free): nothing was saved. Free some space "
                                         "and try again.")
                                              .arg(file, QLocale().formattedDataSize(std::max<qint64>(free, 0))));
        }
        if (readOnly)
            return Error::unavailable(readOnlyMessage);
        return Error::unavailable(
                tr("%1 could not be read or written (%2): nothing was saved. Check the disk.").arg(file, detail));
    case kReadOnly:
        return Error::unavailable(readOnlyMessage);
    case kCorrupt:
    case kNotADatabase:
        return Error::unavailable(tr("%1 is damaged or is not a Shipshape database (%2). Restore it from a backup "
                                     "(shipshape-cli restore).")
                                          .arg(file, detail));
    case kCannotOpen:
        if (readOnly)
            return Error::unavailable(readOnlyMessage);
        return Error::unavailable(
                tr("%1 cannot be opened (%2): check that its folder exists and may be written.").arg(file, detail));
    default:
        return std::nullopt;
    }
}

} // namespace shipshape
