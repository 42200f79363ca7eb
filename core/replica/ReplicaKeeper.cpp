#include "replica/ReplicaKeeper.h"

#include "common/Logging.h"
#include "replica/ReplicaFollower.h"
#include "sync/ConnectionMonitor.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

// Lives on the keeper's thread and owns what belongs to it: the server connection (QtSql connections
// are per thread; QPSQL delivers notifications through this thread's event loop) and the follower.
class ReplicaKeeper::Runner : public QObject {
public:
    Runner(DatabaseUrl server, DatabaseOptions options, QString path, ReplicaKeeper *keeper)
        : m_server(std::move(server)), m_options(std::move(options)), m_path(std::move(path)), m_keeper(keeper),
          m_closing(&keeper->m_closing)
    {}

    ~Runner() override
    {
        m_follower.reset();
        m_monitor.reset();
        m_database.reset();
    }

    void begin()
    {
        if (!m_database) {
            auto opened = Database::open(m_server, m_options);
            if (!opened) {
                report(opened.error());
                return;
            }
            m_database = std::move(*opened);
            m_follower = std::make_unique<ReplicaFollower>(*m_database, m_path);
            m_follower->setInterruption(m_closing);
            // A connection cut while nothing was being asked is noticed by the heartbeat; once lost it is
            // reopened every few seconds, and the follower's feed then listens again and catches up.
            m_monitor = std::make_unique<ConnectionMonitor>(*m_database);
            // Queued to the keeper's thread with copies: nothing here needs a registered metatype.
            connect(m_follower.get(), &ReplicaFollower::progressed, this, [this](const ReplicaProgress &progress) {
                QMetaObject::invokeMethod(
                        m_keeper, [keeper = m_keeper, progress] { Q_EMIT keeper->progressed(progress); });
            });
            connect(m_follower.get(), &ReplicaFollower::synced, this, [this](const ReplicaSyncReport &report) {
                auto summary = ReplicaSync::summaryOf(m_path);
                if (!summary) {
                    this->report(summary.error());
                    return;
                }
                QMetaObject::invokeMethod(m_keeper,
                        [keeper = m_keeper, status = *summary, report] { Q_EMIT keeper->synced(status, report); });
            });
            connect(m_follower.get(), &ReplicaFollower::failed, this, [this](const Error &error) { report(error); });
        }
        if (!m_started) {
            m_started = m_follower->start();
            if (!m_started)
                report(Error::unavailable(QCoreApplication::translate("ReplicaKeeper",
                        "Cannot listen for the server's changes; the replica is not kept up "
                        "to date until it answers.")));
            return;
        }
        // Called when the server answers again: this connection may not know yet that it was cut.
        if (!m_database->probe())
            (void) m_database->reconnectIfNeeded();
        m_follower->syncNow();
    }

private:
    void report(const Error &error)
    {
        qCWarning(lcReplica).noquote() << "Replica:" << error.message;
        QMetaObject::invokeMethod(m_keeper, [keeper = m_keeper, error] { Q_EMIT keeper->failed(error); });
    }

    DatabaseUrl m_server;
    DatabaseOptions m_options;
    QString m_path;
    ReplicaKeeper *m_keeper = nullptr;
    const std::atomic<bool> *m_closing = nullptr;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ReplicaFollower> m_follower;
    std::unique_ptr<ConnectionMonitor> m_monitor;
    bool m_started = false;
};

ReplicaKeeper::ReplicaKeeper(DatabaseUrl server, DatabaseOptions options, QString path, QObject *parent)
    : QObject(parent), m_path(std::move(path))
{
    m_thread.setObjectName(u"replica"_s);
    m_runner = new Runner(std::move(server), std::move(options), m_path, this);
    m_runner->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
}

ReplicaKeeper::~ReplicaKeeper()
{
    if (!m_thread.isRunning()) {
        delete m_runner; // never started: no thread to delete it
        return;
    }
    // A sync under way stops after its current batch (the replica stays consistent; the next start resumes).
    m_closing = true;
    m_thread.quit();
    m_thread.wait();
}

void ReplicaKeeper::start()
{
    if (!m_thread.isRunning())
        m_thread.start();
    QMetaObject::invokeMethod(m_runner, [runner = m_runner] { runner->begin(); });
}

void ReplicaKeeper::catchUp()
{
    start();
}

} // namespace shipshape
