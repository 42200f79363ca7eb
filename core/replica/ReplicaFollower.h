#pragma once

#include "common/Error.h"
#include "replica/ReplicaSync.h"

#include <QObject>
#include <QString>

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
    [[nodiscard]] ReplicaSync &replica() { return m_replica; }

Q_SIGNALS:
    void progressed(const shipshape::ReplicaProgress &progress);
    void synced(const shipshape::ReplicaSyncReport &report);
    void failed(const shipshape::Error &error);

private:
    void syncNow();

    ReplicaSync m_replica;
    std::unique_ptr<ChangeFeed> m_feed;
    bool m_syncing = false;
    bool m_again = false;
};

} // namespace shipshape
