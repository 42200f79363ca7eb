#include "replica/OfflineMode.h"

#include "common/Logging.h"
#include "replica/ReplicaKeeper.h"
#include "storage/Migration.h"
#include "sync/ConnectionHealth.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

OfflineMode::OfflineMode(const DatabaseUrl &server, const DatabaseOptions &options, QString replicaPath,
        const Clock &clock, QObject *parent)
    : QObject(parent), m_replicaPath(std::move(replicaPath)), m_clock(clock),
      m_keeper(std::make_unique<ReplicaKeeper>(server, options, m_replicaPath)),
      m_health(std::make_unique<ConnectionHealth>(server, options.password))
{
    connect(m_health.get(), &ConnectionHealth::answeringChanged, this, &OfflineMode::serverAnswering);
    connect(m_keeper.get(), &ReplicaKeeper::progressed, this, &OfflineMode::replicaProgressed);
    connect(m_keeper.get(), &ReplicaKeeper::synced, this,
            [this](const ReplicaStatus &status, const ReplicaSyncReport &report) {
                replicaSynced(status);
                Q_EMIT replicaUpdated(status, report);
            });
    connect(m_keeper.get(), &ReplicaKeeper::failed, this,
            [this](const Error &error) { Q_EMIT replicaFailed(error.message); });
    // A replica finished by an earlier run serves at once, should the server stop before the first sync
    // of this run ends. Read here, before any thread writes it.
    if (auto existing = ReplicaSync::summaryOf(m_replicaPath))
        replicaSynced(*existing);
}

OfflineMode::~OfflineMode()
{
    // The probe first: nothing reports into a half-destroyed mode.
    m_health.reset();
    m_keeper.reset();
}

void OfflineMode::setProbeInterval(int milliseconds)
{
    m_health->setInterval(milliseconds);
}

void OfflineMode::start()
{
    m_keeper->start();
    m_health->start();
}

void OfflineMode::startWithoutServer(const QString &problem)
{
    m_problem = problem;
    m_health->setInitiallyAnswering(false);
    setState(m_replicaReady ? State::Offline : State::Unreachable);
}

bool OfflineMode::canStartOn(const QString &replicaPath)
{
    const auto status = ReplicaSync::summaryOf(replicaPath);
    return status && status->state == u"live"_s && status->schemaVersion == latestSchemaVersion();
}

void OfflineMode::serverAnswering(bool answering, const QString &problem)
{
    m_problem = problem;
    if (answering) {
        if (m_state != State::Live)
            m_keeper->catchUp();
        setState(State::Live);
        return;
    }
    setState(m_replicaReady ? State::Offline : State::Unreachable);
}

void OfflineMode::replicaSynced(const ReplicaStatus &status)
{
    // A first sync still copying is not a copy of the shop: its tables are partly filled.
    m_replicaReady = status.state == u"live"_s;
    m_historyAsOf = status.lastChangeAt.isValid() && status.lastChangeAt.toMSecsSinceEpoch() > 0 ? status.lastChangeAt
                                                                                                 : status.lastSyncAt;
}

void OfflineMode::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    qCInfo(lcReplica) << "Offline mode:" << state;
    Q_EMIT stateChanged(state);
}

QString OfflineMode::banner() const
{
    switch (m_state) {
    case State::Live:
        return {};
    case State::Offline: {
        const QLocale locale;
        const QDateTime asOf = m_historyAsOf.toLocalTime();
        const bool today = asOf.date() == m_clock.now().toLocalTime().date();
        const QString when = today ? locale.toString(asOf.time(), QLocale::ShortFormat)
                                   : locale.toString(asOf, QLocale::ShortFormat);
        return tr("Offline — history as of %1").arg(when);
    }
    case State::Unreachable:
        return tr("Offline — the server does not answer, and this desktop has no offline copy of the shop yet");
    }
    return {};
}

QString OfflineMode::readOnlyReason() const
{
    if (m_state == State::Live)
        return {};
    return tr("The server does not answer: nothing can be changed until it is back. Shipshape reconnects by itself.");
}

Permissions OfflineMode::permissionsFor(const Permissions &login) const
{
    if (m_state == State::Live)
        return login;
    return Permissions::readOnly(login.login, readOnlyReason());
}

} // namespace shipshape
