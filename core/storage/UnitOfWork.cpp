#include "storage/UnitOfWork.h"

#include "common/Logging.h"
#include "storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

QString savepointName(int depth)
{
    return u"unit_%1"_s.arg(depth);
}

} // namespace

Result<UnitOfWork> UnitOfWork::begin(Database &database)
{
    if (database.inTransaction()) {
        const int depth = int(database.m_units.size()) + 1;
        if (auto saved = database.execute(u"SAVEPOINT "_s + savepointName(depth)); !saved)
            return fail(saved.error());
        database.m_units.emplace_back();
        return UnitOfWork(&database, depth, database.m_connectionGeneration);
    }
    // Behind this process's other connections to the same SQLite file, woken when the one before ends.
    if (!database.enterWriterTurn())
        return fail(Error::unavailable(Database::tr("The database is busy; try again.")));
    auto status = database.execute(database.dialect().beginWriteStatement());
    if (!status && !database.isConnected()) {
        // The connection died while idle (server restart, network drop): nothing was in flight, so
        // open a new one and begin there.
        status = database.execute(database.dialect().beginWriteStatement());
    }
    if (!status) {
        database.leaveWriterTurn();
        return fail(status.error());
    }
    database.m_units.emplace_back();
    return UnitOfWork(&database, 1, database.m_connectionGeneration);
}

UnitOfWork::UnitOfWork(UnitOfWork &&other) noexcept
    : m_database(std::exchange(other.m_database, nullptr)), m_depth(other.m_depth), m_connection(other.m_connection)
{}

UnitOfWork::~UnitOfWork()
{
    if (m_database)
        rollBack();
}

bool UnitOfWork::stillOnItsConnection() const
{
    return m_database->isConnected() && m_database->m_connectionGeneration == m_connection
            && int(m_database->m_units.size()) == m_depth;
}

void UnitOfWork::rollBack()
{
    Database *database = std::exchange(m_database, nullptr);
    // A new connection has none of the old one's units: the server rolled their transaction back.
    if (database->m_connectionGeneration != m_connection)
        return;
    if (int(database->m_units.size()) != m_depth) {
        qCCritical(lcStorage) << "Unit of work" << m_depth << "ended out of order;" << database->m_units.size()
                              << "are open";
        // Never a turn kept for good: SQLite's own lock still guards whatever is left open.
        if (m_depth == 1)
            database->leaveWriterTurn();
        return;
    }
    database->m_units.pop_back();
    // A lost connection has already rolled the transaction back on the server.
    if (!database->isConnected()) {
        if (m_depth == 1)
            database->leaveWriterTurn();
        return;
    }
    database->finishStatements();
    Status undone;
    if (m_depth == 1) {
        undone = database->execute(u"ROLLBACK"_s);
        database->leaveWriterTurn();
    } else {
        // Back to the state when this unit began; the enclosing unit goes on from there.
        undone = database->execute(u"ROLLBACK TO SAVEPOINT "_s + savepointName(m_depth));
        if (undone)
            undone = database->execute(u"RELEASE SAVEPOINT "_s + savepointName(m_depth));
    }
    if (!undone)
        qCWarning(lcStorage) << "Rollback failed:" << undone.error().message;
}

void UnitOfWork::afterCommit(std::function<void()> action)
{
    if (m_database && stillOnItsConnection())
        m_database->m_units.back().push_back(std::move(action));
}

Status UnitOfWork::commit()
{
    if (!m_database)
        return fail(Error::internal(u"commit on a finished unit of work"_s));
    if (!stillOnItsConnection()) {
        rollBack();
        return fail(Error::unavailable(tr("The connection to the database was lost; the change was not saved.")));
    }
    Database *database = m_database;
    if (m_depth > 1) {
        if (auto released = database->execute(u"RELEASE SAVEPOINT "_s + savepointName(m_depth)); !released)
            return released; // the destructor rolls back to the savepoint
        m_database = nullptr;
        auto actions = std::move(database->m_units.back());
        database->m_units.pop_back();
        auto &outer = database->m_units.back();
        outer.insert(outer.end(), std::make_move_iterator(actions.begin()), std::make_move_iterator(actions.end()));
        return {};
    }
    database->finishStatements();
    if (auto committed = database->execute(u"COMMIT"_s); !committed)
        return committed; // the destructor rolls back
    m_database = nullptr;
    auto actions = std::move(database->m_units.back());
    database->m_units.pop_back();
    // Before the actions: they may begin units of their own.
    database->leaveWriterTurn();
    for (const auto &action : actions)
        action();
    return {};
}

} // namespace shipshape
