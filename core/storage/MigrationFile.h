#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace shipshape {

// One frozen migration file: "-- name: …", then "-- migrate:up" and "-- migrate:down" sections of SQL
// statements ended by semicolons (see SqlScript). Comments above "-- migrate:up" describe the file.
struct MigrationFile {
    Q_DECLARE_TR_FUNCTIONS(MigrationFile)

public:
    QString name;
    QString upText; // the up section exactly as written (its checksum is the migration's checksum)
    QStringList up;
    QStringList down;

    static Result<MigrationFile> parse(const QString &fileName, const QString &text);
    // SHA-256 of text, in lower-case hex.
    static QString checksumOf(const QString &text);
};

} // namespace shipshape
