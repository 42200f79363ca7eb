#include "PostgresCluster.h"

#include "session/Session.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QUuid>

#include <pwd.h>
#include <unistd.h>

#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::test {
namespace {

std::unique_ptr<PostgresCluster> &sharedInstance()
{
    static std::unique_ptr<PostgresCluster> instance;
    return instance;
}

QString findBinDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("SHIPSHAPE_PG_BIN");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    QDir root(u"/usr/lib/postgresql"_s);
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(
            versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : std::as_const(versions)) {
        const QString bin = root.filePath(version + u"/bin"_s);
        if (QFile::exists(bin + u"/initdb"_s) && QFile::exists(bin + u"/pg_ctl"_s))
            return bin;
    }
    return {};
}

int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

} // namespace

QString PostgresCluster::directoryTemplate()
{
    return (getuid() == 0 ? u"/tmp"_s : QDir::tempPath()) + u"/shipshape-pg-XXXXXX"_s;
}

bool PostgresCluster::requestedByEnvironment()
{
    const QString value = qEnvironmentVariable("SHIPSHAPE_TEST_DATABASE").toLower();
    return value == u"postgresql"_s || value == u"postgres"_s || value == u"pg"_s;
}

PostgresCluster &PostgresCluster::shared()
{
    auto &instance = sharedInstance();
    if (!instance) {
        QString problem;
        instance = start(&problem);
        if (!instance)
            throw std::runtime_error("cannot start a PostgreSQL test cluster: " + problem.toStdString());
        // Stopped while QCoreApplication still exists (QProcess needs it), not at static destruction.
        qAddPostRoutine([] { sharedInstance().reset(); });
    }
    return *instance;
}

std::unique_ptr<PostgresCluster> PostgresCluster::start(QString *problem)
{
    std::unique_ptr<PostgresCluster> cluster(new PostgresCluster);
    const auto failWith = [&](const QString &why) -> std::unique_ptr<PostgresCluster> {
        if (problem)
            *problem = why;
        return nullptr;
    };
    cluster->m_binDir = findBinDirectory();
    if (cluster->m_binDir.isEmpty())
        return failWith(u"PostgreSQL server binaries not found (install the postgresql package)"_s);
    if (!cluster->m_dir.isValid())
        return failWith(u"cannot create a temporary directory"_s);
    if (getuid() == 0) {
        // initdb refuses to run as root: the cluster belongs to the postgres system user.
        const passwd *postgres = getpwnam("postgres");
        if (!postgres)
            return failWith(u"running as root but there is no postgres system user"_s);
        if (chown(QFile::encodeName(cluster->m_dir.path()).constData(), postgres->pw_uid, postgres->pw_gid) != 0)
            return failWith(u"cannot hand the cluster directory to the postgres user"_s);
    }
    cluster->m_port = freePort();
    if (cluster->m_port == 0)
        return failWith(u"no free TCP port on 127.0.0.1"_s);

    QString why;
    if (!cluster->run(cluster->m_binDir + u"/initdb"_s,
                {u"-D"_s, cluster->dataDirectory(), u"-U"_s, u"postgres"_s, u"-A"_s, u"trust"_s, u"-E"_s, u"UTF8"_s,
                        u"--locale=C.UTF-8"_s, u"--no-sync"_s},
                &why))
        return failWith(u"initdb failed: "_s + why);

    QFile hba(cluster->dataDirectory() + u"/pg_hba.conf"_s);
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failWith(u"cannot write pg_hba.conf"_s);
    hba.write("local all all trust\n"
              "host all postgres 127.0.0.1/32 trust\n"
              "host all all 127.0.0.1/32 scram-sha-256\n");
    hba.close();
    QFile conf(cluster->dataDirectory() + u"/postgresql.conf"_s);
    if (!conf.open(QIODevice::Append))
        return failWith(u"cannot write postgresql.conf"_s);
    // Throw-away data: no fsync. Enough connections for the many-client tests and the benchmark.
    conf.write(u"\nlisten_addresses = '127.0.0.1'\nport = %1\nunix_socket_directories = '%2'\n"
               "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 150\n"
               "shared_buffers = 64MB\npassword_encryption = 'scram-sha-256'\nlog_min_messages = warning\n"_s
                       .arg(cluster->m_port)
                       .arg(cluster->m_dir.path())
                       .toUtf8());
    conf.close();
    if (!cluster->startServer(&why))
        return failWith(why);
    return cluster;
}

PostgresCluster::~PostgresCluster()
{
    for (const QString &name : std::as_const(m_connections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (m_running) {
        (void) run(m_binDir + u"/pg_ctl"_s, {u"-D"_s, dataDirectory(), u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s},
                nullptr, 60000);
    }
}

QString PostgresCluster::dataDirectory() const
{
    return m_dir.path() + u"/data"_s;
}

QString PostgresCluster::serverLogPath() const
{
    return m_dir.path() + u"/server.log"_s;
}

DatabaseUrl PostgresCluster::url(const QString &database, const QString &user) const
{
    return *DatabaseUrl::parse(urlText(database, user));
}

QString PostgresCluster::urlText(const QString &database, const QString &user) const
{
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host()).arg(m_port).arg(database);
}

bool PostgresCluster::run(const QString &program, const QStringList &arguments, QString *problem, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    if (getuid() == 0)
        process.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        if (problem)
            *problem = program + u": "_s + process.errorString();
        return false;
    }
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(timeoutMs);
    const QString output = QString::fromLocal8Bit(process.readAll());
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (problem)
            *problem = program + u" failed: "_s + output;
        return false;
    }
    return true;
}

bool PostgresCluster::startServer(QString *problem)
{
    if (!run(m_binDir + u"/pg_ctl"_s,
                {u"-D"_s, dataDirectory(), u"-l"_s, serverLogPath(), u"-w"_s, u"-t"_s, u"60"_s, u"start"_s}, problem))
        return false;
    m_running = true;
    return true;
}

bool PostgresCluster::stopServer(QString *problem, const QString &mode)
{
    if (!run(m_binDir + u"/pg_ctl"_s, {u"-D"_s, dataDirectory(), u"-m"_s, mode, u"-w"_s, u"stop"_s}, problem))
        return false;
    m_running = false;
    return true;
}

bool PostgresCluster::restart(QString *problem)
{
    // Admin connections die with the server too; they reconnect on next use.
    for (const QString &name : std::as_const(m_connections))
        QSqlDatabase::database(name, false).close();
    return run(m_binDir + u"/pg_ctl"_s,
            {u"-D"_s, dataDirectory(), u"-l"_s, serverLogPath(), u"-m"_s, u"fast"_s, u"-w"_s, u"-t"_s, u"60"_s,
                    u"restart"_s},
            problem);
}

void PostgresCluster::startRestart(QProcess &process)
{
    const QStringList arguments{u"-D"_s, dataDirectory(), u"-l"_s, serverLogPath(), u"-m"_s, u"fast"_s, u"-w"_s,
            u"-t"_s, u"60"_s, u"restart"_s};
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    if (getuid() == 0)
        process.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, m_binDir + u"/pg_ctl"_s} + arguments);
    else
        process.start(m_binDir + u"/pg_ctl"_s, arguments);
}

QString PostgresCluster::adminConnection(const QString &database)
{
    const QString name = u"pgcluster-%1-%2"_s.arg(m_port).arg(database);
    if (!QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(host());
        db.setPort(m_port);
        db.setUserName(u"postgres"_s);
        db.setDatabaseName(database);
        m_connections << name;
    }
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isOpen())
        db.open();
    return name;
}

bool PostgresCluster::execute(const QString &sql, const QString &database, QString *problem)
{
    QSqlDatabase db = QSqlDatabase::database(adminConnection(database), false);
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        // A restart may have cut this connection: try once on a fresh one.
        db.close();
        db.open();
        QSqlQuery again(db);
        if (!again.exec(sql)) {
            if (problem)
                *problem = again.lastError().text();
            return false;
        }
    }
    return true;
}

QString PostgresCluster::createMigratedDatabase()
{
    if (m_migratedTemplate.isEmpty()) {
        const QString name = createDatabase();
        {
            auto session = Session::open(url(name));
            if (!session)
                throw std::runtime_error(
                        "cannot migrate the template database: " + session.error().message.toStdString());
        }
        m_migratedTemplate = name;
    }
    return createDatabaseFrom(m_migratedTemplate);
}

QString PostgresCluster::createDatabase()
{
    return createDatabaseFrom({});
}

QString PostgresCluster::createDatabaseFrom(const QString &templateName)
{
    static QAtomicInteger<int> counter;
    const QString name = u"test_%1_%2_%3"_s.arg(getpid())
                                 .arg(counter.fetchAndAddRelaxed(1))
                                 .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    QString problem;
    // Names are generated here (digits and hex), never taken from input.
    const QString copy = templateName.isEmpty() ? QString() : u" TEMPLATE "_s + templateName;
    if (!execute(u"CREATE DATABASE "_s + name + copy, u"postgres"_s, &problem))
        throw std::runtime_error("CREATE DATABASE failed: " + problem.toStdString());
    return name;
}

void PostgresCluster::dropDatabase(const QString &name)
{
    const QString connection = u"pgcluster-%1-%2"_s.arg(m_port).arg(name);
    if (m_connections.contains(connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        m_connections.removeAll(connection);
    }
    (void) execute(u"DROP DATABASE IF EXISTS "_s + name + u" WITH (FORCE)"_s);
}

} // namespace shipshape::test
