#include "archive/ArchiveManifest.h"

#include "storage/Database.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

qint64 ArchiveManifest::rowsOf(const QString &table) const
{
    for (const TableDigest &digest : tables) {
        if (digest.table == table)
            return digest.rows;
    }
    return 0;
}

Status ArchiveManifests::write(Database &archive, const ArchiveManifest &manifest)
{
    for (const QString &ddl : {u"CREATE TABLE archive_manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
                 u"CREATE TABLE archive_tables (position BIGINT PRIMARY KEY, table_name TEXT NOT NULL UNIQUE, "
                 "row_count BIGINT NOT NULL CHECK (row_count >= 0), sha256 TEXT NOT NULL CHECK (length(sha256) = 64))"_s}) {
        if (auto created = archive.execute(ddl); !created)
            return created;
    }
    const QList<std::pair<QString, QString>> entries{
            {u"format"_s, QString::number(manifest.format)},
            {u"source"_s, manifest.source},
            {u"period_from"_s, manifest.from.toString(Qt::ISODate)},
            {u"period_to"_s, manifest.to.toString(Qt::ISODate)},
            {u"schema_version"_s, QString::number(manifest.schemaVersion)},
            {u"created_at"_s, manifest.createdAt.toUTC().toString(Qt::ISODateWithMs)},
            {u"app_version"_s, manifest.appVersion},
            {u"redacted"_s, manifest.redacted ? u"1"_s : u"0"_s},
            {u"orders"_s, QString::number(manifest.orders)},
            {u"content_sha256"_s, manifest.contentSha256Hex()},
    };
    for (const auto &[key, value] : entries) {
        // An unknown app version (a program that set none) is stored as "", never NULL.
        auto inserted = archive.query(
                u"INSERT INTO archive_manifest (key, value) VALUES (?, ?)"_s, {key, nonNullText(value)});
        if (!inserted)
            return fail(inserted.error());
    }
    qint64 position = 0;
    for (const TableDigest &table : manifest.tables) {
        auto inserted = archive.query(
                u"INSERT INTO archive_tables (position, table_name, row_count, sha256) VALUES (?, ?, ?, ?)"_s,
                {++position, table.table, table.rows, QString::fromLatin1(table.sha256.toHex())});
        if (!inserted)
            return fail(inserted.error());
    }
    return {};
}

Result<ArchiveManifest> ArchiveManifests::read(Database &archive)
{
    const auto notAnArchive = [&archive](const QString &why) {
        return Error::conflict(tr("%1 is not a Shipshape archive: %2").arg(archive.url().displayName(), why));
    };
    {
        auto present = archive.query(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                     "('archive_manifest', 'archive_tables')"_s);
        if (!present)
            return fail(present.error());
        if (!present->next() || present->singleInteger() != 2)
            return fail(notAnArchive(tr("it has no manifest.")));
    }
    QHash<QString, QString> values;
    {
        auto rows = archive.query(u"SELECT key, value FROM archive_manifest"_s);
        if (!rows)
            return fail(rows.error());
        while (rows->next())
            values.insert(rows->text(u"key"), rows->text(u"value"));
        if (auto read = rows->status(); !read)
            return fail(read.error());
    }
    ArchiveManifest manifest;
    bool ok = false;
    manifest.format = values.value(u"format"_s).toInt(&ok);
    if (!ok || manifest.format < 1)
        return fail(notAnArchive(tr("the manifest has no format.")));
    if (manifest.format > ArchiveManifest::kFormat) {
        return fail(Error::conflict(tr("%1 is an archive of format %2; this Shipshape reads up to format %3.")
                                            .arg(archive.url().displayName())
                                            .arg(manifest.format)
                                            .arg(ArchiveManifest::kFormat)));
    }
    manifest.source = values.value(u"source"_s);
    manifest.from = QDate::fromString(values.value(u"period_from"_s), Qt::ISODate);
    manifest.to = QDate::fromString(values.value(u"period_to"_s), Qt::ISODate);
    manifest.schemaVersion = values.value(u"schema_version"_s).toInt(&ok);
    if (!ok || !manifest.from.isValid() || !manifest.to.isValid())
        return fail(notAnArchive(tr("the manifest's period or schema version is missing.")));
    manifest.createdAt = QDateTime::fromString(values.value(u"created_at"_s), Qt::ISODateWithMs);
    manifest.appVersion = values.value(u"app_version"_s);
    manifest.redacted = values.value(u"redacted"_s) == u"1"_s;
    manifest.orders = values.value(u"orders"_s).toLongLong();
    manifest.contentSha256 = QByteArray::fromHex(values.value(u"content_sha256"_s).toLatin1());
    if (manifest.contentSha256.size() != 32)
        return fail(notAnArchive(tr("the manifest has no content checksum.")));
    auto rows = archive.query(u"SELECT table_name, row_count, sha256 FROM archive_tables ORDER BY position"_s);
    if (!rows)
        return fail(rows.error());
    while (rows->next()) {
        manifest.tables.append(TableDigest{rows->text(u"table_name"), rows->integer(u"row_count"),
                QByteArray::fromHex(rows->text(u"sha256").toLatin1())});
    }
    if (auto read = rows->status(); !read)
        return fail(read.error());
    if (manifest.tables.isEmpty())
        return fail(notAnArchive(tr("the manifest lists no tables.")));
    return manifest;
}

} // namespace shipshape
