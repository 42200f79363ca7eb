#include "notification/OutboxDispatcher.h"

#include "common/Logging.h"
#include "notification/EmailSender.h"
#include "notification/SendGridSender.h"
#include "notification/SmsSender.h"
#include "notification/TwilioSmsSender.h"

#include <QAtomicInteger>
#include <QSysInfo>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

QString makeClaimant()
{
    static QAtomicInteger<int> counter;
    return u"%1:%2:%3"_s.arg(QSysInfo::machineHostName())
            .arg(QCoreApplication::applicationPid())
            .arg(counter.fetchAndAddRelaxed(1) + 1);
}

// Even when a provider says "now", never hammer it within the same second.
constexpr std::chrono::milliseconds kMinimumRetryDelay{1000};

} // namespace

OutboxDispatcher::OutboxDispatcher(
        NotificationOutbox &outbox, EmailSender &sender, const Clock &clock, Settings settings, QObject *parent)
    : QObject(parent), m_outbox(outbox), m_sender(sender), m_clock(clock), m_settings(settings),
      m_backoff(settings.retry, settings.jitterSeed), m_claimant(makeClaimant())
{
    connect(&m_timer, &QTimer::timeout, this, &OutboxDispatcher::dispatchDue);
}

OutboxDispatcher::~OutboxDispatcher() = default;

void OutboxDispatcher::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
    QTimer::singleShot(0, this, &OutboxDispatcher::dispatchDue);
}

void OutboxDispatcher::stop()
{
    // A send already under way still records its answer: dropping it would leave a claimed row.
    m_timer.stop();
}

void OutboxDispatcher::dispatchDue()
{
    if (m_busy)
        return;
    m_busy = true;
    m_claimedThisRound = 0;
    m_sent = m_retried = m_failed = 0;

    // Each channel whose provider is not configured keeps its rows waiting (noted on them, no attempt counted);
    // the other channel still sends.
    const QString emailProblem = m_sender.configurationProblem();
    const QString smsProblem = m_sms ? m_sms->configurationProblem() : TwilioSmsSender::noProviderReason();
    m_channels = {emailProblem.isEmpty(), smsProblem.isEmpty()};
    const std::pair<OutboxChannel, QString> problems[]
            = {{OutboxChannel::Email, emailProblem}, {OutboxChannel::Sms, smsProblem}};
    for (const auto &[channel, problem] : problems) {
        if (problem.isEmpty())
            continue;
        auto waiting = m_outbox.noteWaiting(problem, channel);
        if (!waiting) {
            qCWarning(lcNotifications) << "Cannot update the outbox:" << waiting.error().message;
            m_busy = false;
            Q_EMIT storageError(waiting.error().message);
            return;
        }
        if (*waiting > 0) {
            qCInfo(lcNotifications) << *waiting << (channel == OutboxChannel::Sms ? "SMS" : "email(s)")
                                    << "waiting:" << problem;
            Q_EMIT waitingForProvider(*waiting, problem);
        }
    }
    if (!m_channels.email && !m_channels.sms) {
        finishRound();
        return;
    }
    next();
}

void OutboxDispatcher::next()
{
    if (m_claimedThisRound >= m_settings.batchSize) {
        finishRound();
        return;
    }
    const QDateTime claimUntil = m_clock.now().addMSecs(m_settings.claimFor.count());
    auto claimed = m_outbox.claimNext(m_claimant, claimUntil, m_channels);
    if (!claimed) {
        qCWarning(lcNotifications) << "Cannot claim from the outbox:" << claimed.error().message;
        m_busy = false;
        Q_EMIT storageError(claimed.error().message);
        return;
    }
    if (!claimed->has_value()) {
        finishRound();
        return;
    }
    ++m_claimedThisRound;
    const OutboxEntry entry = **claimed;
    qCDebug(lcNotifications) << "Sending" << (entry.isSms() ? "SMS" : "email") << entry.id
                             << NotificationEvents::key(entry.event) << "for order" << entry.orderNumber << "attempt"
                             << entry.attempts;
    auto answered = [this, entry](const SendOutcome &outcome) {
        handle(entry, outcome);
        // Continue from the event loop, so a sender that answers synchronously cannot recurse deeply.
        QTimer::singleShot(0, this, &OutboxDispatcher::next);
    };
    if (entry.isSms() && m_sms) {
        m_sms->send(OutgoingSms{entry.recipientPhone, entry.bodyText, entry.orderNumber, entry.id}, this, answered);
        return;
    }
    OutgoingEmail email{entry.recipientEmail, entry.recipientName, entry.subject, entry.bodyText, entry.bodyHtml,
            entry.orderId, entry.orderNumber, entry.id};
    m_sender.send(email, this, answered);
}

void OutboxDispatcher::handle(const OutboxEntry &entry, const SendOutcome &outcome)
{
    Status recorded;
    switch (outcome.kind) {
    case SendOutcome::Kind::Accepted:
        recorded = m_outbox.recordSent(entry, m_claimant, outcome.providerMessageId);
        if (recorded) {
            ++m_sent;
            qCInfo(lcNotifications) << (entry.isSms() ? "Sent SMS" : "Sent email") << entry.id << "for order"
                                    << entry.orderNumber;
            Q_EMIT emailSent(entry.id, entry.orderNumber, outcome.providerMessageId);
        }
        break;
    case SendOutcome::Kind::Transient:
        if (m_backoff.exhausted(entry.roundAttempts)) {
            const QString reason = u"gave up after %1 attempts: %2"_s.arg(entry.roundAttempts).arg(outcome.reason);
            recorded = m_outbox.recordFailed(entry, m_claimant, reason);
            if (recorded) {
                ++m_failed;
                qCWarning(lcNotifications) << (entry.isSms() ? "SMS" : "Email") << entry.id << "for order"
                                           << entry.orderNumber << "failed:" << reason;
                Q_EMIT emailFailed(entry.id, entry.orderNumber, reason);
            }
        } else {
            const QDateTime now = m_clock.now();
            QDateTime at
                    = now.addMSecs(std::max(m_backoff.delayAfter(entry.roundAttempts), kMinimumRetryDelay).count());
            if (outcome.notBefore) {
                // The provider's own hint wins, but never beyond the policy's maximum delay.
                const QDateTime cap = now.addMSecs(m_settings.retry.maximum.count());
                at = std::clamp(*outcome.notBefore, now.addMSecs(kMinimumRetryDelay.count()), cap);
            }
            recorded = m_outbox.recordRetry(entry, m_claimant, outcome.reason, at);
            if (recorded) {
                ++m_retried;
                qCWarning(lcNotifications)
                        << (entry.isSms() ? "SMS" : "Email") << entry.id << "for order" << entry.orderNumber
                        << "attempt" << entry.roundAttempts << "failed, retrying at" << at.toString(Qt::ISODate) << ":"
                        << outcome.reason;
                Q_EMIT retryScheduled(entry.id, entry.orderNumber, at, outcome.reason);
            }
        }
        break;
    case SendOutcome::Kind::Permanent:
        recorded = m_outbox.recordFailed(entry, m_claimant, outcome.reason,
                outcome.recipientOptedOut ? NotificationOutbox::RecipientOptedOut::Yes
                                          : NotificationOutbox::RecipientOptedOut::No);
        if (recorded) {
            ++m_failed;
            qCWarning(lcNotifications) << (entry.isSms() ? "SMS" : "Email") << entry.id << "for order"
                                       << entry.orderNumber << "failed permanently:" << outcome.reason;
            Q_EMIT emailFailed(entry.id, entry.orderNumber, outcome.reason);
        }
        break;
    }
    if (!recorded) {
        // The claim stays; it expires and the row is tried again (at-least-once).
        qCWarning(lcNotifications) << "Cannot record the outcome of outbox row" << entry.id << ":"
                                   << recorded.error().message;
        Q_EMIT storageError(recorded.error().message);
    }
}

void OutboxDispatcher::finishRound()
{
    m_busy = false;
    Q_EMIT finished(m_sent, m_retried, m_failed);
}

} // namespace shipshape
