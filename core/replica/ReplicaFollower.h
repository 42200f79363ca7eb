#pragma once

#include "common/Error.h"
#include "replica/ReplicaSync.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace shipshape {

class ChangeFeed;
class Database;

// Keeps a replica live while connected: one sync at start, then one after every `replica` notification
// of the server's change log (ChangeFeed::replicaChanged), several arriving during a sync folded into one
// more. Runs on the thread of its own server connection, which must run an event loop (QPSQL delivers
// notifications through it); syncs run in that loop, so a first sync of a large database belongs on a
// worker thread, not the GUI's.
class ReplicaFollower : public QObject {
    Q_OBJECT

public:
    ReplicaFollower(Database &server, const QString &path, QObject *parent = nullptr);
    ~ReplicaFollower() override;

    // Listens, then syncs. False when the subscription failed (the server does not answer).
    bool start();
    void stop();
    // Catches up now (the server answers again after an outage); folded into a sync under way.
    void syncNow();
    // A flag another thread sets to stop a sync under way (the app closing during a first sync): the
    // replica stays consistent and the next sync resumes. Must outlive the follower.
    void setInterruption(const std::atomic<bool> *interrupted) { m_interrupted = interrupted; }
    [[nodiscard]] ReplicaSync &replica() { return m_replica; }

Q_SIGNALS:
    void progressed(const shipshape::ReplicaProgress &progress);
    void synced(const shipshape::ReplicaSyncReport &report);
    void failed(const shipshape::Error &error);

private:
    ReplicaSync m_replica;
    std::unique_ptr<ChangeFeed> m_feed;
    bool m_syncing = false;
    bool m_again = false;
    const std::atomic<bool> *m_interrupted = nullptr;
};

} // namespace shipshape
