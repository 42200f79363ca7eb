#pragma once

#include "storage/DatabaseUrl.h"

#include <QObject>
#include <QString>
#include <QThread>

namespace shipshape {

// Whether a PostgreSQL server answers, asked on a thread and connection of its own: a trivial query every
// interval, on a connection with short timeouts (connecting: 2 s, libpq's least; an unacknowledged
// statement: tcp_user_timeout), so that a server that stopped or a network that dropped is noticed within
// seconds, whatever the GUI thread or a long sync is doing. While it does not answer, every tick tries to
// connect again. Only changes are announced.
class ConnectionHealth : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 1000;
    static constexpr int kDefaultAnswerTimeoutMs = 2000;

    // `password` as Database::open takes it (empty: libpq reads PGPASSWORD or ~/.pgpass).
    ConnectionHealth(DatabaseUrl url, QString password, QObject *parent = nullptr);
    ~ConnectionHealth() override;

    // Before start(): how often to ask (tests shorten it; nothing else waits on a clock).
    void setInterval(int milliseconds);
    // Before start(): what is assumed until a probe says otherwise. False for an app that found the server
    // down as it started, so that the first answer is announced.
    void setInitiallyAnswering(bool answering);
    void start();
    // As last announced; true until a probe says otherwise.
    [[nodiscard]] bool isAnswering() const { return m_answering; }

Q_SIGNALS:
    // `problem` says why when it stopped answering (the driver's words); empty when it is back.
    void answeringChanged(bool answering, const QString &problem);

private:
    class Prober;
    void report(bool answering, const QString &problem);

    QThread m_thread;
    Prober *m_prober = nullptr;
    int m_intervalMs = kDefaultIntervalMs;
    bool m_answering = true;
};

} // namespace shipshape
