#pragma once

#include "common/Result.h"

#include <QStringList>
#include <QVariantList>

namespace shipshape {

class Database;

// Inserts many rows with multi-row prepared INSERTs (one statement carries `rowsPerStatement` rows),
// which cuts per-statement overhead for bulk loads such as demo data. Values are always bound.
// Rows are held until flush(), so the caller decides the order in which tables are written
// (parents before children, for the foreign keys).
class BulkInserter {
public:
    BulkInserter(Database &database, const QString &table, const QStringList &columns, int rowsPerStatement = 64);

    Status add(const QVariantList &row);
    Status flush();
    [[nodiscard]] qint64 rowsWritten() const { return m_written; }
    [[nodiscard]] int pendingRows() const { return m_pendingRows; }

private:
    QString statementFor(int rows) const;

    Database &m_database;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QString m_fullStatement;
    QVariantList m_pending;
    int m_pendingRows = 0;
    qint64 m_written = 0;
};

} // namespace shipshape
