#include "cli/commands/ReplicaCommands.h"

#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "replica/ReplicaFile.h"
#include "replica/ReplicaSync.h"
#include "session/Session.h"
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {
namespace {

QString when(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject statusJson(const ReplicaStatus &status, bool serverAnswered)
{
    QJsonObject counts;
    for (const auto &[table, rows] : status.rowCounts)
        counts.insert(table, rows);
    QJsonObject json{{u"file"_s, status.file}, {u"bytes"_s, status.fileBytes}, {u"serverId"_s, status.serverId},
            {u"database"_s, status.database}, {u"schemaVersion"_s, status.schemaVersion}, {u"state"_s, status.state},
            {u"lastSequence"_s, status.lastSequence}, {u"lastChangeAt"_s, when(status.lastChangeAt)},
            {u"lastSyncAt"_s, when(status.lastSyncAt)}, {u"serverAnswered"_s, serverAnswered}, {u"rows"_s, counts}};
    json.insert(u"pendingChanges"_s, status.pendingChanges ? QJsonValue(*status.pendingChanges) : QJsonValue());
    json.insert(u"lagMs"_s, status.lagMs ? QJsonValue(*status.lagMs) : QJsonValue());
    return json;
}

} // namespace

CommandGroup ReplicaCommands::group()
{
    const QString where = tr("The replica is an SQLite file in the data folder, one per server and database; the "
                             "desktop reads it read-only and never trusts it as a source of truth.");
    return CommandGroup{
            .title = tr("Replica"),
            .noun = u"replica"_s,
            .summary = tr("The local SQLite replica of a PostgreSQL database: its status, an incremental sync, "
                          "a rebuild."),
            .commands = {
                    CommandSpec{
                            .words = {u"replica"_s, u"status"_s},
                            .summary = tr("Shows the replica's file, server identity, last change, lag and row "
                                          "counts."),
                            .examples = {u"shipshape-cli --database postgresql://shop@db/shop replica status"_s},
                            .description = where + u' '
                                    + tr("The lag is how long the oldest change the replica does not hold yet has "
                                         "waited on the server (0 when it holds all). When the server does not "
                                         "answer, the replica's own figures are shown. Exit 7 when there is no "
                                         "replica yet, 3 for a SQLite database (it needs none)."),
                            .handler = &ReplicaCommands::status,
                    },
                    CommandSpec{
                            .words = {u"replica"_s, u"sync"_s},
                            .summary = tr("Brings the replica up to date: the first sync copies, later ones "
                                          "read only what changed."),
                            .examples = {u"shipshape-cli --database postgresql://shop@db/shop replica sync"_s},
                            .description = where + u' '
                                    + tr("An interrupted first sync resumes where it stopped. A replica that is "
                                         "damaged, of another server or database, of another schema version, or "
                                         "older than the changes the server keeps is rebuilt, and the output says "
                                         "why. Exit 3 for a SQLite database, 4 when the server's schema is not "
                                         "this Shipshape's, 6 when the server does not answer."),
                            .handler = &ReplicaCommands::sync,
                    },
                    CommandSpec{
                            .words = {u"replica"_s, u"rebuild"_s},
                            .summary = tr("Throws the replica away and copies it again from the server."),
                            .examples = {u"shipshape-cli --database postgresql://shop@db/shop replica rebuild"_s},
                            .description = where + u' ' + tr("Exit codes as for replica sync."),
                            .handler = &ReplicaCommands::rebuild,
                    },
            },
    };
}

int ReplicaCommands::status(CliContext &context, const CommandInput &)
{
    auto url = context.databaseUrl();
    if (!url)
        return context.fail(url.error());
    if (url->kind() != DatabaseKind::PostgreSql) {
        return context.fail(Error::invalid(u"database"_s, url->displayName(),
                tr("A replica follows a PostgreSQL server; %1 is a SQLite file already.").arg(url->displayName())));
    }
    const QString path = ReplicaFile::pathFor(*url, ReplicaFile::defaultFolder());
    auto session = context.session();
    Database *server = session ? &(*session)->database() : nullptr;
    auto status = ReplicaSync::statusOf(path, server);
    if (!status)
        return context.fail(status.error());
    if (context.json())
        return context.printJson(statusJson(*status, server != nullptr));
    const QLocale locale;
    QTextStream &out = context.out();
    out << tr("Replica: %1 (%2 bytes)").arg(QDir::toNativeSeparators(status->file), locale.toString(status->fileBytes))
        << '\n';
    out << tr("Server: database %1, id %2, schema version %3")
                    .arg(status->database, status->serverId)
                    .arg(status->schemaVersion)
        << '\n';
    out << (status->state == u"live"_s ? tr("State: live") : tr("State: first sync not finished (resumes on sync)"))
        << '\n';
    out << tr("Last sequence: %1; last change: %2; last sync: %3")
                    .arg(status->lastSequence)
                    .arg(status->lastChangeAt.isValid() ? when(status->lastChangeAt) : tr("none"),
                            status->lastSyncAt.isValid() ? when(status->lastSyncAt) : tr("never"))
        << '\n';
    if (!server) {
        out << tr("Lag: unknown (the server does not answer: %1)").arg(session.error().message) << '\n';
    } else if (status->pendingChanges) {
        out << tr("Lag: %1 ms, %2 change(s) not yet in the replica")
                        .arg(locale.toString(status->lagMs.value_or(0)), locale.toString(*status->pendingChanges))
            << '\n';
    }
    QStringList counts;
    for (const auto &[table, rows] : status->rowCounts) {
        if (rows > 0)
            counts << u"%1 %2"_s.arg(table, locale.toString(rows));
    }
    out << tr("Rows: %1").arg(counts.isEmpty() ? tr("none") : counts.join(u", "_s)) << '\n';
    return ExitOk;
}

int ReplicaCommands::sync(CliContext &context, const CommandInput &)
{
    return run(context, false);
}

int ReplicaCommands::rebuild(CliContext &context, const CommandInput &)
{
    return run(context, true);
}

int ReplicaCommands::run(CliContext &context, bool rebuild)
{
    auto url = context.databaseUrl();
    if (!url)
        return context.fail(url.error());
    if (url->kind() != DatabaseKind::PostgreSql) {
        return context.fail(Error::invalid(u"database"_s, url->displayName(),
                tr("A replica follows a PostgreSQL server; %1 is a SQLite file already.").arg(url->displayName())));
    }
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    ReplicaSync replica((*session)->database(), ReplicaFile::pathFor(*url, ReplicaFile::defaultFolder()));
    QString lastTable;
    const bool text = !context.json();
    const auto progress = [&](const ReplicaProgress &step) {
        if (text && step.phase == ReplicaProgress::Phase::Copying && step.table != lastTable) {
            lastTable = step.table;
            context.err() << tr("Copying %1 (%2 of about %3 rows)…")
                                     .arg(step.table, QLocale().toString(step.rowsCopied),
                                             QLocale().toString(step.rowsEstimated))
                          << Qt::endl;
        }
        return true;
    };
    QElapsedTimer timer;
    timer.start();
    auto report = rebuild ? replica.rebuild(progress) : replica.sync(progress);
    if (!report)
        return context.fail(report.error());
    if (context.json()) {
        return context.printJson(QJsonObject{{u"file"_s, report->file}, {u"created"_s, report->created},
                {u"rebuiltBecause"_s, report->rebuiltBecause}, {u"resumed"_s, report->resumed},
                {u"rowsCopied"_s, report->rowsCopied}, {u"changesApplied"_s, report->changesApplied},
                {u"rowsWritten"_s, report->rowsWritten}, {u"lastSequence"_s, report->lastSequence},
                {u"elapsedMs"_s, timer.elapsed()}});
    }
    QTextStream &out = context.out();
    const QLocale locale;
    if (!report->rebuiltBecause.isEmpty())
        out << report->rebuiltBecause << u' ' << tr("It was rebuilt.") << '\n';
    if (report->created || report->resumed || report->rowsCopied > 0) {
        out << (report->resumed ? tr("First sync resumed: copied %1 more rows.") : tr("First sync: copied %1 rows."))
                        .arg(locale.toString(report->rowsCopied))
            << '\n';
    }
    out << tr("Caught up: %1 change(s) applied; last sequence %2; %3 s.")
                    .arg(locale.toString(report->changesApplied))
                    .arg(report->lastSequence)
                    .arg(locale.toString(double(timer.elapsed()) / 1000.0, 'f', 2))
        << '\n';
    out << tr("Replica: %1").arg(QDir::toNativeSeparators(report->file)) << '\n';
    return ExitOk;
}

} // namespace shipshape::cli
