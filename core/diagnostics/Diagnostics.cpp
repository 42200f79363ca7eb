#include "diagnostics/Diagnostics.h"

#include "common/Clock.h"
#include "notification/EmailComposer.h"
#include "notification/MailSettings.h"
#include "notification/NotificationOutbox.h"
#include "secrets/SecretStore.h"
#include "storage/ConnectionReport.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Rows.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

DiagnosticResult passed(const QString &key, const QString &title, const QString &detail)
{
    return {key, title, true, detail};
}

DiagnosticResult failed(const QString &key, const QString &title, const QString &whatToDo)
{
    return {key, title, false, whatToDo};
}

// The database's own clock: SQLite's CURRENT_TIMESTAMP is UTC text, PostgreSQL's a timestamp with zone.
Result<QDateTime> databaseNow(Database &database)
{
    auto rows = database.query(u"SELECT CURRENT_TIMESTAMP AS now"_s);
    if (!rows)
        return fail(rows.error());
    if (!rows->next())
        return fail(Error::internal(Diagnostics::tr("The database did not say what time it is.")));
    const QVariant value = rows->value(u"now");
    QDateTime now = value.typeId() == QMetaType::QDateTime
            ? value.toDateTime()
            : QDateTime::fromString(value.toString(), u"yyyy-MM-dd HH:mm:ss"_s);
    if (value.typeId() != QMetaType::QDateTime)
        now.setTimeZone(QTimeZone::utc());
    if (!now.isValid())
        return fail(
                Error::internal(Diagnostics::tr("The database's time \"%1\" is not a time.").arg(value.toString())));
    return now;
}

QList<DiagnosticResult> databaseChecks(Database &database, const DiagnosticsOptions &options)
{
    QList<DiagnosticResult> results;
    const QString schema = Diagnostics::tr("Schema");
    const auto report = ConnectionReport::describe(database);
    if (!report) {
        results << failed(u"schema"_s, schema, report.error().message);
    } else if (report->schemaVersion < report->expectedSchemaVersion) {
        results << failed(u"schema"_s, schema,
                Diagnostics::tr("Version %1 of %2: run shipshape-cli migrate (as the schema's owner on PostgreSQL).")
                        .arg(report->schemaVersion)
                        .arg(report->expectedSchemaVersion));
    } else if (report->schemaVersion > report->expectedSchemaVersion) {
        results << failed(u"schema"_s, schema,
                Diagnostics::tr("Version %1 is newer than this build's %2: install the Shipshape that wrote it.")
                        .arg(report->schemaVersion)
                        .arg(report->expectedSchemaVersion));
    } else {
        results << passed(
                u"schema"_s, schema, Diagnostics::tr("Version %1, %2.").arg(report->schemaVersion).arg(report->engine));
    }

    const QString migrations = Diagnostics::tr("Migrations");
    if (auto compatible = Migrator(database).checkCompatible(); !compatible)
        results << failed(u"migrations"_s, migrations, compatible.error().message);
    else
        results << passed(u"migrations"_s, migrations,
                Diagnostics::tr("Every applied migration is one this build has, with the same text."));

    const QString clock = Diagnostics::tr("Clock");
    if (const auto now = databaseNow(database); !now) {
        results << failed(u"clock"_s, clock, now.error().message);
    } else {
        const qint64 skew = qAbs(now->secsTo(options.now));
        if (skew > options.maxClockSkewSeconds)
            results << failed(u"clock"_s, clock,
                    Diagnostics::tr("This machine's clock is %1 s away from the database's: set both by NTP "
                                    "(holds expire and timelines are ordered by these times).")
                            .arg(skew));
        else
            results << passed(u"clock"_s, clock, Diagnostics::tr("Within %1 s of the database's.").arg(skew));
    }

    const QString outbox = Diagnostics::tr("Customer emails");
    const SystemClock systemClock;
    NotificationOutbox notifications(database, systemClock, EmailComposer(MailSettings{}));
    const auto failedEmails = notifications.count(OutboxStatus::Failed);
    const auto pending = notifications.count(OutboxStatus::Pending);
    const auto retrying = notifications.count(OutboxStatus::Retry);
    if (!failedEmails || !pending || !retrying) {
        results << failed(u"outbox"_s, outbox,
                (!failedEmails             ? failedEmails.error()
                                : !pending ? pending.error()
                                           : retrying.error())
                        .message);
    } else if (*failedEmails > 0) {
        // Counts as "label: number" (no plural forms to translate), grouped as the locale groups digits.
        results << failed(u"outbox"_s, outbox,
                Diagnostics::tr("Failed: %1. See shipshape-cli outbox list --status failed, then outbox retry.")
                        .arg(QLocale().toString(*failedEmails)));
    } else if (*pending + *retrying > options.waitingEmailsLimit) {
        results << failed(u"outbox"_s, outbox,
                Diagnostics::tr("Waiting: %1. Is the worker running (shipshape-cli worker, shipshape-worker.service) "
                                "with a SendGrid key?")
                        .arg(QLocale().toString(*pending + *retrying)));
    } else {
        results << passed(u"outbox"_s, outbox,
                Diagnostics::tr("Waiting: %1, failed: none.").arg(QLocale().toString(*pending + *retrying)));
    }
    return results;
}

DiagnosticResult diskCheck(const DatabaseUrl &url, const DiagnosticsOptions &options)
{
    const QString title = Diagnostics::tr("Disk space");
    const QString folder = QFileInfo(url.path()).absolutePath();
    const QStorageInfo storage(folder);
    if (!storage.isValid() || !storage.isReady())
        return failed(u"disk"_s, title, Diagnostics::tr("Cannot tell how much room %1 has.").arg(folder));
    const qint64 available = storage.bytesAvailable();
    const QLocale locale;
    if (available < options.minimumFreeBytes)
        return failed(u"disk"_s, title,
                Diagnostics::tr("%1 has %2 free, less than %3: make room before the database fills the disk.")
                        .arg(QDir::toNativeSeparators(folder), locale.formattedDataSize(available),
                                locale.formattedDataSize(options.minimumFreeBytes)));
    return passed(u"disk"_s, title,
            Diagnostics::tr("%1 free in %2.")
                    .arg(locale.formattedDataSize(available), QDir::toNativeSeparators(folder)));
}

DiagnosticResult secretsCheck(const DiagnosticsOptions &options)
{
    const QString title = Diagnostics::tr("Provider keys");
    QStringList missing;
    if (options.secrets.stripeSecretKey.isEmpty())
        missing << QString::fromLatin1(SecretStore::environmentVariableFor(u"stripe"_s));
    if (options.secrets.sendGridApiKey.isEmpty())
        missing << QString::fromLatin1(SecretStore::environmentVariableFor(u"sendgrid"_s));
    if (missing.isEmpty())
        return passed(u"secrets"_s, title, Diagnostics::tr("Stripe and SendGrid keys found."));
    const QString where = options.keychainReachable
            ? Diagnostics::tr("store them with shipshape-cli secrets set stripe / sendgrid, or set %1")
            : Diagnostics::tr("no keychain can be reached here (no D-Bus session): set %1");
    return failed(u"secrets"_s, title,
            Diagnostics::tr("Missing: card payments and emails wait without them; %1.")
                    .arg(where.arg(missing.join(u", "_s))));
}

} // namespace

QString DiagnosticResult::mark() const
{
    return passed ? u"✓"_s : skipped ? u"–"_s : u"✗"_s;
}

QString Diagnostics::text(const QList<DiagnosticResult> &results)
{
    QString text;
    for (const DiagnosticResult &result : results)
        text += result.mark() + u' ' + result.title + u": "_s + result.detail + u'\n';
    return text;
}

bool Diagnostics::allPassed(const QList<DiagnosticResult> &results)
{
    return std::none_of(
            results.cbegin(), results.cend(), [](const DiagnosticResult &result) { return result.failed(); });
}

QList<DiagnosticResult> Diagnostics::run(const DatabaseUrl &url, const DiagnosticsOptions &options)
{
    QList<DiagnosticResult> results;
    const QString title = tr("Database");
    const bool sqlite = url.kind() == DatabaseKind::Sqlite;
    if (sqlite && !QFileInfo::exists(url.path())) {
        // Opening would create it; a doctor only looks.
        results << failed(u"database"_s, title,
                tr("There is no database file %1: run shipshape-cli migrate to create one, or name the shop's "
                   "with --database or SHIPSHAPE_DATABASE.")
                        .arg(QDir::toNativeSeparators(url.path())));
    } else {
        DatabaseOptions databaseOptions;
        databaseOptions.password = options.secrets.databasePassword;
        auto database = Database::open(url, databaseOptions);
        if (!database) {
            results << failed(u"database"_s, title, database.error().message);
        } else {
            results << passed(u"database"_s, title, tr("%1 opens.").arg(url.toString()));
            results << databaseChecks(**database, options);
        }
    }
    if (sqlite)
        results << diskCheck(url, options);
    results << secretsCheck(options);
    return results;
}

} // namespace shipshape
