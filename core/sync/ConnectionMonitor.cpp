#include "sync/ConnectionMonitor.h"

#include "storage/Database.h"

namespace shipshape {

ConnectionMonitor::ConnectionMonitor(Database &database, QObject *parent) : QObject(parent), m_database(database)
{
    m_retryTimer.setInterval(kDefaultRetryIntervalMs);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { (void) m_database.reconnectIfNeeded(); });
    m_heartbeatTimer.setInterval(kDefaultHeartbeatIntervalMs);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, [this] {
        if (m_database.isConnected())
            (void) m_database.probe();
    });
    if (!m_database.dialect().isSqlite())
        m_heartbeatTimer.start();
    m_observerId = m_database.addConnectionObserver([this](bool connected) {
        if (connected)
            m_retryTimer.stop();
        else if (!m_suspended)
            m_retryTimer.start();
        Q_EMIT connectionChanged(connected);
    });
}

ConnectionMonitor::~ConnectionMonitor()
{
    m_database.removeConnectionObserver(m_observerId);
}

bool ConnectionMonitor::isConnected() const
{
    return m_database.isConnected();
}

void ConnectionMonitor::setRetryInterval(int milliseconds)
{
    m_retryTimer.setInterval(milliseconds);
}

void ConnectionMonitor::setHeartbeatInterval(int milliseconds)
{
    m_heartbeatTimer.setInterval(milliseconds);
}

void ConnectionMonitor::setSuspended(bool suspended)
{
    if (suspended == m_suspended)
        return;
    m_suspended = suspended;
    if (suspended) {
        m_retryTimer.stop();
        m_heartbeatTimer.stop();
        return;
    }
    if (!m_database.dialect().isSqlite())
        m_heartbeatTimer.start();
    if (!m_database.isConnected())
        m_retryTimer.start();
}

bool ConnectionMonitor::check()
{
    return m_database.probe().has_value();
}

} // namespace shipshape
