#include "storage/Database.h"

#include "common/Logging.h"
#include "storage/SqliteFileErrors.h"
#include "storage/SqliteWriterGate.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

#include <cerrno>
#include <cstring>

#include <netdb.h>
#include <poll.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"shipshape-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// SQLSTATEs that mean the session is gone (connection exceptions, administrator shutdown, crash).
bool meansConnectionLost(const QString &sqlState)
{
    return sqlState.startsWith(u"08"_s) || sqlState == u"57P01"_s || sqlState == u"57P02"_s || sqlState == u"57P03"_s;
}

// A failed probe whose error carries an SQLSTATE that is not a connection loss (e.g. 25P02 inside a
// failed transaction) came from a server that is still there.
bool probeFoundServer(const QSqlQuery &probe)
{
    const QString state = probe.lastError().nativeErrorCode();
    return !state.isEmpty() && !meansConnectionLost(state);
}

QString osUserName()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    if (const passwd *entry = getpwuid(getuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return u"local"_s;
}

// Whether a stream socket connects to `address` within `timeoutMs` (plain POSIX: no Qt socket, which would
// want this thread's event loop).
bool streamConnects(int family, const sockaddr *address, socklen_t length, int timeoutMs)
{
    const int handle = ::socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (handle < 0)
        return false;
    bool connected = ::connect(handle, address, length) == 0;
    if (!connected && errno == EINPROGRESS) {
        pollfd ready{handle, POLLOUT, 0};
        if (::poll(&ready, 1, timeoutMs) == 1) {
            int error = 0;
            socklen_t size = sizeof error;
            connected = ::getsockopt(handle, SOL_SOCKET, SO_ERROR, &error, &size) == 0 && error == 0;
        }
    }
    ::close(handle);
    return connected;
}

// Whether anything accepts connections where a PostgreSQL URL points (a TCP port, or the server's socket in a
// folder): asked after libpq failed to connect, to tell a server that does not answer from one that refused.
bool serverAnswersAt(const DatabaseUrl &url)
{
    constexpr int kAnswerTimeoutMs = 2000;
    if (url.host().isEmpty() || url.host().startsWith(u'/')) {
        const QString folder = url.host().isEmpty() ? u"/var/run/postgresql"_s : url.host();
        const QByteArray path = QFile::encodeName(u"%1/.s.PGSQL.%2"_s.arg(folder).arg(url.port()));
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        if (path.size() >= qsizetype(sizeof address.sun_path))
            return false;
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        return streamConnects(
                AF_UNIX, reinterpret_cast<const sockaddr *>(&address), socklen_t(sizeof address), kAnswerTimeoutMs);
    }
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    if (::getaddrinfo(url.host().toUtf8().constData(), QByteArray::number(url.port()).constData(), &hints, &found) != 0)
        return false;
    bool answered = false;
    for (const addrinfo *candidate = found; candidate && !answered; candidate = candidate->ai_next)
        answered = streamConnects(candidate->ai_family, candidate->ai_addr, candidate->ai_addrlen, kAnswerTimeoutMs);
    ::freeaddrinfo(found);
    return answered;
}

} // namespace

Database::Database(DatabaseUrl url, QString connectionName)
    : m_url(std::move(url)), m_dialect(m_url.kind()), m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    leaveWriterTurn();
    if (!m_liveStatements.empty())
        qCCritical(lcStorage) << m_liveStatements.size() << "statement handles outlive their database";
    Q_ASSERT(m_liveStatements.empty());
    m_idleStatements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl &url, const DatabaseOptions &options)
{
    std::unique_ptr<Database> database(new Database(url, nextConnectionName()));
    database->m_options = options;
    QSqlDatabase db = QSqlDatabase::addDatabase(database->m_dialect.qtDriverName(), database->m_connectionName);
    if (!db.isValid()) {
        return fail(Error::unavailable(
                tr("The Qt SQL driver %1 is not installed.").arg(database->m_dialect.qtDriverName())));
    }
    if (auto opened = database->openConnection(); !opened) {
        // Only a server that does not answer at all: one that answers and refuses (a wrong password, no
        // such database) is an error to show, whatever the replica holds.
        if (!options.openWhileUnreachable || database->m_dialect.isSqlite()
                || opened.error().code != ErrorCode::Unavailable || serverAnswersAt(url))
            return fail(opened.error());
        // No observer can have registered yet: nobody is told, the first use reconnects.
        qCWarning(lcStorage).noquote() << "Opened without a connection:" << opened.error().message;
        database->m_broken = true;
        database->m_connectsWhenAsked = true;
    }
    return database;
}

QString Database::passwordSecretName(const DatabaseUrl &url)
{
    return u"postgresql:%1@%2:%3/%4"_s.arg(url.user(), url.host()).arg(url.port()).arg(url.databaseName());
}

Status Database::openConnection()
{
    // Cached statements belong to the old connection (server-side prepared statements on PostgreSQL), and so
    // do its open units of work.
    m_idleStatements.clear();
    // Handles still alive keep theirs until they go (checkIn drops them): finished, they hold nothing open.
    for (QSqlQuery *live : m_liveStatements)
        live->finish();
    m_units.clear();
    leaveWriterTurn();
    ++m_connectionGeneration;
    QSqlDatabase db = connection();
    if (db.isOpen())
        db.close();
    if (m_url.kind() == DatabaseKind::Sqlite) {
        const QFileInfo file(m_url.path());
        const QString folder = QDir::toNativeSeparators(file.absolutePath());
        if (m_url.createsMissingFolder()) {
            if (!QDir().mkpath(file.absolutePath()))
                return fail(Error::unavailable(tr("Cannot create the folder %1.").arg(folder)));
        } else if (!file.absoluteDir().exists()) {
            // SQLite would only say "unable to open database file"; creating the folder would hide a typo.
            return fail(Error::unavailable(
                    tr("Cannot open the database %1: the folder %2 does not exist.").arg(m_url.displayName(), folder)));
        }
        db.setDatabaseName(m_url.path());
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_options.busyTimeoutMs)
                + (m_options.readOnly ? u";QSQLITE_OPEN_READONLY"_s : QString()));
    } else {
        db.setHostName(m_url.host());
        db.setPort(m_url.port());
        db.setUserName(m_url.user());
        db.setDatabaseName(m_url.databaseName());
        // Read from the keychain by whoever opened this (never here: this also runs on worker threads,
        // when reconnecting in the middle of a job).
        if (!m_options.password.isEmpty())
            db.setPassword(m_options.password);
        // libpq itself reads PGPASSWORD and ~/.pgpass when no password is set here; keepalives let a
        // dropped network show up as a failed statement instead of a hang.
        db.setConnectOptions(u"connect_timeout=5;application_name=shipshape;keepalives=1;keepalives_idle=30;"
                             "keepalives_interval=10;keepalives_count=3"_s);
    }
    if (!db.open()) {
        m_connectProblem = db.lastError().text();
        return fail(
                Error::unavailable(tr("Cannot open the database %1: %2").arg(m_url.displayName(), m_connectProblem)));
    }
    m_connectProblem.clear();
    if (m_dialect.isSqlite() && !m_options.readOnly && !m_writerGate)
        m_writerGate = SqliteWriterGate::forFile(m_url.path());
    return configure(m_options);
}

Status Database::configure(const DatabaseOptions &options)
{
    if (m_dialect.isSqlite()) {
        m_actor = osUserName();
        if (options.readOnly) {
            // No journal mode or sync setting: both would write. query_only refuses writes even where the
            // file itself could be written (a temporary migrated copy of an archive).
            for (const QString &pragma : {u"PRAGMA query_only=ON"_s, u"PRAGMA foreign_keys=ON"_s,
                         u"PRAGMA temp_store=MEMORY"_s, u"PRAGMA cache_size=-65536"_s}) {
                if (auto status = execute(pragma); !status)
                    return status;
            }
            return {};
        }
        // WAL lets readers work while one writer commits; FULL makes each commit durable.
        for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA foreign_keys=ON"_s,
                     options.durable ? u"PRAGMA synchronous=FULL"_s : u"PRAGMA synchronous=OFF"_s,
                     u"PRAGMA temp_store=MEMORY"_s, u"PRAGMA cache_size=-65536"_s}) {
            if (auto status = execute(pragma); !status)
                return status;
        }
        return {};
    }
    // Not through query(): this also runs while reconnecting.
    QSqlQuery query(connection());
    if (!query.exec(u"SELECT current_user"_s))
        return fail(Error::unavailable(tr("The database is unavailable: %1").arg(query.lastError().text())));
    if (query.next())
        m_actor = query.value(0).toString();
    return {};
}

Status Database::reconnectIfNeeded()
{
    if (!m_broken)
        return {};
    // The rest of a unit of work must not run on a new connection outside its transaction: it fails, its
    // units roll back (nothing was saved), and the next one reconnects.
    if (!m_units.empty()) {
        return fail(Error::unavailable(tr("The database server %1 is unavailable; the change was not saved. "
                                          "Shipshape reconnects by itself on the next try.")
                                               .arg(m_url.displayName())));
    }
    qCInfo(lcStorage) << "Reconnecting to" << m_url.displayName();
    if (auto opened = openConnection(); !opened) {
        qCWarning(lcStorage).noquote() << "Reconnect failed:" << opened.error().message;
        return opened;
    }
    qCInfo(lcStorage) << "Reconnected to" << m_url.displayName();
    m_connectsWhenAsked = false;
    setBroken(false);
    return {};
}

bool Database::enterWriterTurn()
{
    if (!m_writerGate || m_holdsWriterTurn)
        return true;
    m_holdsWriterTurn = m_writerGate->enter(std::chrono::milliseconds(m_options.busyTimeoutMs));
    return m_holdsWriterTurn;
}

void Database::leaveWriterTurn()
{
    if (!m_holdsWriterTurn)
        return;
    m_holdsWriterTurn = false;
    m_writerGate->leave();
}

Status Database::connectForUse()
{
    // Opened while the server did not answer: its owner connects once the server answers (a Session
    // completing its open), never a statement on its way, which would wait out the connect timeout.
    if (m_broken && m_connectsWhenAsked) {
        return fail(Error::unavailable(
                tr("The database server %1 has not answered since Shipshape started.").arg(m_url.displayName())));
    }
    return reconnectIfNeeded();
}

Status Database::probe()
{
    if (m_broken)
        return reconnectIfNeeded();
    QSqlQuery query(connection());
    if (query.exec(u"SELECT 1"_s) || probeFoundServer(query))
        return {};
    setBroken(true);
    return fail(Error::unavailable(tr("The database is unavailable: %1").arg(query.lastError().text())));
}

int Database::addConnectionObserver(ConnectionObserver observer)
{
    const int id = m_nextObserverId++;
    m_observers.emplace_back(id, std::move(observer));
    return id;
}

void Database::removeConnectionObserver(int id)
{
    std::erase_if(m_observers, [id](const auto &entry) { return entry.first == id; });
}

void Database::setBroken(bool broken)
{
    if (m_broken == broken)
        return;
    m_broken = broken;
    if (broken)
        qCWarning(lcStorage).noquote() << "Lost the connection to" << m_url.displayName();
    const auto observers = m_observers; // an observer may remove itself
    for (const auto &[id, observer] : observers)
        observer(!broken);
}

Error Database::failure(const QSqlError &error, const QString &context)
{
    if (m_dialect.isSqlite()) {
        if (auto aboutTheFile = SqliteFileErrors::describe(error, m_url.path())) {
            qCWarning(lcStorage).noquote()
                    << "SQL error" << error.nativeErrorCode() << error.text() << "in" << context.left(200);
            return *aboutTheFile;
        }
        return translate(error, m_url.kind(), context);
    }
    const QString native = error.nativeErrorCode();
    // 40001 serialization failure, 40P01 deadlock: the transaction was rolled back and can be re-run.
    // 23505 on customers_email is a race between two clients creating the same customer; a re-run
    // finds the customer the other one committed.
    m_lastFailureTransient = native == u"40001"_s || native == u"40P01"_s
            || (native == u"23505"_s && error.databaseText().contains(u"customers_email"_s));
    bool lost = meansConnectionLost(native) || error.type() == QSqlError::ConnectionError;
    if (!lost && native.isEmpty() && !m_probing) {
        // libpq reports a dropped connection without an SQLSTATE: ask the connection itself.
        // A server that answers with any SQLSTATE (e.g. 25P02 inside a failed transaction) is alive.
        m_probing = true;
        QSqlQuery check(connection());
        lost = !check.exec(u"SELECT 1"_s) && !probeFoundServer(check);
        m_probing = false;
    }
    if (lost) {
        qCWarning(lcStorage).noquote() << "Connection lost during" << context.left(200) << ':' << error.text();
        setBroken(true);
        return Error::unavailable(tr("The database server %1 is unavailable; the change was not saved. "
                                     "Shipshape reconnects by itself on the next try.")
                                          .arg(m_url.displayName()));
    }
    return translate(error, m_url.kind(), context);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<Rows> Database::query(const QString &sql, std::initializer_list<QVariant> values)
{
    return query(sql, QVariantList(values));
}

Result<Rows> Database::query(const QString &sql, const QVariantList &values)
{
    if (auto connected = connectForUse(); !connected)
        return fail(connected.error());
    if (m_statementObserver)
        m_statementObserver(sql, values);
    std::unique_ptr<QSqlQuery> statement;
    if (auto idle = m_idleStatements.find(sql); idle != m_idleStatements.end() && !idle->second.empty()) {
        statement = std::move(idle->second.back());
        idle->second.pop_back();
    } else {
        statement = std::make_unique<QSqlQuery>(connection());
        // QPSQL streams a forward-only result row by row, and the next statement run on the connection
        // discards whatever the previous one had not delivered yet: a live handle would lose its rows. So
        // PostgreSQL results are fetched whole when the statement runs (libpq's usual way; a failure then
        // surfaces at once, not as an early end of the rows). SQLite steps each statement on its own.
        statement->setForwardOnly(m_dialect.isSqlite());
        if (!statement->prepare(sql))
            return fail(failure(statement->lastError(), sql));
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        statement->bindValue(static_cast<int>(i), values.at(i));
    m_liveStatements.push_back(statement.get());
    Rows rows(*this, sql, std::move(statement), m_connectionGeneration);
    if (!rows.m_query->exec())
        return fail(failure(rows.m_query->lastError(), sql)); // rows hands the statement back
    return rows;
}

void Database::checkIn(const QString &sql, std::unique_ptr<QSqlQuery> query, quint64 connection)
{
    std::erase(m_liveStatements, query.get());
    if (connection != m_connectionGeneration)
        return;
    query->finish();
    m_idleStatements[sql].push_back(std::move(query));
}

Status Database::syncGeneratedIds(const QString &table)
{
    if (m_dialect.isSqlite())
        return {};
    auto query = this->query(
            u"SELECT setval(pg_get_serial_sequence(?, 'id'), COALESCE(MAX(id), 0) + 1, false) FROM "_s + table,
            {table});
    if (!query)
        return fail(query.error());
    return {};
}

void Database::afterCommit(std::function<void()> action)
{
    if (m_units.empty())
        action();
    else
        m_units.back().push_back(std::move(action));
}

void Database::finishStatements()
{
    for (QSqlQuery *live : m_liveStatements)
        live->finish();
}

Status Database::execute(const QString &sql)
{
    if (auto connected = connectForUse(); !connected)
        return connected;
    if (m_statementObserver)
        m_statementObserver(sql, {});
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return fail(failure(query.lastError(), sql));
    return {};
}

Error Database::translate(const QSqlError &error, DatabaseKind kind, const QString &context)
{
    const QString native = error.nativeErrorCode();
    qCWarning(lcStorage).noquote() << "SQL error" << native << error.text() << "in" << context.left(200);

    if (kind == DatabaseKind::Sqlite) {
        // SQLite reports extended result codes; the low byte is the primary code: 5 BUSY, 6 LOCKED,
        // 19 CONSTRAINT. Errors about the file itself (full, read-only, damaged) are SqliteFileErrors'.
        bool numeric = false;
        const int primary = native.toInt(&numeric) & 0xFF;
        if (numeric) {
            if (primary == 5 || primary == 6)
                return Error::unavailable(tr("The database is busy; try again."));
            if (primary == 19)
                return Error::conflict(tr("The change breaks a rule of the database: %1").arg(error.databaseText()));
        }
    } else {
        if (native.startsWith(u"08"_s) || native == u"57P01"_s || native == u"57P02"_s || native == u"57P03"_s)
            return Error::unavailable(tr("The database is unavailable: %1").arg(error.text()));
        if (native == u"40001"_s || native == u"40P01"_s)
            return Error::unavailable(tr("The database is busy; try again."));
        if (native.startsWith(u"23"_s))
            return Error::conflict(tr("The change breaks a rule of the database: %1").arg(error.databaseText()));
        if (native == u"42501"_s)
            return Error::conflict(tr("Your database login is not allowed to do this (%1).").arg(error.databaseText()));
        if (native == u"42710"_s)
            return Error::conflict(error.databaseText());
        if (native == u"42704"_s)
            return Error::notFound({}, {}, error.databaseText());
        if (native == u"22023"_s)
            return Error::invalid({}, {}, error.databaseText());
    }
    if (error.type() == QSqlError::ConnectionError)
        return Error::unavailable(tr("The database is unavailable: %1").arg(error.text()));
    return Error::internal(tr("Database error: %1").arg(error.text()));
}

} // namespace shipshape
