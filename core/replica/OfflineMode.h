#pragma once

#include "common/Clock.h"
#include "replica/ReplicaSync.h"
#include "staff/Permissions.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>

namespace shipshape {

class ConnectionHealth;
class ReplicaKeeper;

// Issue 15's offline mode for a desktop on a PostgreSQL server (docs/replica.md, "Offline mode"): keeps
// the desktop's replica live while the server answers (a ReplicaKeeper on its own thread), asks whether
// the server answers (a ConnectionHealth on another), and decides what the app shows:
//  - Live: the server answers; pages read and write the server.
//  - Offline: it stopped answering and the replica holds a finished copy: pages read the replica,
//    read-only, and say how old its history is.
//  - Unreachable: it stopped answering before the first sync finished: there is nothing to show.
// And the rule for what may change the shop: nothing, unless Live (permissionsFor). When the server
// answers again the mode is Live at once (pages read the server, which is current by definition) and the
// replica catches up on what changed meanwhile, beside it.
class OfflineMode : public QObject {
    Q_OBJECT

public:
    enum class State {
        Live,
        Offline,
        Unreachable
    };
    Q_ENUM(State)

    OfflineMode(const DatabaseUrl &server, const DatabaseOptions &options, QString replicaPath, const Clock &clock,
            QObject *parent = nullptr);
    ~OfflineMode() override;

    // Before start(): how often the server is asked whether it answers (ConnectionHealth::kDefaultIntervalMs).
    void setProbeInterval(int milliseconds);
    // Starts the replica's first sync or catch-up and the health probe.
    void start();
    // The app started while the server did not answer (Session::awaitsServer): offline from the first
    // page on the replica an earlier run finished, else Unreachable. Before start(); `problem` is the
    // driver's words, for the banner's tooltip.
    void startWithoutServer(const QString &problem);

    // Whether a desktop whose server does not answer at start can show the replica at `replicaPath`: an
    // earlier run finished its first sync, and it has this build's schema (anything else is rebuilt by
    // the next sync, never shown).
    static bool canStartOn(const QString &replicaPath);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isLive() const { return m_state == State::Live; }
    [[nodiscard]] const QString &replicaPath() const { return m_replicaPath; }
    // The replica holds a finished copy (its first sync completed), so the app can go offline.
    [[nodiscard]] bool hasReplica() const { return m_replicaReady; }
    // The newest change the replica holds (else its last sync): "history as of".
    [[nodiscard]] QDateTime historyAsOf() const { return m_historyAsOf; }
    // The driver's words for why the server stopped answering (for a tooltip); empty while Live.
    [[nodiscard]] const QString &problem() const { return m_problem; }

    // "Offline — history as of 14:32" (the date too when it is not today), in the current locale.
    [[nodiscard]] QString banner() const;
    // Why nothing may change the shop now; empty while Live.
    [[nodiscard]] QString readOnlyReason() const;
    // What the login may do now: its own permissions while Live, nothing (with the reason) otherwise.
    [[nodiscard]] Permissions permissionsFor(const Permissions &login) const;

    // For tests and the app's status bar: the parts it runs.
    [[nodiscard]] ConnectionHealth &health() const { return *m_health; }
    [[nodiscard]] ReplicaKeeper &keeper() const { return *m_keeper; }

    // What the health probe and the keeper report (connected by the constructor; public for tests).
    void serverAnswering(bool answering, const QString &problem);
    void replicaSynced(const ReplicaStatus &status);

Q_SIGNALS:
    void stateChanged(shipshape::OfflineMode::State state);
    // First sync and catch-up progress, and problems keeping the replica (for the status bar).
    void replicaProgressed(const shipshape::ReplicaProgress &progress);
    void replicaUpdated(const shipshape::ReplicaStatus &status, const shipshape::ReplicaSyncReport &report);
    void replicaFailed(const QString &message);

private:
    void setState(State state);

    QString m_replicaPath;
    const Clock &m_clock;
    std::unique_ptr<ReplicaKeeper> m_keeper;
    std::unique_ptr<ConnectionHealth> m_health;
    State m_state = State::Live;
    bool m_replicaReady = false;
    QDateTime m_historyAsOf;
    QString m_problem;
};

} // namespace shipshape
