#pragma once

#include "archive/ArchiveDigest.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace shipshape {

class Database;

// What an archive says about itself, kept in two tables of its own beside Shipshape's schema
// (archive_manifest: key → value; archive_tables: each archived table's position, rows and SHA-256).
struct ArchiveManifest {
    static constexpr int kFormat = 1;

    int format = kFormat;
    QString source; // the database it came from: file or server and login, never a password
    QDate from; // the period of placement, both days included (UTC)
    QDate to;
    int schemaVersion = 0;
    QDateTime createdAt; // UTC
    QString appVersion;
    bool redacted = false;
    qint64 orders = 0;
    QList<TableDigest> tables;
    QByteArray contentSha256; // raw 32 bytes

    [[nodiscard]] QString contentSha256Hex() const { return QString::fromLatin1(contentSha256.toHex()); }
    [[nodiscard]] qint64 rowsOf(const QString &table) const;
};

class ArchiveManifests {
    Q_DECLARE_TR_FUNCTIONS(ArchiveManifest)

public:
    // Creates the two tables in an archive being written and fills them.
    static Status write(Database &archive, const ArchiveManifest &manifest);
    // Reads them back; an error naming what is missing or malformed when the file is no archive.
    static Result<ArchiveManifest> read(Database &archive);
};

} // namespace shipshape
