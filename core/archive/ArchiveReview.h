#pragma once

#include "archive/ArchiveManifest.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace shipshape {

// An archive made ready to be opened read-only in the app (`shipshape --archive FILE`). An archive in
// this build's schema is opened as it is. One written by an older build is copied to a temporary folder
// and the copy migrated (the file itself is never written); the copy goes when this object does. An
// archive newer than this build is refused. Only the manifest is read here, so that a large archive opens
// at once; `shipshape-cli archive verify` re-hashes every row.
class ArchiveReview {
    Q_DECLARE_TR_FUNCTIONS(ArchiveReview)

public:
    static Result<std::unique_ptr<ArchiveReview>> prepare(const QString &file);
    ~ArchiveReview();

    // The file to open read-only: the archive itself, or its migrated temporary copy.
    [[nodiscard]] const QString &databasePath() const { return m_databasePath; }
    [[nodiscard]] const QString &file() const { return m_file; }
    [[nodiscard]] const ArchiveManifest &manifest() const { return m_manifest; }
    [[nodiscard]] bool migratedCopy() const { return m_temporary != nullptr; }
    // "Archive of 2025-01-01 – 2025-12-31 (read-only)": for the window title and banner.
    [[nodiscard]] QString title() const;

private:
    ArchiveReview() = default;

    QString m_file;
    QString m_databasePath;
    ArchiveManifest m_manifest;
    std::unique_ptr<QTemporaryDir> m_temporary;
};

} // namespace shipshape
