#pragma once

#include "storage/DatabaseUrl.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace shipshape::test {

// A private PostgreSQL cluster for tests: initdb into a temporary directory, a free loopback port, a
// private socket directory, fsync off. Runs as the `postgres` system user when the tests run as root
// (initdb refuses root). The superuser `postgres` connects over TCP with trust; every other login must
// give its password (scram-sha-256), so role tests use real passwords. Stopped and deleted afterwards.
class PostgresCluster {
public:
    // Starts a new cluster; null and a problem when PostgreSQL is not installed or does not start.
    static std::unique_ptr<PostgresCluster> start(QString *problem = nullptr);
    // One cluster per test executable, started on first use and stopped when the QCoreApplication ends.
    // Throws std::runtime_error if it cannot start.
    static PostgresCluster &shared();
    // True when $SHIPSHAPE_TEST_DATABASE asks TestDatabase to use PostgreSQL.
    static bool requestedByEnvironment();

    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    [[nodiscard]] QString host() const { return QStringLiteral("127.0.0.1"); }
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString binDirectory() const { return m_binDir; }
    [[nodiscard]] QString dataDirectory() const;
    // The server's log (pg_ctl -l): what it logs with log_statement, log_min_error_statement and errors.
    [[nodiscard]] QString serverLogPath() const;
    [[nodiscard]] DatabaseUrl url(const QString &database, const QString &user = QStringLiteral("postgres")) const;
    [[nodiscard]] QString urlText(const QString &database, const QString &user = QStringLiteral("postgres")) const;

    // CREATE DATABASE test_<unique>; returns its name (throws on failure).
    QString createDatabase();
    // The same, copied from a template that was migrated to the latest schema once per cluster
    // (much faster than migrating every test's database).
    QString createMigratedDatabase();
    void dropDatabase(const QString &name);
    // Runs SQL as the superuser on `database`; false and the error text on failure.
    bool execute(const QString &sql, const QString &database = QStringLiteral("postgres"), QString *problem = nullptr);

    // pg_ctl restart -m fast: every client connection is cut.
    bool restart(QString *problem = nullptr);
    // Starts `pg_ctl restart -m fast` in `process` and returns at once (for restarts mid-operation).
    void startRestart(QProcess &process);
    // pg_ctl stop -m `mode`: "fast" by default; "immediate" kills the server as a crash or a power cut would.
    bool stopServer(QString *problem = nullptr, const QString &mode = QStringLiteral("fast"));
    bool startServer(QString *problem = nullptr);

private:
    PostgresCluster() = default;
    bool run(const QString &program, const QStringList &arguments, QString *problem, int timeoutMs = 120000);
    QString adminConnection(const QString &database);

    QString createDatabaseFrom(const QString &templateName);

    // As root the directory must be reachable by the postgres user: /tmp, not a private $TMPDIR.
    static QString directoryTemplate();

    QTemporaryDir m_dir{directoryTemplate()};
    QString m_binDir;
    QString m_migratedTemplate;
    int m_port = 0;
    bool m_running = false;
    QStringList m_connections;
};

} // namespace shipshape::test
