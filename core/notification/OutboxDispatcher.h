#pragma once

#include "common/Clock.h"
#include "net/Backoff.h"
#include "notification/NotificationOutbox.h"
#include "notification/SendOutcome.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace shipshape {

class EmailSender;
class SmsSender;

// Sends the outbox's due emails and SMS, one at a time (each row through the sender of its channel), outside any
// transaction: claim a row, hand it to the EmailSender, record the answer (sent / retry at a backoff time / failed).
// WorkerRound calls dispatchDue() once per round (the desktop app's BackgroundJobs and `shipshape-cli worker`); start()
// polls on the dispatcher's own timer instead.
// Due-ness is decided by the injected Clock, so tests advance a ManualClock instead of sleeping.
class OutboxDispatcher : public QObject {
    Q_OBJECT

public:
    struct Settings {
        RetryPolicy retry;
        std::optional<quint32> jitterSeed; // fixed in tests
        std::chrono::milliseconds claimFor{120000}; // a claim outlives the request timeout by a margin
        int batchSize = 50; // rows per dispatchDue()
    };

    OutboxDispatcher(NotificationOutbox &outbox, EmailSender &sender, const Clock &clock, Settings settings,
            QObject *parent = nullptr);
    ~OutboxDispatcher() override;

    // SMS rows go out through `sms` (which must outlive the dispatcher); without one they wait.
    void setSmsSender(SmsSender *sms) { m_sms = sms; }

    // Polls for due rows every `interval` (and once right away) until stop().
    void start(std::chrono::milliseconds interval = std::chrono::seconds(30));
    void stop();
    [[nodiscard]] bool isRunning() const { return m_timer.isActive(); }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    // Sends what is due now; finished() follows (asynchronously when anything was sent).
    // Does nothing if a round is already under way.
    void dispatchDue();
    // Who holds claims made by this dispatcher (host:pid:counter), for `outbox list`.
    [[nodiscard]] const QString &claimant() const { return m_claimant; }

Q_SIGNALS:
    void emailSent(qint64 notificationId, qint64 orderNumber, const QString &providerMessageId);
    void retryScheduled(
            qint64 notificationId, qint64 orderNumber, const QDateTime &nextAttemptAt, const QString &reason);
    void emailFailed(qint64 notificationId, qint64 orderNumber, const QString &reason);
    // No provider is configured: `waiting` emails (or SMS) wait, none were attempted. The signals above name
    // the row by its outbox id whatever its channel.
    void waitingForProvider(int waiting, const QString &reason);
    // One dispatchDue() round is over.
    void finished(int sent, int retried, int failed);
    // The database could not be read or written; the round stopped.
    void storageError(const QString &message);

private:
    void next();
    void handle(const OutboxEntry &entry, const SendOutcome &outcome);
    void finishRound();

    NotificationOutbox &m_outbox;
    EmailSender &m_sender;
    SmsSender *m_sms = nullptr;
    NotificationOutbox::Channels m_channels;
    const Clock &m_clock;
    Settings m_settings;
    Backoff m_backoff;
    QTimer m_timer;
    QString m_claimant;
    bool m_busy = false;
    int m_claimedThisRound = 0;
    int m_sent = 0;
    int m_retried = 0;
    int m_failed = 0;
};

} // namespace shipshape
