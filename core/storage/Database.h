#pragma once

#include "common/Result.h"
#include "storage/DatabaseUrl.h"
#include "storage/Rows.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>
#include <unordered_map>
#include <vector>

namespace shipshape {

// QtSql binds a null QString as SQL NULL; NOT NULL text columns take "" instead.
inline QString nonNullText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

struct DatabaseOptions {
    int busyTimeoutMs = 5000;
    // Off only for bulk generation into a fresh file; every normal connection keeps FULL so that an
    // acknowledged change survives a power loss.
    bool durable = true;
    // The PostgreSQL login's password, read by the caller before opening (SessionSecrets, from the
    // keychain). Empty: libpq reads PGPASSWORD or ~/.pgpass itself. Never logged.
    QString password;
    // SQLite only: opened with SQLITE_OPEN_READONLY and query_only, so that any write is an error (archives).
    bool readOnly = false;
    // PostgreSQL only: a server that does not answer still gives a Database, not connected (isConnected()
    // is false), whose statements fail at once until its owner connects it with reconnectIfNeeded(). For
    // a desktop that starts on its replica (Session::openAwaitingServer); everyone else wants the error.
    bool openWhileUnreachable = false;
};

// One open connection to the Shipshape database, owned by the thread that opened it.
// Other threads open their own Database on the same URL (QtSql connections are per thread).
class SqliteWriterGate;

class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
    friend class UnitOfWork;
    friend class Rows;

public:
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl &url, const DatabaseOptions &options = {});
    // The keychain entry (SecretStore name) that holds the password for a PostgreSQL URL. Without
    // PGPASSWORD, SessionSecrets reads it from the keychain before the session opens and hands it in
    // (DatabaseOptions::password); without it either, libpq falls back to ~/.pgpass.
    static QString passwordSecretName(const DatabaseUrl &url);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] const DatabaseUrl &url() const { return m_url; }
    [[nodiscard]] const SqlDialect &dialect() const { return m_dialect; }
    [[nodiscard]] QSqlDatabase connection() const;

    // Binds the values positionally to the statement and executes it; the rows are the handle's alone and
    // are finished when it goes. Prepared statements are kept per connection and reused: a handle checks
    // one out and hands it back when destroyed (a second live handle of the same SQL prepares another).
    Result<Rows> query(const QString &sql, std::initializer_list<QVariant> values = {});
    Result<Rows> query(const QString &sql, const QVariantList &values);
    // Executes a statement that takes no values and is not worth caching (DDL, pragmas, BEGIN).
    Status execute(const QString &sql);
    // After rows were inserted with explicit keys into a table whose `id` the database generates
    // (bulk loads): moves PostgreSQL's identity sequence past them. No-op on SQLite (rowid follows MAX).
    // `table` is a fixed name from the caller's code.
    Status syncGeneratedIds(const QString &table);
    // Finishes every statement, the ones live handles hold included, so that none keeps a read snapshot open
    // past a transaction (a live handle then has no more rows).
    void finishStatements();
    // True while a UnitOfWork is open on this connection (a new one joins it as a savepoint).
    [[nodiscard]] bool inTransaction() const { return !m_units.empty(); }
    // Runs `action` once the outermost unit of work open on this connection has committed, never if it
    // rolls back; at once when none is open. For what others may only learn of a durable change
    // (publishing domain events).
    void afterCommit(std::function<void()> action);

    // The name recorded as actor on timelines and ledgers: the OS account on SQLite,
    // the server login on PostgreSQL.
    [[nodiscard]] const QString &actor() const { return m_actor; }

    // Connection health (PostgreSQL). A lost connection makes the statement in flight fail with
    // ErrorCode::Unavailable; the next use closes the dead connection, opens a new one and prepares
    // statements afresh, so work resumes without restarting the program.
    [[nodiscard]] bool isConnected() const { return !m_broken; }
    // Why the last attempt to connect failed (the driver's words); empty once connected.
    [[nodiscard]] const QString &connectProblem() const { return m_connectProblem; }
    // Reopens the connection now if it is known to be broken (a no-op otherwise).
    Status reconnectIfNeeded();
    // Checks the connection with a trivial query; marks it broken (and reports Unavailable) if dead.
    Status probe();
    // Observers learn when the connection is lost (false) and when it is back (true); a new connection
    // has lost LISTEN subscriptions and session settings, which observers re-establish.
    using ConnectionObserver = std::function<void(bool connected)>;
    int addConnectionObserver(ConnectionObserver observer);
    void removeConnectionObserver(int id);

    // True when the last failed statement was a serialization failure or deadlock (PostgreSQL 40001,
    // 40P01) or a unique-key race: re-running the whole unit of work may succeed.
    [[nodiscard]] bool lastFailureWasTransient() const { return m_lastFailureTransient; }
    void clearTransientFailure() { m_lastFailureTransient = false; }

    // Sees every statement this connection is about to run, with its values (none for execute()): the
    // work an operation does, counted by tests that guard it (tests/core/QueryWorkTest) and by benchmarks.
    // One observer at a time; an empty function removes it.
    using StatementObserver = std::function<void(const QString &sql, const QVariantList &values)>;
    void setStatementObserver(StatementObserver observer) { m_statementObserver = std::move(observer); }

    // Turns a driver error into an Error whose code says whether retrying or reconnecting can help.
    static Error translate(const QSqlError &error, DatabaseKind kind, const QString &context);

private:
    Database(DatabaseUrl url, QString connectionName);
    Status configure(const DatabaseOptions &options);
    // Before a statement: reconnects a broken connection, except one opened while the server did not answer.
    Status connectForUse();
    // SQLite: this process's writer turn for the file (SqliteWriterGate), taken by the outermost unit of
    // work before BEGIN IMMEDIATE and given back when it ends. True at once elsewhere.
    bool enterWriterTurn();
    void leaveWriterTurn();
    Status openConnection();
    // translate() plus bookkeeping: remembers transient failures and detects a dead connection.
    Error failure(const QSqlError &error, const QString &context);
    void setBroken(bool broken);
    // Rows hands its prepared statement back: kept for the next execution of the same SQL unless it
    // belongs to an earlier connection.
    void checkIn(const QString &sql, std::unique_ptr<QSqlQuery> query, quint64 connection);

    DatabaseUrl m_url;
    SqlDialect m_dialect;
    QString m_connectionName;
    QString m_actor;
    DatabaseOptions m_options;
    bool m_broken = false;
    bool m_connectsWhenAsked = false; // opened while unreachable: only reconnectIfNeeded() connects
    std::shared_ptr<SqliteWriterGate> m_writerGate; // SQLite files this connection may write
    bool m_holdsWriterTurn = false;
    QString m_connectProblem;
    bool m_lastFailureTransient = false;
    bool m_probing = false;
    int m_nextObserverId = 1;
    std::vector<std::pair<int, ConnectionObserver>> m_observers;
    StatementObserver m_statementObserver;
    // Prepared statements no handle holds, by SQL; and the ones live handles hold (finishStatements).
    std::unordered_map<QString, std::vector<std::unique_ptr<QSqlQuery>>> m_idleStatements;
    std::vector<QSqlQuery *> m_liveStatements;
    // The units of work open on this connection, outermost first; each holds what is to run once the
    // outermost commits (UnitOfWork::afterCommit). A new connection starts with none: the server rolled
    // back whatever the old one had open, and `m_connectionGeneration` tells its units so.
    std::vector<std::vector<std::function<void()>>> m_units;
    quint64 m_connectionGeneration = 0;
};

} // namespace shipshape
