#include "archive/ArchiveDigest.h"

#include "archive/ArchiveTables.h"
#include "storage/Database.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

QString quoted(const QString &name)
{
    return u'"' + name + u'"';
}

QString columnList(const QStringList &columns)
{
    QStringList quotedColumns;
    for (const QString &column : columns)
        quotedColumns << quoted(column);
    return quotedColumns.join(u", "_s);
}

} // namespace

void ArchiveDigest::addValue(QCryptographicHash &hash, const QVariant &value)
{
    if (value.isNull()) {
        hash.addData("N");
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        hash.addData("I");
        hash.addData(QByteArray::number(value.toLongLong()));
        hash.addData(";");
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        hash.addData("R");
        hash.addData(QByteArray::number(value.toDouble(), 'g', 17));
        hash.addData(";");
        return;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        hash.addData("B");
        hash.addData(QByteArray::number(bytes.size()));
        hash.addData(":");
        hash.addData(bytes);
        return;
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        hash.addData("T");
        hash.addData(QByteArray::number(text.size()));
        hash.addData(":");
        hash.addData(text);
        return;
    }
    }
}

Result<QStringList> ArchiveDigest::columns(Database &sqlite, const QString &table)
{
    auto rows = sqlite.query(u"SELECT name FROM pragma_table_info(?) ORDER BY cid"_s, {table});
    if (!rows)
        return fail(rows.error());
    QStringList names;
    while (rows->next())
        names << rows->text(u"name");
    if (auto read = rows->status(); !read)
        return fail(read.error());
    if (names.isEmpty())
        return fail(Error::conflict(tr("The table %1 is missing.").arg(table)));
    return names;
}

Result<QStringList> ArchiveDigest::keyColumns(Database &sqlite, const QString &table)
{
    auto rows = sqlite.query(u"SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk"_s, {table});
    if (!rows)
        return fail(rows.error());
    QStringList names;
    while (rows->next())
        names << rows->text(u"name");
    if (auto read = rows->status(); !read)
        return fail(read.error());
    if (names.isEmpty())
        return fail(Error::internal(tr("The table %1 has no primary key to order its rows by.").arg(table)));
    return names;
}

Result<TableDigest> ArchiveDigest::ofTable(Database &sqlite, const QString &table)
{
    auto names = columns(sqlite, table);
    if (!names)
        return fail(names.error());
    auto keys = keyColumns(sqlite, table);
    if (!keys)
        return fail(keys.error());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(u"table %1\n%2\n"_s.arg(table, names->join(u',')).toUtf8());
    // Table and column names come from the archive's own schema, checked against ArchiveTables.
    auto rows = sqlite.query(
            u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(columnList(*names), quoted(table), columnList(*keys)));
    if (!rows)
        return fail(rows.error());
    TableDigest digest{table, 0, {}};
    const int count = int(names->size());
    while (rows->next()) {
        for (int column = 0; column < count; ++column)
            addValue(hash, rows->valueAt(column));
        hash.addData("\n");
        ++digest.rows;
    }
    if (auto read = rows->status(); !read)
        return fail(read.error());
    digest.sha256 = hash.result();
    return digest;
}

QByteArray ArchiveDigest::contentSha256(const QList<TableDigest> &tables)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const TableDigest &table : tables)
        hash.addData(u"%1\t%2\t%3\n"_s.arg(table.table)
                             .arg(table.rows)
                             .arg(QString::fromLatin1(table.sha256.toHex()))
                             .toUtf8());
    return hash.result();
}

Result<ArchiveDigest::OrderDigests> ArchiveDigest::ofOrders(Database &database, const QString &orderFilter,
        const QVariantList &values, const QHash<QString, QStringList> &columnsOf)
{
    OrderDigests digests;
    const auto fold = [&digests](qint64 order, const QByteArray &sha) {
        auto &slot = digests[order];
        // Per order, its rows' digests are combined by XOR: each names its table, so the same values in
        // another table never cancel out.
        for (int i = 0; i < 32; ++i)
            slot[size_t(i)] ^= quint8(sha.at(i));
    };
    QStringList tables{u"orders"_s};
    for (const ArchiveTable &table : ArchiveTables::all()) {
        if (table.scope == ArchiveScope::OrderRows)
            tables << table.name;
    }
    for (const QString &table : std::as_const(tables)) {
        const QStringList names = columnsOf.value(table);
        if (names.isEmpty())
            return fail(Error::internal(tr("No columns known for the table %1.").arg(table)));
        const QString orderColumn = table == u"orders"_s ? u"number"_s : u"order_number"_s;
        QStringList qualified;
        for (const QString &column : names)
            qualified << u"t."_s + quoted(column);
        // Names are from the archive's schema and ArchiveTables; the filter is the caller's fixed SQL. No
        // ORDER BY: each row is hashed on its own and folded into its order's digest by XOR, so the engines'
        // different collations of text keys cannot matter (primary keys keep rows from cancelling out).
        const QString sql = u"SELECT t.%1 AS archive_order_number, %2 FROM %3 t JOIN orders o ON o.number = t.%1 "
                            "WHERE %4"_s.arg(quoted(orderColumn), qualified.join(u", "_s), quoted(table), orderFilter);
        auto rows = database.query(sql, values);
        if (!rows)
            return fail(rows.error());
        const int count = int(names.size());
        const QByteArray header = u"table %1\n"_s.arg(table).toUtf8();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        while (rows->next()) {
            hash.reset();
            hash.addData(header);
            for (int column = 0; column < count; ++column)
                addValue(hash, rows->valueAt(column + 1));
            fold(rows->valueAt(0).toLongLong(), hash.result());
        }
        if (auto read = rows->status(); !read)
            return fail(read.error());
    }
    return digests;
}

} // namespace shipshape
