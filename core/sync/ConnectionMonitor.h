#pragma once

#include <QObject>
#include <QTimer>

namespace shipshape {

class Database;

// Tells the app whether the database can be reached, for a status-bar indicator. While the
// connection is down it tries to reconnect every few seconds, so the indicator (and the ChangeFeed's
// LISTEN) come back without the user doing anything; any query also reconnects by itself.
class ConnectionMonitor : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultRetryIntervalMs = 3000;

    explicit ConnectionMonitor(Database &database, QObject *parent = nullptr);
    ~ConnectionMonitor() override;

    [[nodiscard]] bool isConnected() const;
    void setRetryInterval(int milliseconds);
    // Probes the server now (a trivial query); reconnects if the connection was known to be lost.
    bool check();

Q_SIGNALS:
    void connectionChanged(bool connected);

private:
    Database &m_database;
    QTimer m_retryTimer;
    int m_observerId = 0;
};

} // namespace shipshape
