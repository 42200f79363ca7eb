#include "archive/ArchiveExporter.h"

#include "archive/ArchiveDigest.h"
#include "archive/ArchiveTables.h"
#include "archive/Pseudonymizer.h"
#include "common/Logging.h"
#include "common/Time.h"
#include "dashboard/DailyAggregates.h"
#include "storage/BulkInserter.h"
#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/Migrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

constexpr qsizetype kOrdersPerChunk = 5000;

QString quoted(const QString &name)
{
    return u'"' + name + u'"';
}

QString selectList(const QStringList &columns)
{
    QStringList quotedColumns;
    for (const QString &column : columns)
        quotedColumns << quoted(column);
    return quotedColumns.join(u", "_s);
}

// The free-text columns of each table that may name a customer; `details` is JSON.
const QHash<QString, QStringList> &freeTextColumns()
{
    static const QHash<QString, QStringList> columns{
            {u"order_events"_s, {u"reason"_s, u"details"_s}},
            {u"notification_outbox"_s,
                    {u"recipient_email"_s, u"recipient_name"_s, u"subject"_s, u"body_text"_s, u"body_html"_s,
                            u"last_error"_s}},
            {u"payment_links"_s, {u"recipient_email"_s, u"url"_s, u"message"_s}},
            {u"payments"_s, {u"reference"_s}},
            {u"refunds"_s, {u"reason"_s, u"reference"_s}},
            {u"payment_attempts"_s, {u"message"_s, u"reason"_s}},
            {u"order_discounts"_s, {u"reason"_s}},
            {u"stock_movements"_s, {u"reason"_s}},
    };
    return columns;
}

// One export: the source in its snapshot, the archive being filled, and what redaction knows.
class ArchiveWriter {
public:
    ArchiveWriter(
            Database &source, Database &archive, const ArchiveExportOptions &options, qint64 fromMs, qint64 untilMs)
        : m_source(source), m_archive(archive), m_options(options), m_fromMs(fromMs), m_untilMs(untilMs),
          m_pseudonyms(Pseudonymizer::withRandomKey())
    {}

    Result<qint64> copyRows(const ArchiveExporter::Progress &progress)
    {
        for (const ArchiveTable &table : ArchiveTables::all()) {
            auto columns = ArchiveDigest::columns(m_archive, table.name);
            if (!columns)
                return fail(columns.error());
            m_columns.insert(table.name, *columns);
        }
        QList<qint64> numbers;
        {
            auto rows = m_source.query(
                    u"SELECT number FROM orders WHERE placed_at >= ? AND placed_at < ? ORDER BY number"_s,
                    {m_fromMs, m_untilMs});
            if (!rows)
                return fail(rows.error());
            while (rows->next())
                numbers.append(rows->integer(u"number"));
            if (auto read = rows->status(); !read)
                return fail(read.error());
        }
        for (qsizetype start = 0; start < numbers.size(); start += kOrdersPerChunk) {
            const qint64 first = numbers.at(start);
            const qint64 last = numbers.at(qMin(numbers.size(), start + kOrdersPerChunk) - 1);
            m_known.clear();
            const QString inPeriod = u"number BETWEEN ? AND ? AND placed_at >= ? AND placed_at < ?"_s;
            const QVariantList periodValues{first, last, m_fromMs, m_untilMs};
            if (auto copied = copy(u"orders"_s, u"WHERE "_s + inPeriod, periodValues); !copied)
                return fail(copied.error());
            for (const ArchiveTable &table : ArchiveTables::all()) {
                if (table.scope != ArchiveScope::OrderRows)
                    continue;
                QVariantList values{first, last};
                values << periodValues;
                if (auto copied = copy(table.name,
                            u"WHERE order_number BETWEEN ? AND ? AND order_number IN (SELECT number FROM orders WHERE "_s
                                    + inPeriod + u')',
                            values);
                        !copied)
                    return fail(copied.error());
            }
            if (progress)
                progress(qMin(numbers.size(), start + kOrdersPerChunk), numbers.size());
        }
        const QString periodOrders = u"SELECT customer_id FROM orders WHERE placed_at >= ? AND placed_at < ?"_s;
        const QVariantList period{m_fromMs, m_untilMs};
        for (const ArchiveTable &table : ArchiveTables::all()) {
            Status copied;
            switch (table.scope) {
            case ArchiveScope::Customers:
                copied = copy(table.name, u"WHERE id IN ("_s + periodOrders + u')', period);
                break;
            case ArchiveScope::CustomerRows:
                copied = copy(table.name, u"WHERE customer_id IN ("_s + periodOrders + u')', period);
                break;
            case ArchiveScope::Products:
                copied = copy(table.name,
                        u"WHERE sku IN (SELECT l.sku FROM order_lines l JOIN orders o ON o.number = l.order_number "
                        "WHERE o.placed_at >= ? AND o.placed_at < ?) OR sku IN (SELECT m.sku FROM stock_movements m "
                        "JOIN orders o ON o.number = m.order_number WHERE o.placed_at >= ? AND o.placed_at < ?)"_s,
                        {m_fromMs, m_untilMs, m_fromMs, m_untilMs});
                break;
            case ArchiveScope::ShopWide:
                // The migrations seed these (the shop's pricing row); the source's rows replace the seed.
                copied = m_archive.execute(u"DELETE FROM "_s + quoted(table.name));
                if (copied)
                    copied = copy(table.name, {}, {});
                break;
            case ArchiveScope::Orders:
            case ArchiveScope::OrderRows:
                break;
            }
            if (!copied)
                return fail(copied.error());
        }
        return numbers.size();
    }

private:
    Status copy(const QString &table, const QString &where, const QVariantList &values)
    {
        const QStringList columns = m_columns.value(table);
        // Table and column names come from ArchiveTables and the archive's schema; values are bound.
        auto rows = m_source.query(u"SELECT %1 FROM %2 %3"_s.arg(selectList(columns), quoted(table), where), values);
        if (!rows)
            return fail(rows.error());
        BulkInserter inserter(m_archive, table, columns, qMax(1, qMin(128, 30000 / int(columns.size()))));
        const int count = int(columns.size());
        QVariantList row;
        while (rows->next()) {
            row.clear();
            for (int column = 0; column < count; ++column)
                row << rows->valueAt(column);
            if (m_options.redactCustomers)
                redact(table, columns, row);
            if (auto added = inserter.add(row); !added)
                return added;
        }
        if (auto read = rows->status(); !read)
            return fail(read.error());
        return inserter.flush();
    }

    void redact(const QString &table, const QStringList &columns, QVariantList &row)
    {
        const auto at = [&columns](const QString &name) { return int(columns.indexOf(name)); };
        const auto set = [&row, &at](const QString &name, const QString &value) {
            if (const int index = at(name); index >= 0 && !row.at(index).isNull())
                row[index] = value;
        };
        const auto text = [&row, &at](const QString &name) {
            const int index = at(name);
            return index >= 0 ? row.at(index).toString() : QString();
        };
        if (table == u"customers"_s) {
            const qint64 id = row.at(at(u"id"_s)).toLongLong();
            set(u"name"_s, m_pseudonyms.customerName(id));
            set(u"email"_s, m_pseudonyms.customerEmail(id));
            return;
        }
        if (table == u"orders"_s) {
            const qint64 number = row.at(at(u"number"_s)).toLongLong();
            const qint64 customer = row.at(at(u"customer_id"_s)).toLongLong();
            Pseudonymizer::Replacements known{
                    {text(u"customer_email"_s), m_pseudonyms.customerEmail(customer)},
                    {text(u"customer_name"_s), m_pseudonyms.customerName(customer)},
            };
            for (const auto &[column, kind] : {std::pair{u"ship_street"_s, u"street"_s},
                         std::pair{u"ship_city"_s, u"city"_s}, std::pair{u"ship_zip"_s, u"zip"_s}}) {
                const QString original = text(column);
                const QString replacement = m_pseudonyms.value(kind, original);
                known.append({original, replacement});
                set(column, replacement);
            }
            set(u"customer_name"_s, m_pseudonyms.customerName(customer));
            set(u"customer_email"_s, m_pseudonyms.customerEmail(customer));
            m_known.insert(number, known);
            return;
        }
        const auto free = freeTextColumns().constFind(table);
        if (free == freeTextColumns().cend())
            return;
        const int orderColumn = at(u"order_number"_s);
        const Pseudonymizer::Replacements known
                = orderColumn >= 0 ? m_known.value(row.at(orderColumn).toLongLong()) : Pseudonymizer::Replacements{};
        for (const QString &column : *free) {
            const int index = at(column);
            if (index < 0 || row.at(index).isNull())
                continue;
            const QString original = row.at(index).toString();
            row[index]
                    = column == u"details"_s ? m_pseudonyms.json(original, known) : m_pseudonyms.text(original, known);
        }
    }

    Database &m_source;
    Database &m_archive;
    const ArchiveExportOptions &m_options;
    qint64 m_fromMs = 0;
    qint64 m_untilMs = 0;
    Pseudonymizer m_pseudonyms;
    QHash<QString, QStringList> m_columns;
    // The current chunk's orders: what their free text may contain and its replacement.
    QHash<qint64, Pseudonymizer::Replacements> m_known;
};

// Triggers keep derived tables (the dashboard's aggregates, the order counter) in step row by row; an
// archive computes them once at the end instead. The customer search index keeps its triggers: customers
// are few and the index is built as they arrive.
Result<QStringList> dropDerivingTriggers(Database &archive)
{
    QStringList definitions;
    QStringList names;
    {
        auto triggers = archive.query(u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL "
                                      "AND tbl_name <> 'customers' ORDER BY name"_s);
        if (!triggers)
            return fail(triggers.error());
        while (triggers->next()) {
            names << triggers->text(u"name");
            definitions << triggers->text(u"sql");
        }
        if (auto read = triggers->status(); !read)
            return fail(read.error());
    }
    for (const QString &name : std::as_const(names)) {
        // Names from sqlite_master, i.e. from the migrations this build ran on the new file.
        if (auto dropped = archive.execute(u"DROP TRIGGER "_s + quoted(name)); !dropped)
            return fail(dropped.error());
    }
    return definitions;
}

Status rebuildDerived(Database &archive, const QStringList &triggers)
{
    for (const QString &definition : triggers) {
        if (auto created = archive.execute(definition); !created)
            return created;
    }
    if (auto rebuilt = DailyAggregates::rebuild(archive); !rebuilt)
        return rebuilt;
    auto counted = archive.query(u"UPDATE counters SET value = (SELECT COUNT(*) FROM orders) WHERE name = 'orders'"_s);
    if (!counted)
        return fail(counted.error());
    return {};
}

Status checkForeignKeys(Database &archive)
{
    // An exchange's replacement order may be placed after the period: it lives in the archive of its own
    // period, and the return keeps its number, as a cross-reference (docs/operations.md, "Archives").
    auto violations = archive.query(u"SELECT COUNT(*) FROM pragma_foreign_key_check f WHERE NOT (f.\"table\" = "
                                    "'returns' AND f.parent = 'orders')"_s);
    if (!violations)
        return fail(violations.error());
    if (violations->next() && violations->singleInteger() > 0) {
        return fail(Error::internal(ArchiveExporter::tr("The archive would name %n row(s) it does not hold; nothing "
                                                        "was written.",
                nullptr, int(violations->singleInteger()))));
    }
    return {};
}

Status beginSnapshot(Database &source)
{
    // One consistent view of the source for the whole export; never a write (SQLite: a deferred
    // transaction takes no write lock; PostgreSQL: repeatable read, read only).
    return source.execute(
            source.dialect().isSqlite() ? u"BEGIN"_s : u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s);
}

void removeFiles(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-journal"_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

} // namespace

Result<ArchiveManifest> ArchiveExporter::exportPeriod(
        Database &source, const ArchiveExportOptions &options, const Progress &progress)
{
    if (!options.from.isValid())
        return fail(Error::invalid(u"from"_s, options.from.toString(Qt::ISODate), tr("--from must be a date.")));
    if (!options.to.isValid() || options.to < options.from) {
        return fail(Error::invalid(u"to"_s, options.to.toString(Qt::ISODate),
                tr("--to must be a date on or after --from (%1).").arg(options.from.toString(Qt::ISODate))));
    }
    const QFileInfo target(options.file);
    if (options.file.trimmed().isEmpty())
        return fail(Error::invalid(u"FILE"_s, options.file, tr("Name the archive file to write.")));
    if (target.exists()) {
        return fail(Error::conflict(tr("%1 exists already; an archive is never written over another file.")
                                            .arg(QDir::toNativeSeparators(options.file)),
                u"FILE"_s, options.file));
    }
    if (!target.absoluteDir().exists()) {
        return fail(Error::invalid(u"FILE"_s, options.file,
                tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath()))));
    }
    const qint64 fromMs = toStorage(QDateTime(options.from, QTime(0, 0), QTimeZone::utc()));
    const qint64 untilMs = toStorage(QDateTime(options.to.addDays(1), QTime(0, 0), QTimeZone::utc()));
    const QString partial = target.absoluteFilePath() + u".partial"_s;
    removeFiles(partial);
    auto cleanUp = qScopeGuard([&partial] { removeFiles(partial); });

    ArchiveManifest manifest;
    manifest.source = source.url().displayName();
    manifest.from = options.from;
    manifest.to = options.to;
    manifest.createdAt = (options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc()).toUTC();
    manifest.appVersion = options.appVersion.isEmpty() ? QCoreApplication::applicationVersion() : options.appVersion;
    manifest.redacted = options.redactCustomers;
    {
        DatabaseOptions archiveOptions;
        archiveOptions.durable = false; // nothing is trusted until the file is complete and renamed
        auto opened = Database::open(DatabaseUrl::sqliteFile(partial), archiveOptions);
        if (!opened)
            return fail(opened.error());
        Database &archive = **opened;
        Migrator migrator(archive);
        auto migrated = migrator.migrateToLatest();
        if (!migrated)
            return fail(migrated.error());
        manifest.schemaVersion = migrated->toVersion;
        auto triggers = dropDerivingTriggers(archive);
        if (!triggers)
            return fail(triggers.error());
        // Rows arrive table by table per chunk of orders; the foreign keys are checked once, at the end.
        for (const QString &pragma : {u"PRAGMA foreign_keys=OFF"_s, u"PRAGMA cache_size=-262144"_s, u"BEGIN"_s}) {
            if (auto set = archive.execute(pragma); !set)
                return fail(set.error());
        }
        if (auto began = beginSnapshot(source); !began)
            return fail(began.error());
        auto endSnapshot = qScopeGuard([&source] {
            source.finishStatements();
            (void) source.execute(u"ROLLBACK"_s);
        });
        ArchiveWriter writer(source, archive, options, fromMs, untilMs);
        auto orders = writer.copyRows(progress);
        endSnapshot.dismiss();
        source.finishStatements();
        (void) source.execute(u"ROLLBACK"_s);
        if (!orders) {
            archive.finishStatements();
            (void) archive.execute(u"ROLLBACK"_s);
            return fail(orders.error());
        }
        manifest.orders = *orders;
        for (const QString &step : {u"COMMIT"_s, u"PRAGMA foreign_keys=ON"_s}) {
            if (auto done = archive.execute(step); !done)
                return fail(done.error());
        }
        if (auto derived = rebuildDerived(archive, *triggers); !derived)
            return fail(derived.error());
        if (auto checked = checkForeignKeys(archive); !checked)
            return fail(checked.error());
        for (const ArchiveTable &table : ArchiveTables::all()) {
            auto digest = ArchiveDigest::ofTable(archive, table.name);
            if (!digest)
                return fail(digest.error());
            manifest.tables.append(*digest);
        }
        manifest.contentSha256 = ArchiveDigest::contentSha256(manifest.tables);
        if (auto written = ArchiveManifests::write(archive, manifest); !written)
            return fail(written.error());
        // Rollback journal, so that a read-only open needs no -wal/-shm beside the file; VACUUM leaves no
        // free page holding an earlier version of a row.
        for (const QString &step : {u"PRAGMA journal_mode=DELETE"_s, u"VACUUM"_s}) {
            if (auto done = archive.execute(step); !done)
                return fail(done.error());
        }
        archive.finishStatements();
    }
    QFile file(partial);
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther)
            || !file.rename(target.absoluteFilePath())) {
        return fail(Error::unavailable(tr("Cannot put the archive in place as %1: %2")
                                               .arg(QDir::toNativeSeparators(options.file), file.errorString())));
    }
    cleanUp.dismiss();
    removeFiles(partial);
    qCInfo(lcStorage) << "Archived" << manifest.orders << "orders to" << options.file;
    return manifest;
}

} // namespace shipshape
