#include "sync/ConnectionHealth.h"

#include "common/Logging.h"

#include <QMetaObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

// Lives on the health thread and owns its connection (QtSql connections belong to the thread that opened
// them). Not a Database: this one needs timeouts of seconds, and none of its statements or reconnect rules.
class ConnectionHealth::Prober : public QObject {
public:
    Prober(DatabaseUrl url, QString password, ConnectionHealth *health)
        : m_url(std::move(url)), m_password(std::move(password)), m_health(health),
          m_connectionName(u"shipshape-health-%1"_s.arg(quintptr(this)))
    {
        connect(&m_timer, &QTimer::timeout, this, &Prober::probe);
    }

    ~Prober() override
    {
        if (!m_opened)
            return;
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }

    // On the health thread.
    void begin(int intervalMs)
    {
        m_timer.setInterval(intervalMs);
        probe();
        m_timer.start();
    }

    // Before the thread starts.
    void assume(bool answering) { m_lastAnswering = answering; }

private:
    QString ask()
    {
        if (!m_opened) {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
            db.setHostName(m_url.host());
            db.setPort(m_url.port());
            db.setUserName(m_url.user());
            db.setDatabaseName(m_url.databaseName());
            if (!m_password.isEmpty())
                db.setPassword(m_password);
            db.setConnectOptions(u"connect_timeout=2;tcp_user_timeout=%1;keepalives=1;keepalives_idle=2;"
                                 "keepalives_interval=1;keepalives_count=2;application_name=shipshape-health"_s.arg(
                                         kDefaultAnswerTimeoutMs));
            m_opened = true;
        }
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (!db.isOpen() && !db.open())
            return db.lastError().text();
        QSqlQuery query(db);
        if (query.exec(u"SELECT 1"_s))
            return {};
        const QString problem = query.lastError().text();
        query.finish();
        db.close(); // the next tick connects afresh
        return problem.isEmpty() ? u"no answer"_s : problem;
    }

    void probe()
    {
        const QString problem = ask();
        const bool answering = problem.isEmpty();
        if (answering == m_lastAnswering)
            return;
        m_lastAnswering = answering;
        if (!answering)
            qCWarning(lcStorage).noquote() << "The server" << m_url.displayName() << "stopped answering:" << problem;
        else
            qCInfo(lcStorage).noquote() << "The server" << m_url.displayName() << "answers again";
        // The health object outlives this thread (its destructor waits for it), and Qt drops the queued
        // call if it is gone by the time the call would run on its thread.
        QMetaObject::invokeMethod(
                m_health, [health = m_health, answering, problem] { health->report(answering, problem); });
    }

    DatabaseUrl m_url;
    QString m_password;
    ConnectionHealth *m_health = nullptr;
    QString m_connectionName;
    QTimer m_timer{this}; // a child, so that moveToThread takes it along
    bool m_opened = false;
    bool m_lastAnswering = true;
};

ConnectionHealth::ConnectionHealth(DatabaseUrl url, QString password, QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(u"connection-health"_s);
    m_prober = new Prober(std::move(url), std::move(password), this);
    m_prober->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_prober, &QObject::deleteLater);
}

ConnectionHealth::~ConnectionHealth()
{
    if (!m_thread.isRunning()) {
        delete m_prober; // never started: it has no thread to delete it
        return;
    }
    m_thread.quit();
    m_thread.wait();
}

void ConnectionHealth::setInterval(int milliseconds)
{
    m_intervalMs = qMax(10, milliseconds);
}

void ConnectionHealth::setInitiallyAnswering(bool answering)
{
    if (m_thread.isRunning()) {
        qCWarning(lcStorage) << "ConnectionHealth::setInitiallyAnswering after start() is ignored";
        return;
    }
    m_answering = answering;
    m_prober->assume(answering);
}

void ConnectionHealth::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    QMetaObject::invokeMethod(m_prober, [prober = m_prober, interval = m_intervalMs] { prober->begin(interval); });
}

void ConnectionHealth::report(bool answering, const QString &problem)
{
    if (answering == m_answering)
        return;
    m_answering = answering;
    Q_EMIT answeringChanged(answering, problem);
}

} // namespace shipshape
