#include "replica/ReplicaSync.h"

#include "common/Logging.h"
#include "replica/ReplicaFile.h"
#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// Keys fetched from the server per statement during a catch-up.
constexpr int kKeysPerFetch = 500;

QString quoted(const QString &name)
{
    return u'"' + name + u'"';
}

QString columnList(const QStringList &columns)
{
    QStringList list;
    for (const QString &column : columns)
        list << quoted(column);
    return list.join(u", "_s);
}

QString placeholders(qsizetype count)
{
    QStringList marks(count, u"?"_s);
    return u'(' + marks.join(u", "_s) + u')';
}

QString keyText(const QVariantList &key)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromVariantList(key)).toJson(QJsonDocument::Compact));
}

QVariantList keyValues(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().toVariantList();
}

QDateTime fromMs(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()) : QDateTime();
}

// A change-log row, as a catch-up groups them per table.
struct ChangedTable {
    bool truncated = false;
    QList<QVariantList> keys;
    QSet<QString> seen;
};

} // namespace

ReplicaSync::ReplicaSync(Database &server, QString path) : m_server(server), m_path(std::move(path)) {}

ReplicaSync::~ReplicaSync() = default;

void ReplicaSync::close()
{
    m_file.reset();
    m_tables.clear();
}

Result<ReplicaSync::ServerState> ReplicaSync::readServerState()
{
    if (m_server.dialect().isSqlite()) {
        return fail(Error::invalid(u"database"_s, m_server.url().displayName(),
                tr("A replica follows a PostgreSQL server; %1 is a SQLite file already.")
                        .arg(m_server.url().displayName())));
    }
    auto rows = m_server.query(u"SELECT to_regclass('replica_source') IS NOT NULL"_s);
    if (!rows)
        return fail(rows.error());
    if (!rows->next() || !rows->single().toBool()) {
        return fail(Error::conflict(tr("The server %1 keeps no change log for replicas: migrate it to this "
                                       "Shipshape's schema first (shipshape-cli db migrate).")
                                            .arg(m_server.url().displayName())));
    }
    auto state = m_server.query(
            u"SELECT id::TEXT AS id, current_database() AS database, pruned_through_xid, "
            "(SELECT COALESCE(MAX(version), 0) FROM schema_migrations) AS schema_version, "
            "pg_snapshot_xmin(pg_current_snapshot())::TEXT::BIGINT AS snapshot_xmin, "
            "pg_snapshot_xmax(pg_current_snapshot())::TEXT::BIGINT AS snapshot_xmax FROM replica_source"_s);
    if (!state)
        return fail(state.error());
    if (!state->next())
        return fail(Error::internal(tr("The server's replica_source row is missing.")));
    ServerState server{state->text(u"id"), state->text(u"database"), int(state->integer(u"schema_version")),
            state->integer(u"snapshot_xmin"), state->integer(u"snapshot_xmax"), state->integer(u"pruned_through_xid")};
    if (server.schemaVersion != latestSchemaVersion()) {
        return fail(Error::conflict(tr("The server %1 has schema version %2 and this Shipshape %3: its replica "
                                       "needs both the same (migrate the server, or update Shipshape).")
                                            .arg(m_server.url().displayName())
                                            .arg(server.schemaVersion)
                                            .arg(latestSchemaVersion())));
    }
    return server;
}

QString ReplicaSync::distrust(const QHash<QString, QString> &meta, const ServerState &server) const
{
    if (meta.value(u"server_id"_s) != server.id || meta.value(u"database"_s) != server.database)
        return tr("it copies another server or database");
    if (meta.value(u"schema_version"_s).toInt() != server.schemaVersion)
        return tr("it was made for schema version %1").arg(meta.value(u"schema_version"_s));
    const bool live = meta.value(u"state"_s) == u"live"_s;
    const qint64 watermark = meta.value(live ? u"watermark_xid"_s : u"start_xid"_s).toLongLong();
    if (watermark > server.xmax)
        return tr("it holds changes the server does not have (was the server restored from a backup?)");
    if (watermark <= server.prunedThroughXid)
        return tr("it last synchronised before changes the server no longer keeps");
    return {};
}

Status ReplicaSync::create(const ServerState &server, ReplicaSyncReport &report, const QString &reason)
{
    close();
    if (!reason.isEmpty()) {
        report.rebuiltBecause = reason;
        qCWarning(lcReplica).noquote() << "Rebuilding the replica" << m_path << "because" << reason;
    }
    auto created = ReplicaFile::create(m_path);
    if (!created)
        return fail(created.error());
    m_file = std::move(*created);
    report.created = true;
    auto transaction = Transaction::begin(m_file->database());
    if (!transaction)
        return fail(transaction.error());
    // start_xid: every transaction below it has ended, so the copy sees all they did; the catch-up after
    // the copy reads the changes of every transaction from it on.
    const QList<std::pair<QString, QString>> values{{u"server_id"_s, server.id}, {u"database"_s, server.database},
            {u"server"_s, m_server.url().displayName()}, {u"schema_version"_s, QString::number(server.schemaVersion)},
            {u"state"_s, u"copying"_s}, {u"start_xid"_s, QString::number(server.xmin)},
            {u"watermark_xid"_s, QString::number(server.xmin)}, {u"last_seq"_s, u"0"_s},
            {u"created_at"_s, QString::number(QDateTime::currentMSecsSinceEpoch())}};
    for (const auto &[key, value] : values) {
        if (auto set = m_file->setMeta(key, value); !set)
            return set;
    }
    return transaction->commit();
}

Status ReplicaSync::openOrCreate(const ServerState &server, ReplicaSyncReport &report)
{
    QString reason;
    if (!m_file) {
        if (!QFileInfo::exists(m_path))
            return create(server, report, {});
        auto opened = ReplicaFile::open(m_path);
        if (opened)
            m_file = std::move(*opened);
        else if (opened.error().code == ErrorCode::Conflict)
            reason = opened.error().message;
        else
            return fail(opened.error());
    }
    if (m_file) {
        auto meta = m_file->meta();
        if (!meta)
            return fail(meta.error());
        reason = distrust(*meta, server);
        if (reason.isEmpty())
            return {};
        reason = tr("The replica %1 cannot be trusted (%2).").arg(QDir::toNativeSeparators(m_path), reason);
    }
    return create(server, report, reason);
}

Result<QList<ReplicaTable>> ReplicaSync::tables()
{
    if (m_tables.isEmpty()) {
        auto followed = ReplicaTables::followed(m_server, m_file->database());
        if (!followed)
            return fail(followed.error());
        m_tables = *followed;
    }
    return m_tables;
}

Result<ReplicaSyncReport> ReplicaSync::rebuild(const Progress &progress)
{
    auto server = readServerState();
    if (!server)
        return fail(server.error());
    ReplicaSyncReport report;
    report.file = m_path;
    if (auto created = create(*server, report, {}); !created)
        return fail(created.error());
    auto done = sync(progress);
    if (!done)
        return fail(done.error());
    done->created = true;
    return done;
}

Result<ReplicaSyncReport> ReplicaSync::sync(const Progress &progress)
{
    ReplicaSyncReport report;
    report.file = m_path;
    auto server = readServerState();
    if (!server)
        return fail(server.error());
    if (auto opened = openOrCreate(*server, report); !opened)
        return fail(opened.error());
    auto meta = m_file->meta();
    if (!meta)
        return fail(meta.error());
    if (meta->value(u"state"_s) != u"live"_s) {
        auto copied = copyTables(progress, report);
        if (!copied)
            return fail(copied.error());
        if (!*copied) {
            report.interrupted = true;
            return report;
        }
    }
    auto caughtUp = catchUp(progress, report);
    if (!caughtUp)
        return fail(caughtUp.error());
    report.interrupted = !*caughtUp;
    // The log's retention (docs/replica.md): any replica's sync applies it; it removes only changes older
    // than the server's keep_ms and never fails the sync.
    if (auto pruned = m_server.query(u"SELECT shipshape_replica_prune()"_s); !pruned)
        qCInfo(lcReplica) << "Could not prune the change log:" << pruned.error().message;
    return report;
}

Result<bool> ReplicaSync::copyTables(const Progress &progress, ReplicaSyncReport &report)
{
    auto followed = tables();
    if (!followed)
        return fail(followed.error());
    QHash<QString, std::pair<qint64, bool>> done; // rows copied, finished
    {
        auto rows = m_file->database().query(u"SELECT table_name, rows_copied, done FROM replica_copy_progress"_s);
        if (!rows)
            return fail(rows.error());
        while (rows->next())
            done.insert(rows->text(u"table_name"), {rows->integer(u"rows_copied"), rows->boolean(u"done")});
        if (auto read = rows->status(); !read)
            return fail(read.error());
    }
    report.resumed = !done.isEmpty();
    qint64 estimated = 0;
    qint64 copied = 0;
    for (const ReplicaTable &table : std::as_const(*followed)) {
        estimated += table.estimatedRows;
        copied += done.value(table.name).first;
    }
    for (const ReplicaTable &table : std::as_const(*followed)) {
        if (done.value(table.name).second)
            continue;
        auto finished = copyTable(table, copied, qMax(estimated, copied), progress, report);
        if (!finished)
            return fail(finished.error());
        if (!*finished)
            return false;
    }
    auto transaction = Transaction::begin(m_file->database());
    if (!transaction)
        return fail(transaction.error());
    if (auto live = m_file->setMeta(u"state"_s, u"live"_s); !live)
        return fail(live.error());
    QStringList names;
    for (const ReplicaTable &table : std::as_const(*followed))
        names << table.name;
    if (auto listed = m_file->setMeta(u"tables"_s, names.join(u',')); !listed)
        return fail(listed.error());
    if (auto cleared = m_file->database().execute(u"DELETE FROM replica_copy_progress"_s); !cleared)
        return fail(cleared.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    qCInfo(lcReplica) << "First sync of" << m_path << "copied" << copied << "rows";
    return true;
}

Result<bool> ReplicaSync::copyTable(const ReplicaTable &table, qint64 &copiedSoFar, qint64 estimated,
        const Progress &progress, ReplicaSyncReport &report)
{
    QVariantList lastKey;
    qint64 tableRows = 0;
    {
        auto rows = m_file->database().query(
                u"SELECT last_key, rows_copied FROM replica_copy_progress WHERE table_name = ?"_s, {table.name});
        if (!rows)
            return fail(rows.error());
        if (rows->next()) {
            lastKey = keyValues(rows->text(u"last_key"));
            tableRows = rows->integer(u"rows_copied");
        }
    }
    QList<int> keyIndexes;
    for (const QString &key : table.keyColumns)
        keyIndexes << int(table.columns.indexOf(key));
    const QString keys = columnList(table.keyColumns);
    const QString select = u"SELECT %1 FROM %2 "_s.arg(columnList(table.columns), quoted(table.name));
    const QString order = u" ORDER BY %1 LIMIT %2"_s.arg(keys).arg(m_copyBatchRows);
    const QString after = u"WHERE (%1) > %2"_s.arg(keys, placeholders(table.keyColumns.size()));
    for (;;) {
        // Names from the catalogues; the last key is bound.
        QList<QVariantList> chunk;
        {
            auto rows = lastKey.isEmpty() ? m_server.query(select + order)
                                          : m_server.query(select + after + order, lastKey);
            if (!rows)
                return fail(rows.error());
            const int count = int(table.columns.size());
            while (rows->next()) {
                QVariantList row;
                row.reserve(count);
                for (int column = 0; column < count; ++column)
                    row << rows->valueAt(column);
                chunk << std::move(row);
            }
        }
        auto transaction = Transaction::begin(m_file->database());
        if (!transaction)
            return fail(transaction.error());
        if (auto written = writeRows(table, chunk); !written)
            return fail(written.error());
        if (!chunk.isEmpty()) {
            lastKey.clear();
            for (int index : std::as_const(keyIndexes))
                lastKey << chunk.constLast().at(index);
        }
        tableRows += chunk.size();
        const bool finished = chunk.size() < m_copyBatchRows;
        auto recorded = m_file->database().query(
                u"INSERT INTO replica_copy_progress (table_name, last_key, rows_copied, done) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (table_name) DO UPDATE SET last_key = excluded.last_key, "
                "rows_copied = excluded.rows_copied, done = excluded.done"_s,
                {table.name, keyText(lastKey), tableRows, finished ? 1 : 0});
        if (!recorded)
            return fail(recorded.error());
        if (auto committed = transaction->commit(); !committed)
            return fail(committed.error());
        copiedSoFar += chunk.size();
        report.rowsCopied += chunk.size();
        if (progress) {
            ReplicaProgress step;
            step.phase = ReplicaProgress::Phase::Copying;
            step.table = table.name;
            step.rowsCopied = copiedSoFar;
            step.rowsEstimated = qMax(estimated, copiedSoFar);
            if (!progress(step))
                return false;
        }
        if (finished)
            return true;
    }
}

Status ReplicaSync::writeRows(const ReplicaTable &table, const QList<QVariantList> &rows)
{
    if (rows.isEmpty())
        return {};
    const int columns = int(table.columns.size());
    const int perStatement = qMax(1, qMin(128, 30000 / columns));
    const QString head = u"INSERT OR REPLACE INTO %1 (%2) VALUES "_s.arg(quoted(table.name), columnList(table.columns));
    const QString one = placeholders(columns);
    for (qsizetype start = 0; start < rows.size(); start += perStatement) {
        const qsizetype count = qMin<qsizetype>(perStatement, rows.size() - start);
        QStringList groups(count, one);
        QVariantList values;
        values.reserve(count * columns);
        for (qsizetype row = start; row < start + count; ++row)
            values << rows.at(row);
        auto inserted = m_file->database().query(head + groups.join(u", "_s), values);
        if (!inserted)
            return fail(inserted.error());
    }
    return {};
}

Result<bool> ReplicaSync::catchUp(const Progress &progress, ReplicaSyncReport &report)
{
    // One snapshot for the whole catch-up: its xmin is the new watermark, and every change below it is
    // visible in it.
    if (auto began = m_server.execute(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s); !began)
        return fail(began.error());
    auto endSnapshot = qScopeGuard([this] {
        m_server.finishStatements();
        (void) m_server.execute(u"ROLLBACK"_s);
    });
    return catchUpInSnapshot(progress, report);
}

Result<bool> ReplicaSync::catchUpInSnapshot(const Progress &progress, ReplicaSyncReport &report)
{
    auto server = readServerState();
    if (!server)
        return fail(server.error());
    auto meta = m_file->meta();
    if (!meta)
        return fail(meta.error());
    if (const QString reason = distrust(*meta, *server); !reason.isEmpty()) {
        // Found between the first check and this snapshot (a prune, a restore): start over next time.
        return fail(Error::conflict(tr("The replica %1 cannot be trusted (%2); rebuild it.")
                                            .arg(QDir::toNativeSeparators(m_path), reason)));
    }
    auto followed = tables();
    if (!followed)
        return fail(followed.error());
    QHash<QString, const ReplicaTable *> byName;
    for (const ReplicaTable &table : std::as_const(*followed))
        byName.insert(table.name, &table);

    const qint64 from = meta->value(u"watermark_xid"_s).toLongLong();
    const qint64 until = server->xmin;
    // Resume inside an interrupted catch-up: transactions that had not ended then have ids at or above its
    // xmin, so none of them sorts before the cursor.
    qint64 cursorXid = meta->value(u"pull_xid"_s, QString::number(from)).toLongLong();
    qint64 cursorSeq = meta->value(u"pull_seq"_s, u"0"_s).toLongLong();
    qint64 lastSeq = meta->value(u"last_seq"_s).toLongLong();
    qint64 lastChangeAt = meta->value(u"last_change_at"_s).toLongLong();
    for (;;) {
        QHash<QString, ChangedTable> changed;
        QStringList order;
        qsizetype read = 0;
        {
            auto rows = m_server.query(u"SELECT seq, xid, table_name, row_key::TEXT AS row_key, operation, changed_at "
                                       "FROM replica_changes WHERE xid >= ? AND xid < ? AND (xid, seq) > (?, ?) "
                                       "ORDER BY xid, seq LIMIT ?"_s,
                    {from, until, cursorXid, cursorSeq, m_pullBatchChanges});
            if (!rows)
                return fail(rows.error());
            while (rows->next()) {
                ++read;
                cursorXid = rows->integer(u"xid");
                cursorSeq = rows->integer(u"seq");
                lastSeq = qMax(lastSeq, cursorSeq);
                lastChangeAt = qMax(lastChangeAt, rows->integer(u"changed_at"));
                const QString name = rows->text(u"table_name");
                if (!byName.contains(name))
                    continue; // a table with no SQLite counterpart
                if (!changed.contains(name))
                    order << name;
                ChangedTable &table = changed[name];
                if (rows->text(u"operation") == u"T"_s) {
                    table.truncated = true;
                    continue;
                }
                const QString key = rows->text(u"row_key");
                if (!table.seen.contains(key)) {
                    table.seen.insert(key);
                    table.keys << keyValues(key);
                }
            }
            if (auto status = rows->status(); !status)
                return fail(status.error());
        }
        if (read == 0)
            break;
        // Every changed key's row as it is now, or nothing when it is gone.
        QHash<QString, QList<QVariantList>> current;
        for (const QString &name : std::as_const(order)) {
            const ReplicaTable &table = *byName.value(name);
            const ChangedTable &keys = changed.value(name);
            const QString one = placeholders(table.keyColumns.size());
            for (qsizetype start = 0; start < keys.keys.size(); start += kKeysPerFetch) {
                const qsizetype count = qMin<qsizetype>(kKeysPerFetch, keys.keys.size() - start);
                QVariantList values;
                for (qsizetype index = start; index < start + count; ++index)
                    values << keys.keys.at(index);
                auto rows = m_server.query(
                        u"SELECT %1 FROM %2 WHERE (%3) IN (%4)"_s.arg(columnList(table.columns), quoted(table.name),
                                columnList(table.keyColumns), QStringList(count, one).join(u", "_s)),
                        values);
                if (!rows)
                    return fail(rows.error());
                QList<QVariantList> &found = current[name];
                const int columns = int(table.columns.size());
                while (rows->next()) {
                    QVariantList row;
                    row.reserve(columns);
                    for (int column = 0; column < columns; ++column)
                        row << rows->valueAt(column);
                    found << std::move(row);
                }
            }
        }
        auto transaction = Transaction::begin(m_file->database());
        if (!transaction)
            return fail(transaction.error());
        for (const QString &name : std::as_const(order)) {
            const ReplicaTable &table = *byName.value(name);
            const ChangedTable &keys = changed.value(name);
            if (keys.truncated) {
                if (auto emptied = m_file->database().execute(u"DELETE FROM "_s + quoted(name)); !emptied)
                    return fail(emptied.error());
            }
            // Every changed key goes (row values: SQLite 3.15), then what the server still has comes back.
            const QString one = placeholders(table.keyColumns.size());
            for (qsizetype start = 0; start < keys.keys.size(); start += kKeysPerFetch) {
                const qsizetype count = qMin<qsizetype>(kKeysPerFetch, keys.keys.size() - start);
                QVariantList values;
                for (qsizetype index = start; index < start + count; ++index)
                    values << keys.keys.at(index);
                auto removed = m_file->database().query(
                        u"DELETE FROM %1 WHERE (%2) IN (VALUES %3)"_s.arg(
                                quoted(name), columnList(table.keyColumns), QStringList(count, one).join(u", "_s)),
                        values);
                if (!removed)
                    return fail(removed.error());
            }
            if (auto written = writeRows(table, current.value(name)); !written)
                return fail(written.error());
            report.rowsWritten += keys.keys.size();
        }
        for (const auto &[key, value] : {std::pair{u"pull_xid"_s, cursorXid}, std::pair{u"pull_seq"_s, cursorSeq},
                     std::pair{u"last_seq"_s, lastSeq}, std::pair{u"last_change_at"_s, lastChangeAt}}) {
            if (auto set = m_file->setMeta(key, QString::number(value)); !set)
                return fail(set.error());
        }
        if (auto committed = transaction->commit(); !committed)
            return fail(committed.error());
        report.changesApplied += read;
        if (progress) {
            ReplicaProgress step;
            step.phase = ReplicaProgress::Phase::CatchingUp;
            step.changesApplied = report.changesApplied;
            if (!progress(step))
                return false;
        }
    }
    auto transaction = Transaction::begin(m_file->database());
    if (!transaction)
        return fail(transaction.error());
    for (const auto &[key, value] : {std::pair{u"watermark_xid"_s, until}, std::pair{u"last_seq"_s, lastSeq},
                 std::pair{u"last_change_at"_s, lastChangeAt},
                 std::pair{u"last_sync_at"_s, QDateTime::currentMSecsSinceEpoch()}}) {
        if (auto set = m_file->setMeta(key, QString::number(value)); !set)
            return fail(set.error());
    }
    if (auto cleared = m_file->database().query(u"DELETE FROM replica_meta WHERE key IN ('pull_xid', 'pull_seq')"_s);
            !cleared)
        return fail(cleared.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    report.lastSequence = lastSeq;
    return true;
}

Result<ReplicaStatus> ReplicaSync::statusOf(const QString &path, Database *server)
{
    return readStatus(path, server, true);
}

Result<ReplicaStatus> ReplicaSync::summaryOf(const QString &path)
{
    return readStatus(path, nullptr, false);
}

Result<ReplicaStatus> ReplicaSync::readStatus(const QString &path, Database *server, bool countRows)
{
    if (!QFileInfo::exists(path)) {
        return fail(Error::notFound(u"replica"_s, path,
                tr("There is no replica at %1 yet: run shipshape-cli replica sync.")
                        .arg(QDir::toNativeSeparators(path))));
    }
    auto reader = ReplicaFile::openReadOnly(path);
    if (!reader)
        return fail(reader.error());
    Database &replica = **reader;
    ReplicaStatus status;
    status.file = path;
    status.fileBytes = QFileInfo(path).size();
    QHash<QString, QString> meta;
    {
        auto rows = replica.query(u"SELECT key, value FROM replica_meta"_s);
        if (!rows)
            return fail(Error::conflict(tr("The replica %1 cannot be trusted (%2); rebuild it.")
                                                .arg(QDir::toNativeSeparators(path), rows.error().message)));
        while (rows->next())
            meta.insert(rows->text(u"key"), rows->text(u"value"));
    }
    status.serverId = meta.value(u"server_id"_s);
    status.database = meta.value(u"database"_s);
    status.schemaVersion = meta.value(u"schema_version"_s).toInt();
    status.state = meta.value(u"state"_s);
    status.lastSequence = meta.value(u"last_seq"_s).toLongLong();
    status.watermarkXid = meta.value(u"watermark_xid"_s).toLongLong();
    status.lastChangeAt = fromMs(meta.value(u"last_change_at"_s).toLongLong());
    status.lastSyncAt = fromMs(meta.value(u"last_sync_at"_s).toLongLong());
    const QStringList tables = countRows ? meta.value(u"tables"_s).split(u',', Qt::SkipEmptyParts) : QStringList();
    for (const QString &table : tables) {
        // Names the sync recorded from the server's catalogue.
        auto count = replica.query(u"SELECT COUNT(*) FROM "_s + quoted(table));
        if (count && count->next())
            status.rowCounts.append({table, count->singleInteger()});
    }
    if (server && status.state == u"live"_s) {
        auto pending = server->query(u"SELECT COUNT(*) AS pending, MIN(changed_at) AS oldest, "
                                     "(extract(epoch FROM clock_timestamp()) * 1000)::BIGINT AS server_now "
                                     "FROM replica_changes WHERE xid >= ?"_s,
                {status.watermarkXid});
        if (pending && pending->next()) {
            status.pendingChanges = pending->integer(u"pending");
            const auto oldest = pending->optionalInteger(u"oldest");
            status.lagMs = oldest ? qMax<qint64>(0, pending->integer(u"server_now") - *oldest) : 0;
        } else if (!pending) {
            qCInfo(lcReplica) << "Replica status without the server:" << pending.error().message;
        }
    }
    return status;
}

} // namespace shipshape
