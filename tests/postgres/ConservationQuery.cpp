#include "ConservationQuery.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::test {

QString InvariantViolation::text() const
{
    return invariant + u" ["_s + subject + u"] "_s + detail;
}

QString ConservationQuery::sql()
{
    static const QString text = [] {
        QFile file(u":/shipshape/tests/conservation.sql"_s);
        if (!file.open(QIODevice::ReadOnly))
            return QString();
        return QString::fromUtf8(file.readAll());
    }();
    return text;
}

namespace {

std::expected<QList<InvariantViolation>, QString> rowsOf(QSqlQuery &query)
{
    QList<InvariantViolation> violations;
    while (query.next())
        violations.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    query.finish();
    return violations;
}

} // namespace

std::expected<QList<InvariantViolation>, QString> ConservationQuery::run(const QSqlDatabase &connection)
{
    if (sql().isEmpty())
        return std::unexpected(u"the conservation query is not compiled in (resource conservation.sql)"_s);
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!query.exec(sql()))
        return std::unexpected(u"the conservation query failed: "_s + query.lastError().text());
    return rowsOf(query);
}

ConservationQuery::ConservationQuery(const QSqlDatabase &connection) : m_query(connection)
{
    m_query.setForwardOnly(true);
    m_prepared = !sql().isEmpty() && m_query.prepare(sql());
}

std::expected<QList<InvariantViolation>, QString> ConservationQuery::run()
{
    if (!m_prepared)
        return std::unexpected(u"the conservation query does not prepare: "_s + m_query.lastError().text());
    if (!m_query.exec())
        return std::unexpected(u"the conservation query failed: "_s + m_query.lastError().text());
    return rowsOf(m_query);
}

} // namespace shipshape::test
