#include "TestDatabase.h"

#include "PostgresCluster.h"

namespace shipshape::test {

TestDatabase::TestDatabase() : m_clock(QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC))
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary directory");
    if (PostgresCluster::requestedByEnvironment())
        m_postgresDatabase = PostgresCluster::shared().createMigratedDatabase();
    SessionOptions options;
    options.clock = &m_clock;
    auto session = Session::open(url(), options);
    if (!session)
        throw std::runtime_error(session.error().message.toStdString());
    m_session = std::move(*session);
}

TestDatabase::~TestDatabase()
{
    m_session.reset();
    if (isPostgres())
        PostgresCluster::shared().dropDatabase(m_postgresDatabase);
}

DatabaseUrl TestDatabase::url() const
{
    if (isPostgres())
        return PostgresCluster::shared().url(m_postgresDatabase);
    return DatabaseUrl::sqliteFile(path());
}

std::unique_ptr<Session> TestDatabase::openAnother()
{
    SessionOptions options;
    options.clock = &m_clock;
    auto session = Session::open(url(), options);
    if (!session)
        throw std::runtime_error(session.error().message.toStdString());
    return std::move(*session);
}

} // namespace shipshape::test
