#include "session/BackgroundJobs.h"

#include "session/Session.h"
#include "session/WorkerRound.h"

namespace shipshape {

BackgroundJobs::BackgroundJobs(
        DatabaseUrl url, SessionOptions options, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent), m_url(std::move(url)), m_options(std::move(options)), m_interval(interval)
{
    m_options.migrate = false; // the app's own session migrated already
    m_timer.setParent(this);
    connect(&m_timer, &QTimer::timeout, this, &BackgroundJobs::runRound);
}

BackgroundJobs::~BackgroundJobs()
{
    m_round.reset(); // before the session it works on
}

void BackgroundJobs::start()
{
    // A session that cannot open yet (the server does not answer) is tried again every interval.
    m_timer.start(m_interval);
    runRound();
}

bool BackgroundJobs::openSession()
{
    auto session = Session::open(m_url, m_options);
    if (!session) {
        // Said once per outage and reason, not every interval.
        if (session.error().message != m_openProblem)
            Q_EMIT failed(session.error().message);
        m_openProblem = session.error().message;
        return false;
    }
    m_openProblem.clear();
    m_session = std::move(*session);
    connect(&m_session->events(), &DomainEventBus::orderChanged, this, &BackgroundJobs::orderChanged);
    connect(&m_session->events(), &DomainEventBus::stockChanged, this, &BackgroundJobs::stockChanged);
    m_round = std::make_unique<WorkerRound>(*m_session);
    connect(m_round.get(), &WorkerRound::ordersSettled, this, &BackgroundJobs::roundFinished);
    connect(m_round.get(), &WorkerRound::finished, this, [this](const WorkerRoundReport &report) {
        if (report.emailsWaiting > 0)
            Q_EMIT emailsWaiting(report.emailsWaiting, report.emailsWaitingReason);
        Q_EMIT emailRoundFinished(report.emailsSent, report.emailsRetrying, report.emailsFailed);
    });
    connect(m_round.get(), &WorkerRound::failed, this, [this](const Error &error) { Q_EMIT failed(error.message); });
    return true;
}

void BackgroundJobs::stop()
{
    // A send already under way still records its answer: dropping it would leave a claimed row.
    m_timer.stop();
}

void BackgroundJobs::runRound()
{
    if (!m_session && !openSession())
        return;
    if (m_round->isRunning())
        return; // a round still sending emails is left to finish
    if (m_session->options().secrets != m_options.secrets)
        m_session->setSecrets(m_options.secrets);
    m_round->run();
}

void BackgroundJobs::setSecrets(const SessionSecrets &secrets)
{
    // Handed to the session between rounds (runRound): a round under way may be waiting for Stripe
    // through the current gateway.
    m_options.secrets = secrets;
}

} // namespace shipshape
