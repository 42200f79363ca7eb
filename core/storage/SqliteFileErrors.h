#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QSqlError;

namespace shipshape {

// What a failed SQLite statement means for the person at the desk, naming the database file: its disk is
// full, it (or its folder or disk) is read-only, it is damaged, or the disk failed. SQLite itself says only
// "disk I/O error" — a full disk while the write-ahead log grows is one of those.
class SqliteFileErrors {
    Q_DECLARE_TR_FUNCTIONS(SqliteFileErrors)

public:
    // Below this much free space an I/O error while writing is taken for a full disk.
    static constexpr qint64 kNearlyFullBytes = 1024 * 1024;

    // The error for `error` on the database at `path`; nullopt when it is not about the file (a constraint,
    // a busy database), which the caller translates as before.
    [[nodiscard]] static std::optional<Error> describe(const QSqlError &error, const QString &path);
};

} // namespace shipshape
