#include "storage/BulkInserter.h"

#include "storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

BulkInserter::BulkInserter(Database &database, const QString &table, const QStringList &columns, int rowsPerStatement)
    : m_database(database), m_table(table), m_columns(columns), m_rowsPerStatement(rowsPerStatement)
{
    m_fullStatement = statementFor(m_rowsPerStatement);
}

QString BulkInserter::statementFor(int rows) const
{
    QStringList marks(m_columns.size(), u"?"_s);
    const QString tuple = u'(' + marks.join(u", "_s) + u')';
    QStringList tuples(rows, tuple);
    // Table and column names are fixed by the caller's code, never user input.
    return u"INSERT INTO "_s + m_table + u" ("_s + m_columns.join(u", "_s) + u") VALUES "_s + tuples.join(u", "_s);
}

Status BulkInserter::add(const QVariantList &row)
{
    m_pending.append(row);
    ++m_pendingRows;
    return {};
}

Status BulkInserter::flush()
{
    const qsizetype width = m_columns.size();
    qsizetype offset = 0;
    while (m_pendingRows > 0) {
        const int rows = qMin(m_pendingRows, m_rowsPerStatement);
        const QString &sql = rows == m_rowsPerStatement ? m_fullStatement : statementFor(rows);
        // Moved, not copied: the pending rows are dropped after the flush anyway.
        const auto first = m_pending.begin() + offset;
        const QVariantList values(std::make_move_iterator(first), std::make_move_iterator(first + rows * width));
        auto query = m_database.query(sql, values);
        if (!query)
            return fail(query.error());
        offset += rows * width;
        m_pendingRows -= rows;
        m_written += rows;
    }
    m_pending.clear();
    return {};
}

} // namespace shipshape
