#include "archive/ArchiveVerifier.h"

#include "archive/ArchiveDigest.h"
#include "storage/Database.h"
#include "storage/SqliteBackup.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<std::unique_ptr<Database>> ArchiveVerifier::openReadOnly(const QString &file)
{
    const QString name = QDir::toNativeSeparators(file);
    if (!QFileInfo(file).isFile())
        return fail(Error::notFound(u"FILE"_s, file, tr("There is no archive %1.").arg(name)));
    DatabaseOptions options;
    options.readOnly = true;
    auto opened = Database::open(DatabaseUrl::sqliteFile(QFileInfo(file).absoluteFilePath()), options);
    if (!opened) {
        return fail(Error::conflict(
                tr("%1 cannot be read as an archive: %2").arg(name, opened.error().message), u"FILE"_s, file));
    }
    return opened;
}

Result<ArchiveManifest> ArchiveVerifier::verify(const QString &file)
{
    auto archive = openReadOnly(file);
    if (!archive)
        return fail(archive.error());
    return verify(**archive, QDir::toNativeSeparators(file));
}

Result<ArchiveManifest> ArchiveVerifier::verify(Database &archive, const QString &name)
{
    const auto damaged = [&name](const QString &what) {
        return Error::conflict(tr("The archive %1 fails verification: %2").arg(name, what), u"FILE"_s, name);
    };
    // A flipped byte in a page's structure: SQLite's own check names it. Reported as the archive's fault,
    // whatever SQLite calls it ("malformed", "not a database").
    if (auto intact = SqliteBackup::checkIntegrity(archive); !intact)
        return fail(damaged(intact.error().message));
    auto manifest = ArchiveManifests::read(archive);
    if (!manifest)
        return fail(damaged(manifest.error().message));
    {
        auto version = archive.query(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s);
        if (!version)
            return fail(damaged(version.error().message));
        const qint64 recorded = version->next() ? version->singleInteger() : 0;
        if (recorded != manifest->schemaVersion) {
            return fail(damaged(tr("its schema is at version %1, its manifest says %2.")
                                        .arg(recorded)
                                        .arg(manifest->schemaVersion)));
        }
    }
    QList<TableDigest> actual;
    for (const TableDigest &expected : std::as_const(manifest->tables)) {
        auto digest = ArchiveDigest::ofTable(archive, expected.table);
        if (!digest)
            return fail(damaged(digest.error().message));
        if (digest->rows != expected.rows) {
            return fail(damaged(tr("the table %1 has %2 rows, its manifest says %3.")
                                        .arg(expected.table)
                                        .arg(digest->rows)
                                        .arg(expected.rows)));
        }
        if (digest->sha256 != expected.sha256) {
            return fail(damaged(tr("the rows of the table %1 differ from the checksum in its manifest (%2 rows, "
                                   "SHA-256 %3 expected, %4 found).")
                                        .arg(expected.table)
                                        .arg(expected.rows)
                                        .arg(QString::fromLatin1(expected.sha256.toHex()),
                                                QString::fromLatin1(digest->sha256.toHex()))));
        }
        actual.append(*digest);
    }
    if (ArchiveDigest::contentSha256(actual) != manifest->contentSha256)
        return fail(damaged(tr("the content checksum differs from its manifest.")));
    if (manifest->rowsOf(u"orders"_s) != manifest->orders) {
        return fail(damaged(tr("it holds %1 orders, its manifest says %2.")
                                    .arg(manifest->rowsOf(u"orders"_s))
                                    .arg(manifest->orders)));
    }
    return manifest;
}

} // namespace shipshape
