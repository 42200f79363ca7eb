#pragma once

#include "common/Result.h"

#include <QCoreApplication>

#include <functional>

namespace shipshape {

class Database;

// A unit of work that composes: every multi-step change runs inside one, and a service called by another
// service joins its caller's. The first unit on a connection begins the database transaction (BEGIN
// IMMEDIATE on SQLite, so that two desktops cannot both decide to write and deadlock); a unit begun while
// another is open on the same connection becomes a savepoint inside it. Committing a joined unit releases
// its savepoint and leaves the decision to the outermost unit; a unit destroyed without commit rolls back
// exactly its own writes (to its savepoint, or the whole transaction), after which the caller's unit may
// go on. Work that must wait until the change is durable for everyone — publishing domain events — is
// handed to afterCommit(): it runs once the outermost unit has committed, and never if any enclosing unit
// rolls back.
class UnitOfWork {
    Q_DECLARE_TR_FUNCTIONS(UnitOfWork)

public:
    static Result<UnitOfWork> begin(Database &database);
    UnitOfWork(UnitOfWork &&other) noexcept;
    UnitOfWork &operator=(UnitOfWork &&) = delete;
    UnitOfWork(const UnitOfWork &) = delete;
    ~UnitOfWork();

    Status commit();
    void afterCommit(std::function<void()> action);
    // True for the unit that began the database transaction (its commit is the real one).
    [[nodiscard]] bool isOutermost() const { return m_depth == 1; }
    [[nodiscard]] Database &database() const { return *m_database; }

private:
    UnitOfWork(Database *database, int depth, quint64 connection)
        : m_database(database), m_depth(depth), m_connection(connection)
    {}
    // False when the connection this unit began on is gone: the server rolled the transaction back.
    [[nodiscard]] bool stillOnItsConnection() const;
    void rollBack();

    Database *m_database = nullptr;
    int m_depth = 0;
    quint64 m_connection = 0;
};

} // namespace shipshape
