#include "storage/Migration.h"

#include "common/Logging.h"
#include "storage/MigrationFile.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

// Times are stored as milliseconds since the Unix epoch (UTC) and money as integer minor units: both are
// exact and sort and compare correctly on both engines. The schema itself lives in
// resources/migrations/NNNN-name.{sqlite,postgresql}.sql (docs/operations.md, "Schema migrations").

namespace shipshape {
namespace {

QList<Migration> loadMigrations()
{
    // Compiled into core: a missing or malformed file is a broken build, never a user's problem, and the
    // migration tests load every file.
    const auto broken = [](const QString &problem) {
        qCCritical(lcStorage).noquote() << problem;
        qFatal("Shipshape's embedded schema migrations are broken: %s", qPrintable(problem));
    };
    static const QRegularExpression pattern(u"^(\\d{4})-[a-z0-9-]+\\.(sqlite|postgresql)\\.sql$"_s);
    QMap<int, Migration> byVersion;
    const QDir folder(u":/migrations"_s);
    for (const QString &fileName : folder.entryList(QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = pattern.match(fileName);
        if (!match.hasMatch()) {
            broken(u"unexpected file %1"_s.arg(fileName));
            continue;
        }
        QFile file(folder.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly)) {
            broken(u"cannot read %1"_s.arg(fileName));
            continue;
        }
        auto parsed = MigrationFile::parse(fileName, QString::fromUtf8(file.readAll()));
        if (!parsed) {
            broken(parsed.error().message);
            continue;
        }
        const int version = match.captured(1).toInt();
        Migration &migration = byVersion[version];
        if (!migration.name.isEmpty() && migration.name != parsed->name)
            broken(u"migration %1 has two names: \"%2\" and \"%3\""_s.arg(version).arg(migration.name, parsed->name));
        migration.version = version;
        migration.name = parsed->name;
        MigrationScript &script = match.captured(2) == u"sqlite"_s ? migration.sqlite : migration.postgresql;
        script.up = parsed->up;
        script.down = parsed->down;
        script.checksum = MigrationFile::checksumOf(parsed->upText);
    }
    QList<Migration> migrations;
    for (const Migration &migration : std::as_const(byVersion)) {
        if (migration.sqlite.checksum.isEmpty() || migration.postgresql.checksum.isEmpty())
            broken(u"migration %1 needs both a .sqlite.sql and a .postgresql.sql file"_s.arg(migration.version));
        if (migration.version != migrations.size() + 1)
            broken(u"migration %1 follows %2: versions are consecutive"_s.arg(migration.version)
                            .arg(migrations.size()));
        migrations << migration;
    }
    if (migrations.isEmpty())
        broken(u"no migrations in :/migrations"_s);
    return migrations;
}

} // namespace

const QList<Migration> &allMigrations()
{
    static const QList<Migration> migrations = loadMigrations();
    return migrations;
}

int latestSchemaVersion()
{
    return allMigrations().constLast().version;
}

} // namespace shipshape
