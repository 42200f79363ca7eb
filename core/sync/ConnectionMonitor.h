#pragma once

#include <QObject>
#include <QTimer>

namespace shipshape {

class Database;

// Tells the app whether the database can be reached, for a status-bar indicator. On PostgreSQL an idle
// connection is checked every 15 s (a server restart is otherwise noticed only by the next statement,
// and a dead LISTEN connection hears nothing); while the connection is down it tries to reconnect every
// few seconds, so the indicator and the ChangeFeed come back without the user doing anything. Any query
// also reconnects by itself.
class ConnectionMonitor : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultRetryIntervalMs = 3000;
    static constexpr int kDefaultHeartbeatIntervalMs = 15000;

    explicit ConnectionMonitor(Database &database, QObject *parent = nullptr);
    ~ConnectionMonitor() override;

    [[nodiscard]] bool isConnected() const;
    void setRetryInterval(int milliseconds);
    void setHeartbeatInterval(int milliseconds);
    // Probes the server now (a trivial query); reconnects if the connection was known to be lost.
    bool check();
    // Stops the heartbeat and the reconnect attempts while someone else watches the server (the app's
    // offline mode asks on a thread of its own: a reconnect to an unreachable host blocks its caller for
    // the connect timeout, here the GUI thread). Resuming restarts them.
    void setSuspended(bool suspended);

Q_SIGNALS:
    void connectionChanged(bool connected);

private:
    Database &m_database;
    QTimer m_retryTimer;
    QTimer m_heartbeatTimer;
    int m_observerId = 0;
    bool m_suspended = false;
};

} // namespace shipshape
