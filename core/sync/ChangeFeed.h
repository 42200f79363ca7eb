#pragma once

#include <QObject>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

namespace shipshape {

class Database;

// Changes committed by other clients, as typed signals that models connect to in order to refresh only
// the affected rows.
//  - PostgreSQL: LISTEN on the `shipshape_changes` channel. Triggers on orders and products send
//    `order:<number>` and `stock:<sku>` with pg_notify, which the server delivers at commit; the replica
//    change log's trigger sends `replica` (once per transaction) for any followed table. The
//    connection's thread must run an event loop (QPSQL watches the socket with a QSocketNotifier).
//  - SQLite: polls PRAGMA data_version (cheap; changes only when another connection committed) and then
//    reads which orders and SKUs got new timeline / ledger rows since the last look.
// The client's own changes are not repeated here: the DomainEventBus already announced them.
class ChangeFeed : public QObject {
    Q_OBJECT

public:
    static constexpr auto kChannel = "shipshape_changes";
    static constexpr int kDefaultPollIntervalMs = 250;

    explicit ChangeFeed(Database &database, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Starts listening (PostgreSQL) or polling (SQLite). Returns false if the subscription failed.
    bool start();
    void stop();
    [[nodiscard]] bool isActive() const { return m_active; }
    void setPollInterval(int milliseconds);
    // Checks the SQLite file now instead of waiting for the timer (no-op on PostgreSQL).
    void pollNow();

Q_SIGNALS:
    void orderChanged(qint64 orderNumber);
    void stockChanged(const QString &sku);
    // PostgreSQL: a transaction wrote rows the replica change log follows (migration 26), whoever sent it;
    // a ReplicaSync catches up.
    void replicaChanged();
    // Changes may have been missed (the connection was lost and is back): reload what is shown.
    void resynchronize();

private:
    void handleNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    bool subscribe();
    void readSqliteMarks();

    Database &m_database;
    QTimer m_pollTimer;
    bool m_active = false;
    int m_observerId = 0;
    qint64 m_dataVersion = -1;
    qint64 m_lastOrderEventId = 0;
    qint64 m_lastMovementId = 0;
};

} // namespace shipshape
