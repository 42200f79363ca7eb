#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <array>

class QCryptographicHash;

namespace shipshape {

class Database;

// One table's rows in an archive: how many, and the SHA-256 of their canonical text.
struct TableDigest {
    QString table;
    qint64 rows = 0;
    QByteArray sha256; // raw 32 bytes

    friend bool operator==(const TableDigest &, const TableDigest &) = default;
};

// The canonical form an archive's checksum is computed over (docs/operations.md, "Archives"): rows,
// not file bytes, since SQLite may lay the same rows out differently in the file.
//
//   table   := "table " name "\n" column ("," column)* "\n" row*
//   row     := value* "\n"                       (columns in the table's declared order)
//   value   := "N"                               NULL
//            | "I" decimal ";"                   integer (booleans as 0/1)
//            | "T" utf8-byte-length ":" utf8     text
//            | "B" byte-length ":" bytes         blob
//            | "R" shortest-round-trip ";"       real (Shipshape stores none)
//
// Rows are read in primary-key order. The content checksum is SHA-256 over one line per table, in the
// order of ArchiveTables::all(): name "\t" rows "\t" hex-sha256 "\n".
class ArchiveDigest {
    Q_DECLARE_TR_FUNCTIONS(ArchiveDigest)

public:
    static void addValue(QCryptographicHash &hash, const QVariant &value);
    // The columns of an SQLite table in declared order, and its primary key's columns in key order.
    static Result<QStringList> columns(Database &sqlite, const QString &table);
    static Result<QStringList> keyColumns(Database &sqlite, const QString &table);
    // The table's digest, reading every row (SQLite file: an archive).
    static Result<TableDigest> ofTable(Database &sqlite, const QString &table);
    static QByteArray contentSha256(const QList<TableDigest> &tables);

    // Per order, a digest of its rows in every order-keyed table and its orders row: what purge compares
    // between the live database and an archive. `orderFilter` is an SQL condition on `o` (the orders
    // table) with `values` bound; `columnsOf` names the columns to read (the archive's, for both sides).
    // Each row is hashed alone and folded into its order's digest by XOR (row order does not matter).
    using OrderDigests = QHash<qint64, std::array<quint8, 32>>;
    static Result<OrderDigests> ofOrders(Database &database, const QString &orderFilter, const QVariantList &values,
            const QHash<QString, QStringList> &columnsOf);
};

} // namespace shipshape
