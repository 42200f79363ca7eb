#include "replica/ReplicaFollower.h"

#include "common/Logging.h"
#include "sync/ChangeFeed.h"

namespace shipshape {

ReplicaFollower::ReplicaFollower(Database &server, const QString &path, QObject *parent)
    : QObject(parent), m_replica(server, path), m_feed(std::make_unique<ChangeFeed>(server))
{
    connect(m_feed.get(), &ChangeFeed::replicaChanged, this, &ReplicaFollower::syncNow);
    // Notifications may have been missed while the connection was down: catch up on what the log holds.
    connect(m_feed.get(), &ChangeFeed::resynchronize, this, &ReplicaFollower::syncNow);
}

ReplicaFollower::~ReplicaFollower() = default;

bool ReplicaFollower::start()
{
    if (!m_feed->start())
        return false;
    syncNow();
    return true;
}

void ReplicaFollower::stop()
{
    m_feed->stop();
}

void ReplicaFollower::syncNow()
{
    if (m_syncing) {
        m_again = true; // a notification during a sync: one more when it ends
        return;
    }
    m_syncing = true;
    do {
        m_again = false;
        auto report = m_replica.sync([this](const ReplicaProgress &step) {
            Q_EMIT progressed(step);
            return !(m_interrupted && m_interrupted->load());
        });
        if (!report) {
            qCWarning(lcReplica).noquote() << "Replica sync failed:" << report.error().message;
            Q_EMIT failed(report.error());
            break;
        }
        Q_EMIT synced(*report);
    } while (m_again && !(m_interrupted && m_interrupted->load()));
    m_syncing = false;
}

} // namespace shipshape
