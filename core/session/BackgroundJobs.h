#pragma once

#include "storage/DatabaseUrl.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

namespace shipshape {

class Session;
class WorkerRound;

// The work that must happen while Shipshape runs, off the GUI thread: every interval, one WorkerRound
// (expire unpaid reservations, reconcile payments whose answer was lost, send the customer-email
// outbox; the same round `shipshape-cli worker` runs). Lives in its own QThread with its own Session
// (QtSql connections belong to one thread); the app moves it there and calls start() through a queued
// connection.
class BackgroundJobs : public QObject {
    Q_OBJECT

public:
    explicit BackgroundJobs(
            DatabaseUrl url, std::chrono::milliseconds interval = std::chrono::seconds(30), QObject *parent = nullptr);
    ~BackgroundJobs() override;

    // Opens the session in the current (worker) thread and runs a round now and then every interval.
    void start();
    void stop();
    // One round; a round still sending emails is left to finish (this one is skipped).
    void runRound();

Q_SIGNALS:
    // Expiry and reconciliation of a round are done; its emails are being sent.
    void roundFinished(int expiredReservations, int reconciledPayments);
    void emailsWaiting(int waiting, const QString &reason);
    void emailRoundFinished(int sent, int retried, int failed);
    void failed(const QString &message);

private:
    DatabaseUrl m_url;
    std::chrono::milliseconds m_interval;
    QTimer m_timer;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<WorkerRound> m_round;
};

} // namespace shipshape
