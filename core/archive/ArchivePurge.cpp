#include "archive/ArchivePurge.h"

#include "archive/ArchiveDigest.h"
#include "archive/ArchiveTables.h"
#include "archive/ArchiveVerifier.h"
#include "common/Logging.h"
#include "dashboard/DailyAggregates.h"
#include "session/Session.h"
#include "staff/StaffDirectory.h"
#include "storage/Database.h"
#include "storage/UnitOfWork.h"

#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

constexpr qint64 kDayMs = 86400000;
constexpr int kNamed = 5; // how many order numbers a refusal names

// The purged orders, as a condition on `order_number` (bound: the end of the day, exclusive).
const QString kPurged = u"order_number IN (SELECT number FROM orders WHERE placed_at < ?)"_s;

// What keeps an order from being purged: it is not finished. Each query yields (order_number, what).
QList<QString> unfinishedQueries()
{
    return {
            u"SELECT number, status FROM orders WHERE placed_at < ? AND status NOT IN ('delivered', 'cancelled') "
            "ORDER BY number"_s,
            u"SELECT r.order_number, 'return ' || r.id || ' ' || r.state FROM returns r JOIN orders o ON o.number = "
            "r.order_number WHERE o.placed_at < ? AND r.state IN ('requested', 'received') ORDER BY 1"_s,
            u"SELECT n.order_number, 'message ' || n.id || ' ' || n.status FROM notification_outbox n JOIN orders o "
            "ON o.number = n.order_number WHERE o.placed_at < ? AND n.status IN ('pending', 'sending', 'retry') "
            "ORDER BY 1"_s,
            u"SELECT w.order_number, 'webhook delivery ' || w.id || ' ' || w.status FROM webhook_deliveries w JOIN "
            "orders o ON o.number = w.order_number WHERE o.placed_at < ? AND w.status IN ('pending', 'sending', "
            "'retry') ORDER BY 1"_s,
            u"SELECT l.order_number, 'payment link ' || l.id || ' ' || l.status FROM payment_links l JOIN orders o "
            "ON o.number = l.order_number WHERE o.placed_at < ? AND l.status IN ('creating', 'open') ORDER BY 1"_s,
            u"SELECT a.order_number, 'card attempt ' || a.id || ' ' || a.status FROM payment_attempts a JOIN orders o "
            "ON o.number = a.order_number WHERE o.placed_at < ? AND a.status IN ('started', 'processing', "
            "'unknown') ORDER BY 1"_s,
    };
}

// The columns the archive holds of each table the per-order digest reads (the archive's, for both sides).
Result<QHash<QString, QStringList>> digestColumns(Database &archive)
{
    QHash<QString, QStringList> columnsOf;
    QStringList tables{u"orders"_s};
    for (const ArchiveTable &table : ArchiveTables::all()) {
        if (table.scope == ArchiveScope::OrderRows)
            tables << table.name;
    }
    for (const QString &table : std::as_const(tables)) {
        auto columns = ArchiveDigest::columns(archive, table);
        if (!columns)
            return fail(columns.error());
        columnsOf.insert(table, *columns);
    }
    return columnsOf;
}

Status execute(Database &database, const QString &sql, const QVariantList &values = {})
{
    auto done = database.query(sql, values);
    if (!done)
        return fail(done.error());
    return {};
}

Result<qint64> integer(Database &database, const QString &sql, const QVariantList &values)
{
    auto rows = database.query(sql, values);
    if (!rows)
        return fail(rows.error());
    const qint64 value = rows->next() ? rows->valueAt(0).toLongLong() : 0;
    if (auto read = rows->status(); !read)
        return fail(read.error());
    return value;
}

// The last moment any row of the purged orders counted in a dashboard aggregate (DailyAggregates' feeds).
const QString kLastCountedAt
        = u"SELECT MAX(t) FROM (SELECT MAX(placed_at) AS t FROM orders WHERE placed_at < ? "
          "UNION ALL SELECT MAX(started_at) FROM payment_attempts WHERE order_number IN (SELECT number FROM orders "
          "WHERE placed_at < ?) UNION ALL SELECT MAX(at) FROM placement_log WHERE order_number IN (SELECT number "
          "FROM orders WHERE placed_at < ?) UNION ALL SELECT MAX(created_at) FROM notification_outbox WHERE "
          "order_number IN (SELECT number FROM orders WHERE placed_at < ?) UNION ALL SELECT MAX(shipped_at) FROM "
          "shipments WHERE order_number IN (SELECT number FROM orders WHERE placed_at < ?) UNION ALL SELECT "
          "MAX(opened_at) FROM returns WHERE order_number IN (SELECT number FROM orders WHERE placed_at < ?)) x"_s;

// SQLite: what the server's shipshape_purge_orders does on PostgreSQL (migration 33), statement by statement,
// in the caller's transaction. Returns how many `purged` ledger rows the folding left.
Result<qint64> purgeOnSqlite(Database &database, qint64 untilMs, const ArchivePurgeRequest &request,
        const QString &sha256, qint64 orders, qint64 nowMs)
{
    const QString through = request.through.toString(Qt::ISODate);
    auto lastAt = integer(database, kLastCountedAt, {untilMs, untilMs, untilMs, untilMs, untilMs, untilMs});
    if (!lastAt)
        return fail(lastAt.error());
    const qint64 historyDay = qMax(*lastAt / kDayMs, (untilMs / kDayMs) - 1);
    for (const QString &table : DailyAggregates::tables()) {
        // Names from DailyAggregates; the aggregates are history and must survive the delete triggers.
        if (auto kept = database.execute(u"CREATE TEMP TABLE purge_keep_%1 AS SELECT * FROM %1"_s.arg(table)); !kept)
            return fail(kept.error());
    }
    // Each run of the purged orders' ledger rows that follow each other in a SKU's ledger becomes its last
    // row, with the run's deltas summed: computed first, from the ledger as it is, then applied.
    const QString purgedRow = u"(y.order_number IS NOT NULL AND y.order_number IN (SELECT number FROM orders WHERE "
                              "placed_at < ?))"_s;
    const QString runStart = u"COALESCE((SELECT MAX(y.id) FROM stock_movements y WHERE y.sku = s.sku AND y.id < s.id "
                             "AND NOT "_s
            + purgedRow + u"), 0)"_s;
    if (auto folded = execute(database,
                u"CREATE TEMP TABLE purge_fold AS SELECT s.id, (SELECT SUM(x.on_hand_delta) FROM stock_movements x "
                "WHERE x.sku = s.sku AND x.id <= s.id AND x.id > "_s
                        + runStart
                        + u") AS on_hand_delta, (SELECT SUM(x.reserved_delta) FROM stock_movements x WHERE x.sku = "
                          "s.sku AND x.id <= s.id AND x.id > "_s
                        + runStart
                        + u") AS reserved_delta FROM stock_movements s WHERE s.order_number IN (SELECT number FROM "
                          "orders WHERE placed_at < ?) AND NOT EXISTS (SELECT 1 FROM stock_movements n WHERE n.sku = "
                          "s.sku AND n.id = (SELECT MIN(z.id) FROM stock_movements z WHERE z.sku = s.sku AND z.id > "
                          "s.id) AND n.order_number IN (SELECT number FROM orders WHERE placed_at < ?))"_s,
                {untilMs, untilMs, untilMs, untilMs});
            !folded)
        return fail(folded.error());
    auto foldedRows = integer(database, u"SELECT COUNT(*) FROM purge_fold"_s, {});
    if (!foldedRows)
        return fail(foldedRows.error());
    const QString reason = ArchivePurge::tr("orders placed through %1 purged (archive %2)").arg(through, sha256);
    const QList<std::pair<QString, QVariantList>> statements{
            {u"UPDATE stock_movements SET kind = 'purged', order_number = NULL, return_id = NULL, written_off = 0, "
             "actor = ?, reason = ?, on_hand_delta = (SELECT f.on_hand_delta FROM purge_fold f WHERE f.id = "
             "stock_movements.id), reserved_delta = (SELECT f.reserved_delta FROM purge_fold f WHERE f.id = "
             "stock_movements.id) WHERE id IN (SELECT id FROM purge_fold)"_s,
                    {database.actor(), reason}},
            {u"DELETE FROM stock_movements WHERE "_s + kPurged, {untilMs}},
            {u"UPDATE stripe_webhook_events SET order_number = NULL WHERE "_s + kPurged, {untilMs}},
            {u"UPDATE sendgrid_webhook_events SET notification_id = NULL WHERE notification_id IN (SELECT id FROM "
             "notification_outbox WHERE "_s
                            + kPurged + u')',
                    {untilMs}},
            {u"DELETE FROM webhook_delivery_attempts WHERE delivery_id IN (SELECT id FROM webhook_deliveries WHERE "_s
                            + kPurged + u')',
                    {untilMs}},
            {u"DELETE FROM webhook_deliveries WHERE "_s + kPurged, {untilMs}},
            {u"DELETE FROM pack_progress WHERE "_s + kPurged, {untilMs}},
    };
    for (const auto &[sql, values] : statements) {
        if (auto done = execute(database, sql, values); !done)
            return fail(done.error());
    }
    for (const QString &table : ArchiveTables::orderRowTablesChildrenFirst()) {
        if (auto done = execute(database, u"DELETE FROM %1 WHERE %2"_s.arg(table, kPurged), {untilMs}); !done)
            return fail(done.error());
    }
    if (auto done = execute(database, u"DELETE FROM orders WHERE placed_at < ?"_s, {untilMs}); !done)
        return fail(done.error());
    for (const QString &table : DailyAggregates::tables()) {
        for (const QString &sql :
                {u"DELETE FROM %1"_s, u"INSERT INTO %1 SELECT * FROM purge_keep_%1"_s, u"DROP TABLE purge_keep_%1"_s}) {
            if (auto done = database.execute(sql.arg(table)); !done)
                return fail(done.error());
        }
    }
    if (auto done = database.execute(u"DROP TABLE purge_fold"_s); !done)
        return fail(done.error());
    if (auto done = execute(database,
                u"INSERT INTO purges (purged_by, purged_at, through_date, archive_file, archive_sha256, orders, "
                "ledger_rows, history_through_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {database.actor(), nowMs, through, request.archiveFile, sha256, orders, *foldedRows, historyDay});
            !done)
        return fail(done.error());
    return *foldedRows;
}

QString named(const QList<qint64> &numbers)
{
    QStringList names;
    for (qsizetype i = 0; i < numbers.size() && i < kNamed; ++i)
        names << QString::number(numbers.at(i));
    if (numbers.size() > kNamed)
        names << ArchivePurge::tr("%n more", nullptr, int(qMin<qint64>(numbers.size() - kNamed, INT_MAX)));
    return names.join(u", "_s);
}

} // namespace

Result<ArchivePurgeOutcome> ArchivePurge::purge(Session &session, const ArchivePurgeRequest &request)
{
    if (!request.through.isValid())
        return fail(Error::invalid(u"through"_s, {}, tr("--through must be a date.")));
    if (request.archiveFile.trimmed().isEmpty())
        return fail(Error::invalid(u"verified-archive"_s, request.archiveFile, tr("Name the archive to verify.")));
    Database &database = session.database();
    auto permissions = session.staff().currentPermissions();
    if (!permissions)
        return fail(permissions.error());
    if (!permissions->manageStaff) {
        return fail(Error::conflict(tr("Only an admin may purge orders; %1 is not one.").arg(permissions->login),
                u"login"_s, permissions->login));
    }
    const QString name = QDir::toNativeSeparators(request.archiveFile);
    auto manifest = ArchiveVerifier::verify(request.archiveFile);
    if (!manifest)
        return fail(manifest.error());
    const QString sha256 = manifest->contentSha256Hex();
    if (manifest->redacted) {
        return fail(Error::conflict(tr("The archive %1 is redacted: its rows differ from the database's, so it cannot "
                                       "prove that it holds the orders. Export one without --redact-customers.")
                                            .arg(name),
                u"verified-archive"_s, request.archiveFile));
    }
    const QString source = database.url().displayName();
    if (manifest->source != source) {
        return fail(Error::conflict(tr("The archive %1 was exported from %2, not from this database (%3).")
                                            .arg(name, manifest->source, source),
                u"verified-archive"_s, request.archiveFile));
    }
    if (request.through > manifest->to) {
        return fail(Error::conflict(
                tr("The archive %1 holds the orders placed through %2; it cannot cover a purge "
                   "through %3.")
                        .arg(name, manifest->to.toString(Qt::ISODate), request.through.toString(Qt::ISODate)),
                u"through"_s, request.through.toString(Qt::ISODate)));
    }
    const qint64 untilMs = QDateTime(request.through.addDays(1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const QString inPurge = u"o.placed_at < ?"_s;
    ArchiveDigest::OrderDigests archived;
    QHash<QString, QStringList> columnsOf;
    {
        auto archive = ArchiveVerifier::openReadOnly(request.archiveFile);
        if (!archive)
            return fail(archive.error());
        auto columns = digestColumns(**archive);
        if (!columns)
            return fail(columns.error());
        columnsOf = *columns;
        auto digests = ArchiveDigest::ofOrders(**archive, inPurge, {untilMs}, columnsOf);
        if (!digests)
            return fail(digests.error());
        archived = *digests;
    }

    auto unit = UnitOfWork::begin(database);
    if (!unit)
        return fail(unit.error());
    const bool postgres = !database.dialect().isSqlite();
    if (postgres && unit->isOutermost()) {
        // The rows compared are the rows deleted: a concurrent change to one makes the commit fail.
        if (auto isolated = database.execute(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"_s); !isolated)
            return fail(isolated.error());
    }
    QList<qint64> numbers;
    {
        auto rows = database.query(u"SELECT number FROM orders WHERE placed_at < ? ORDER BY number"_s, {untilMs});
        if (!rows)
            return fail(rows.error());
        while (rows->next())
            numbers << rows->integer(u"number");
        if (auto read = rows->status(); !read)
            return fail(read.error());
    }
    for (const QString &sql : unfinishedQueries()) {
        auto rows = database.query(sql, {untilMs});
        if (!rows)
            return fail(rows.error());
        QStringList found;
        while (rows->next() && found.size() < kNamed)
            found << tr("order %1 (%2)").arg(rows->valueAt(0).toLongLong()).arg(rows->valueAt(1).toString());
        if (auto read = rows->status(); !read)
            return fail(read.error());
        if (!found.isEmpty()) {
            return fail(Error::conflict(tr("Nothing was purged: only finished orders (delivered or cancelled, with "
                                           "nothing still under way) can be purged: %1.")
                                                .arg(found.join(u", "_s))));
        }
    }
    auto live = ArchiveDigest::ofOrders(database, inPurge, {untilMs}, columnsOf);
    if (!live)
        return fail(live.error());
    QList<qint64> missing;
    QList<qint64> changed;
    for (const qint64 number : std::as_const(numbers)) {
        const auto inArchive = archived.constFind(number);
        if (inArchive == archived.cend())
            missing << number;
        else if (live->value(number) != *inArchive)
            changed << number;
    }
    if (!missing.isEmpty()) {
        return fail(Error::conflict(tr("Nothing was purged: the archive %1 lacks %n order(s) placed through %2: %3.",
                                            nullptr, int(qMin<qint64>(missing.size(), INT_MAX)))
                                            .arg(name, request.through.toString(Qt::ISODate), named(missing)),
                u"verified-archive"_s, request.archiveFile));
    }
    if (!changed.isEmpty()) {
        return fail(Error::conflict(tr("Nothing was purged: %n order(s) changed after the archive %1 was exported: "
                                       "%2. Export the period again.",
                                            nullptr, int(qMin<qint64>(changed.size(), INT_MAX)))
                                            .arg(name, named(changed)),
                u"verified-archive"_s, request.archiveFile));
    }
    ArchivePurgeOutcome outcome;
    outcome.through = request.through;
    outcome.orders = numbers.size();
    outcome.firstOrder = numbers.isEmpty() ? 0 : numbers.constFirst();
    outcome.lastOrder = numbers.isEmpty() ? 0 : numbers.constLast();
    outcome.archiveSha256 = sha256;
    outcome.dryRun = request.dryRun;
    auto ledgerRows = integer(database, u"SELECT COUNT(*) FROM stock_movements WHERE "_s + kPurged, {untilMs});
    if (!ledgerRows)
        return fail(ledgerRows.error());
    outcome.ledgerRows = *ledgerRows;
    if (request.dryRun)
        return outcome; // the unit rolls back: nothing was written
    const qint64 nowMs = session.clock().now().toMSecsSinceEpoch();
    const QString archiveName = QFileInfo(request.archiveFile).fileName();
    if (postgres) {
        auto purged = integer(database, u"SELECT shipshape_purge_orders(CAST(? AS DATE), ?, ?, ?, ?)"_s,
                {request.through.toString(Qt::ISODate), archiveName, sha256, outcome.orders, nowMs});
        if (!purged)
            return fail(purged.error());
        auto folded = integer(database, u"SELECT ledger_rows FROM purges ORDER BY id DESC LIMIT 1"_s, {});
        if (!folded)
            return fail(folded.error());
        outcome.foldedLedgerRows = *folded;
    } else {
        ArchivePurgeRequest recorded = request;
        recorded.archiveFile = archiveName;
        auto folded = purgeOnSqlite(database, untilMs, recorded, sha256, outcome.orders, nowMs);
        if (!folded)
            return fail(folded.error());
        outcome.foldedLedgerRows = *folded;
    }
    if (auto committed = unit->commit(); !committed)
        return fail(committed.error());
    qCInfo(lcStorage) << "Purged" << outcome.orders << "orders placed through" << request.through << "archived in"
                      << name;
    return outcome;
}

Result<QList<PurgeRecord>> ArchivePurge::history(Database &database)
{
    auto rows = database.query(u"SELECT id, purged_by, purged_at, through_date, archive_file, archive_sha256, orders, "
                               "ledger_rows, history_through_day FROM purges ORDER BY id DESC"_s);
    if (!rows)
        return fail(rows.error());
    QList<PurgeRecord> records;
    while (rows->next()) {
        PurgeRecord record;
        record.id = rows->integer(u"id");
        record.purgedBy = rows->text(u"purged_by");
        record.purgedAt = QDateTime::fromMSecsSinceEpoch(rows->integer(u"purged_at"), QTimeZone::utc());
        record.through = QDate::fromString(rows->text(u"through_date"), Qt::ISODate);
        record.archiveFile = rows->text(u"archive_file");
        record.archiveSha256 = rows->text(u"archive_sha256");
        record.orders = rows->integer(u"orders");
        record.ledgerRows = rows->integer(u"ledger_rows");
        record.historyThrough = DailyAggregates::dateOfDay(rows->integer(u"history_through_day"));
        records << record;
    }
    if (auto read = rows->status(); !read)
        return fail(read.error());
    return records;
}

} // namespace shipshape
