#pragma once

#include "common/Error.h"
#include "replica/ReplicaSync.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>

namespace shipshape {

// The desktop's live replica (docs/replica.md, "Offline mode"): a ReplicaFollower on a thread and server
// connection of its own, so that the first sync of a large database and every catch-up run beside the
// GUI, never in it. Its signals arrive on the keeper's thread.
class ReplicaKeeper : public QObject {
    Q_OBJECT

public:
    ReplicaKeeper(DatabaseUrl server, DatabaseOptions options, QString path, QObject *parent = nullptr);
    ~ReplicaKeeper() override;

    [[nodiscard]] const QString &path() const { return m_path; }
    // Listens and syncs (once at start, then on every notification of the server's change log).
    void start();
    // The server answers again after an outage: catch up on what changed meanwhile.
    void catchUp();

Q_SIGNALS:
    void progressed(const shipshape::ReplicaProgress &progress);
    // After every sync: what the replica now holds (ReplicaSync::summaryOf), and the sync's report.
    void synced(const shipshape::ReplicaStatus &status, const shipshape::ReplicaSyncReport &report);
    void failed(const shipshape::Error &error);

private:
    class Runner;

    QString m_path;
    QThread m_thread;
    Runner *m_runner = nullptr;
    std::atomic<bool> m_closing{false};
};

} // namespace shipshape
