#include "cli/commands/BackupCommands.h"

#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "storage/Database.h"
#include "storage/SqliteBackup.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {
namespace {

QJsonObject reportJson(const SqliteBackupReport &report)
{
    QJsonObject tables;
    for (const TableRowCount &count : report.tables)
        tables.insert(count.table, count.rows);
    QJsonObject json{{u"file"_s, report.file}, {u"bytes"_s, report.bytes}, {u"schemaVersion"_s, report.schemaVersion},
            {u"integrity"_s, u"ok"_s}, {u"tables"_s, tables}};
    if (!report.previousCopy.isEmpty())
        json.insert(u"previous"_s, report.previousCopy);
    return json;
}

// "orders 1,204 · products 250 · …": the tables with rows, then how many are empty.
QString countsText(const SqliteBackupReport &report)
{
    const QLocale locale;
    QStringList filled;
    qsizetype empty = 0;
    for (const TableRowCount &count : report.tables) {
        if (count.rows == 0)
            ++empty;
        else
            filled << u"%1 %2"_s.arg(count.table, locale.toString(count.rows));
    }
    QString text = filled.join(u", "_s);
    if (empty > 0)
        text += (text.isEmpty() ? QString() : u"; "_s) + BackupCommands::tr("empty tables: %1").arg(empty);
    return text;
}

// PostgreSQL: not Shipshape's to copy; the procedure, and exit 4.
int refusePostgresql(CliContext &context, const DatabaseUrl &url)
{
    const QStringList steps = BackupCommands::postgresqlProcedure(url.toString());
    const QString reason = BackupCommands::tr("Shipshape copies only SQLite files; %1 is backed up and restored "
                                              "with pg_dump and pg_restore (docs/operations.md, \"Backup and "
                                              "restore\"):")
                                   .arg(url.displayName());
    if (context.json()) {
        // The CLI's error shape, with the steps beside the message.
        QJsonObject error{{u"code"_s, Error::conflict(reason).codeName()}, {u"message"_s, reason},
                {u"procedure"_s, QJsonArray::fromStringList(steps)}};
        context.err() << QJsonDocument(QJsonObject{{u"error"_s, error}}).toJson(QJsonDocument::Compact) << '\n';
    } else {
        context.err() << reason << '\n';
        for (const QString &step : steps)
            context.err() << u"  "_s << step << '\n';
    }
    return ExitConflict;
}

} // namespace

QStringList BackupCommands::postgresqlProcedure(const QString &databaseUrl)
{
    return {tr("# Backup, as the schema's owner, while Shipshape runs (pg_dump reads one consistent snapshot):"),
            u"pg_dump --format=custom --file shop.dump '%1'"_s.arg(databaseUrl),
            tr("# Roles are the cluster's, not the database's (superuser; needed on a new server):"),
            u"pg_dumpall --roles-only --file roles.sql"_s, tr("# Check the dump can be read:"),
            u"pg_restore --list shop.dump > /dev/null"_s,
            tr("# Restore: stop every Shipshape program on the database, then into a new database (superuser "
               "creates it):"),
            u"psql -f roles.sql postgres   # only on a new server"_s,
            u"createdb --owner shipshape_owner shop_restored"_s,
            u"pg_restore --exit-on-error --single-transaction --no-owner --role shipshape_owner "
            "--dbname shop_restored shop.dump"_s,
            tr("# Then point Shipshape at it and check it:"),
            u"shipshape-cli --database postgresql://shipshape_owner@HOST/shop_restored doctor"_s};
}

CommandGroup BackupCommands::group()
{
    return CommandGroup{
            .title = tr("Backup"),
            .noun = {},
            .summary = tr("A verified copy of the SQLite database, and putting one back."),
            .commands = {
                    CommandSpec{
                            .words = {u"backup"_s},
                            .summary = tr("Copies the SQLite database to FILE while it is in use, and checks the "
                                          "copy."),
                            .arguments = {{.name = u"FILE"_s,
                                    .description = tr("Where to write the copy; must not exist yet."),
                                    .kind = ValueKind::File}},
                            .examples = {u"shipshape-cli backup ~/shipshape-$(date +%F).sqlite"_s,
                                    u"shipshape-cli --json backup /srv/backup/shop.sqlite"_s},
                            .description = tr("The copy is written with VACUUM INTO beside FILE and renamed to FILE "
                                              "only after PRAGMA integrity_check said ok and every table has as many "
                                              "rows as in the database at that moment. The app, the worker and the "
                                              "API server may keep running. Exit 4 when FILE exists or the database "
                                              "is on PostgreSQL (the pg_dump procedure is printed), 7 when there is "
                                              "no database file."),
                            .handler = &BackupCommands::backup,
                    },
                    CommandSpec{
                            .words = {u"restore"_s},
                            .summary = tr("Replaces the SQLite database with a backup, after checking it."),
                            .arguments = {{.name = u"FILE"_s,
                                    .description = tr("A backup made by shipshape-cli backup (or a migration's .bak)."),
                                    .kind = ValueKind::File}},
                            .examples = {u"shipshape-cli restore ~/shipshape-2026-12-01.sqlite"_s},
                            .description = tr("Refused (nothing changes) when FILE fails PRAGMA integrity_check or "
                                              "is not a Shipshape database (exit 3), when its schema is newer than "
                                              "this build's or its migrations differ from this build's (exit 4), "
                                              "and while another program has the database open: the app, "
                                              "shipshape-cli worker or serve (exit 4). The database as it was is "
                                              "kept as <database>.before-restore. An older schema is migrated when "
                                              "the database is next opened. Exit 4 with the pg_restore procedure "
                                              "for PostgreSQL, 7 when FILE does not exist."),
                            .handler = &BackupCommands::restore,
                    },
            },
    };
}

int BackupCommands::backup(CliContext &context, const CommandInput &input)
{
    const QString file = input.argument(u"FILE"_s);
    if (file.trimmed().isEmpty() || file == u"-"_s)
        return context.fail(Error::invalid(u"FILE"_s, file, tr("Name the file to write the backup to.")));
    const auto url = context.databaseUrl();
    if (!url)
        return context.fail(url.error());
    if (url->kind() != DatabaseKind::Sqlite)
        return refusePostgresql(context, *url);
    if (!QFileInfo::exists(url->path()))
        return context.fail(Error::notFound(u"database"_s, url->path(),
                tr("There is no database file %1 to back up.").arg(QDir::toNativeSeparators(url->path()))));
    // Opened as it is: a backup never migrates.
    auto database = Database::open(*url);
    if (!database)
        return context.fail(database.error());
    const auto report = SqliteBackup::backup(**database, file);
    if (!report)
        return context.fail(report.error());
    if (context.json())
        return context.printJson(reportJson(*report));
    QTextStream &out = context.out();
    out << tr("Backed up %1 to %2 (%3, schema version %4).")
                    .arg(QDir::toNativeSeparators(url->path()), QDir::toNativeSeparators(report->file),
                            QLocale().formattedDataSize(report->bytes))
                    .arg(report->schemaVersion)
        << '\n';
    out << tr("Integrity check: ok. Rows, the same as in the database: %1.").arg(countsText(*report)) << '\n';
    return ExitOk;
}

int BackupCommands::restore(CliContext &context, const CommandInput &input)
{
    const QString file = input.argument(u"FILE"_s);
    if (file.trimmed().isEmpty() || file == u"-"_s)
        return context.fail(Error::invalid(u"FILE"_s, file, tr("Name the backup file to restore.")));
    const auto url = context.databaseUrl();
    if (!url)
        return context.fail(url.error());
    if (url->kind() != DatabaseKind::Sqlite)
        return refusePostgresql(context, *url);
    const auto report = SqliteBackup::restore(*url, file);
    if (!report)
        return context.fail(report.error());
    if (context.json())
        return context.printJson(reportJson(*report));
    QTextStream &out = context.out();
    out << tr("Restored %1 from %2 (schema version %3).")
                    .arg(QDir::toNativeSeparators(report->file), QDir::toNativeSeparators(file))
                    .arg(report->schemaVersion)
        << '\n';
    out << tr("Integrity check: ok. Rows: %1.").arg(countsText(*report)) << '\n';
    if (!report->previousCopy.isEmpty())
        out << tr("The database as it was: %1").arg(QDir::toNativeSeparators(report->previousCopy)) << '\n';
    return ExitOk;
}

} // namespace shipshape::cli
