#pragma once

#include "archive/ArchiveManifest.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace shipshape {

class Database;

// Checks an archive against its own manifest: SQLite's integrity check, the schema version, every table's
// row count and SHA-256, and the content checksum over them (ArchiveDigest). Opens the file read-only and
// never writes it. A failed check is a Conflict naming the file and what differs.
class ArchiveVerifier {
    Q_DECLARE_TR_FUNCTIONS(ArchiveVerifier)

public:
    static Result<ArchiveManifest> verify(const QString &file);
    // On an archive already open (read-only); `name` is how messages call it.
    static Result<ArchiveManifest> verify(Database &archive, const QString &name);
    // Opens an archive read-only without checking its rows (the app checks them in the background).
    static Result<std::unique_ptr<Database>> openReadOnly(const QString &file);
};

} // namespace shipshape
