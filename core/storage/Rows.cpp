#include "storage/Rows.h"

#include "common/Logging.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Rows::Rows(Database &database, QString sql, std::unique_ptr<QSqlQuery> query, quint64 connection)
    : m_database(&database), m_sql(std::move(sql)), m_query(std::move(query)), m_connection(connection)
{}

Rows::Rows(Rows &&other) noexcept
    : m_database(std::exchange(other.m_database, nullptr)), m_sql(std::move(other.m_sql)),
      m_query(std::move(other.m_query)), m_connection(other.m_connection), m_columns(std::move(other.m_columns)),
      m_resolved(std::move(other.m_resolved)), m_nextProbe(other.m_nextProbe), m_misread(std::move(other.m_misread)),
      m_misreadReported(std::exchange(other.m_misreadReported, true))
{}

Rows::~Rows()
{
    if (m_misread && !m_misreadReported) {
        qCCritical(lcStorage).noquote() << m_misread->message;
        Q_ASSERT_X(false, "Rows", qPrintable(m_misread->message));
    }
    if (m_database && m_query)
        m_database->checkIn(m_sql, std::move(m_query), m_connection);
}

bool Rows::next()
{
    return !m_misread && m_query && m_query->next();
}

int Rows::indexOf(QStringView column) const
{
    // Code reads a row's columns in the same order every row: looking from where the last read matched
    // finds the name at the first try.
    const qsizetype resolved = qsizetype(m_resolved.size());
    for (qsizetype step = 0; step < resolved; ++step) {
        const qsizetype at = (m_nextProbe + step) % resolved;
        if (m_resolved[size_t(at)].first == column) {
            m_nextProbe = (at + 1) % resolved;
            return m_resolved[size_t(at)].second;
        }
    }
    if (!m_columns)
        m_columns = columns();
    int found = -1;
    for (int i = 0; i < m_columns->size(); ++i) {
        if (m_columns->at(i).compare(column, Qt::CaseInsensitive) != 0)
            continue;
        if (found >= 0) {
            misread(u"two columns are called \"%1\""_s.arg(column));
            return -1;
        }
        found = i;
    }
    if (found < 0) {
        misread(u"there is no column \"%1\" (the columns are %2)"_s.arg(column, m_columns->join(u", "_s)));
        return -1;
    }
    m_resolved.emplace_back(column.toString(), found);
    m_nextProbe = 0;
    return found;
}

void Rows::misread(const QString &problem) const
{
    if (m_misread)
        return;
    // A programming error, for the log and the developer: not translated.
    m_misread = Error::internal(u"Cannot read the result of %1: %2."_s.arg(m_sql.left(300), problem));
}

QVariant Rows::value(QStringView column) const
{
    const int index = indexOf(column);
    return index < 0 ? QVariant() : m_query->value(index);
}

QString Rows::text(QStringView column) const
{
    return value(column).toString();
}

qint64 Rows::integer(QStringView column) const
{
    return value(column).toLongLong();
}

std::optional<qint64> Rows::optionalInteger(QStringView column) const
{
    const QVariant stored = value(column);
    return stored.isNull() ? std::nullopt : std::optional<qint64>(stored.toLongLong());
}

std::optional<QString> Rows::optionalText(QStringView column) const
{
    const QVariant stored = value(column);
    return stored.isNull() ? std::nullopt : std::optional<QString>(stored.toString());
}

bool Rows::boolean(QStringView column) const
{
    return value(column).toBool();
}

bool Rows::isNull(QStringView column) const
{
    return value(column).isNull();
}

QVariant Rows::single() const
{
    if (!m_columns)
        m_columns = columns();
    if (m_columns->size() != 1) {
        misread(u"it has %1 columns, not one (%2)"_s.arg(m_columns->size()).arg(m_columns->join(u", "_s)));
        return {};
    }
    return m_query->value(0);
}

qint64 Rows::singleInteger() const
{
    return single().toLongLong();
}

QStringList Rows::columns() const
{
    if (m_columns)
        return *m_columns;
    QStringList names;
    if (!m_query)
        return names;
    const QSqlRecord record = m_query->record();
    names.reserve(record.count());
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    return names;
}

QVariant Rows::valueAt(int column) const
{
    return m_query ? m_query->value(column) : QVariant();
}

int Rows::rowsAffected() const
{
    return m_query ? m_query->numRowsAffected() : 0;
}

QVariant Rows::lastInsertId() const
{
    return m_query ? m_query->lastInsertId() : QVariant();
}

Status Rows::status() const
{
    if (!m_misread)
        return {};
    m_misreadReported = true;
    return fail(*m_misread);
}

} // namespace shipshape
