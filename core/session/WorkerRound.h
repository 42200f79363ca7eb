#pragma once

#include "common/Error.h"
#include "common/Result.h"
#include "notification/OutboxDispatcher.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <memory>

namespace shipshape {

class EmailSender;
class HttpClient;
class SendGridSender;
class TwilioSmsSender;
class WebhookDispatcher;
class WebhookSender;
class Session;

// What one round did: the CLI prints it, the desktop app shows it in its status bar.
struct WorkerRoundReport {
    int expiredReservations = 0;
    int reconciledPayments = 0;
    int emailsSent = 0;
    int emailsRetrying = 0;
    int emailsFailed = 0;
    // Emails that wait, unattempted, because no provider is configured (and why).
    int emailsWaiting = 0;
    QString emailsWaitingReason;
    // Outbound webhooks (WebhookDispatcher), after the emails.
    int webhooksDelivered = 0;
    int webhooksRetrying = 0;
    int webhooksFailed = 0;
};

// One round of the work that must happen even while nobody watches: expire unpaid reservations whose
// hold ran out, reconcile payments whose answer was lost, then send the customer emails that are due
// (outside any transaction). `shipshape-cli worker` and the desktop app's BackgroundJobs both run their
// rounds through this class, so the two cannot drift apart.
//
// run() is asynchronous because reconciling payments and sending are: exactly one finished() or failed() follows each
// run() that returned true, from the event loop of the thread the round lives in (the session's thread).
class WorkerRound : public QObject {
    Q_OBJECT

public:
    struct Settings {
        // Payment attempts started less than this long ago are left alone: their answer may still come.
        std::chrono::milliseconds paymentGrace{std::chrono::seconds(60)};
        OutboxDispatcher::Settings outbox;
    };

    // Emails go out through SendGrid with MailSettings and the session's SendGrid key (SessionSecrets,
    // read before the session opened); the retry policy is MailSettings'. Without a key, emails wait.
    // The key is taken from the session at the start of each round, so a key handed to the session
    // while a worker runs (Session::setSecrets) is used from its next round on.
    explicit WorkerRound(Session &session, std::chrono::milliseconds paymentGrace = std::chrono::seconds(60),
            QObject *parent = nullptr);
    // Emails go out through `sender`, which must outlive the round (tests aim one at a loopback server).
    WorkerRound(Session &session, EmailSender &sender, Settings settings, QObject *parent = nullptr);
    ~WorkerRound() override;

    // Starts a round. Returns false, and starts nothing, while the previous round is still sending.
    bool run();
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    // Expiry and reconciliation are done and committed; the emails are being sent now.
    void ordersSettled(int expiredReservations, int reconciledPayments);
    void finished(const shipshape::WorkerRoundReport &report);
    // The round stopped early: the database or the payment provider could not be reached, or a bug.
    // Work already committed stays committed; the next round picks up the rest.
    void failed(const shipshape::Error &error);

private:
    void refreshApiKey();
    void sendEmails(const Result<int> &reconciled);
    void finishEmails(int sent, int retried, int failed);
    void finishWebhooks(int delivered, int retried, int failed);
    void finishRound();
    void stopOnStorageError(const QString &message);

    Session &m_session;
    Settings m_settings;
    // Only when the round sends through SendGrid itself.
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<SendGridSender> m_sendGrid;
    std::unique_ptr<TwilioSmsSender> m_twilio;
    std::unique_ptr<OutboxDispatcher> m_dispatcher;
    // Webhooks share the HttpClient; only when the round sends through the real providers.
    std::unique_ptr<WebhookSender> m_webhookSender;
    std::unique_ptr<WebhookDispatcher> m_webhooks;
    WorkerRoundReport m_report;
    QString m_storageError;
    bool m_running = false;
};

} // namespace shipshape
