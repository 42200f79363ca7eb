#include "notification/WebhookDispatcher.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

constexpr std::chrono::milliseconds kMinimumRetryDelay{1000};

} // namespace

WebhookDispatcher::WebhookDispatcher(
        WebhookOutbox outbox, WebhookSender &sender, const Clock &clock, Settings settings, QObject *parent)
    : QObject(parent), m_outbox(outbox), m_sender(sender), m_clock(clock), m_settings(settings),
      m_backoff(settings.retry, settings.jitterSeed),
      m_claimant(u"%1:%2:webhooks"_s.arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid()))
{}

void WebhookDispatcher::dispatchDue()
{
    if (m_busy)
        return;
    m_busy = true;
    m_claimed = m_delivered = m_retried = m_failed = 0;
    next();
}

void WebhookDispatcher::next()
{
    const auto finish = [this] {
        m_busy = false;
        Q_EMIT finished(m_delivered, m_retried, m_failed);
    };
    if (m_claimed >= m_settings.batchSize) {
        finish();
        return;
    }
    auto claimed = m_outbox.claimNext(m_claimant, m_clock.now().addMSecs(m_settings.claimFor.count()));
    if (!claimed) {
        qCWarning(lcNotifications) << "Cannot claim a webhook delivery:" << claimed.error().message;
        m_busy = false;
        Q_EMIT storageError(claimed.error().message);
        return;
    }
    if (!claimed->has_value()) {
        finish();
        return;
    }
    ++m_claimed;
    const WebhookDelivery delivery = **claimed;
    m_sender.send(delivery.endpointId, delivery.url, delivery.eventId, delivery.payload, this,
            [this, delivery](const WebhookOutcome &outcome) {
                handle(delivery, outcome);
                QTimer::singleShot(0, this, &WebhookDispatcher::next);
            });
}

void WebhookDispatcher::handle(const WebhookDelivery &delivery, const WebhookOutcome &outcome)
{
    WebhookAttempt attempt;
    attempt.at = m_clock.now();
    attempt.httpStatus = outcome.httpStatus;
    attempt.durationMs = outcome.durationMs;
    attempt.error = outcome.reason;
    const QString what = u"Webhook delivery %1 (%2 %3 to endpoint %4)"_s.arg(delivery.id)
                                 .arg(WebhookEventTypes::key(delivery.type), delivery.eventId)
                                 .arg(delivery.endpointId);
    Status recorded;
    if (outcome.kind == SendOutcome::Kind::Accepted) {
        attempt.outcome = u"delivered"_s;
        recorded = m_outbox.recordDelivered(delivery, m_claimant, attempt);
        if (recorded) {
            ++m_delivered;
            qCInfo(lcNotifications).noquote() << what << "delivered: HTTP" << outcome.httpStatus.value_or(0) << "in"
                                              << outcome.durationMs << "ms";
            Q_EMIT delivered(delivery.id);
        }
    } else if (outcome.kind == SendOutcome::Kind::Transient && !m_backoff.exhausted(delivery.roundAttempts)) {
        const QDateTime now = m_clock.now();
        QDateTime at = now.addMSecs(std::max(m_backoff.delayAfter(delivery.roundAttempts), kMinimumRetryDelay).count());
        if (outcome.notBefore)
            at = std::clamp(*outcome.notBefore, now.addMSecs(kMinimumRetryDelay.count()),
                    now.addMSecs(m_settings.retry.maximum.count()));
        attempt.outcome = u"retry"_s;
        recorded = m_outbox.recordRetry(delivery, m_claimant, attempt, at);
        if (recorded) {
            ++m_retried;
            qCWarning(lcNotifications).noquote() << what << "attempt" << delivery.roundAttempts << "failed, retrying at"
                                                 << at.toString(Qt::ISODate) << ":" << outcome.reason;
            Q_EMIT retryScheduled(delivery.id, at, outcome.reason);
        }
    } else {
        if (outcome.kind == SendOutcome::Kind::Transient)
            attempt.error = u"gave up after %1 attempts: %2"_s.arg(delivery.roundAttempts).arg(outcome.reason);
        attempt.outcome = u"failed"_s;
        recorded = m_outbox.recordFailed(delivery, m_claimant, attempt);
        if (recorded) {
            ++m_failed;
            qCWarning(lcNotifications).noquote() << what << "failed:" << attempt.error;
            Q_EMIT failed(delivery.id, attempt.error);
        }
    }
    if (!recorded) {
        qCWarning(lcNotifications).noquote()
                << "Cannot record the outcome of" << what << ":" << recorded.error().message;
        Q_EMIT storageError(recorded.error().message);
    }
}

} // namespace shipshape
