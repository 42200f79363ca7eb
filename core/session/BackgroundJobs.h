#pragma once

#include "storage/DatabaseUrl.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

namespace shipshape {

class EmailSender;
class HttpClient;
class OutboxDispatcher;
class Session;

// The work that must happen while Shipshape runs, off the GUI thread: expire unpaid reservations,
// reconcile payments whose answer was lost, send the customer-email outbox. Lives in its own QThread
// with its own Session (QtSql connections belong to one thread); the app moves it there and calls
// start() through a queued connection.
class BackgroundJobs : public QObject {
    Q_OBJECT

public:
    explicit BackgroundJobs(
            DatabaseUrl url, std::chrono::milliseconds interval = std::chrono::seconds(30), QObject *parent = nullptr);
    ~BackgroundJobs() override;

    // Opens the session in the current (worker) thread and runs a round now and then every interval.
    void start();
    void stop();
    // One round: expiry, reconciliation, then an outbox dispatch (finishes asynchronously).
    void runRound();

Q_SIGNALS:
    void roundFinished(int expiredReservations, int reconciledPayments);
    void emailsWaiting(int waiting, const QString &reason);
    void emailRoundFinished(int sent, int retried, int failed);
    void failed(const QString &message);

private:
    DatabaseUrl m_url;
    std::chrono::milliseconds m_interval;
    QTimer m_timer;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<EmailSender> m_sender;
    std::unique_ptr<OutboxDispatcher> m_dispatcher;
};

} // namespace shipshape
