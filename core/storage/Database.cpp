#include "storage/Database.h"

#include "common/Logging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"shipshape-%1"_s.arg(counter.fetchAndAddRelaxed(1));
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

} // namespace

Database::Database(DatabaseUrl url, QString connectionName)
    : m_url(std::move(url)), m_dialect(m_url.kind()), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_statements.clear();
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
    QSqlDatabase db = QSqlDatabase::addDatabase(database->m_dialect.qtDriverName(), database->m_connectionName);
    if (!db.isValid()) {
        return fail(Error::unavailable(
            tr("The Qt SQL driver %1 is not installed.").arg(database->m_dialect.qtDriverName())));
    }

    if (url.kind() == DatabaseKind::Sqlite) {
        const QFileInfo file(url.path());
        if (!QDir().mkpath(file.absolutePath()))
            return fail(Error::unavailable(tr("Cannot create the folder %1.").arg(file.absolutePath())));
        db.setDatabaseName(url.path());
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(options.busyTimeoutMs));
    } else {
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.user());
        db.setDatabaseName(url.databaseName());
        // libpq itself reads PGPASSWORD and ~/.pgpass when no password is set here.
        db.setConnectOptions(u"connect_timeout=5;application_name=shipshape"_s);
    }
    if (!db.open()) {
        return fail(Error::unavailable(
            tr("Cannot open the database %1: %2").arg(url.displayName(), db.lastError().text())));
    }
    if (auto configured = database->configure(options); !configured)
        return fail(configured.error());
    return database;
}

Status Database::configure(const DatabaseOptions &options)
{
    if (m_dialect.isSqlite()) {
        m_actor = osUserName();
        // WAL lets readers work while one writer commits; FULL makes each commit durable.
        for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA foreign_keys=ON"_s,
                                      options.durable ? u"PRAGMA synchronous=FULL"_s : u"PRAGMA synchronous=OFF"_s,
                                      u"PRAGMA temp_store=MEMORY"_s, u"PRAGMA cache_size=-65536"_s}) {
            if (auto status = execute(pragma); !status)
                return status;
        }
        return {};
    }
    auto query = run(u"SELECT current_user"_s);
    if (!query)
        return fail(query.error());
    if ((*query)->next())
        m_actor = (*query)->value(0).toString();
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QSqlQuery *> Database::run(const QString &sql, std::initializer_list<QVariant> values)
{
    return run(sql, QVariantList(values));
}

Result<QSqlQuery *> Database::run(const QString &sql, const QVariantList &values)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(connection());
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return fail(translate(query->lastError(), m_url.kind(), sql));
        found = m_statements.emplace(sql, std::move(query)).first;
    }
    QSqlQuery *query = found->second.get();
    query->finish();
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(static_cast<int>(i), values.at(i));
    if (!query->exec())
        return fail(translate(query->lastError(), m_url.kind(), sql));
    return query;
}

void Database::finishStatements()
{
    for (auto &[sql, query] : m_statements)
        query->finish();
}

Status Database::execute(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return fail(translate(query.lastError(), m_url.kind(), sql));
    return {};
}

Error Database::translate(const QSqlError &error, DatabaseKind kind, const QString &context)
{
    const QString native = error.nativeErrorCode();
    qCWarning(lcStorage).noquote() << "SQL error" << native << error.text() << "in" << context.left(200);

    if (kind == DatabaseKind::Sqlite) {
        // SQLite reports extended result codes; the low byte is the primary code:
        // 5 BUSY, 6 LOCKED, 10 IOERR, 13 FULL, 14 CANTOPEN, 19 CONSTRAINT.
        bool numeric = false;
        const int primary = native.toInt(&numeric) & 0xFF;
        if (numeric) {
            if (primary == 5 || primary == 6)
                return Error::unavailable(tr("The database is busy; try again."));
            if (primary == 10 || primary == 13 || primary == 14)
                return Error::unavailable(tr("The database file cannot be written: %1").arg(error.text()));
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
            return Error::conflict(tr("Your database login is not allowed to do this."));
    }
    if (error.type() == QSqlError::ConnectionError)
        return Error::unavailable(tr("The database is unavailable: %1").arg(error.text()));
    return Error::internal(tr("Database error: %1").arg(error.text()));
}

} // namespace shipshape
