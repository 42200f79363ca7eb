#include "cli/commands/ArchiveCommands.h"

#include "archive/ArchiveExporter.h"
#include "archive/ArchivePurge.h"
#include "archive/ArchiveVerifier.h"
#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "session/Session.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {
namespace {

Result<QDate> dateOption(const CommandInput &input, const QString &name)
{
    const QString text = input.value(name, QString());
    const QDate date = QDate::fromString(text, u"yyyy-MM-dd"_s);
    if (!date.isValid()) {
        return fail(Error::invalid(name, text,
                ArchiveCommands::tr("--%1 must be a date written YYYY-MM-DD (got \"%2\").").arg(name, text)));
    }
    return date;
}

QJsonObject manifestJson(const ArchiveManifest &manifest, const QString &file)
{
    QJsonObject tables;
    for (const TableDigest &table : manifest.tables)
        tables.insert(table.table, table.rows);
    return QJsonObject{{u"file"_s, file}, {u"source"_s, manifest.source},
            {u"from"_s, manifest.from.toString(Qt::ISODate)}, {u"to"_s, manifest.to.toString(Qt::ISODate)},
            {u"schemaVersion"_s, manifest.schemaVersion},
            {u"createdAt"_s, manifest.createdAt.toString(Qt::ISODateWithMs)}, {u"appVersion"_s, manifest.appVersion},
            {u"redacted"_s, manifest.redacted}, {u"orders"_s, manifest.orders},
            {u"contentSha256"_s, manifest.contentSha256Hex()}, {u"tables"_s, tables}};
}

void printManifest(QTextStream &out, const ArchiveManifest &manifest)
{
    const QLocale locale;
    out << ArchiveCommands::tr("Period: %1 to %2 (UTC), %3 orders%4.")
                    .arg(manifest.from.toString(Qt::ISODate), manifest.to.toString(Qt::ISODate),
                            locale.toString(manifest.orders),
                            manifest.redacted ? ArchiveCommands::tr(", customers redacted") : QString())
        << '\n';
    out << ArchiveCommands::tr("Source: %1; schema version %2; written %3 by Shipshape %4.")
                    .arg(manifest.source)
                    .arg(manifest.schemaVersion)
                    .arg(manifest.createdAt.toString(Qt::ISODate), manifest.appVersion)
        << '\n';
    QStringList filled;
    for (const TableDigest &table : manifest.tables) {
        if (table.rows > 0)
            filled << u"%1 %2"_s.arg(table.table, locale.toString(table.rows));
    }
    out << ArchiveCommands::tr("Rows: %1.").arg(filled.join(u", "_s)) << '\n';
    out << ArchiveCommands::tr("Content SHA-256: %1").arg(manifest.contentSha256Hex()) << '\n';
}

} // namespace

CommandGroup ArchiveCommands::group()
{
    return CommandGroup{
            .title = tr("Archives"),
            .noun = u"archive"_s,
            .summary = tr("Verified, read-only archives of a period's orders: export, verify, and purge what an "
                          "archive holds."),
            .commands = {
                    CommandSpec{
                            .words = {u"archive"_s, u"export"_s},
                            .summary = tr("Writes the orders placed in a period, with everything a reviewer needs, "
                                          "to a new read-only archive file."),
                            .arguments = {{.name = u"FILE"_s,
                                    .description = tr("The archive to write; must not exist yet."),
                                    .kind = ValueKind::File}},
                            .options = {{.name = u"from"_s,
                                                .valueName = u"DATE"_s,
                                                .description = tr("First day of the period (YYYY-MM-DD, UTC)."),
                                                .required = true},
                                    {.name = u"to"_s,
                                            .valueName = u"DATE"_s,
                                            .description = tr("Last day of the period, included (YYYY-MM-DD, UTC)."),
                                            .required = true}},
                            .flags = {{u"redact-customers"_s,
                                    tr("Replace customers' names, emails and addresses with stable pseudonyms.")}},
                            .examples = {u"shipshape-cli archive export --from 2025-01-01 --to 2025-12-31 "
                                         "orders-2025.shipshape-archive"_s,
                                    u"shipshape-cli archive export --from 2025-01-01 --to 2025-03-31 "
                                    "--redact-customers audit-q1.shipshape-archive"_s},
                            .description = tr("The archive is an SQLite file in Shipshape's own schema holding the "
                                              "orders placed in the period with their lines, discounts, parcels, "
                                              "timeline, payments, refunds and emails, the customers and products "
                                              "they name, their stock ledger rows and tags, and a manifest with "
                                              "every table's row count and the SHA-256 of the rows. It is read from "
                                              "one snapshot of the database (SQLite or PostgreSQL), which is never "
                                              "written. Open it with `shipshape --archive FILE`. Exit 3 for a bad "
                                              "date or folder, 4 when FILE exists."),
                            .handler = &ArchiveCommands::exportPeriod,
                    },
                    CommandSpec{
                            .words = {u"archive"_s, u"verify"_s},
                            .summary = tr("Checks an archive against its manifest: integrity, schema version, row "
                                          "counts and checksums."),
                            .arguments = {{.name = u"FILE"_s,
                                    .description = tr("An archive written by archive export."),
                                    .kind = ValueKind::File}},
                            .examples = {u"shipshape-cli archive verify orders-2025.shipshape-archive"_s},
                            .description = tr("Opens the file read-only. Exit 0 when every table has the rows and "
                                              "the SHA-256 its manifest records; 4 when anything differs (a changed "
                                              "row or byte, a missing manifest: the message names what), 7 when "
                                              "FILE does not exist."),
                            .usesDatabase = false,
                            .handler = &ArchiveCommands::verify,
                    },
                    CommandSpec{
                            .words = {u"archive"_s, u"purge"_s},
                            .summary = tr("Deletes the orders placed through a day, once a verified archive holds "
                                          "every one of them as it is."),
                            .options = {{.name = u"through"_s,
                                                .valueName = u"DATE"_s,
                                                .description = tr("Last day of placement to purge, included "
                                                                  "(YYYY-MM-DD, UTC)."),
                                                .required = true},
                                    {.name = u"verified-archive"_s,
                                            .valueName = u"FILE"_s,
                                            .description = tr("An archive of this database written by archive "
                                                              "export that holds every order to purge."),
                                            .required = true,
                                            .kind = ValueKind::File}},
                            .flags = {{u"dry-run"_s, tr("Check everything and say what would be deleted; write "
                                                        "nothing.")}},
                            .examples = {u"shipshape-cli archive purge --through 2025-12-31 --verified-archive "
                                         "orders-2025.shipshape-archive --dry-run"_s,
                                    u"shipshape-cli archive purge --through 2025-12-31 --verified-archive "
                                    "orders-2025.shipshape-archive"_s},
                            .description = tr("Admins only; the only way to delete orders. The archive is verified "
                                              "first (as archive verify), must come from this database and not be "
                                              "redacted; then, in one transaction, every order placed through DATE "
                                              "must be finished (delivered or cancelled, nothing under way) and "
                                              "equal, row for row, its copy in the archive. Any order missing from "
                                              "the archive or changed since the export refuses the whole purge, "
                                              "naming the first few. The orders go with their rows; their stock "
                                              "ledger rows are folded into `purged` rows (stock stays as it is), "
                                              "the dashboard keeps the purged days' figures, and the purge is "
                                              "recorded (archive purges). Exit 3 for a bad date, 4 when refused, "
                                              "7 when FILE does not exist."),
                            .handler = &ArchiveCommands::purge,
                    },
                    CommandSpec{
                            .words = {u"archive"_s, u"purges"_s},
                            .summary = tr("Lists the purges: who deleted which orders when, and which archive "
                                          "holds them."),
                            .examples = {u"shipshape-cli archive purges"_s, u"shipshape-cli archive purges --json"_s},
                            .handler = &ArchiveCommands::purges,
                    },
            },
    };
}

int ArchiveCommands::exportPeriod(CliContext &context, const CommandInput &input)
{
    const QString file = input.argument(u"FILE"_s);
    if (file.trimmed().isEmpty() || file == u"-"_s)
        return context.fail(Error::invalid(u"FILE"_s, file, tr("Name the archive file to write.")));
    auto from = dateOption(input, u"from"_s);
    if (!from)
        return context.fail(from.error());
    auto to = dateOption(input, u"to"_s);
    if (!to)
        return context.fail(to.error());
    if (*to < *from) {
        return context.fail(Error::invalid(u"to"_s, to->toString(Qt::ISODate), tr("--to must not be before --from.")));
    }
    if (QFileInfo::exists(file)) {
        return context.fail(Error::conflict(tr("%1 exists already; an archive is never written over another file.")
                                                    .arg(QDir::toNativeSeparators(file)),
                u"FILE"_s, file));
    }
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    ArchiveExportOptions options;
    options.from = *from;
    options.to = *to;
    options.file = file;
    options.redactCustomers = input.flag(u"redact-customers"_s);
    options.now = (*session)->clock().now();
    QElapsedTimer timer;
    timer.start();
    auto manifest = ArchiveExporter::exportPeriod((*session)->database(), options);
    if (!manifest)
        return context.fail(manifest.error());
    if (context.json()) {
        QJsonObject json = manifestJson(*manifest, file);
        json.insert(u"elapsedMs"_s, timer.elapsed());
        return context.printJson(json);
    }
    QTextStream &out = context.out();
    out << tr("Archived %Ln order(s) to %1 in %2 s.", nullptr, int(qMin<qint64>(manifest->orders, INT_MAX)))
                    .arg(QDir::toNativeSeparators(file), QLocale().toString(double(timer.elapsed()) / 1000.0, 'f', 1))
        << '\n';
    printManifest(out, *manifest);
    return ExitOk;
}

int ArchiveCommands::verify(CliContext &context, const CommandInput &input)
{
    const QString file = input.argument(u"FILE"_s);
    if (file.trimmed().isEmpty())
        return context.fail(Error::invalid(u"FILE"_s, file, tr("Name the archive to verify.")));
    auto manifest = ArchiveVerifier::verify(file);
    if (!manifest)
        return context.fail(manifest.error());
    if (context.json()) {
        QJsonObject json = manifestJson(*manifest, file);
        json.insert(u"verified"_s, true);
        return context.printJson(json);
    }
    context.out() << tr("The archive %1 is intact: every table has the rows and checksum its manifest records.")
                             .arg(QDir::toNativeSeparators(file))
                  << '\n';
    printManifest(context.out(), *manifest);
    return ExitOk;
}

int ArchiveCommands::purge(CliContext &context, const CommandInput &input)
{
    auto through = dateOption(input, u"through"_s);
    if (!through)
        return context.fail(through.error());
    const QString file = input.value(u"verified-archive"_s, QString());
    if (file.trimmed().isEmpty())
        return context.fail(Error::invalid(u"verified-archive"_s, file, tr("Name the verified archive.")));
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    ArchivePurgeRequest request;
    request.through = *through;
    request.archiveFile = file;
    request.dryRun = input.flag(u"dry-run"_s);
    QElapsedTimer timer;
    timer.start();
    auto outcome = ArchivePurge::purge(**session, request);
    if (!outcome)
        return context.fail(outcome.error());
    if (context.json()) {
        return context.printJson(QJsonObject{{u"through"_s, outcome->through.toString(Qt::ISODate)},
                {u"dryRun"_s, outcome->dryRun}, {u"orders"_s, outcome->orders}, {u"firstOrder"_s, outcome->firstOrder},
                {u"lastOrder"_s, outcome->lastOrder}, {u"ledgerRows"_s, outcome->ledgerRows},
                {u"foldedLedgerRows"_s, outcome->foldedLedgerRows}, {u"archive"_s, file},
                {u"archiveSha256"_s, outcome->archiveSha256}, {u"elapsedMs"_s, timer.elapsed()}});
    }
    const QLocale locale;
    const int orders = int(qMin<qint64>(outcome->orders, INT_MAX));
    const QString range = outcome->orders > 0
            ? tr(" (numbers %1 to %2)").arg(outcome->firstOrder).arg(outcome->lastOrder)
            : QString();
    if (outcome->dryRun) {
        context.out() << tr("Dry run: would purge %Ln order(s) placed through %1%2 with %3 stock ledger row(s); the "
                            "archive %4 holds every one of them as it is. Nothing was written.",
                nullptr, orders)
                                 .arg(outcome->through.toString(Qt::ISODate), range,
                                         locale.toString(outcome->ledgerRows), QDir::toNativeSeparators(file))
                      << '\n';
        return ExitOk;
    }
    context.out() << tr("Purged %Ln order(s) placed through %1%2 in %3 s; their %4 stock ledger row(s) became %5 "
                        "purged row(s). The archive %6 (SHA-256 %7) holds them.",
            nullptr, orders)
                             .arg(outcome->through.toString(Qt::ISODate), range,
                                     locale.toString(double(timer.elapsed()) / 1000.0, 'f', 1),
                                     locale.toString(outcome->ledgerRows), locale.toString(outcome->foldedLedgerRows),
                                     QDir::toNativeSeparators(file), outcome->archiveSha256)
                  << '\n';
    return ExitOk;
}

int ArchiveCommands::purges(CliContext &context, const CommandInput &)
{
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    auto records = ArchivePurge::history((*session)->database());
    if (!records)
        return context.fail(records.error());
    if (context.json()) {
        QJsonArray array;
        for (const PurgeRecord &record : *records) {
            array.append(QJsonObject{{u"id"_s, record.id}, {u"purgedBy"_s, record.purgedBy},
                    {u"purgedAt"_s, record.purgedAt.toString(Qt::ISODateWithMs)},
                    {u"through"_s, record.through.toString(Qt::ISODate)}, {u"archiveFile"_s, record.archiveFile},
                    {u"archiveSha256"_s, record.archiveSha256}, {u"orders"_s, record.orders},
                    {u"ledgerRows"_s, record.ledgerRows},
                    {u"historyThrough"_s, record.historyThrough.toString(Qt::ISODate)}});
        }
        return context.printJson(array);
    }
    QTextStream &out = context.out();
    if (records->isEmpty()) {
        out << tr("No orders were ever purged.") << '\n';
        return ExitOk;
    }
    const QLocale locale;
    for (const PurgeRecord &record : *records) {
        out << tr("%1 by %2: %Ln order(s) placed through %3, archived in %4 (SHA-256 %5); dashboard figures "
                  "through %6 kept as history.",
                nullptr, int(qMin<qint64>(record.orders, INT_MAX)))
                        .arg(record.purgedAt.toString(Qt::ISODate), record.purgedBy,
                                record.through.toString(Qt::ISODate), record.archiveFile, record.archiveSha256,
                                record.historyThrough.toString(Qt::ISODate))
            << '\n';
    }
    return ExitOk;
}

} // namespace shipshape::cli
