#pragma once

#include "common/Clock.h"
#include "net/Backoff.h"
#include "notification/WebhookOutbox.h"
#include "notification/WebhookSender.h"

#include <QObject>

#include <chrono>

namespace shipshape {

// Sends the due webhook deliveries, one at a time, outside any transaction, as OutboxDispatcher sends emails:
// claim a row, POST it through the WebhookSender, log the attempt and record the answer (delivered / retry at a
// backoff time / failed). WorkerRound runs one dispatchDue() after the emails; the clock is injected, so tests
// advance a ManualClock instead of sleeping.
class WebhookDispatcher : public QObject {
    Q_OBJECT

public:
    struct Settings {
        RetryPolicy retry;
        std::optional<quint32> jitterSeed; // fixed in tests
        std::chrono::milliseconds claimFor{120000};
        int batchSize = 50;
    };

    WebhookDispatcher(WebhookOutbox outbox, WebhookSender &sender, const Clock &clock, Settings settings,
            QObject *parent = nullptr);

    [[nodiscard]] bool isBusy() const { return m_busy; }
    // Sends what is due now; finished() follows. Does nothing while a round is under way.
    void dispatchDue();

Q_SIGNALS:
    void delivered(qint64 deliveryId);
    void retryScheduled(qint64 deliveryId, const QDateTime &nextAttemptAt, const QString &reason);
    void failed(qint64 deliveryId, const QString &reason);
    void finished(int delivered, int retried, int failed);
    void storageError(const QString &message);

private:
    void next();
    void handle(const WebhookDelivery &delivery, const WebhookOutcome &outcome);

    WebhookOutbox m_outbox;
    WebhookSender &m_sender;
    const Clock &m_clock;
    Settings m_settings;
    Backoff m_backoff;
    QString m_claimant;
    bool m_busy = false;
    int m_claimed = 0;
    int m_delivered = 0;
    int m_retried = 0;
    int m_failed = 0;
};

} // namespace shipshape
