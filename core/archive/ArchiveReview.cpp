#include "archive/ArchiveReview.h"

#include "archive/ArchiveVerifier.h"
#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/Migrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

ArchiveReview::~ArchiveReview() = default;

Result<std::unique_ptr<ArchiveReview>> ArchiveReview::prepare(const QString &file)
{
    std::unique_ptr<ArchiveReview> review(new ArchiveReview);
    review->m_file = QFileInfo(file).absoluteFilePath();
    {
        auto archive = ArchiveVerifier::openReadOnly(file);
        if (!archive)
            return fail(archive.error());
        auto manifest = ArchiveManifests::read(**archive);
        if (!manifest)
            return fail(manifest.error());
        review->m_manifest = *manifest;
    }
    const int version = review->m_manifest.schemaVersion;
    if (version > latestSchemaVersion()) {
        return fail(Error::conflict(tr("The archive %1 was written in schema version %2; this Shipshape reads up to "
                                       "version %3. Open it with a newer Shipshape.")
                                            .arg(QDir::toNativeSeparators(file))
                                            .arg(version)
                                            .arg(latestSchemaVersion())));
    }
    if (version == latestSchemaVersion()) {
        review->m_databasePath = review->m_file;
        return review;
    }
    // An older archive: its copy is migrated, never the file (which is read-only, and may be evidence).
    review->m_temporary = std::make_unique<QTemporaryDir>();
    if (!review->m_temporary->isValid())
        return fail(Error::unavailable(tr("Cannot create a temporary folder to open the archive in.")));
    const QString copy = review->m_temporary->filePath(u"archive.sqlite"_s);
    if (!QFile::copy(file, copy) || !QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return fail(Error::unavailable(tr("Cannot copy the archive %1 to %2 to open it.")
                                               .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(copy))));
    }
    {
        DatabaseOptions options;
        options.durable = false; // a throwaway copy
        auto opened = Database::open(DatabaseUrl::sqliteFile(copy), options);
        if (!opened)
            return fail(opened.error());
        auto migrated = Migrator(**opened).migrateToLatest();
        if (!migrated) {
            return fail(Error::conflict(tr("The archive %1 (schema version %2) cannot be brought to this Shipshape's "
                                           "schema: %3")
                                                .arg(QDir::toNativeSeparators(file))
                                                .arg(version)
                                                .arg(migrated.error().message)));
        }
        qCInfo(lcStorage) << "Opened archive" << file << "through a copy migrated from schema" << version << "to"
                          << migrated->toVersion;
    }
    review->m_databasePath = copy;
    return review;
}

QString ArchiveReview::title() const
{
    return tr("Archive of %1 – %2 (read-only)")
            .arg(m_manifest.from.toString(Qt::ISODate), m_manifest.to.toString(Qt::ISODate));
}

} // namespace shipshape
