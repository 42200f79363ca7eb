#include "session/WorkerRound.h"

#include "common/Logging.h"
#include "net/HttpClient.h"
#include "notification/MailSettings.h"
#include "notification/SendGridSender.h"
#include "notification/SmsSettings.h"
#include "notification/TwilioSmsSender.h"
#include "notification/WebhookDispatcher.h"
#include "notification/WebhookSender.h"
#include "session/Session.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

WorkerRound::WorkerRound(Session &session, std::chrono::milliseconds paymentGrace, QObject *parent)
    : QObject(parent), m_session(session)
{
    const MailSettings mail = MailSettings::load();
    m_settings.paymentGrace = paymentGrace;
    m_settings.outbox.retry = mail.retry;
    m_http = std::make_unique<HttpClient>(&session.network());
    m_sendGrid = std::make_unique<SendGridSender>(
            *m_http, session.clock(), mail, session.options().secrets.sendGridApiKey);
    m_dispatcher = std::make_unique<OutboxDispatcher>(
            session.notifications(), *m_sendGrid, session.clock(), m_settings.outbox);
    // SMS status messages share the HttpClient (one QNetworkAccessManager) and the dispatcher; without an
    // account SID and auth token they wait like emails without a key.
    m_twilio = std::make_unique<TwilioSmsSender>(
            *m_http, session.clock(), SmsSettings::load(), session.options().secrets.twilioAuthToken);
    m_dispatcher->setSmsSender(m_twilio.get());
    // Outbound webhooks: each endpoint's signing secret is read when its delivery is sent (endpoints come and go
    // while a worker runs), from $SHIPSHAPE_WEBHOOK_SECRET_<id> or the keychain, asynchronously.
    m_webhookSender = std::make_unique<WebhookSender>(*m_http, session.clock(), SecretStore(), mail.timeout);
    WebhookDispatcher::Settings webhookSettings;
    webhookSettings.retry = mail.retry;
    m_webhooks = std::make_unique<WebhookDispatcher>(
            WebhookOutbox(session.database(), session.clock()), *m_webhookSender, session.clock(), webhookSettings);
}

WorkerRound::WorkerRound(Session &session, EmailSender &sender, Settings settings, QObject *parent)
    : QObject(parent), m_session(session), m_settings(settings),
      m_dispatcher(
              std::make_unique<OutboxDispatcher>(session.notifications(), sender, session.clock(), settings.outbox))
{}

WorkerRound::~WorkerRound() = default;

void WorkerRound::refreshApiKey()
{
    // The session's secrets were read before it opened (and replaced when someone changed them); the
    // keychain is never asked from here.
    if (m_sendGrid)
        m_sendGrid->setApiKey(m_session.options().secrets.sendGridApiKey);
    if (m_twilio)
        m_twilio->setAuthToken(m_session.options().secrets.twilioAuthToken);
}

bool WorkerRound::run()
{
    if (m_running)
        return false;
    m_running = true;
    m_report = {};
    m_storageError.clear();

    auto expired = m_session.orders().expireReservations();
    if (!expired) {
        m_running = false;
        Q_EMIT failed(expired.error());
        return true;
    }
    m_report.expiredReservations = *expired;
    // Payments whose answer was lost (crash, timeout) are settled with the provider; the round goes on
    // when the last answer has been recorded.
    QPointer<WorkerRound> self(this);
    (void) andThen(
            m_session.payments().reconcile(m_settings.paymentGrace.count()), [self](const Result<int> &reconciled) {
                if (self)
                    self->sendEmails(reconciled);
            });
    return true;
}

void WorkerRound::sendEmails(const Result<int> &reconciled)
{
    if (!reconciled) {
        m_running = false;
        Q_EMIT failed(reconciled.error());
        return;
    }
    m_report.reconciledPayments = *reconciled;
    Q_EMIT ordersSettled(m_report.expiredReservations, m_report.reconciledPayments);

    // Emails go out after the order work, outside any transaction. Connected per round so that a
    // dispatcher signal can never reach a round that is not running.
    refreshApiKey();
    connect(m_dispatcher.get(), &OutboxDispatcher::waitingForProvider, this,
            [this](int waiting, const QString &reason) {
                m_report.emailsWaiting = waiting;
                m_report.emailsWaitingReason = reason;
            });
    connect(m_dispatcher.get(), &OutboxDispatcher::finished, this, &WorkerRound::finishEmails);
    connect(m_dispatcher.get(), &OutboxDispatcher::storageError, this, &WorkerRound::stopOnStorageError);
    // Started from the event loop, so that a round whose emails finish at once still reports after run()
    // has returned (callers connect, call run(), then wait).
    QTimer::singleShot(0, m_dispatcher.get(), &OutboxDispatcher::dispatchDue);
}

void WorkerRound::finishEmails(int sent, int retried, int failedEmails)
{
    m_report.emailsSent = sent;
    m_report.emailsRetrying = retried;
    m_report.emailsFailed = failedEmails;
    m_dispatcher->disconnect(this);
    if (m_webhooks && m_storageError.isEmpty()) {
        connect(m_webhooks.get(), &WebhookDispatcher::finished, this, &WorkerRound::finishWebhooks);
        connect(m_webhooks.get(), &WebhookDispatcher::storageError, this, [this](const QString &message) {
            if (m_storageError.isEmpty())
                m_storageError = message;
            if (!m_webhooks->isBusy())
                finishRound();
        });
        QTimer::singleShot(0, m_webhooks.get(), &WebhookDispatcher::dispatchDue);
        return;
    }
    finishRound();
}

void WorkerRound::finishWebhooks(int delivered, int retried, int failedWebhooks)
{
    m_report.webhooksDelivered = delivered;
    m_report.webhooksRetrying = retried;
    m_report.webhooksFailed = failedWebhooks;
    finishRound();
}

void WorkerRound::finishRound()
{
    if (m_webhooks)
        m_webhooks->disconnect(this);
    m_running = false;
    if (!m_storageError.isEmpty()) {
        // An outcome could not be recorded: that email stays claimed and is sent again after its claim
        // expires. The round did not do all it should have, so it is reported as failed.
        Q_EMIT failed(Error::unavailable(m_storageError));
        return;
    }
    Q_EMIT finished(m_report);
}

void WorkerRound::stopOnStorageError(const QString &message)
{
    if (m_storageError.isEmpty())
        m_storageError = message;
    if (m_dispatcher->isBusy())
        return; // the round goes on; finishEmails() reports the error at its end
    m_dispatcher->disconnect(this);
    m_running = false;
    Q_EMIT failed(Error::unavailable(message));
}

} // namespace shipshape
