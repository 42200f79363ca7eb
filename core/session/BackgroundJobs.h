#pragma once

#include "secrets/SessionSecrets.h"
#include "session/Session.h"
#include "storage/DatabaseUrl.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

namespace shipshape {

class WorkerRound;

// The work that must happen while Shipshape runs, off the GUI thread: every interval, one WorkerRound
// (expire unpaid reservations, reconcile payments whose answer was lost, send the customer-email
// outbox; the same round `shipshape-cli worker` runs). Lives in its own QThread with its own Session
// (QtSql connections belong to one thread); the app moves it there and calls start() through a queued
// connection.
class BackgroundJobs : public QObject {
    Q_OBJECT

public:
    // The session is opened with `options` (its secrets included; never migrating: the app's own
    // session did that).
    explicit BackgroundJobs(DatabaseUrl url, SessionOptions options = {},
            std::chrono::milliseconds interval = std::chrono::seconds(30), QObject *parent = nullptr);
    ~BackgroundJobs() override;

    // Opens the session in the current (worker) thread and runs a round now and then every interval. A
    // session that cannot open (the server does not answer) is tried again every interval.
    void start();
    void stop();
    // One round; a round still sending emails is left to finish (this one is skipped).
    void runRound();
    // Someone changed the secrets (the Settings page): used from the next round on. Call through a
    // queued connection from the GUI thread.
    void setSecrets(const shipshape::SessionSecrets &secrets);

Q_SIGNALS:
    // Expiry and reconciliation of a round are done; its emails are being sent.
    void roundFinished(int expiredReservations, int reconciledPayments);
    void emailsWaiting(int waiting, const QString &reason);
    void emailRoundFinished(int sent, int retried, int failed);
    void failed(const QString &message);
    // What this object's session announced (expired reservations, reconciled payments), on this
    // object's thread; the app hands them to the GUI thread (ChangeHub).
    void orderChanged(qint64 orderNumber);
    void stockChanged(const QString &sku);

private:
    bool openSession();

    DatabaseUrl m_url;
    SessionOptions m_options;
    std::chrono::milliseconds m_interval;
    QTimer m_timer;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<WorkerRound> m_round;
    QString m_openProblem; // why the session last failed to open; empty once open
};

} // namespace shipshape
