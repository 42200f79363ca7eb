#include "session/BackgroundJobs.h"

#include "common/Logging.h"
#include "net/HttpClient.h"
#include "notification/MailSettings.h"
#include "notification/OutboxDispatcher.h"
#include "notification/SendGridSender.h"
#include "secrets/SecretStore.h"
#include "session/Session.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

BackgroundJobs::BackgroundJobs(DatabaseUrl url, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent), m_url(std::move(url)), m_interval(interval)
{
    m_timer.setParent(this);
    connect(&m_timer, &QTimer::timeout, this, &BackgroundJobs::runRound);
}

BackgroundJobs::~BackgroundJobs() = default;

void BackgroundJobs::start()
{
    if (!m_session) {
        SessionOptions options;
        options.migrate = false; // the app's own session migrated already
        auto session = Session::open(m_url, options);
        if (!session) {
            Q_EMIT failed(session.error().message);
            return;
        }
        m_session = std::move(*session);
        const MailSettings mail = MailSettings::load();
        auto apiKey = SecretStore().read(u"sendgrid"_s);
        if (!apiKey)
            qCWarning(lcNotifications) << "SendGrid key unavailable:" << apiKey.error().message;
        m_http = std::make_unique<HttpClient>(&m_session->network());
        m_sender = std::make_unique<SendGridSender>(*m_http, m_session->clock(), mail, apiKey.value_or(QString()));
        OutboxDispatcher::Settings settings;
        settings.retry = mail.retry;
        m_dispatcher = std::make_unique<OutboxDispatcher>(
                m_session->notifications(), *m_sender, m_session->clock(), settings);
        connect(m_dispatcher.get(), &OutboxDispatcher::finished, this, &BackgroundJobs::emailRoundFinished);
        connect(m_dispatcher.get(), &OutboxDispatcher::waitingForProvider, this, &BackgroundJobs::emailsWaiting);
        connect(m_dispatcher.get(), &OutboxDispatcher::storageError, this, &BackgroundJobs::failed);
    }
    runRound();
    m_timer.start(m_interval);
}

void BackgroundJobs::stop()
{
    m_timer.stop();
    if (m_dispatcher)
        m_dispatcher->stop();
}

void BackgroundJobs::runRound()
{
    if (!m_session)
        return;
    auto expired = m_session->orders().expireReservations();
    if (!expired) {
        Q_EMIT failed(expired.error().message);
        return;
    }
    auto reconciled = m_session->payments().reconcile();
    if (!reconciled) {
        Q_EMIT failed(reconciled.error().message);
        return;
    }
    Q_EMIT roundFinished(*expired, *reconciled);
    m_dispatcher->dispatchDue();
}

} // namespace shipshape
